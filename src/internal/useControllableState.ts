"use client";
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from "react";
import { warnInDevelopment } from "./warnInDevelopment";

/** `useLayoutEffect` in the browser, `useEffect` on the server (where neither runs). @internal */
export const useIsomorphicLayoutEffect =
  typeof document === "undefined" ? useEffect : useLayoutEffect;

/** Options of {@link useControllableState}. @internal */
export interface ControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  value: T | undefined;
  /** The first value when uncontrolled. */
  defaultValue: T;
  /** Called with every new value, controlled or not. */
  onChange?: ((value: T) => void) | undefined;
  /** Component and prop, for the development warning, e.g. `"PhaseFilter value"`. */
  name: string;
}

/**
 * One piece of state that is either controlled (`value` + `onChange`) or uncontrolled
 * (`defaultValue`), held in exactly one place: the parent when controlled, here otherwise.
 * Setting it calls `onChange` either way. Switching between controlled and uncontrolled after
 * mount warns in development, as React's own inputs do, and follows the current mode.
 * @internal
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
  name,
}: ControllableStateOptions<T>): [T, (next: T) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : uncontrolled;

  const wasControlled = useRef(controlled);
  useEffect(() => {
    if (wasControlled.current === controlled) return;
    // The form bundlers fold: production builds drop the warning and its text.
    if (typeof process !== "undefined" && process.env.NODE_ENV !== "production") {
      warnInDevelopment(
        `${name} is changing from ${wasControlled.current ? "controlled" : "uncontrolled"} to ` +
          `${controlled ? "controlled" : "uncontrolled"}. Decide once: pass the prop on every ` +
          `render (controlled) or only its default (uncontrolled).`,
      );
    }
    wasControlled.current = controlled;
  }, [controlled, name]);

  // Handlers read the latest props through refs, so `set` keeps one identity for the lifetime of
  // the component and never calls a stale onChange.
  const latest = useRef({ controlled, onChange });
  useIsomorphicLayoutEffect(() => {
    latest.current = { controlled, onChange };
  });

  // When controlled, a parent may ignore the change; rendering once more lets the caller's
  // handlers see the value that is really in effect rather than the one they asked for.
  const [, rerender] = useReducer((count: number) => count + 1, 0);

  const set = useCallback((next: T) => {
    if (latest.current.controlled) rerender();
    else setUncontrolled(next);
    latest.current.onChange?.(next);
  }, []);

  return [current, set];
}
