import { isTerminal, parsePhase } from "../../phases";
import { durationToMillis, elapsedMs, toMillis } from "../../phases";
import type { ActionStatusLike } from "../../phases";

/** What PhaseDuration knows about its action's time, read once per render. @internal */
export interface DurationFacts {
  /** Start, epoch ms, when readable. */
  readonly startMs: number | undefined;
  /** End, epoch ms, when readable. */
  readonly endMs: number | undefined;
  /** Whether the duration grows with the clock (started, not ended, not terminal). */
  readonly running: boolean;
  /** The duration at `nowMs`, `undefined` when it cannot be known. */
  readonly ms: number | undefined;
}

/**
 * Reads `status` and the separate props (which win over the status's fields) without ever
 * throwing: a status with throwing getters, `NaN`, strings that are not times or `null` all give
 * "unknown" instead of a crashed row.
 * @internal
 */
export function readDuration(
  status: unknown,
  own: { start?: unknown; end?: unknown; durationMs?: unknown },
  nowMs: number,
): DurationFacts {
  let read: ActionStatusLike = {};
  try {
    if (status !== null && typeof status === "object") {
      const { phase, startTime, endTime, durationMs } = status as ActionStatusLike;
      read = { phase, startTime, endTime, durationMs };
    }
  } catch {
    // A throwing getter: read what the props give.
  }
  const merged: ActionStatusLike = {
    phase: read.phase,
    startTime: own.start ?? read.startTime,
    endTime: own.end ?? read.endTime,
    durationMs: own.durationMs ?? read.durationMs,
  };
  const startMs = toMillis(merged.startTime);
  const endMs = toMillis(merged.endTime);
  const fixed = durationToMillis(merged.durationMs);
  const phase = parsePhase(merged.phase);
  const running =
    startMs !== undefined &&
    endMs === undefined &&
    !(fixed !== undefined && fixed >= 0) &&
    !(phase !== undefined && isTerminal(phase));
  return { startMs, endMs, running, ms: elapsedMs(merged, nowMs) };
}
