// The baselines for filterByPhase and countByPhase: the loops an app writes by hand over items
// whose phase is already the SDK string (the common case once data is in the store).
import type { ActionPhase } from "../../src";

/** The shape both contenders read: an id and the phase as the SDK writes it (or none yet). */
export interface Item {
  readonly id: number;
  readonly phase: ActionPhase | undefined;
}

export function handFilter(items: readonly Item[], phases: readonly ActionPhase[]): Item[] {
  if (phases.length === 0) return items.slice();
  const selected = new Set<ActionPhase | undefined>(phases);
  const result: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (selected.has(item.phase)) result.push(item);
  }
  return result;
}

export type HandCounts = Record<ActionPhase | "unknown", number>;

export function handCount(items: readonly Item[]): HandCounts {
  const counts: HandCounts = {
    queued: 0,
    waiting_for_resources: 0,
    initializing: 0,
    running: 0,
    paused: 0,
    succeeded: 0,
    recovered: 0,
    failed: 0,
    aborted: 0,
    timed_out: 0,
    unknown: 0,
  };
  for (let i = 0; i < items.length; i++) {
    counts[items[i]!.phase ?? "unknown"]++;
  }
  return counts;
}
