import { ACTION_PHASES, phaseOrder } from "./lists";
import { parsePhase } from "./parse";
import type { PhaseCounts } from "./selection";

/**
 * One count as Flyte sends it: a `number` (int32, e.g. `EnrichedAction.childrenPhaseCounts`),
 * a `bigint` (int64 in protobuf-es, e.g. `TaskGroup.PhaseCount.count`) or a decimal string
 * (int64 in proto3 JSON, e.g. `"12"`).
 */
export type PhaseCountValue = number | bigint | string;

/**
 * One `{ phase, count }` entry, like `flyteidl2.task.TaskGroup.PhaseCount`: the phase in any
 * spelling {@link parsePhase} reads (a protobuf number in protobuf-es, a protobuf name in JSON).
 * Both fields may be missing, as proto3 JSON leaves out default values.
 */
export interface PhaseCountEntry {
  /** The phase, in any spelling; missing or UNSPECIFIED counts as unknown. */
  readonly phase?: unknown;
  /** How many; missing means 0. */
  readonly count?: PhaseCountValue | null | undefined;
}

/**
 * Everything {@link readPhaseCounts} reads, as a type: the counts of Flyte 2 messages pass
 * without a cast.
 * - a record keyed by any phase spelling — `EnrichedAction.childrenPhaseCounts`
 *   (`{ [key: number]: number }`, keyed by protobuf number; `{ "4": 3 }` in JSON), a
 *   {@link PhaseCounts}, or `Partial<Record<ActionPhase, number>>`;
 * - a `Map` from phase to count;
 * - a list (any iterable) of `{ phase, count }` — `TaskGroup.phaseCounts`, in protobuf-es
 *   (`count: bigint`) or JSON (`count: "12"`) form — or of `[phase, count]` pairs.
 */
export type PhaseCountsInput =
  | { readonly [key: number]: PhaseCountValue | null | undefined }
  | { readonly [key: string]: PhaseCountValue | null | undefined }
  | ReadonlyMap<unknown, PhaseCountValue | null | undefined>
  | Iterable<PhaseCountEntry | readonly [unknown, PhaseCountValue | null | undefined]>;

/** What {@link readPhaseCountsChecked} found: the counts, and whether anything was readable. */
export interface CheckedPhaseCounts {
  readonly counts: PhaseCounts;
  /** False when `input` held entries but none had a count, or was not a container at all. */
  readonly readable: boolean;
}

const DECIMAL = /^\d+$/;

/**
 * A count if `value` is a non-negative safe integer in any wire form, else undefined. Safe (at
 * most 2^53 − 1): a larger int64 cannot be held exactly, and adding two huge finite counts
 * would give Infinity.
 */
function readCount(value: unknown): number | undefined {
  let count: number;
  if (typeof value === "number") count = value;
  else if (typeof value === "bigint") count = Number(value);
  else if (typeof value === "string" && DECIMAL.test(value)) count = Number(value);
  else return undefined;
  // False for NaN, ±Infinity, fractions and anything above 2^53 − 1 (huge bigints included).
  return Number.isSafeInteger(count) && count >= 0 ? count : undefined;
}

const PHASE_COUNT_KEYS = [...ACTION_PHASES, "unknown"];

/** True when `input` is already a complete, valid PhaseCounts with no other key. */
function isPhaseCounts(input: object): input is PhaseCounts {
  const record = input as Record<string, unknown>;
  if (Object.keys(record).length !== PHASE_COUNT_KEYS.length) return false;
  return PHASE_COUNT_KEYS.every(
    (key) => typeof record[key] === "number" && readCount(record[key]) !== undefined,
  );
}

/**
 * Like {@link readPhaseCounts}, and says whether the input had anything readable in it, so a
 * component can warn about a `counts` value it cannot use. Empty containers are readable (an
 * action without children has `childrenPhaseCounts: {}`); `null` and `undefined` too.
 * @internal
 */
export function readPhaseCountsChecked(input: unknown): CheckedPhaseCounts {
  if (input === null || typeof input !== "object") {
    return { counts: fromTally([]), readable: input === null || input === undefined };
  }
  // Counted into an array by lifecycle position (0 for unknown), then copied once.
  const tally = new Array<number>(ACTION_PHASES.length + 1).fill(0);
  let entries = 0;
  let used = 0;
  const add = (key: unknown, value: unknown) => {
    entries++;
    const count = readCount(value);
    if (count === undefined) return;
    used++;
    const phase = parsePhase(key);
    const at = phase === undefined ? 0 : phaseOrder(phase);
    tally[at] = (tally[at] as number) + count;
  };
  try {
    if (!(input instanceof Map) && isPhaseCounts(input)) return { counts: input, readable: true };
    if (typeof (input as Partial<Iterable<unknown>>)[Symbol.iterator] === "function") {
      // A Map iterates as [key, count] pairs; a list holds { phase, count } entries or pairs.
      for (const entry of input as Iterable<unknown>) {
        if (Array.isArray(entry)) add(entry[0], entry[1]);
        else if (entry !== null && typeof entry === "object") {
          const { phase, count } = entry as PhaseCountEntry;
          add(phase, count);
        } else entries++;
      }
    } else {
      for (const key of Object.keys(input)) add(key, (input as Record<string, unknown>)[key]);
    }
  } catch {
    // A throwing getter or iterator: keep what was read so far rather than break a page.
  }
  return { counts: fromTally(tally), readable: entries === 0 || used > 0 };
}

/** A fresh PhaseCounts from counts indexed by lifecycle position (0 for unknown). */
function fromTally(tally: readonly number[]): PhaseCounts {
  const counts = {} as PhaseCounts;
  for (const phase of ACTION_PHASES) counts[phase] = tally[phaseOrder(phase)] ?? 0;
  counts.unknown = tally[0] ?? 0;
  return counts;
}

/**
 * Reads phase counts from whatever Flyte sends — see {@link PhaseCountsInput} — into a
 * {@link PhaseCounts} with every phase (0 when absent) and `unknown`. Never throws.
 *
 * - Keys may be any phase spelling: SDK string, key, protobuf name, protobuf number (as a number,
 *   or as the numeric string keys that JSON and `Object.entries` give).
 * - Keys that are not phases (UNSPECIFIED, numbers from newer servers, anything else) add to
 *   `unknown`; the same phase twice (`4` and `"running"`) adds up.
 * - Counts may be `number`, `bigint` or decimal string; counts that are not non-negative safe
 *   integers (at most 2^53 − 1, so every sum stays exact and finite) are ignored.
 * - A complete, valid `PhaseCounts` is returned as is (the same object), so passing the result of
 *   {@link countByPhase} costs nothing. Anything that is not a container gives all zeros.
 *
 * @example
 * readPhaseCounts(enrichedAction.childrenPhaseCounts); // { 4: 3, 5: 12 } → { running: 3, succeeded: 12, …, unknown: 0 }
 * readPhaseCounts(taskGroup.phaseCounts); // [{ phase: 6, count: 2n }] → { failed: 2, …, unknown: 0 }
 * readPhaseCounts([{ phase: "ACTION_PHASE_FAILED", count: "2" }]).failed; // 2
 * readPhaseCounts({ 0: 1, 11: 2, running: 1 }); // { running: 1, …, unknown: 3 }
 */
export function readPhaseCounts(input: unknown): PhaseCounts {
  return readPhaseCountsChecked(input).counts;
}
