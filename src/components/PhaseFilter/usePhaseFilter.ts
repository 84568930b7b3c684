"use client";
import { useCallback, useId, useMemo, useRef, useState } from "react";
import type { ActionPhase } from "../../phases";
import { formatPhaseParam } from "../../phases";
import { formatMessage } from "../../strings";
import { filterStrings } from "../../strings/defaultStrings";
import { useProvidedStrings } from "../../strings/PhaseStringsProvider";
import { mergeProps } from "../../internal/mergeProps";
import { useControllableState } from "../../internal/useControllableState";
import { presetLabel, presetSelection } from "./presets";
import type { ActiveMove } from "./state";
import {
  cleanSelection,
  presetEnabled,
  optionCounts,
  resolveActive,
  resolveOptions,
  resolvePresets,
  sameSelection,
  toggleSelection,
} from "./state";
import { announcementText, optionName, presetDescription, triggerText } from "./text";
import { triggerProps } from "./trigger";
import { useAnnouncer } from "./useAnnouncer";
import { useFocus } from "./useFocus";
import type { FocusTarget } from "./useFocus";
import { useInputWarnings } from "./useInputWarnings";
import { useListbox } from "./useListbox";
import { usePopup } from "./usePopup";
import type {
  PhaseFilterOption,
  PhaseFilterPresetItem,
  UsePhaseFilterOptions,
  UsePhaseFilterResult,
} from "./types";

export type {
  PhaseFilterOption,
  PhaseFilterPresetItem,
  UsePhaseFilterOptions,
  UsePhaseFilterResult,
} from "./types";

const EMPTY: readonly ActionPhase[] = Object.freeze([]);

/**
 * The behaviour of the phase filter without its markup, composed from small parts: the state
 * functions of `state.ts` and the words of `text.ts` (no DOM), and the hooks for the popup
 * (`usePopup`), the listbox and its options (`useListbox`), focus (`useFocus`, the one place
 * that moves it) and the live region (`useAnnouncer`). Selection and open state are each held
 * once, controlled or uncontrolled, and every handler reads them from the current render. Ids
 * come from `useId`, so they are stable across server rendering and hydration.
 *
 * Spread the prop getters on your own elements to build another rendering (`PhaseFilter` is
 * one); pass your own handlers and refs to a getter and both yours and the filter's run. The
 * keyboard model is written out once, in the README's "PhaseFilter › Keyboard" section.
 *
 * @example
 * const filter = usePhaseFilter({ defaultValue: ["failed"] });
 * <div {...filter.getRootProps()}>
 *   <button {...filter.getTriggerProps({ onFocus: track })}>{filter.summaryFirst}</button>
 * </div>
 */
