/*
 * Every word the filter says, as plain functions of the state and the strings (no React, no DOM).
 *
 * The one rule for the trigger and the announcement (issue 8, defect 5): both describe the same
 * selection from the same two facts, the chosen phases and the options shown.
 * - Nothing chosen means no filter: the trigger says "All phases" and so does the announcement.
 * - Otherwise the trigger names the chosen phases (all of them in its accessible name and
 *   tooltip; the first and "+N" on screen), and the announcement counts them out of the options
 *   shown, disabled ones included because they are on screen too: "3 of 10 selected".
 */
import type { ActionPhase } from "../../phases";
import { formatMessage } from "../../strings";
import { filterStrings } from "../../strings/defaultStrings";
import type { ProvidedStrings } from "../../strings/strings";
import type { PhaseFilterPreset } from "./presets";

/** What the trigger shows and says for a selection. @internal */
export interface TriggerText {
  /** Every chosen label ("Failed, Aborted, Timed out"), or "All phases": the accessible summary. */
  readonly summary: string;
  /** The first chosen label, or "All phases": what the trigger shows. */
  readonly first: string;
  /** "+2" when more phases are chosen than the first, else "". */
  readonly more: string;
}

/** The trigger's words for `value`. @internal */
export function triggerText(value: readonly ActionPhase[], strings: ProvidedStrings): TriggerText {
  const labels = value.map((phase) => strings.phaseLabels[phase]);
  if (labels.length === 0) {
    const all = filterStrings(strings).summaryAll;
    return { summary: all, first: all, more: "" };
  }
  const rest = labels.length - 1;
  return {
    summary: labels.join(", "),
    first: labels[0] as string,
    more:
      rest === 0
        ? ""
        : formatMessage(filterStrings(strings).summaryMore, { count: rest }, strings.locale),
  };
}

/** The live announcement for `value` among `shown` options (see the rule above). @internal */
export function announcementText(
  value: readonly ActionPhase[],
  shown: number,
  strings: ProvidedStrings,
): string {
  if (value.length === 0) return filterStrings(strings).summaryAll;
  return formatMessage(
    filterStrings(strings).selectedCount,
    { count: value.length, total: shown },
    strings.locale,
  );
}

/** An option's accessible name: the label, with the count and its unit when there is one. @internal */
export function optionName(
  phase: ActionPhase,
  count: number | undefined,
  strings: ProvidedStrings,
): string {
  const label = strings.phaseLabels[phase];
  if (count === undefined) return label;
  return formatMessage(filterStrings(strings).optionWithCount, { label, count }, strings.locale);
}

/**
 * What a group preset selects here, in words ("Selects Failed, Aborted, Timed out"), from the
 * phases it really selects (disabled ones left out). @internal
 */
export function presetDescription(
  preset: PhaseFilterPreset,
  phases: readonly ActionPhase[],
  strings: ProvidedStrings,
): string | undefined {
  // "Select all" and "Clear" say what they do already; a preset that selects nothing is disabled.
  if (preset === "selectAll" || preset === "clear" || phases.length === 0) return undefined;
  const labels = phases.map((phase) => strings.phaseLabels[phase]).join(", ");
  return formatMessage(
    filterStrings(strings).presetDescription,
    { phases: labels },
    strings.locale,
  );
}
