import { PHASE_GROUPS } from "../../phases";
import type { ActionPhase } from "../../phases";
import type { PhaseFilterStrings } from "../../strings";

/**
 * The quick selections of the PhaseFilter: the four groups the Flyte tools filter by, plus
 * "Select all" and "Clear". A preset replaces the selection; it never adds to it.
 */
export type PhaseFilterPreset =
  "inProgress" | "succeeded" | "failed" | "finished" | "selectAll" | "clear";

/** Every preset, in the order the filter shows them. */
export const PHASE_FILTER_PRESETS: readonly PhaseFilterPreset[] = Object.freeze([
  "inProgress",
  "succeeded",
  "failed",
  "finished",
  "selectAll",
  "clear",
]);

/** Where each preset's visible text lives in the filter's strings. */
const LABEL_KEYS = {
  inProgress: "presetInProgress",
  succeeded: "presetSucceeded",
  failed: "presetFailed",
  finished: "presetFinished",
  selectAll: "selectAll",
  clear: "clear",
} as const satisfies Record<PhaseFilterPreset, keyof PhaseFilterStrings>;

/** What a preset selects among the phases that can be selected here. @internal */
export function presetSelection(
  preset: PhaseFilterPreset,
  selectable: readonly ActionPhase[],
): ActionPhase[] {
  if (preset === "clear") return [];
  if (preset === "selectAll") return [...selectable];
  // The four group presets are named after the domain module's PHASE_GROUPS.
  const group = PHASE_GROUPS[preset];
  return selectable.filter((phase) => group.includes(phase));
}

/** The visible text of a preset. @internal */
export function presetLabel(preset: PhaseFilterPreset, strings: PhaseFilterStrings): string {
  return strings[LABEL_KEYS[preset]];
}
