import type { ActionPhase } from "./actionPhase";
import { BY_NUMBER, BY_TEXT } from "./lookup";

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
    return BY_TEXT.get(input) ?? BY_TEXT.get(input.trim().toLowerCase());
  }
  // Array lookup is safe for any number: fractions, negatives and NaN just miss.
  return typeof input === "number" ? BY_NUMBER[input] : undefined;
}
