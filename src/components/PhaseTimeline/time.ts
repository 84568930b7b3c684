/*
 * Stand-in for the domain's time helpers (`toMillis`, `formatDuration`) until they land in
 * src/phases/ with the flyteidl2 data work; same signatures, so the swap is one import line.
 */

/** Epoch milliseconds of a Timestamp in any wire form, `undefined` when unreadable. @internal */
export function toMillis(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  if (value instanceof Date) return toMillis(value.getTime());
  if (typeof value === "object" && value !== null && "seconds" in value) {
    const { seconds, nanos } = value as { seconds: unknown; nanos?: unknown };
    const s =
      typeof seconds === "bigint" || typeof seconds === "string" ? Number(seconds) : seconds;
    const n = typeof nanos === "number" ? nanos : 0;
    return typeof s === "number" && Number.isFinite(s) ? s * 1000 + Math.floor(n / 1e6) : undefined;
  }
  return undefined;
}

/** Compact English duration: "0s", "45s", "3m 05s", "1h 02m", "2d 03h". @internal */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(ms) ? ms / 1000 : 0));
  const pad = (n: number) => String(n).padStart(2, "0");
  const d = Math.floor(total / 86400);
  const h = Math.floor(total / 3600) % 24;
  const m = Math.floor(total / 60) % 60;
  const s = total % 60;
  if (d > 0) return `${d}d ${pad(h)}h`;
  if (h > 0) return `${h}h ${pad(m)}m`;
  if (m > 0) return `${m}m ${pad(s)}s`;
  return `${s}s`;
}
