"use client";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type {
  ButtonHTMLAttributes,
  FocusEvent,
  HTMLAttributes,
  InputHTMLAttributes,
  KeyboardEvent,
  LiHTMLAttributes,
  RefObject,
} from "react";
import { ACTION_PHASES, formatPhaseParam, normalizePhases, parsePhase } from "../../phases";
import type { ActionPhase } from "../../phases";
import { formatMessage, usePhaseStrings } from "../../strings";
import { focusWithoutScroll, nextTabbableAfter } from "./focus";
import { keepPopupPlaced, showInTopLayer } from "./popup";
import { PHASE_FILTER_PRESETS, presetLabel, presetSelection } from "./presets";
import type { PhaseFilterPreset } from "./presets";
import { typeaheadIndex } from "./typeahead";
import { warnInDevelopment } from "../../internal/warnInDevelopment";
import {
  useControllableState,
  useIsomorphicLayoutEffect,
} from "../../internal/useControllableState";

/** How long after the last change the live region speaks, so fast toggling says one thing. */
const ANNOUNCE_DELAY_MS = 500;
/** How long typed characters are kept together for typeahead ("t", "i" → "ti"). */
const TYPEAHEAD_RESET_MS = 500;

const EMPTY: readonly ActionPhase[] = Object.freeze([]);

/** Options of {@link usePhaseFilter}: the behaviour props of `PhaseFilter`. */
export interface UsePhaseFilterOptions {
  /**
   * The selected phases (controlled). An empty array means "no filter". Entries that are not
   * shown in `phases`, or are in `disabledPhases`, are never selected.
   * @default undefined (uncontrolled)
   */
  value?: readonly ActionPhase[] | undefined;
  /**
   * The phases selected at first when uncontrolled.
   * @default []
   */
  defaultValue?: readonly ActionPhase[] | undefined;
  /**
   * Called with the new selection after every change by the user: a new array, deduplicated,
   * in lifecycle order (QUEUED first). Not called when a change would leave it as it was.
   * @default undefined
   */
  onValueChange?: ((phases: ActionPhase[]) => void) | undefined;
  /**
   * Whether the popup is open (controlled).
   * @default undefined (uncontrolled)
   */
  open?: boolean | undefined;
  /**
   * Whether the popup is open at first when uncontrolled.
   * @default false
   */
  defaultOpen?: boolean | undefined;
  /**
   * Called when the popup opens or closes.
   * @default undefined
   */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /**
   * The phases offered as options, shown in lifecycle order whatever order they are given in.
   * @default all ten phases
   */
  phases?: readonly ActionPhase[] | undefined;
  /**
   * Phases shown but not selectable here (e.g. PAUSED on a list that cannot have it):
   * `aria-disabled`, skipped by the keyboard and by presets, never selected.
   * @default []
   */
  disabledPhases?: readonly ActionPhase[] | undefined;
  /**
   * How many items are in each phase, shown in each option and its accessible name
   * ("Failed, 12"). `countByPhase` returns this shape. Phases without a finite count show none.
   * @default undefined (no counts)
   */
  counts?: Readonly<Partial<Record<ActionPhase, number>>> | undefined;
  /**
   * The quick selections above the list: `true` for all of them (In progress, Succeeded, Failed,
   * Finished, Select all, Clear), `false` for none, or the ones to show, in the order given.
   * @default true
   */
  presets?: boolean | readonly PhaseFilterPreset[] | undefined;
  /**
   * The filter's name: the first part of the trigger's accessible name ("Phase: All phases") and
   * the listbox's label.
   * @default strings.filter.label ("Phase")
   */
  label?: string | undefined;
  /**
   * Makes the filter take part in forms: a hidden input with this name carries
   * `formatPhaseParam(selection)`, so a GET form yields `?name=failed,timed_out`.
   * @default undefined (no form value)
   */
  name?: string | undefined;
  /**
   * Disables the trigger; the popup cannot open and, like a disabled native control, the form
   * value is not submitted.
   * @default false
   */
  disabled?: boolean | undefined;
}

