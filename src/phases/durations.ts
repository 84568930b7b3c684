import type { ActionPhase } from "./actionPhase";
import { isTerminal } from "./lists";
import { parsePhase } from "./parse";
import { durationToMillis, toMillis } from "./time";

/**
 * The shape of `flyteidl2.workflow.PhaseTransition`: a phase (any spelling {@link parsePhase}
 * reads) and when it started and ended (`google.protobuf.Timestamp` in any form {@link toMillis}
 * reads). `endTime` is missing while the phase is still open.
 */
export interface PhaseTransitionLike {
  /** The phase entered. */
  readonly phase?: unknown;
  /** When the phase started. */
  readonly startTime?: unknown;
  /** When it ended; missing while it is still the current phase. */
  readonly endTime?: unknown;
}

/**
 * The shape of `flyteidl2.workflow.ActionStatus` that {@link elapsedMs} reads. The backend may
 * leave any of these unset.
 */
export interface ActionStatusLike {
  /** The current phase, in any spelling. */
  readonly phase?: unknown;
  /** When the action started (Timestamp). */
  readonly startTime?: unknown;
  /** When it finished (Timestamp); missing while it runs. */
  readonly endTime?: unknown;
  /** Run time as int64 milliseconds (`bigint` in protobuf-es, decimal string in JSON). */
  readonly durationMs?: unknown;
}

const iterable = (value: unknown): value is Iterable<unknown> =>
  value !== null &&
  typeof value === "object" &&
  typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === "function";

/**
 * Milliseconds spent in each phase, from `PhaseTransition[]` (e.g.
 * `ActionAttempt.phaseTransitions`). A transition without `endTime` is open and runs until `now`
 * — except a terminal phase, which ends when it starts. Repeated phases add up; spans are never
 * negative (clock skew counts 0). Entries whose phase or start time cannot be read are skipped,
 * in any order. Never throws, whatever it is given (raw JSON included); phases never entered are
 * absent from the result.
 *
 * @param now - Epoch milliseconds that open phases run until.
 * @default now Date.now()
 * @example
 * phaseDurations(attempt.phaseTransitions);
 * // [{ phase: QUEUED, 10:00:00 → 10:00:04 }, { phase: RUNNING, 10:00:04 → open }] at 10:01:04
 * // → { queued: 4000, running: 60000 }
 */
export function phaseDurations(
  transitions: Iterable<PhaseTransitionLike> | unknown,
  now: number = Date.now(),
): Partial<Record<ActionPhase, number>> {
  const spent: Partial<Record<ActionPhase, number>> = {};
  if (!iterable(transitions)) return spent;
  try {
    for (const transition of transitions) {
      if (transition === null || typeof transition !== "object") continue;
      const { phase: raw, startTime, endTime } = transition as PhaseTransitionLike;
      const phase = parsePhase(raw);
      const start = toMillis(startTime);
      if (phase === undefined || start === undefined) continue;
      const end =
        toMillis(endTime) ??
        (isTerminal(phase) ? start : typeof now === "number" && Number.isFinite(now) ? now : start);
      spent[phase] = (spent[phase] ?? 0) + Math.max(0, end - start);
    }
  } catch {
    // A throwing getter or iterator: keep what was added up so far.
  }
  return spent;
}

/**
 * How long an action has run, in milliseconds, from an `ActionStatus`-shaped object:
 * `durationMs` when the server sent it; else `endTime − startTime`; else, for an action that is
 * not in a terminal phase, `now − startTime`. Never negative (clock skew gives 0). `undefined`
 * when none of these can be read (no start time yet, or a terminal action without an end, or
 * `input` is not an object). Never throws.
 *
 * @param now - Epoch milliseconds a running action is measured until.
 * @default now Date.now()
 * @example
 * elapsedMs(action.status); // { startTime: 10:00:00, phase: RUNNING } at 10:03:05 → 185000
 * formatDuration(elapsedMs(action.status) ?? 0); // "3m 05s"
 */
export function elapsedMs(
  input: ActionStatusLike | unknown,
  now: number = Date.now(),
): number | undefined {
  if (input === null || typeof input !== "object") return undefined;
  const status = input as ActionStatusLike;
  try {
    const duration = durationToMillis(status.durationMs);
    if (duration !== undefined && duration >= 0) return duration;
    const start = toMillis(status.startTime);
    if (start === undefined) return undefined;
    const end = toMillis(status.endTime);
    if (end !== undefined) return Math.max(0, end - start);
    if (isTerminal(parsePhase(status.phase) as ActionPhase)) return undefined;
    return typeof now === "number" && Number.isFinite(now) ? Math.max(0, now - start) : undefined;
  } catch {
    return undefined; // a throwing getter
  }
}

const twoDigits = (value: number) => String(value).padStart(2, "0");

/**
 * Compact English text for a duration, as the components show it: `"0s"`, `"45s"`, `"3m 05s"`,
 * `"1h 02m"`, `"2d 03h"`. Seconds are floored; the second unit always has two digits. Negative,
 * non-finite and non-number input gives `"0s"`. The strings provider can replace this text.
 *
 * @example
 * formatDuration(185_000); // "3m 05s"
 * formatDuration(3_725_000); // "1h 02m"
 */
export function formatDuration(ms: number): string {
  const total = typeof ms === "number" && ms > 0 && ms < Infinity ? Math.floor(ms / 1000) : 0;
  if (total < 60) return `${total}s`;
  if (total < 3600) return `${Math.floor(total / 60)}m ${twoDigits(total % 60)}s`;
  if (total < 86_400)
    return `${Math.floor(total / 3600)}h ${twoDigits(Math.floor(total / 60) % 60)}m`;
  return `${Math.floor(total / 86_400)}d ${twoDigits(Math.floor(total / 3600) % 24)}h`;
}
