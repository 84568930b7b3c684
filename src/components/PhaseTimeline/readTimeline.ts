import type { ActionPhase } from "../../phases";
import { isTerminal, parsePhase, phaseOrder, toMillis } from "../../phases";

/** One `PhaseTransition` as protobuf-es or proto3 JSON gives it; every field may be missing. */
export interface PhaseTimelineTransition {
  /** The phase: protobuf number, protobuf name, `ActionPhase` or key. */
  readonly phase?: unknown;
  /** When the phase began: a Timestamp (`{ seconds, nanos }`, RFC 3339, `Date`, epoch ms). */
  readonly startTime?: unknown;
  /** When it ended; absent while the phase is open. Same forms as `startTime`. */
  readonly endTime?: unknown;
}

/** One `ActionAttempt` as protobuf-es or proto3 JSON gives it; every field may be missing. */
export interface PhaseTimelineAttempt {
  /** The attempt's phase; a terminal one ends the row when no transition says so. */
  readonly phase?: unknown;
  /** Start of the attempt (any Timestamp form). */
  readonly startTime?: unknown;
  /** End of the attempt (any Timestamp form); closes a last phase that has no end time. */
  readonly endTime?: unknown;
  /** Attempt number, from 1 (`uint32`; a JSON string works too). */
  readonly attempt?: unknown;
  /** Why it failed: `kind` 1 / `"KIND_USER"` is a user error, 2 / `"KIND_SYSTEM"` a system error. */
  readonly errorInfo?: { readonly kind?: unknown } | null;
  /** The phases of this attempt, in any order. */
  readonly phaseTransitions?: readonly PhaseTimelineTransition[] | null;
}

/** A phase drawn as a segment of a row: [start, end] in epoch ms, `open` when it runs until now. */
export interface TimelineSegment {
  readonly phase: ActionPhase;
  readonly start: number;
  readonly end: number;
  readonly open: boolean;
}

/** One row of the timeline. */
export interface TimelineRow {
  readonly attempt: number;
  readonly segments: readonly TimelineSegment[];
  /** The terminal phase and when it was reached (a marker, not a segment). */
  readonly terminal?: { readonly phase: ActionPhase; readonly at: number };
  readonly errorKind?: "user" | "system";
}

/** Every row on one shared time axis `[start, end]` (epoch ms). */
export interface TimelineModel {
  readonly rows: readonly TimelineRow[];
  readonly attempts: number;
  readonly start: number;
  readonly end: number;
}

interface Entry {
  phase: ActionPhase;
  start: number;
  end: number | undefined;
}

/**
 * The timeline of `ActionDetails.attempts` at time `now`. Never throws: unreadable attempts and
 * transitions are skipped, transitions are sorted by start (ties in lifecycle order), an entry
 * repeating the phase before it continues that segment, a phase without an end time ends where
 * the next begins (or at the attempt's end, or `now` when still open), and a span that ends
 * before it starts (clock skew) counts 0.
 * @internal
 */
export function readTimeline(input: unknown, now: number): TimelineModel {
  const list = Array.isArray(input) ? (input as unknown[]) : [];
  const rows: TimelineRow[] = [];
  list.forEach((item, index) => {
    if (typeof item === "object" && item !== null) {
      rows.push(readAttempt(item as PhaseTimelineAttempt, index + 1, now));
    }
  });
  rows.sort((a, b) => a.attempt - b.attempt);
  let start = Infinity;
  let end = -Infinity;
  for (const row of rows) {
    for (const segment of row.segments) {
      start = Math.min(start, segment.start);
      end = Math.max(end, segment.end);
    }
    if (row.terminal) {
      start = Math.min(start, row.terminal.at);
      end = Math.max(end, row.terminal.at);
    }
  }
  const attempts = rows.reduce((most, row) => Math.max(most, row.attempt), rows.length);
  return start <= end ? { rows, attempts, start, end } : { rows, attempts, start: 0, end: 0 };
}

/** Whether any attempt has a phase still running (its segment grows with time). @internal */
export function hasOpenPhase(input: unknown): boolean {
  return readTimeline(input, 0).rows.some((row) => row.segments.some((segment) => segment.open));
}

function readAttempt(item: PhaseTimelineAttempt, position: number, now: number): TimelineRow {
  const number = Number(item.attempt);
  const attempt = Number.isInteger(number) && number > 0 ? number : position;
  const entries = readEntries(item.phaseTransitions);
  const attemptEnd = toMillis(item.endTime);

  // The last terminal transition (a terminal action never changes again), else the attempt's
  // own terminal phase at its end time.
  let terminal: TimelineRow["terminal"];
  for (const entry of entries) {
    if (isTerminal(entry.phase)) terminal = { phase: entry.phase, at: entry.start };
  }
  const phase = parsePhase(item.phase);
  if (terminal === undefined && phase !== undefined && isTerminal(phase)) {
    const lastStart = entries.at(-1)?.start;
    const at = attemptEnd ?? entries.at(-1)?.end ?? lastStart;
    if (at !== undefined) terminal = { phase, at: Math.max(at, lastStart ?? at) };
  }

  const segments: TimelineSegment[] = [];
  entries.forEach((entry, i) => {
    if (isTerminal(entry.phase)) return;
    const close = entry.end ?? entries[i + 1]?.start ?? terminal?.at ?? attemptEnd;
    // Clock skew: an end before the start counts 0 rather than drawing backwards.
    const end = Math.max(close ?? now, entry.start);
    segments.push({ phase: entry.phase, start: entry.start, end, open: close === undefined });
  });
  const kind = item.errorInfo?.kind;
  const errorKind =
    kind === 1 || kind === "KIND_USER"
      ? "user"
      : kind === 2 || kind === "KIND_SYSTEM"
        ? "system"
        : undefined;
  return { attempt, segments, terminal, errorKind };
}

function readEntries(transitions: unknown): Entry[] {
  if (!Array.isArray(transitions)) return [];
  const entries: Entry[] = [];
  for (const transition of transitions as unknown[]) {
    if (typeof transition !== "object" || transition === null) continue;
    const { phase: rawPhase, startTime, endTime } = transition as PhaseTimelineTransition;
    const phase = parsePhase(rawPhase);
    const start = toMillis(startTime);
    if (phase !== undefined && start !== undefined) {
      entries.push({ phase, start, end: toMillis(endTime) });
    }
  }
  entries.sort((a, b) => a.start - b.start || phaseOrder(a.phase) - phaseOrder(b.phase));
  // A repeated phase (a duplicate from a watch stream, or running → running) continues the
  // segment before it instead of drawing a second one.
  const merged: Entry[] = [];
  for (const entry of entries) {
    const previous = merged.at(-1);
    if (previous?.phase !== entry.phase) merged.push({ ...entry });
    else if (entry.end !== undefined) previous.end = Math.max(previous.end ?? entry.end, entry.end);
    // Re-entered after it had closed and still open: the segment is open again.
    else if (previous.end !== undefined && entry.start > previous.end) previous.end = undefined;
  }
  return merged;
}
