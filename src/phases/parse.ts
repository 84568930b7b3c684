import type { ActionPhase } from "./actionPhase";
import { PHASE_FACTS } from "./facts";
import { ACTION_PHASES, PHASE_KEYS } from "./lists";

/**
 * Every spelling a phase arrives in, lower-cased: the SDK string (`"timed_out"`), the key (which
 * lower-cases to the same), the protobuf name (`"action_phase_timed_out"`) and the number as
 * decimal text (`"8"`), as it comes out of a URL.
 */
const BY_TEXT: ReadonlyMap<string, ActionPhase> = new Map(
  ACTION_PHASES.flatMap((phase) => [
    [phase, phase],
    [`action_phase_${PHASE_KEYS[phase].toLowerCase()}`, phase],
    [String(PHASE_FACTS[phase].protobufValue), phase],
  ]),
);

/** Phases indexed by protobuf number; holes for 0 and for numbers this library does not know. */
const BY_NUMBER: readonly (ActionPhase | undefined)[] = ACTION_PHASES.reduce<
  (ActionPhase | undefined)[]
>((table, phase) => {
  table[PHASE_FACTS[phase].protobufValue] = phase;
  return table;
}, []);

/** Exact spellings first, so the common case does no string work at all. */
const EXACT: ReadonlyMap<string, ActionPhase> = new Map([
  ...BY_TEXT,
  ...ACTION_PHASES.flatMap((phase): [string, ActionPhase][] => [
    [PHASE_KEYS[phase], phase],
    [`ACTION_PHASE_${PHASE_KEYS[phase]}`, phase],
  ]),
]);

/**
 * Reads a phase from whatever the wire gives: the SDK string (`"running"`), the key
 * (`"RUNNING"`), the protobuf name (`"ACTION_PHASE_RUNNING"`) in any case with surrounding spaces
 * ignored, or the protobuf number (`4`, or `"4"` as found in URLs).
 *
 * Never throws. Returns `undefined` for UNSPECIFIED (0), numbers this library does not know yet
 * (newer servers), `null`, `undefined`, NaN, objects and anything else; callers show "Unknown".
 */
export function parsePhase(input: unknown): ActionPhase | undefined {
  if (typeof input === "string") {
    return EXACT.get(input) ?? BY_TEXT.get(input.trim().toLowerCase());
  }
  if (typeof input === "number") {
    // Array lookup is safe for any number: non-integer and negative keys just miss.
    return BY_NUMBER[input];
  }
  return undefined;
}
