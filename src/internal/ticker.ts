/**
 * The one clock every live time display shares (PhaseDuration, PhaseTimeline, …).
 *
 * Why one: a page with 10,000 running rows must cost one timer, not 10,000, and every row must
 * change in the same frame. Why listeners instead of React state: re-rendering 10,000 components
 * each second costs far more than the text they change, so a listener writes its own DOM node
 * (`textContent`, an attribute, a custom property) and React is not involved per tick.
 *
 * Rules the clock keeps:
 * - one pending `setTimeout` for all listeners, aimed at the next whole second of `Date.now()`,
 *   so all displays flip together and in step with the wall clock;
 * - no timer while nothing listens, nor while `document.hidden` (a background tab gets no ticks;
 *   on return every listener gets one catch-up tick at once);
 * - nothing at all where there is no `document` (the server): {@link subscribeTick} does nothing.
 */

/** Called on every tick with the current time, `Date.now()` in milliseconds since the epoch. */
export type TickListener = (nowMs: number) => void;

const listeners = new Set<TickListener>();
let timer: ReturnType<typeof setTimeout> | undefined;

function schedule(): void {
  if (timer !== undefined || listeners.size === 0 || document.hidden) return;
  // In (0, 1000]: the next whole second, even when this runs exactly on one.
  timer = setTimeout(tick, 1000 - (Date.now() % 1000));
}

function stop(): void {
  if (timer === undefined) return;
  clearTimeout(timer);
  timer = undefined;
}

function tick(): void {
  timer = undefined;
  const now = Date.now();
  // A Set's iterator skips entries deleted during the loop (a row unmounting mid-tick), so no
  // copy of 10,000 entries is needed per tick.
  for (const listener of listeners) {
    try {
      listener(now);
    } catch (error) {
      // One broken listener must not freeze every other clock on the page; report it as an
      // uncaught error (window "error" event and console) and go on with the others.
      if (typeof reportError === "function") reportError(error);
      else
        setTimeout(() => {
          throw error;
        });
    }
  }
  schedule();
}

function onVisibilityChange(): void {
  if (document.hidden) stop();
  else if (timer === undefined) tick();
}

/**
 * Calls `listener` on every whole second while the page is visible, until the returned function
 * is called. All listeners share one timer. The listener is not called on subscribing: render
 * the current value yourself first (with the same function, e.g. `listener(Date.now())`).
 *
 * Does nothing on the server (no `document`) and returns a no-op.
 *
 * @example
 * useEffect(() => {
 *   const node = ref.current;
 *   if (!node) return;
 *   const write = (now: number) => (node.textContent = formatDuration(now - startMs));
 *   write(Date.now());
 *   return subscribeTick(write);
 * }, [startMs]);
 * @returns a function that unsubscribes (safe to call more than once)
 * @internal
 */
export function subscribeTick(listener: TickListener): () => void {
  if (typeof document === "undefined") return noop;
  // A function subscribed twice would be called once per tick anyway (a Set); wrapping keeps
  // the two subscriptions independent, so unsubscribing one leaves the other ticking.
  const entry: TickListener = (now) => listener(now);
  if (listeners.size === 0) document.addEventListener("visibilitychange", onVisibilityChange);
  listeners.add(entry);
  schedule();
  return () => {
    if (!listeners.delete(entry) || listeners.size > 0) return;
    stop();
    document.removeEventListener("visibilitychange", onVisibilityChange);
  };
}

function noop(): void {}

/**
 * How many listeners are subscribed, and whether a timer is pending. For tests and benchmarks.
 * @internal
 */
export function tickerState(): { listeners: number; timerPending: boolean } {
  return { listeners: listeners.size, timerPending: timer !== undefined };
}
