"use client";
import { useEffect, useRef } from "react";
import type {
  HTMLAttributes,
  KeyboardEvent,
  LiHTMLAttributes,
  PointerEvent,
  RefObject,
} from "react";
import type { ActionPhase } from "../../phases";
import { moveActive, selectAllOrNone } from "./state";
import { continuesTypeahead, typeaheadIndex } from "./typeahead";
import { nextTabbableAfter } from "./focus";
import type { FocusTarget } from "./useFocus";
import type { DataAttributes, PhaseFilterOption } from "./types";

/** How long typed characters are kept together for typeahead ("t", "i" → "ti"). */
const TYPEAHEAD_RESET_MS = 500;

/** What the listbox hook reads and calls. @internal */
export interface ListboxContext {
  readonly open: boolean;
  readonly value: readonly ActionPhase[];
  readonly selectable: readonly ActionPhase[];
  readonly options: readonly PhaseFilterOption[];
  readonly active: ActionPhase | undefined;
  readonly hasPresets: boolean;
  readonly rootRef: RefObject<HTMLElement | null>;
  readonly listboxRef: RefObject<HTMLUListElement | null>;
  readonly optionId: (phase: ActionPhase) => string;
  readonly setActive: (phase: ActionPhase | undefined) => void;
  readonly setValue: (phases: readonly ActionPhase[]) => void;
  readonly toggle: (phase: ActionPhase) => void;
  readonly close: (focus?: FocusTarget) => void;
}

/**
 * The listbox and its options: the WAI-ARIA listbox keyboard model (arrows, Home/End, Space and
 * Enter toggle, Ctrl/⌘+A, typeahead in which Space continues a search, Tab leaves), pointer
 * hover and clicks, and the active option kept in view.
 * @internal
 */
export function useListbox(context: ListboxContext): {
  listboxProps: HTMLAttributes<HTMLUListElement>;
  optionProps: (phase: ActionPhase) => LiHTMLAttributes<HTMLLIElement> & DataAttributes;
} {
  const { open, value, selectable, options, active, hasPresets, rootRef, optionId } = context;
  const { listboxRef, setActive, setValue, toggle, close } = context;

  const typed = useRef("");
  const typedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(typedTimer.current), []);

  // Keep the active option in view when the list scrolls (small viewports).
  useEffect(() => {
    if (!open || active === undefined) return;
    const element = listboxRef.current?.ownerDocument.getElementById(optionId(active));
    element?.scrollIntoView?.({ block: "nearest" });
  }, [open, active, optionId, listboxRef]);

  const search = (char: string) => {
    typed.current += char;
    clearTimeout(typedTimer.current);
    typedTimer.current = setTimeout(() => {
      typed.current = "";
    }, TYPEAHEAD_RESET_MS);
    const labels = selectable.map(
      (phase) => options.find((option) => option.phase === phase)?.label ?? "",
    );
    const from = active === undefined ? -1 : selectable.indexOf(active);
    const index = typeaheadIndex(labels, typed.current, from);
    if (index >= 0) setActive(selectable[index]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const { key } = event;
    const command = event.ctrlKey || event.metaKey;
    if (key === "Tab") {
      if (event.shiftKey && hasPresets) return; // the browser moves to the last preset
      event.preventDefault();
      const root = rootRef.current;
      const next = event.shiftKey || !root ? null : nextTabbableAfter(root);
      close(next ?? "trigger");
      return;
    }
    const move = (to: "next" | "previous" | "first" | "last") =>
      setActive(moveActive(selectable, value, active, to));
    if (key === "ArrowDown") move("next");
    else if (key === "ArrowUp") move("previous");
    else if (key === "Home") move("first");
    else if (key === "End") move("last");
    else if (command && key.toLowerCase() === "a") setValue(selectAllOrNone(value, selectable));
    else if (!command && !event.altKey && continuesTypeahead(key, typed.current)) search(key);
    else if (key === " " || key === "Enter") {
      if (active !== undefined) toggle(active);
    } else return;
    event.preventDefault();
  };

  const optionProps = (phase: ActionPhase): LiHTMLAttributes<HTMLLIElement> & DataAttributes => {
    const option = options.find((item) => item.phase === phase);
    const disabled = option?.disabled ?? true;
    return {
      id: optionId(phase),
      role: "option",
      "aria-selected": option?.selected ?? false,
      "aria-disabled": disabled || undefined,
      "aria-label": option?.accessibleName,
      // A tooltip for the mouse and, by the name computation's rules, the accessible description.
      title: option?.reason,
      "data-phase": phase,
      "data-active": option?.active ? "" : undefined,
      onClick: disabled
        ? undefined
        : () => {
            setActive(phase);
            toggle(phase);
          },
      // A mouse or pen moves the active option; a finger dragged across the list is scrolling it.
      onPointerMove:
        disabled || phase === active
          ? undefined
          : (event: PointerEvent<HTMLLIElement>) => {
              if (event.pointerType !== "touch") setActive(phase);
            },
    };
  };

  return { listboxProps: { onKeyDown }, optionProps };
}
