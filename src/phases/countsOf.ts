import type { PhaseCounts } from "./selection";
import { ACTION_PHASES } from "./lists";
import { parsePhase } from "./parse";

/**
 * What the count-taking functions and components accept. Interim: becomes `PhaseCountsInput`
 * (issue 10's `readPhaseCounts`) when that lands; every reader goes through {@link countsOf}.
 */
export type CountsInput =
  | Partial<Record<string | number, unknown>>
  | ReadonlyMap<unknown, unknown>
  | Iterable<unknown>
  | null
  | undefined;

/** A count if `value` is a finite non-negative integer (number, bigint or decimal string). */
function readCount(value: unknown): number {
  const count =
    typeof value === "number"
      ? value
      : typeof value === "bigint" || (typeof value === "string" && /^\d+$/.test(value))
        ? Number(value)
        : NaN;
  return Number.isInteger(count) && count >= 0 ? count : 0;
}

/**
 * The one place where counts are read: any record keyed by a phase spelling, a `Map`, or a list
 * of `{ phase, count }`, into a complete {@link PhaseCounts}. Never throws.
 * @internal
 */
export function countsOf(input: unknown): PhaseCounts {
  const counts = { unknown: 0 } as PhaseCounts;
  for (const phase of ACTION_PHASES) counts[phase] = 0;
  const add = (key: unknown, value: unknown) => {
    // "unknown" and every key that is not a phase (UNSPECIFIED, newer numbers) add to unknown.
    counts[parsePhase(key) ?? "unknown"] += readCount(value);
  };
  if (input === null || typeof input !== "object") return counts;
  try {
    if (typeof (input as Partial<Iterable<unknown>>)[Symbol.iterator] === "function") {
      for (const entry of input as Iterable<unknown>) {
        if (Array.isArray(entry)) add(entry[0], entry[1]);
        else if (entry !== null && typeof entry === "object") {
          const { phase, count } = entry as { phase?: unknown; count?: unknown };
          add(phase, count);
        }
      }
    } else {
      for (const key of Object.keys(input)) add(key, (input as Record<string, unknown>)[key]);
    }
  } catch {
    // A throwing getter or iterator: keep what was read rather than break a page.
  }
  return counts;
}