/** One option as the hook sees it, ready to render. */
export interface PhaseFilterOption {
  /** The phase of this option. */
  readonly phase: ActionPhase;
  /** The same label the badge shows (`strings.phaseLabels[phase]`). */
  readonly label: string;
  /** The count from `counts`, when there is a valid one. */
  readonly count: number | undefined;
  /** The accessible name: the label, or "label, count". */
  readonly accessibleName: string;
  /** True when the phase is in the selection. */
  readonly selected: boolean;
  /** True when the phase is in `disabledPhases`. */
  readonly disabled: boolean;
  /** True when the keyboard (or the pointer) is on this option. */
  readonly active: boolean;
}

/** One preset button as the hook sees it, ready to render. */
export interface PhaseFilterPresetItem {
  /** Which preset. */
  readonly preset: PhaseFilterPreset;
  /** Its visible text, from the strings. */
  readonly label: string;
  /** The selection it makes here (disabled phases left out). */
  readonly phases: readonly ActionPhase[];
}

/** What {@link usePhaseFilter} returns: state, actions and prop getters for each part. */
export interface UsePhaseFilterResult {
  /** The selection, in lifecycle order; only phases that are shown and enabled. */
  readonly value: readonly ActionPhase[];
  /** Replaces the selection (normalized; calls `onValueChange` when it changes). */
  readonly setValue: (phases: readonly ActionPhase[]) => void;
  /** Whether the popup is open. */
  readonly open: boolean;
  /** Opens or closes the popup (calls `onOpenChange`). */
  readonly setOpen: (open: boolean) => void;
  /** The options, in lifecycle order. */
  readonly options: readonly PhaseFilterOption[];
  /** The preset buttons to show. */
  readonly presets: readonly PhaseFilterPresetItem[];
  /** The filter's label ("Phase"). */
  readonly label: string;
  /** The trigger's summary: "All phases", "Failed, Timed out" or "3 phases". */
  readonly summary: string;
  /** The current text of the live region ("3 of 10 selected"), set after changes settle. */
  readonly announcement: string;
  /** Id of the element that holds the label text. */
  readonly labelId: string;
  /** Ref for the element that wraps every part; clicks outside it close the popup. */
  readonly rootRef: RefObject<HTMLElement | null>;
  /** Props for the `<button>` that opens the popup. */
  getTriggerProps(): ButtonHTMLAttributes<HTMLButtonElement> & {
    ref: RefObject<HTMLButtonElement | null>;
  };
  /** Props for the popup that holds the presets and the listbox (rendered only while open). */
  getPopupProps(): HTMLAttributes<HTMLDivElement> & {
    ref: RefObject<HTMLDivElement | null>;
  };
  /** Props for the element that holds the preset buttons. */
  getPresetGroupProps(): HTMLAttributes<HTMLDivElement> & { "data-presets": "" };
  /** Props for one preset `<button>`. */
  getPresetProps(preset: PhaseFilterPresetItem): ButtonHTMLAttributes<HTMLButtonElement>;
  /** Props for the `role="listbox"` element. */
  getListboxProps(): HTMLAttributes<HTMLUListElement> & { ref: RefObject<HTMLUListElement | null> };
  /** Props for one `role="option"` element. */
  getOptionProps(phase: ActionPhase): LiHTMLAttributes<HTMLLIElement>;
  /** Props for the one polite live region. */
  getLiveRegionProps(): HTMLAttributes<HTMLElement>;
  /** Props for the hidden `<input>` that carries the form value, or `undefined` without `name`. */
  getHiddenInputProps(): InputHTMLAttributes<HTMLInputElement> | undefined;
}

function sameSelection(a: readonly ActionPhase[], b: readonly ActionPhase[]): boolean {
  return a.length === b.length && a.every((phase, index) => b[index] === phase);
}

function readCount(counts: unknown, phase: ActionPhase): number | undefined {
  if (counts === null || typeof counts !== "object") return undefined;
  const count: unknown = (counts as Record<string, unknown>)[phase];
  return typeof count === "number" && Number.isFinite(count) && count >= 0 ? count : undefined;
}

