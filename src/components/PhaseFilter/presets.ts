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

const GROUP: Readonly<
  Record<"inProgress" | "succeeded" | "failed" | "finished", readonly ActionPhase[]>
> = {
  inProgress: PHASE_GROUPS.inProgress,
  succeeded: PHASE_GROUPS.succeeded,
  failed: PHASE_GROUPS.failed,
  finished: PHASE_GROUPS.finished,
};

/** What a preset selects among the phases that can be selected here. @internal */
export function presetSelection(
  preset: PhaseFilterPreset,
  selectable: readonly ActionPhase[],
): ActionPhase[] {
  if (preset === "clear") return [];
  if (preset === "selectAll") return [...selectable];
  const group = GROUP[preset];
  return selectable.filter((phase) => group.includes(phase));
}

/** The visible text of a preset. @internal */
export function presetLabel(preset: PhaseFilterPreset, strings: PhaseFilterStrings): string {
  switch (preset) {
    case "inProgress":
      return strings.presetInProgress;
    case "succeeded":
      return strings.presetSucceeded;
    case "failed":
      return strings.presetFailed;
    case "finished":
      return strings.presetFinished;
    case "selectAll":
      return strings.selectAll;
    case "clear":
      return strings.clear;
  }
}
