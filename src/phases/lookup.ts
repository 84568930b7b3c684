import type { ActionPhase } from "./actionPhase";
import { PHASE_FACTS } from "./facts";
import { ACTION_PHASES, phaseKey } from "./lists";

/** Prefix of every protobuf enum name of `flyteidl2.common.ActionPhase`. */
export const NAME_PREFIX = "ACTION_PHASE_";

/** Phases indexed by protobuf number; holes for 0 (UNSPECIFIED) and numbers not known yet. */
export const BY_NUMBER: (ActionPhase | undefined)[] = [];

/**
 * Every spelling of a phase: the SDK string, the key and the protobuf name, each as written and
 * lower-cased, and the number as decimal text (as found in URLs). Exact spellings hit at once;
 * other cases and padding hit after one trim and lower-case.
 */
export const BY_TEXT = new Map<string, ActionPhase>();

for (const phase of ACTION_PHASES) {
  const value = PHASE_FACTS[phase].protobufValue;
  const name = NAME_PREFIX + phaseKey(phase);
  BY_NUMBER[value] = phase;
  for (const text of [phase, phaseKey(phase), name, name.toLowerCase(), String(value)]) {
    BY_TEXT.set(text, phase);
  }
}