/** Entries of a phase-list prop that cannot be read as a phase (they are ignored). */
function unreadable(list: unknown): unknown[] {
  if (list === undefined || list === null) return [];
  if (
    typeof list === "string" ||
    typeof (list as Iterable<unknown>)[Symbol.iterator] !== "function"
  ) {
    return parsePhase(list) === undefined ? [list] : [];
  }
  return [...(list as Iterable<unknown>)].filter((entry) => parsePhase(entry) === undefined);
}

function describe(values: unknown[]): string {
  return values
    .map((value) => {
      try {
        return typeof value === "string" ? JSON.stringify(value) : String(value);
      } catch {
        return Object.prototype.toString.call(value);
      }
    })
    .join(", ");
}

function resolvePresets(presets: UsePhaseFilterOptions["presets"]): readonly PhaseFilterPreset[] {
  if (presets === false) return EMPTY as readonly never[];
  if (presets === true || presets === undefined || !Array.isArray(presets))
    return PHASE_FILTER_PRESETS;
  // Unknown names are dropped and duplicates removed, so a typo hides one button, not the list.
  return [...new Set(presets)].filter((preset) => PHASE_FILTER_PRESETS.includes(preset));
}

/**
 * The behaviour of the phase filter without its markup: selection and open state (each held
 * once, controlled or uncontrolled), ids from `useId` (stable across server rendering and
 * hydration), the WAI-ARIA listbox keyboard model with typeahead, presets, the debounced live
 * announcement, focus management and popup placement. Spread the prop getters on your own
 * elements to build another rendering; `PhaseFilter` is one.
 *
 * Keyboard, on the trigger: Enter, Space or ArrowDown open on the first selected option (else the
 * first); ArrowUp opens on the last. In the listbox: ArrowDown/ArrowUp move, Home/End jump,
 * Space/Enter toggle and keep the popup open, Ctrl/⌘+A selects all (or clears when all are
 * selected), letters jump by typeahead, Escape closes and focuses the trigger.
 *
 * Tab inside the popup: the preset buttons come before the listbox. **Tab** in the listbox closes
 * the popup and moves on to whatever follows the filter in the page; **Shift+Tab** in the listbox
 * reaches the presets (last one first), Tab from a preset goes forward to the next preset and
 * then back into the listbox, and Shift+Tab from the first preset closes the popup onto the
 * trigger. So leaving forward is one keystroke and every preset is reachable by keyboard.
 *
 * @example
 * const filter = usePhaseFilter({ defaultValue: ["failed"] });
 * <button {...filter.getTriggerProps()}>{filter.summary}</button>
 */
