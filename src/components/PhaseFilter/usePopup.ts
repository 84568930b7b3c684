"use client";
import { useEffect, useRef } from "react";
import type { FocusEvent, HTMLAttributes, KeyboardEvent, MouseEvent, RefObject } from "react";
import { useIsomorphicLayoutEffect } from "../../internal/useControllableState";
import { keepPopupPlaced, showInTopLayer } from "./popup";
import type { FocusTarget } from "./useFocus";

/** Where the popup hook reads the filter's parts and how it closes the popup. @internal */
export interface PopupContext {
  readonly open: boolean;
  readonly rootRef: RefObject<HTMLElement | null>;
  readonly triggerRef: RefObject<HTMLButtonElement | null>;
  /** Closes the popup; focus goes to `focus` when given. Changes identity only with `open`. */
  readonly close: (focus?: FocusTarget) => void;
  /** Moves focus (see `useFocus`). */
  readonly focusTo: (target: FocusTarget) => void;
}

/** What can take focus inside the popup: the preset buttons and the listbox. */
const FOCUSABLE = "button, [role='listbox']";

/**
 * The popup's behaviour: shown in the top layer and kept next to the trigger while open; closed
 * by Escape (onto the trigger), by Shift+Tab from the first preset (onto the trigger), by a click
 * outside the root and by focus leaving for another part of the page. A press on its blank space
 * keeps focus inside it instead of dropping it on `<body>`.
 * @internal
 */
export function usePopup(context: PopupContext): {
  popupRef: RefObject<HTMLDivElement | null>;
  popupProps: HTMLAttributes<HTMLDivElement>;
} {
  const { open, rootRef, triggerRef, close, focusTo } = context;
  const popupRef = useRef<HTMLDivElement | null>(null);

  useIsomorphicLayoutEffect(() => {
    const popup = popupRef.current;
    const trigger = triggerRef.current;
    if (!open || !popup || !trigger) return;
    showInTopLayer(popup);
    return keepPopupPlaced(trigger, popup);
  }, [open, triggerRef]);

  useEffect(() => {
    if (!open) return;
    const doc = rootRef.current?.ownerDocument ?? document;
    const onClick = (event: globalThis.MouseEvent) => {
      const root = rootRef.current;
      if (root && event.target instanceof Node && root.contains(event.target)) return;
      close();
    };
    doc.addEventListener("click", onClick, true);
    return () => doc.removeEventListener("click", onClick, true);
  }, [open, rootRef, close]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      close("trigger");
      return;
    }
    // Shift+Tab from the first preset leaves the popup backwards, onto the trigger.
    const first = popupRef.current?.querySelector("[data-preset]:not(:disabled)");
    if (event.key === "Tab" && event.shiftKey && event.target === first) {
      event.preventDefault();
      close("trigger");
    }
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    // Focus went somewhere else in the page (not to the trigger): the popup has nothing to do.
    const to = event.relatedTarget;
    const root = rootRef.current;
    if (to instanceof Node && root && !root.contains(to)) close();
  };

  const onMouseDown = (event: MouseEvent<HTMLDivElement>) => {
    // A press on padding or a gap would focus nothing, i.e. <body>: keep focus where it is, and
    // bring it into the popup when it was not there yet.
    if (event.target instanceof Element && event.target.closest(FOCUSABLE)) return;
    event.preventDefault();
    const popup = popupRef.current;
    if (popup && !popup.contains(popup.ownerDocument.activeElement)) focusTo("listbox");
  };

  return { popupRef, popupProps: { onKeyDown, onBlur, onMouseDown } };
}
