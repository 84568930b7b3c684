/**
 * The time helpers of the domain module, as the components import them. TEMPORARY: a minimal
 * private stand-in with the signatures of `toMillis`, `durationToMillis`, `elapsedMs` and
 * `formatDuration` from `src/phases` (issue 10). When that lands this file becomes one
 * re-export line, and no component changes.
 * @internal
 */
import { isTerminal, parsePhase } from "../phases";

const MAX_MS = 8.64e15;
const finite = (ms: number | undefined) =>
  ms !== undefined && Number.isFinite(ms) && Math.abs(ms) <= MAX_MS ? ms : undefined;

function secondsNanos(value: object): number | undefined {
  const { seconds, nanos = 0 } = value as { seconds?: unknown; nanos?: unknown };
  const s = typeof seconds === "bigint" ? Number(seconds) : Number(seconds);
  if (seconds === undefined || seconds === null || typeof nanos !== "number") return undefined;
  return finite(s * 1000 + nanos / 1e6);
}

/** Epoch milliseconds of a Timestamp in any form, or `undefined`. @internal */
export function toMillis(value: unknown): number | undefined {
  if (typeof value === "number") return finite(value);
  if (typeof value === "string") return finite(/^\d{4}-/.test(value) ? Date.parse(value) : NaN);
  if (value instanceof Date) return finite(value.getTime());
  if (value !== null && typeof value === "object") return secondsNanos(value);
  return undefined;
}

/** Milliseconds of a Duration (`{ seconds, nanos }`, `"3.5s"`) or int64 ms, or `undefined`. @internal */
export function durationToMillis(value: unknown): number | undefined {
  if (typeof value === "number") return finite(value);
  if (typeof value === "bigint") return finite(Number(value));
  if (typeof value === "string") {
    const match = /^(-?\d+(?:\.\d+)?)(s?)$/.exec(value);
    return match ? finite(Number(match[1]) * (match[2] ? 1000 : 1)) : undefined;
  }
  if (value !== null && typeof value === "object") return secondsNanos(value);
  return undefined;
}

/** The shape of an `ActionStatus` that {@link elapsedMs} reads. @internal */
export interface ActionStatusLike {
  readonly phase?: unknown;
  readonly startTime?: unknown;
  readonly endTime?: unknown;
  readonly durationMs?: unknown;
}

/** `durationMs`, else end − start, else now − start while not terminal. @internal */
export function elapsedMs(
  status: ActionStatusLike | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (status === null || typeof status !== "object") return undefined;
  try {
    const duration = durationToMillis(status.durationMs);
    if (duration !== undefined && duration >= 0) return duration;
    const start = toMillis(status.startTime);
    if (start === undefined) return undefined;
    const end = toMillis(status.endTime);
    if (end !== undefined) return Math.max(0, end - start);
    const phase = parsePhase(status.phase);
    if (phase !== undefined && isTerminal(phase)) return undefined;
    return Number.isFinite(now) ? Math.max(0, now - start) : undefined;
  } catch {
    return undefined;
  }
}

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** "0s", "45s", "3m 05s", "1h 02m", "2d 03h". @internal */
export function formatDuration(ms: number): string {
  const t = typeof ms === "number" && ms > 0 && ms < Infinity ? Math.floor(ms / 1000) : 0;
  if (t < 60) return `${t}s`;
  if (t < 3600) return `${Math.floor(t / 60)}m ${pad(t % 60)}s`;
  if (t < 86400) return `${Math.floor(t / 3600)}h ${pad(Math.floor(t / 60) % 60)}m`;
  return `${Math.floor(t / 86400)}d ${pad(Math.floor(t / 3600) % 24)}h`;
}
