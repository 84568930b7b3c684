// What every benchmark page shares: the clock, "wait for the paint", the mount-then-update sample
// of the render pages, a seeded random source and the object through which bench/run.mjs
// (Playwright) talks to the page.
import { flushSync } from "react-dom";
import type { Root } from "react-dom/client";
import type { ReactNode } from "react";

/** Milliseconds per metric of one sample, e.g. `{ mount: 210.4, update: 95.1 }`. */
export type Sample = Record<string, number>;

/** The API a page exposes on `window.__bench` for bench/run.mjs. */
export interface BenchPage {
  /** Set when the page has built its data and is ready to be measured. */
  ready: boolean;
  /** Facts the runner prints under the table (e.g. "DOM identical: yes"). */
  notes: string[];
  /** Page-specific entry points, called by name with `page.evaluate`. */
  [method: string]: unknown;
}

declare global {
  interface Window {
    __bench?: BenchPage;
  }
}

/**
 * Resolves once the frame that shows the DOM as it is now has been painted: the next
 * `requestAnimationFrame` runs right before style, layout and paint of that frame, and a task
 * queued from it runs after the frame is done. Every contender is timed to this same point.
 */
export function nextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(() => resolve(performance.now()), 0);
    });
  });
}

async function timeRender(root: Root, node: ReactNode) {
  const start = performance.now();
  flushSync(() => root.render(node));
  const committed = performance.now();
  const painted = await nextPaint();
  return { total: painted - start, commit: committed - start };
}

/**
 * One sample of a render page: mount `mounted`, then render `updated` over it, each timed from the
 * start of React's render to the painted frame and to the end of the commit; `check` throws if
 * the contender did not render what it should; then the root is emptied for the next sample.
 */
export async function mountThenUpdate(
  root: Root,
  mounted: ReactNode,
  updated: ReactNode,
  check: () => void,
): Promise<Sample> {
  await nextPaint();
  const mount = await timeRender(root, mounted);
  const update = await timeRender(root, updated);
  check();
  flushSync(() => root.render(null));
  await nextPaint();
  return {
    mount: mount.total,
    mountCommit: mount.commit,
    update: update.total,
    updateCommit: update.commit,
  };
}

/** Publishes the page API for the runner. */
export function expose(api: Omit<BenchPage, "ready" | "notes">, notes: string[] = []): void {
  window.__bench = { ...api, notes, ready: true };
}

// One seeded PRNG (mulberry32) for the repository: the run-table sample data of the stories and
// the benchmark pages draw from the same generator, so "the same data on every run and for every
// contender" holds by construction.
export { seededRandom } from "../../stories/examples/runData";
