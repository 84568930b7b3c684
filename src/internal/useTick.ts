"use client";
import { useRef, useState, useSyncExternalStore } from "react";
import { subscribeTick } from "./ticker";
import type { TickListener } from "./ticker";
import { useIsomorphicLayoutEffect } from "./useControllableState";

/**
 * Subscribes `listener` to the shared ticker ({@link subscribeTick}) while it is a function;
 * pass `undefined` or `false` to stop (e.g. once the action is finished). The latest listener is
 * called, so an inline function does not resubscribe on every render. Nothing happens on the
 * server. The listener writes the DOM itself: the component does not re-render per tick.
 *
 * Also calls the listener once right after mounting (and after re-activation), so a display
 * rendered from an old `now` (the server's) shows the browser's time before the first tick.
 *
 * @example
 * const ref = useRef<HTMLTimeElement>(null);
 * useTick(running && ((now) => { ref.current!.textContent = formatDuration(now - startMs); }));
 * @internal
 */
export function useTick(listener: TickListener | undefined | false | null): void {
  const latest = useRef<TickListener | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    latest.current = listener || undefined;
  });
  const active = typeof listener === "function";
  useIsomorphicLayoutEffect(() => {
    if (!active) return;
    const call: TickListener = (now) => latest.current?.(now);
    call(Date.now());
    return subscribeTick(call);
  }, [active]);
}

/**
 * The current time in milliseconds, floored to the whole second, re-rendering the calling
 * component on every tick of the shared ticker while `active`. For the few components that must
 * re-render to show time (a page title, one timeline); a table of many live cells should write
 * its DOM through {@link useTick} instead.
 *
 * @param active Follow the clock. While `false` the value is `initial`.
 * @param initial The value on the server, during hydration and while inactive (server and
 *   browser must agree on it), e.g. a `now` prop. @default Date.now() at the first render
 * @internal
 */
export function useNow(active = true, initial?: number): number {
  const [first] = useState(() => initial ?? Date.now());
  return useSyncExternalStore(
    active ? subscribeTick : subscribeNever,
    active ? currentSecond : () => first,
    () => first,
  );
}

// Stable within a second, as useSyncExternalStore needs between two ticks.
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;
const subscribeNever = () => () => {};