export function usePhaseFilter(options: UsePhaseFilterOptions = {}): UsePhaseFilterResult {
  const {
    value: valueProp,
    defaultValue,
    onValueChange,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    phases,
    disabledPhases,
    counts,
    presets: presetsProp,
    label: labelProp,
    name,
    disabled = false,
  } = options;
  const strings = usePhaseStrings();
  const label = typeof labelProp === "string" ? labelProp : strings.filter.label;

  const baseId = useId();
  const labelId = `${baseId}-label`;
  const listboxId = `${baseId}-listbox`;
  const optionId = useCallback((phase: ActionPhase) => `${baseId}-option-${phase}`, [baseId]);

  const rootRef = useRef<HTMLElement | null>(null);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const popupRef = useRef<HTMLDivElement | null>(null);
  const listboxRef = useRef<HTMLUListElement | null>(null);

  // --- What can be chosen -------------------------------------------------------------------
  const shown = useMemo(
    () => normalizePhases(phases === undefined ? ACTION_PHASES : phases),
    [phases],
  );
  const disabledSet = useMemo(() => new Set(normalizePhases(disabledPhases)), [disabledPhases]);
  const selectable = useMemo(
    () => shown.filter((phase) => !disabledSet.has(phase)),
    [shown, disabledSet],
  );

  // --- State, each piece held once ------------------------------------------------------------
  const [rawValue, setRawValue] = useControllableState<readonly ActionPhase[]>({
    value: valueProp,
    defaultValue: defaultValue ?? EMPTY,
    onChange: onValueChange as ((phases: readonly ActionPhase[]) => void) | undefined,
    name: "PhaseFilter `value`",
  });
  const [openState, setOpenState] = useControllableState<boolean>({
    value: openProp,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
    name: "PhaseFilter `open`",
  });
  const open = openState === true && !disabled;

  // Garbage in `value` (unknown strings, a lone string, null) is read leniently, never thrown.
  const value = useMemo(
    () => normalizePhases(rawValue).filter((phase) => selectable.includes(phase)),
    [rawValue, selectable],
  );
  const selectedSet = useMemo(() => new Set(value), [value]);

  // Bad input never throws; in development it says what was ignored, once per message.
  useEffect(() => {
    // The form bundlers fold: production builds drop this check and its text.
    if (typeof process !== "undefined" && process.env.NODE_ENV !== "production") {
      const props = { value: rawValue, phases, disabledPhases } as const;
      for (const [prop, list] of Object.entries(props)) {
        const ignored = unreadable(list);
        if (ignored.length === 0) continue;
        warnInDevelopment(
          `<PhaseFilter> ignored ${describe(ignored)} in \`${prop}\`: not a phase it knows. Pass ` +
            `ActionPhase values ("running"); parsePhase reads wire forms. Not shown in production.`,
        );
      }
    }
  }, [rawValue, phases, disabledPhases]);

  const [activeState, setActive] = useState<ActionPhase | undefined>(undefined);
  const fallbackActive = value[0] ?? selectable[0];
  const active =
    activeState !== undefined && selectable.includes(activeState) ? activeState : fallbackActive;

  const [announcement, setAnnouncement] = useState("");

  // Handlers run after render; they read the latest render's values from here.
  const latest = useRef({ value, selectable, active, open, strings });
  useIsomorphicLayoutEffect(() => {
    latest.current = { value, selectable, active, open, strings };
  });

  // --- Actions ----------------------------------------------------------------------------------
  const announceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(announceTimer.current), []);

  const setValue = useCallback(
    (next: readonly ActionPhase[]) => {
      const { value: current, selectable: allowed } = latest.current;
      const clean = normalizePhases(next).filter((phase) => allowed.includes(phase));
      if (sameSelection(clean, current)) return;
      latest.current = { ...latest.current, value: clean };
      setRawValue(clean);
      // One polite message once changes settle. Emptied first so the same text ("2 of 10
      // selected" after a toggle and its undo) is still a change the screen reader speaks.
      setAnnouncement("");
      clearTimeout(announceTimer.current);
      announceTimer.current = setTimeout(() => {
        const { strings: text, selectable: total } = latest.current;
        setAnnouncement(
          formatMessage(
            text.filter.selectedCount,
            { count: clean.length, total: total.length },
            text.locale,
          ),
        );
      }, ANNOUNCE_DELAY_MS);
    },
    [setRawValue],
  );

  const toggle = useCallback(
    (phase: ActionPhase) => {
      const { value: current, selectable: allowed } = latest.current;
      if (!allowed.includes(phase)) return;
      setValue(current.includes(phase) ? current.filter((p) => p !== phase) : [...current, phase]);
    },
    [setValue],
  );

  const setOpen = useCallback(
    (next: boolean) => {
      if (latest.current.open === next) return;
      latest.current = { ...latest.current, open: next };
      setOpenState(next);
    },
    [setOpenState],
  );

  /** True when the user opened the popup from the trigger, so focus should move into it. */
  const focusOnOpen = useRef<boolean>(false);

  const openAt = useCallback(
    (where: "selectedOrFirst" | "last") => {
      const { value: current, selectable: allowed } = latest.current;
      setActive(where === "last" ? allowed[allowed.length - 1] : (current[0] ?? allowed[0]));
      focusOnOpen.current = true;
      setOpen(true);
    },
    [setOpen],
  );

  const close = useCallback(
    (focus: "trigger" | "none") => {
      setOpen(false);
      if (focus === "trigger") focusWithoutScroll(triggerRef.current);
    },
    [setOpen],
  );

  // --- Effects: popup placement, focus, outside clicks ----------------------------------------
  const wasOpen = useRef(open);
  useIsomorphicLayoutEffect(() => {
    const opened = open && !wasOpen.current;
    const closed = !open && wasOpen.current;
    wasOpen.current = open;
    if (closed) {
      // The popup took focus with it: give it to the trigger, never to <body>.
      const doc = triggerRef.current?.ownerDocument;
      if (doc && (doc.activeElement === null || doc.activeElement === doc.body)) {
        focusWithoutScroll(triggerRef.current);
      }
    }
    if (!open) return;
    const popup = popupRef.current;
    const trigger = triggerRef.current;
    if (!popup || !trigger) return;
    showInTopLayer(popup);
    const stop = keepPopupPlaced(trigger, popup);
    if (opened && focusOnOpen.current) focusWithoutScroll(listboxRef.current);
    focusOnOpen.current = false;
    return stop;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const doc = rootRef.current?.ownerDocument ?? document;
    const onClick = (event: MouseEvent) => {
      const root = rootRef.current;
      if (root && event.target instanceof Node && root.contains(event.target)) return;
      close("none");
    };
    doc.addEventListener("click", onClick, true);
    return () => doc.removeEventListener("click", onClick, true);
  }, [open, close]);

  // Keep the active option in view when the list scrolls (small viewports).
  useEffect(() => {
    if (!open || active === undefined) return;
    const element = rootRef.current?.ownerDocument.getElementById(optionId(active));
    element?.scrollIntoView?.({ block: "nearest" });
  }, [open, active, optionId]);

  // --- Typeahead ------------------------------------------------------------------------------
  const typed = useRef("");
  const typedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(typedTimer.current), []);

  const typeahead = useCallback((char: string) => {
    const { selectable: allowed, active: current, strings: text } = latest.current;
    typed.current += char;
    clearTimeout(typedTimer.current);
    typedTimer.current = setTimeout(() => {
      typed.current = "";
    }, TYPEAHEAD_RESET_MS);
    const labels = allowed.map((phase) => text.phaseLabels[phase]);
    const index = typeaheadIndex(
      labels,
      typed.current,
      current === undefined ? -1 : allowed.indexOf(current),
    );
    if (index >= 0) setActive(allowed[index]);
  }, []);

  const presetItems = useMemo<readonly PhaseFilterPresetItem[]>(
    () =>
      resolvePresets(presetsProp).map((preset) => ({
        preset,
        label: presetLabel(preset, strings.filter),
        phases: presetSelection(preset, selectable),
      })),
    [presetsProp, strings, selectable],
  );

  // --- Keyboard -------------------------------------------------------------------------------
  const onTriggerKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      openAt(event.key === "ArrowUp" ? "last" : "selectedOrFirst");
    }
  };

  const onTriggerClick = () => {
    if (latest.current.open) close("none");
    else openAt("selectedOrFirst");
  };

  const move = (to: "next" | "previous" | "first" | "last") => {
    const { selectable: allowed, active: current } = latest.current;
    if (allowed.length === 0) return;
    const index = current === undefined ? -1 : allowed.indexOf(current);
    const target =
      to === "first"
        ? 0
        : to === "last"
          ? allowed.length - 1
          : to === "next"
            ? Math.min(index + 1, allowed.length - 1)
            : Math.max(index - 1, 0);
    setActive(allowed[target]);
  };

  const onListboxKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const { key } = event;
    const command = event.ctrlKey || event.metaKey;
    if (key === "Tab") {
      if (event.shiftKey && presetItems.length > 0) return; // the browser moves to the last preset
      event.preventDefault();
      const root = rootRef.current;
      const next = event.shiftKey || !root ? null : nextTabbableAfter(root);
      close(next ? "none" : "trigger");
      focusWithoutScroll(next);
      return;
    }
    const { value: current, selectable: allowed, active: activePhase } = latest.current;
    if (key === "ArrowDown") move("next");
    else if (key === "ArrowUp") move("previous");
    else if (key === "Home") move("first");
    else if (key === "End") move("last");
    else if (key === " " || key === "Enter") {
      if (activePhase !== undefined) toggle(activePhase);
    } else if (command && key.toLowerCase() === "a") {
      setValue(current.length === allowed.length ? [] : allowed);
    } else if (key.length === 1 && !command && !event.altKey) typeahead(key);
    else return;
    event.preventDefault();
  };

  const onPopupKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      close("trigger");
      return;
    }
    // Shift+Tab from the first preset leaves the popup backwards, onto the trigger.
    if (
      event.key === "Tab" &&
      event.shiftKey &&
      event.target instanceof HTMLElement &&
      event.target.dataset.preset !== undefined &&
      event.target === popupRef.current?.querySelector("[data-preset]:not(:disabled)")
    ) {
      event.preventDefault();
      close("trigger");
    }
  };

  const onPopupBlur = (event: FocusEvent<HTMLDivElement>) => {
    // Focus went somewhere else in the page (not to the trigger): the popup has nothing to do.
    const to = event.relatedTarget;
    const root = rootRef.current;
    if (to instanceof Node && root && !root.contains(to)) close("none");
  };

  // --- What the markup shows ------------------------------------------------------------------
  const optionList = useMemo<readonly PhaseFilterOption[]>(
    () =>
      shown.map((phase) => {
        const optionLabel = strings.phaseLabels[phase];
        const count = readCount(counts, phase);
        return {
          phase,
          label: optionLabel,
          count,
          accessibleName:
            count === undefined
              ? optionLabel
              : formatMessage(
                  strings.filter.optionWithCount,
                  { label: optionLabel, count },
                  strings.locale,
                ),
          selected: selectedSet.has(phase),
          disabled: disabledSet.has(phase),
          active: open && phase === active,
        };
      }),
    [shown, strings, counts, selectedSet, disabledSet, open, active],
  );

  const summary =
    value.length === 0
      ? strings.filter.summaryAll
      : value.length <= 2
        ? value.map((phase) => strings.phaseLabels[phase]).join(", ")
        : formatMessage(strings.filter.summaryCount, { count: value.length }, strings.locale);

  const state = open ? "open" : "closed";

  return {
    value,
    setValue,
    open,
    setOpen,
    options: optionList,
    presets: presetItems,
    label,
    summary,
    announcement,
    labelId,
    rootRef,
    getTriggerProps: () => ({
      ref: triggerRef,
      type: "button",
      disabled,
      "aria-haspopup": "listbox",
      "aria-expanded": open,
      "aria-controls": open ? listboxId : undefined,
      "aria-label": `${label}: ${summary}`,
      "data-state": state,
      onClick: onTriggerClick,
      onKeyDown: onTriggerKeyDown,
    }),
    getPopupProps: () => ({
      ref: popupRef,
      "data-state": state,
      onKeyDown: onPopupKeyDown,
      onBlur: onPopupBlur,
    }),
    // Named, so that the "Succeeded" and "Failed" presets are told apart from the options.
    getPresetGroupProps: () => ({
      role: "group",
      "aria-label": strings.filter.presetsLabel,
      "data-presets": "",
    }),
    getPresetProps: (item) => ({
      type: "button",
      "data-preset": item.preset,
      disabled: item.preset !== "clear" && item.phases.length === 0,
      onClick: () => setValue(item.phases),
    }),
    getListboxProps: () => ({
      ref: listboxRef,
      id: listboxId,
      role: "listbox",
      tabIndex: 0,
      "aria-multiselectable": true,
      "aria-labelledby": labelId,
      "aria-activedescendant": open && active !== undefined ? optionId(active) : undefined,
      onKeyDown: onListboxKeyDown,
    }),
    getOptionProps: (phase) => {
      const option = optionList.find((item) => item.phase === phase);
      const isDisabled = option?.disabled ?? true;
      return {
        id: optionId(phase),
        role: "option",
        "aria-selected": option?.selected ?? false,
        "aria-disabled": isDisabled || undefined,
        "aria-label": option?.accessibleName,
        "data-phase": phase,
        "data-active": option?.active ? "" : undefined,
        onClick: isDisabled
          ? undefined
          : () => {
              setActive(phase);
              toggle(phase);
            },
        onPointerMove: isDisabled || phase === active ? undefined : () => setActive(phase),
      };
    },
    getLiveRegionProps: () => ({ role: "status", "aria-live": "polite", "aria-atomic": true }),
    getHiddenInputProps: () =>
      name === undefined
        ? undefined
        : { type: "hidden", name, value: formatPhaseParam(value), disabled },
  };
}
