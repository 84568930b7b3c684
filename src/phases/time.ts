/**
 * `google.protobuf.Timestamp` and `Duration` as Flyte sends them, read into milliseconds:
 * protobuf-es objects (`{ seconds: bigint, nanos }`), proto3 JSON strings, `Date`s, and int64
 * milliseconds. Nothing here throws: unreadable values give `undefined`.
 */

/** `Date` accepts ±8.64e15 ms; anything beyond cannot be shown as a time. */
const MAX_MS = 8.64e15;
const RFC3339 = /^(\d{4}-\d\d-\d\d)[Tt ](\d\d:\d\d:\d\d)(\.\d{1,9})?(?:[Zz]|([+-])(\d\d):(\d\d))$/;
const INTEGER = /^-?\d+$/;
const DURATION = /^(-?)(\d+)(\.\d{1,9})?s$/;

/** `{ seconds, nanos }` with seconds as bigint, integer number or integer string. */
interface SecondsAndNanos {
  readonly seconds?: unknown;
  readonly nanos?: unknown;
}

/** A whole number from an int64 in any wire form (bigint, integer number, decimal string). */
function readInteger(value: unknown): number | undefined {
  const number =
    typeof value === "bigint"
      ? Number(value)
      : typeof value === "string" && INTEGER.test(value)
        ? Number(value)
        : value;
  return typeof number === "number" && Number.isSafeInteger(number) ? number : undefined;
}

/** Milliseconds of `{ seconds, nanos }`, or undefined; `nanos` must lie within ±1e9. */
function secondsAndNanos(value: SecondsAndNanos, negativeNanos: boolean): number | undefined {
  const seconds = readInteger(value.seconds);
  // protobuf-es always sets nanos; JSON-like objects may leave a zero out.
  const nanos = value.nanos === undefined ? 0 : value.nanos;
  if (seconds === undefined || typeof nanos !== "number" || !Number.isInteger(nanos)) {
    return undefined;
  }
  if (nanos >= 1e9 || nanos <= (negativeNanos ? -1e9 : -1)) return undefined;
  return seconds * 1000 + nanos / 1e6;
}

/** The fraction digits of a decimal (`"5"` of `"3.5"`) in milliseconds. */
const fractionMs = (digits: string | undefined): number =>
  digits ? Number(digits.replace(".", "").padEnd(9, "0")) / 1e6 : 0;

/** Epoch milliseconds of an RFC 3339 time, checking that the date exists (no 30 February). */
function readRfc3339(text: string): number | undefined {
  const match = RFC3339.exec(text);
  if (!match) return undefined;
  const [, date, time, fraction, sign, hours, minutes] = match;
  const local = `${date}T${time}`;
  const ms = Date.parse(`${local}Z`);
  // Date.parse rolls impossible dates over (30 February → 2 March, 24:00 → the next day); the
  // round trip through toISOString catches that.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 19) !== local) return undefined;
  if (!sign) return ms + fractionMs(fraction);
  if (Number(hours) > 23 || Number(minutes) > 59) return undefined;
  const offset = (Number(hours) * 60 + Number(minutes)) * 60_000;
  return ms + fractionMs(fraction) - (sign === "-" ? -offset : offset);
}

const inRange = (ms: number | undefined): number | undefined =>
  ms !== undefined && Math.abs(ms) <= MAX_MS ? ms : undefined;

/**
 * Epoch milliseconds of a `google.protobuf.Timestamp` in every form Flyte sends: protobuf-es
 * `{ seconds: bigint, nanos }`, a proto3 JSON RFC 3339 string (`"2026-11-29T10:00:00.5Z"`, any
 * offset, up to nine fraction digits), a `Date`, or epoch milliseconds as a number. Sub-millisecond
 * nanos are kept as a fraction. Never throws: `undefined` for anything else, including invalid
 * dates, nanos outside 0–999,999,999 and times beyond what `Date` can hold.
 *
 * @example
 * toMillis(actionStatus.startTime); // { seconds: 1795946400n, nanos: 500000000 } → 1795946400500
 * toMillis("2026-11-29T10:00:00.5Z"); // 1795946400500
 * toMillis(undefined); // undefined
 */
export function toMillis(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? inRange(value) : undefined;
  if (typeof value === "string") return inRange(readRfc3339(value));
  if (value instanceof Date) return inRange(value.getTime());
  if (value !== null && typeof value === "object") {
    return inRange(secondsAndNanos(value as SecondsAndNanos, false));
  }
  return undefined;
}

/**
 * Milliseconds of a `google.protobuf.Duration` — protobuf-es `{ seconds: bigint, nanos }` or the
 * proto3 JSON string (`"3.5s"`, `"-0.25s"`) — or of an int64 count of milliseconds such as
 * `ActionStatus.durationMs` (`bigint`, decimal string or number). Never throws: `undefined` for
 * anything else.
 *
 * @example
 * durationToMillis(taskGroup.averageDuration); // { seconds: 3n, nanos: 500000000 } → 3500
 * durationToMillis("3.5s"); // 3500
 * durationToMillis(1500n); // 1500 (int64 milliseconds)
 */
export function durationToMillis(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") {
    const match = DURATION.exec(value);
    if (!match) return readInteger(value);
    const ms = Number(match[2]) * 1000 + fractionMs(match[3]);
    return Number.isFinite(ms) ? (match[1] ? -ms : ms) : undefined;
  }
  if (typeof value === "bigint") return readInteger(value);
  if (value !== null && typeof value === "object") {
    return secondsAndNanos(value as SecondsAndNanos, true);
  }
  return undefined;
}
