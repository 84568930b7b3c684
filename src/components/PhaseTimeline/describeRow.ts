import { formatMessage } from "../../strings";
import { timelineStrings } from "../../strings/defaultStrings";
import type { ProvidedStrings } from "../../strings/strings";
import { formatDuration } from "../../phases";
import type { ActionPhase } from "../../phases";
import type { TimelineRow } from "./readTimeline";

/** The visible texts of one row: each phase with its duration, and the terminal phase. @internal */
export interface RowTexts {
  readonly segments: readonly string[];
  readonly terminal: string | undefined;
}

/**
 * Texts of a row. `inSentence` writes phase labels with a lower-case first letter, as they
 * read inside the screen-reader sentence ("…: queued 2s, running 3m 12s, failed (user error)").
 * @internal
 */
export function rowTexts(
  row: TimelineRow,
  strings: ProvidedStrings,
  inSentence: boolean,
): RowTexts {
  const { locale } = strings;
  const timeline = timelineStrings(strings);
  const label = (phase: ActionPhase) => {
    const text = strings.phaseLabels[phase];
    return inSentence ? text.charAt(0).toLocaleLowerCase(locale) + text.slice(1) : text;
  };
  const segments = row.segments.map((segment) =>
    formatMessage(
      timeline.segment,
      { phase: label(segment.phase), duration: formatDuration(segment.end - segment.start) },
      locale,
    ),
  );
  let terminal: string | undefined;
  if (row.terminal) {
    const kind =
      row.errorKind === "user"
        ? timeline.userError
        : row.errorKind === "system"
          ? timeline.systemError
          : undefined;
    terminal =
      kind === undefined
        ? label(row.terminal.phase)
        : formatMessage(
            timeline.terminalWithError,
            { phase: label(row.terminal.phase), kind },
            locale,
          );
  }
  return { segments, terminal };
}

/** "Attempt 2 of 2: queued 2s, …, failed (user error)" — the row as one sentence. @internal */
export function rowSentence(row: TimelineRow, attempts: number, strings: ProvidedStrings): string {
  const { segments, terminal } = rowTexts(row, strings, true);
  const parts = terminal === undefined ? segments : [...segments, terminal];
  const timeline = timelineStrings(strings);
  const phases = parts.length > 0 ? parts.join(timeline.separator) : timeline.attemptEmpty;
  return formatMessage(
    timeline.attemptSummary,
    { attempt: row.attempt, attempts, phases },
    strings.locale,
  );
}
