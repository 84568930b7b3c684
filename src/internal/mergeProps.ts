import type { Ref, RefCallback } from "react";
import { withClassName } from "./classNames";

/** Writes `node` into a callback ref or a ref object; ignores `null`/`undefined` refs. @internal */
export function setRef<T>(ref: Ref<T> | undefined, node: T | null): void {
  if (typeof ref === "function") ref(node);
  else if (ref) (ref as { current: T | null }).current = node;
}

// Merged refs are cached per pair, so that two stable refs give one stable callback: a new
// callback on every render would make React detach and re-attach the node each time.
const merged = new WeakMap<object, WeakMap<object, RefCallback<never>>>();

/** One callback ref that feeds both refs given; the same callback for the same two refs. @internal */
export function mergeRefs<T>(a: Ref<T> | undefined, b: Ref<T> | undefined): Ref<T> | undefined {
  if (!a || !b || a === b) return a ?? b;
  let byB = merged.get(a);
  if (!byB) merged.set(a, (byB = new WeakMap()));
  let callback = byB.get(b) as RefCallback<T> | undefined;
  if (!callback) {
    callback = (node) => {
      setRef(a, node);
      setRef(b, node);
    };
    byB.set(b, callback as RefCallback<never>);
  }
  return callback;
}

type Handler = (event: { defaultPrevented: boolean }, ...rest: unknown[]) => void;

/**
 * The props a component's prop getter returns, with the caller's laid over them the way the
 * caller expects: event handlers both run (the caller's first, and the component's only when the
 * caller did not call `event.preventDefault()`, so a caller can opt out of one behaviour), refs
 * both receive the node, class names join and styles merge. Any other prop the caller passes
 * wins. Without caller props, the component's props come back as they are (same identities).
 * @internal
 */
export function mergeProps<Ours extends object>(ours: Ours, theirs?: object): Ours {
  if (!theirs) return ours;
  const result: Record<string, unknown> = { ...(ours as Record<string, unknown>) };
  for (const [key, value] of Object.entries(theirs)) {
    const own = result[key];
    if (value === undefined) continue;
    if (key === "ref") {
      result.ref = mergeRefs(own as Ref<unknown>, value as Ref<unknown>);
    } else if (key === "className") {
      result.className = own ? withClassName(own as string, value as string) : value;
    } else if (key === "style") {
      result.style = { ...(own as object | undefined), ...(value as object) };
    } else if (/^on[A-Z]/.test(key) && typeof own === "function" && typeof value === "function") {
      result[key] = (event: { defaultPrevented: boolean }, ...rest: unknown[]) => {
        (value as Handler)(event, ...rest);
        if (!event.defaultPrevented) (own as Handler)(event, ...rest);
      };
    } else {
      result[key] = value;
    }
  }
  return result as Ours;
}
