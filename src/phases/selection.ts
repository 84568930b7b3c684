import type { ActionPhase } from "./actionPhase";
import { ACTION_PHASES, phaseOrder } from "./lists";
import { parsePhase } from "./parse";

/** How many items are in each phase, plus those whose phase could not be read. */
export type PhaseCounts = Record<ActionPhase, number> & {
  /** Items whose phase is missing, UNSPECIFIED, unknown to this library or unreadable. */
  unknown: number;
};

/**
 * Reads a selection of phases and returns it clean: every entry read with {@link parsePhase} (so
 * SDK strings, keys, protobuf names and numbers all count), entries that are not phases dropped,
 * duplicates removed, in lifecycle order. `null` and `undefined` give `[]`; a lone string is read
 * as one entry, not as its characters. Never throws: called from untyped code (plain JavaScript,
 * data cast with `as`) with something that is not iterable, it gives `[]` too.
 *
 * @example
 * normalizePhases(["failed", "RUNNING", "failed", 42]); // ["running", "failed"]
 */
export function normalizePhases(phases: Iterable<unknown> | null | undefined): ActionPhase[] {
  const chosen: boolean[] = [];
  if (phases == null || typeof (phases as Iterable<unknown>)[Symbol.iterator] !== "function") {
    return [];
  }
  // Strings are iterable too; a lone phase string is read as one phase, not as characters.
  const entries: Iterable<unknown> = typeof phases === "string" ? [phases] : phases;
  for (const entry of entries) {
    const phase = parsePhase(entry);
    if (phase !== undefined) chosen[phaseOrder(phase)] = true;
  }
  // Walking ACTION_PHASES gives lifecycle order and removes duplicates without a sort.
  return ACTION_PHASES.filter((phase) => chosen[phaseOrder(phase)] === true);
}

/**
 * Writes a selection of phases for a URL query parameter: the SDK strings joined by commas,
 * deduplicated, in lifecycle order. The empty selection gives `""`.
 *
 * @example
 * formatPhaseParam(["timed_out", "failed"]); // "failed,timed_out"
 */
export function formatPhaseParam(phases: Iterable<ActionPhase> | null | undefined): string {
  return normalizePhases(phases).join(",");
}

const SEPARATOR = /[,;]/;

/**
 * Reads a selection of phases from a URL query parameter, tolerantly. Accepts `,` and `;` as
 * separators (`?status=QUEUED;RUNNING;` from the Flyte 2 UI works), SDK strings, keys, protobuf
 * names and numbers in any case, and surrounding spaces. Unknown tokens are dropped; the result is
 * deduplicated and in lifecycle order. `null`, `undefined` and `""` give `[]`. Several values of
 * the parameter (`URLSearchParams.getAll`) may be passed as an array. Never throws: called from
 * untyped code with anything else, it gives `[]`, and skips array entries that are not strings.
 *
 * `parsePhaseParam(formatPhaseParam(s))` is `s` in lifecycle order for every selection `s`.
 *
 * @example
 * parsePhaseParam(new URLSearchParams(location.search).get("status"));
 * parsePhaseParam("QUEUED;running;ACTION_PHASE_FAILED;8;bogus"); // ["queued", "running", "failed", "timed_out"]
 */
export function parsePhaseParam(
  param: string | readonly string[] | null | undefined,
): ActionPhase[] {
  if (typeof param === "string") return normalizePhases(param.split(SEPARATOR));
  if (Array.isArray(param)) {
    return normalizePhases(
      param.flatMap((part: unknown) => (typeof part === "string" ? part.split(SEPARATOR) : [])),
    );
  }
  return [];
}

/**
 * The client-side phase filter: the items whose phase is one of `phases`. An empty selection
 * means "no filter" and keeps every item, including those whose phase cannot be read; with a
 * selection, such items are left out. The phase of each item is read with {@link parsePhase}, so
 * SDK strings, protobuf names and numbers all work. Returns a new array in the items' order; one
 * pass, no allocation per item. Called from untyped code with `items` that are not an array, it
 * returns `[]` rather than throw.
 *
 * @example
 * const visible = filterByPhase(actions, ["failed", "timed_out"], (action) => action.phase);
 */
export function filterByPhase<T>(
  items: readonly T[],
  phases: Iterable<ActionPhase> | null | undefined,
  getPhase: (item: T) => unknown,
): T[] {
  if (!Array.isArray(items)) return [];
  const selection = normalizePhases(phases);
  if (selection.length === 0) return items.slice();
  const keptByText = byText((phase) => selection.includes(phase));
  const keeps = (raw: unknown): boolean => {
    const phase = parsePhase(raw);
    return phase !== undefined && keptByText[phase] === true;
  };
  const result: T[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as T;
    const raw = getPhase(item);
    // A string costs one dictionary probe, and is parsed only the first time it is seen. Numbers
    // and the rest are cheap to read every time; objects are read every time and never retained.
    if (typeof raw === "string" ? (keptByText[raw] ??= keeps(raw)) : keeps(raw)) {
      result.push(item);
    }
  }
  return result;
}

/**
 * Counts the items in each phase in one pass, reading each item's phase with
 * {@link parsePhase}. Every phase is present (0 when no item has it), plus `unknown` for items
 * whose phase cannot be read. The result fits the `counts` prop of `PhaseFilter`. Called from
 * untyped code with `items` that are not an array, it counts nothing rather than throw.
 *
 * @example
 * countByPhase(actions, (action) => action.phase); // { queued: 3, …, timed_out: 1, unknown: 0 }
 */
export function countByPhase<T>(items: readonly T[], getPhase: (item: T) => unknown): PhaseCounts {
  // Counted into a small array indexed by lifecycle position (0 for unknown), then copied into
  // the record once: keyed writes to an array are cheaper than to an object in the hot loop.
  const tally = new Array<number>(ACTION_PHASES.length + 1).fill(0);
  const positionByText = byText(phaseOrder);
  const positionOf = (raw: unknown): number => {
    const phase = parsePhase(raw);
    return phase === undefined ? 0 : (positionByText[phase] as number);
  };
  if (Array.isArray(items)) {
    for (let index = 0; index < items.length; index++) {
      const raw = getPhase(items[index] as T);
      // As in filterByPhase: strings are parsed once each, anything else is read every time.
      const at =
        typeof raw === "string" ? (positionByText[raw] ??= positionOf(raw)) : positionOf(raw);
      tally[at] = (tally[at] as number) + 1;
    }
  }
  const counts = {} as PhaseCounts;
  for (const phase of ACTION_PHASES) counts[phase] = tally[phaseOrder(phase)] as number;
  counts.unknown = tally[0] as number;
  return counts;
}

/**
 * A dictionary from raw phase text to what was worked out for it, holding the ten SDK strings
 * from the start; the loops above add each other string the first time they read it.
 *
 * A null-prototype object rather than a Map: V8 finds a string key in an object's dictionary in
 * about one probe, while a Map chains its entries two to a bucket, and walking those chains for
 * eleven distinct values (ten phases and `undefined`) was most of what filterByPhase cost over a
 * hand-written loop with a Set of one or two phases (`npm run bench -- --only=compute`). Without a
 * prototype, texts such as `"constructor"` or `"__proto__"` are keys like any other.
 */
function byText<V>(valueOf: (phase: ActionPhase) => V): Record<string, V> {
  const dictionary = Object.create(null) as Record<string, V>;
  for (const phase of ACTION_PHASES) dictionary[phase] = valueOf(phase);
  return dictionary;
}