export function usePhaseFilter(options: UsePhaseFilterOptions = {}): UsePhaseFilterResult {
  const { value: valueProp, defaultValue, onValueChange, open: openProp } = options;
  const { defaultOpen = false, onOpenChange, phases, disabledPhases, counts } = options;
  const { presets: presetsProp, label: labelProp, name, disabled = false } = options;
  const strings = useProvidedStrings();
  const texts = filterStrings(strings);
  const label = typeof labelProp === "string" ? labelProp : texts.label;

  const baseId = useId();
  const labelId = `${baseId}-label`;
  const listboxId = `${baseId}-listbox`;
  const hintId = `${baseId}-hint`;
  const optionId = useCallback((phase: ActionPhase) => `${baseId}-option-${phase}`, [baseId]);

  const rootRef = useRef<HTMLElement | null>(null);
  const triggerRef = useRef<HTMLButtonElement | null>(null);

  // --- State, each piece held once, read from this render --------------------------------------
  const model = useMemo(() => resolveOptions(phases, disabledPhases), [phases, disabledPhases]);
  const { shown, disabled: disabledSet, selectable } = model;
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
  const value = useMemo(() => cleanSelection(rawValue, selectable), [rawValue, selectable]);
  const tally = useMemo(() => optionCounts(counts), [counts]);
  useInputWarnings({ value: rawValue, phases, disabledPhases, counts, tally });

  const [remembered, setActive] = useState<ActionPhase | undefined>(undefined);
  const active = resolveActive(selectable, value, remembered);
  const { announcement, announce } = useAnnouncer();
  const listboxRef = useRef<HTMLUListElement | null>(null);
  const { focusTo, focusAfterRender } = useFocus(open, triggerRef, listboxRef);

  // --- Actions ------------------------------------------------------------------------------------
  const setValue = (next: readonly ActionPhase[]) => {
    const clean = cleanSelection(next, selectable);
    if (sameSelection(clean, value)) return;
    setRawValue(clean);
    announce(announcementText(clean, shown.length, strings));
  };
  const toggle = (phase: ActionPhase) => setValue(toggleSelection(value, phase, selectable));
  const setOpen = useCallback(
    (next: boolean) => {
      if (next !== open) setOpenState(next);
    },
    [open, setOpenState],
  );
  const close = useCallback(
    (focus?: FocusTarget) => {
      if (focus !== undefined) focusAfterRender(focus);
      setOpen(false);
    },
    [focusAfterRender, setOpen],
  );
  const openAt = (where: ActiveMove) => {
    setActive(where === "last" ? selectable[selectable.length - 1] : (value[0] ?? selectable[0]));
    focusTo("listbox");
    setOpen(true);
  };

  // --- What the markup shows ----------------------------------------------------------------------
  const unavailable = options.disabledReason ?? texts.unavailable;
  const optionList = shown.map<PhaseFilterOption>((phase) => {
    const isDisabled = disabledSet.has(phase);
    const count = isDisabled ? undefined : tally?.[phase];
    return {
      phase,
      label: strings.phaseLabels[phase],
      count,
      accessibleName: optionName(phase, count, strings),
      selected: value.includes(phase),
      disabled: isDisabled,
      reason: isDisabled ? unavailable : undefined,
      active: open && phase === active,
    };
  });
  const presetItems = resolvePresets(presetsProp).map<PhaseFilterPresetItem>((preset) => {
    const selects = presetSelection(preset, selectable);
    return {
      preset,
      label: presetLabel(preset, texts),
      phases: selects,
      description: presetDescription(preset, selects, strings),
    };
  });
  const words = triggerText(value, strings);

  // --- Behaviour hooks ----------------------------------------------------------------------------
  const popup = usePopup({ open, rootRef, triggerRef, close, focusTo });
  const listbox = useListbox({
    ...{ open, value, selectable, options: optionList, active, rootRef, listboxRef, optionId },
    ...{ hasPresets: presetItems.length > 0, setActive, setValue, toggle, close },
  });
  const trigger = triggerProps({
    ...{ open, disabled, listboxId, openAt, close: () => close() },
    name: `${label}: ${words.summary}`,
    title: words.more === "" ? undefined : words.summary,
  });
  const state = open ? "open" : "closed";

  return {
    value,
    setValue,
    open,
    setOpen,
    options: optionList,
    presets: presetItems,
    label,
    summary: words.summary,
    summaryFirst: words.first,
    summaryMore: words.more,
    announcement,
    presetsHint: texts.presetsHint,
    labelId,
    rootRef,
    getRootProps: (props) =>
      mergeProps(
        { ref: rootRef, "data-state": state, "data-disabled": disabled ? "" : undefined },
        props,
      ) as never,
    getLabelProps: (props) => mergeProps({ id: labelId }, props),
    getTriggerProps: (props) => mergeProps({ ...trigger, ref: triggerRef }, props),
    getPopupProps: (props) =>
      mergeProps(
        {
          ...popup.popupProps,
          ref: popup.popupRef,
          role: "group",
          "aria-label": formatMessage(texts.popupLabel, { label }, strings.locale),
          "data-state": state,
        },
        props,
      ),
    // Named, so that the "Succeeded" and "Failed" presets are told apart from the options.
    getPresetGroupProps: (props) =>
      mergeProps({ role: "group", "aria-label": texts.presetsLabel }, props),
    getPresetProps: (item, props) =>
      mergeProps(
        {
          type: "button" as const,
          "data-preset": item.preset,
          title: item.description,
          disabled: !presetEnabled(item.preset, selectable),
          onClick: () => setValue(item.phases),
        },
        props,
      ),
    getPresetsHintProps: () => ({ id: hintId, hidden: true }),
    getListboxProps: (props) =>
      mergeProps(
        {
          ...listbox.listboxProps,
          ref: listboxRef,
          id: listboxId,
          role: "listbox",
          tabIndex: 0,
          "aria-multiselectable": true,
          "aria-labelledby": labelId,
          "aria-describedby": presetItems.length > 0 ? hintId : undefined,
          "aria-activedescendant": open && active !== undefined ? optionId(active) : undefined,
        },
        props,
      ),
    getOptionProps: (phase, props) => mergeProps(listbox.optionProps(phase), props),
    getLiveRegionProps: (props) =>
      mergeProps({ role: "status", "aria-live": "polite" as const, "aria-atomic": true }, props),
    getHiddenInputProps: () =>
      name === undefined
        ? undefined
        : { type: "hidden", name, value: formatPhaseParam(value), disabled },
  };
}
