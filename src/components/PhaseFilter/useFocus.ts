"use client";
import { useCallback, useRef } from "react";
import type { RefObject } from "react";
import { useIsomorphicLayoutEffect } from "../../internal/useControllableState";
import { focusWithoutScroll } from "./focus";

/** Where focus can be sent: one of the filter's parts, or an element after it in the page. */
export type FocusTarget = "trigger" | "listbox" | HTMLElement;

/** The focus controls of {@link useFocus}. @internal */
export interface FocusControls {
  /** Focuses the target now when it is in the document, or as soon as it is. */
  readonly focusTo: (target: FocusTarget) => void;
  /**
   * Focuses the target after the coming render, when a closing popup is gone: moving focus out
   * of it first would blur it, and the blur would close it a second time.
   */
  readonly focusAfterRender: (target: FocusTarget) => void;
}

/**
 * The one place that moves focus in the filter. Every part asks it to (`focusTo`,
 * `focusAfterRender`), and whenever the popup closes with focus lost to `<body>` (the focused
 * part was unmounted by a parent closing it, a click outside, a blur), it gives focus back to the
 * trigger.
 * @internal
 */
export function useFocus(
  open: boolean,
  triggerRef: RefObject<HTMLButtonElement | null>,
  listboxRef: RefObject<HTMLElement | null>,
): FocusControls {
  const pending = useRef<FocusTarget | null>(null);

  const resolve = useCallback(
    (target: FocusTarget): HTMLElement | null =>
      target === "trigger"
        ? triggerRef.current
        : target === "listbox"
          ? listboxRef.current
          : target,
    [triggerRef, listboxRef],
  );

  const focusTo = useCallback(
    (target: FocusTarget) => {
      const element = resolve(target);
      if (element?.isConnected) {
        pending.current = null;
        focusWithoutScroll(element);
      } else {
        pending.current = target;
      }
    },
    [resolve],
  );
  const focusAfterRender = useCallback((target: FocusTarget) => {
    pending.current = target;
  }, []);

  const wasOpen = useRef(open);
  useIsomorphicLayoutEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    if (pending.current !== null) {
      const element = resolve(pending.current);
      if (element?.isConnected) {
        pending.current = null;
        focusWithoutScroll(element);
        return;
      }
    }
    // A listbox that never opened (a controlled parent said no) is not waited for.
    if (!open) pending.current = null;
    if (!closed) return;
    const doc = triggerRef.current?.ownerDocument;
    if (doc && (doc.activeElement === null || doc.activeElement === doc.body)) {
      focusWithoutScroll(triggerRef.current);
    }
  });

  return { focusTo, focusAfterRender };
}
