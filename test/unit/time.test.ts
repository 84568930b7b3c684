import fc from "fast-check";
import * as root from "../../src";
import {
  durationToMillis,
  elapsedMs,
  formatDuration,
  phaseDurations,
  toMillis,
} from "../../src/phases";

const T0 = Date.UTC(2026, 10, 29, 10, 0, 0); // 2026-11-29T10:00:00Z
/** A protobuf-es Timestamp: nanos are never negative, even before 1970. */
const ts = (ms: number) => ({
  seconds: BigInt(Math.floor(ms / 1000)),
  nanos: (ms - Math.floor(ms / 1000) * 1000) * 1e6,
});

describe("toMillis", () => {
  it.each<[string, unknown, number | undefined]>([
    ["protobuf-es Timestamp", { seconds: BigInt(T0 / 1000), nanos: 500_000_000 }, T0 + 500],
    ["seconds as a number", { seconds: T0 / 1000, nanos: 0 }, T0],
    ["seconds as JSON int64 text", { seconds: String(T0 / 1000) }, T0],
    ["nanos below a millisecond kept as a fraction", { seconds: 0n, nanos: 1 }, 1e-6],
    ["before 1970", { seconds: -1n, nanos: 500_000_000 }, -500],
    ["RFC 3339 with Z", "2026-11-29T10:00:00Z", T0],
    ["RFC 3339 with a fraction", "2026-11-29T10:00:00.5Z", T0 + 500],
    ["RFC 3339 with nine digits", "2026-11-29T10:00:00.123456789Z", T0 + 123.456789],
    ["RFC 3339 with an offset", "2026-11-29T12:30:00+02:30", T0],
    ["RFC 3339 with a negative offset", "2026-11-29T09:00:00-01:00", T0],
    ["RFC 3339 lower case", "2026-11-29t10:00:00z", T0],
    ["year 1", "0001-01-01T00:00:00Z", -62135596800000],
    ["a Date", new Date(T0), T0],
    ["epoch ms", T0, T0],
    ["an invalid Date", new Date(Number.NaN), undefined],
    ["30 February", "2026-02-30T00:00:00Z", undefined],
    ["hour 24", "2026-11-29T24:00:00Z", undefined],
    ["no zone", "2026-11-29T10:00:00", undefined],
    ["a date only", "2026-11-29", undefined],
    ["free text Date.parse would take", "Nov 29 2026", undefined],
    ["nanos of a second or more", { seconds: 0n, nanos: 1e9 }, undefined],
    ["negative nanos", { seconds: 1n, nanos: -1 }, undefined],
    ["fractional nanos", { seconds: 1n, nanos: 0.5 }, undefined],
    ["seconds as a fraction", { seconds: 1.5, nanos: 0 }, undefined],
    ["no seconds", { nanos: 5 }, undefined],
    ["beyond Date", { seconds: 10n ** 15n, nanos: 0 }, undefined],
    ["NaN", Number.NaN, undefined],
    ["Infinity", Infinity, undefined],
    ["null", null, undefined],
    ["undefined", undefined, undefined],
    ["a bigint", 10n, undefined],
  ])("%s", (_, input, expected) => {
    expect(toMillis(input)).toBe(expected);
  });
});

describe("durationToMillis", () => {
  it.each<[string, unknown, number | undefined]>([
    ["protobuf-es Duration", { seconds: 3n, nanos: 500_000_000 }, 3500],
    ["negative Duration", { seconds: -3n, nanos: -500_000_000 }, -3500],
    ["JSON Duration", "3.5s", 3500],
    ["JSON Duration, whole seconds", "60s", 60_000],
    ["JSON Duration, nine digits", "0.000000001s", 1e-6],
    ["JSON Duration, negative", "-0.25s", -250],
    ["int64 ms as bigint", 1500n, 1500],
    ["int64 ms as JSON text", "1500", 1500],
    ["ms as a number", 1500, 1500],
    ["unit other than s", "3ms", undefined],
    ["text", "soon", undefined],
    ["ten fraction digits", "0.0000000001s", undefined],
    ["nanos out of range", { seconds: 0n, nanos: 2e9 }, undefined],
    ["a bigint beyond a double's integers", 2n ** 60n, undefined],
    ["NaN", Number.NaN, undefined],
    ["null", null, undefined],
    ["undefined", undefined, undefined],
  ])("%s", (_, input, expected) => {
    expect(durationToMillis(input)).toBe(expected);
  });
});

describe("phaseDurations", () => {
  const now = T0 + 100_000;
  it("adds up each phase; the open one runs until now", () => {
    expect(
      phaseDurations(
        [
          { phase: 1, startTime: ts(T0), endTime: ts(T0 + 4000) },
          { phase: 4, startTime: ts(T0 + 4000), endTime: ts(T0 + 10_000) },
          { phase: "ACTION_PHASE_QUEUED", startTime: ts(T0 + 10_000), endTime: ts(T0 + 11_000) },
          { phase: "running", startTime: "2026-11-29T10:00:11Z" },
        ],
        now,
      ),
    ).toEqual({ queued: 5000, running: 6000 + 89_000 });
  });

  it("ends a terminal phase where it starts when it has no end", () => {
    expect(phaseDurations([{ phase: 5, startTime: ts(T0) }], now)).toEqual({ succeeded: 0 });
  });

  it("counts clock skew as 0 and skips unreadable entries, in any order", () => {
    expect(
      phaseDurations(
        [
          { phase: 6, startTime: ts(T0 + 10), endTime: ts(T0) },
          { phase: 0, startTime: ts(T0), endTime: ts(T0 + 10) },
          { phase: 11, startTime: ts(T0), endTime: ts(T0 + 10) },
          { phase: 3, endTime: ts(T0 + 10) },
          { phase: 2, startTime: "yesterday", endTime: ts(T0 + 10) },
          { phase: 4, startTime: ts(now + 5000) },
          null,
          7,
        ],
        now,
      ),
    ).toEqual({ failed: 0, running: 0 });
  });

  it("defaults now to Date.now()", () => {
    const start = Date.now() - 60_000;
    const running = phaseDurations([{ phase: 4, startTime: start }]).running!;
    expect(running).toBeGreaterThanOrEqual(60_000);
    expect(running).toBeLessThan(70_000);
  });

  it.each([null, undefined, 3, "x", {}, [null]])("gives {} for %s", (input) => {
    expect(phaseDurations(input)).toEqual({});
  });
});

describe("elapsedMs", () => {
  const now = T0 + 185_000;
  it.each<[string, Parameters<typeof elapsedMs>[0], number | undefined]>([
    ["durationMs first", { durationMs: 1500n, startTime: ts(T0), endTime: ts(T0 + 9) }, 1500],
    ["durationMs as JSON text", { durationMs: "1500" }, 1500],
    ["end − start", { phase: 5, startTime: ts(T0), endTime: ts(T0 + 2000) }, 2000],
    ["now − start while running", { phase: 4, startTime: ts(T0) }, 185_000],
    ["now − start with no phase yet", { startTime: ts(T0) }, 185_000],
    ["clock skew gives 0", { phase: 4, startTime: ts(now + 1000) }, 0],
    ["negative span gives 0", { startTime: ts(T0 + 10), endTime: ts(T0) }, 0],
    ["terminal with no end", { phase: 6, startTime: ts(T0) }, undefined],
    ["no start", { phase: 4 }, undefined],
    ["negative durationMs is ignored", { durationMs: -5, phase: 4, startTime: ts(T0) }, 185_000],
    ["null", null, undefined],
    ["undefined", undefined, undefined],
  ])("%s", (_, status, expected) => {
    expect(elapsedMs(status, now)).toBe(expected);
  });
});

describe("formatDuration", () => {
  it.each<[number, string]>([
    [0, "0s"],
    [999, "0s"],
    [45_000, "45s"],
    [45_999, "45s"],
    [59_999, "59s"],
    [60_000, "1m 00s"],
    [185_000, "3m 05s"],
    [3_599_999, "59m 59s"],
    [3_600_000, "1h 00m"],
    [3_725_000, "1h 02m"],
    [86_399_999, "23h 59m"],
    [86_400_000, "1d 00h"],
    [183_600_000, "2d 03h"],
    [-5, "0s"],
    [Number.NaN, "0s"],
    [Infinity, "0s"],
  ])("%s ms → %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it("gives 0s for what is not a number", () => {
    expect(formatDuration("60000" as never)).toBe("0s");
    expect(formatDuration(60_000n as never)).toBe("0s");
  });

  it("agrees with a naive reference", () => {
    // Whole units peeled off one at a time, then the two largest non-zero-led units printed.
    const reference = (ms: number) => {
      let rest = ms > 0 ? ms : 0;
      const units = [86_400_000, 3_600_000, 60_000, 1000].map((size) => {
        let n = 0;
        while (rest >= size * (n + 1)) n++;
        rest -= n * size;
        return n;
      });
      const [d, h, m, s] = units as [number, number, number, number];
      const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);
      if (d > 0) return `${d}d ${pad(h)}h`;
      if (h > 0) return `${h}h ${pad(m)}m`;
      if (m > 0) return `${m}m ${pad(s)}s`;
      return `${s}s`;
    };
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 400 * 86_400_000, noNaN: true }), (ms) => {
        expect(formatDuration(ms)).toBe(reference(ms));
      }),
    );
  });
});

describe("time helpers, properties", () => {
  const anything = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true });

  it("never throw on arbitrary input", () => {
    fc.assert(
      fc.property(anything, anything, (a, b) => {
        toMillis(a);
        durationToMillis(a);
        formatDuration(a as never);
        elapsedMs(a, b as never);
        phaseDurations(a, b as never);
        phaseDurations([a, b]);
        elapsedMs({ startTime: a, endTime: b, durationMs: a, phase: b });
      }),
    );
  });

  it("toMillis agrees with Date for every form of the same instant", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("0001-01-01T00:00:00Z"),
          max: new Date("9999-12-31T23:59:59Z"),
          noInvalidDate: true,
        }),
        (date) => {
          const ms = date.getTime();
          expect(toMillis(date)).toBe(ms);
          expect(toMillis(ms)).toBe(ms);
          expect(toMillis(date.toISOString())).toBe(ms);
          expect(toMillis(ts(ms))).toBe(ms);
        },
      ),
    );
  });

  it("durationToMillis reads every form of the same duration alike", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (ms) => {
        const seconds = Math.floor(ms / 1000);
        const nanos = (ms % 1000) * 1e6;
        const json = `${seconds}.${String(ms % 1000).padStart(3, "0")}s`;
        expect(durationToMillis({ seconds: BigInt(seconds), nanos })).toBe(ms);
        expect(durationToMillis(json)).toBe(ms);
        expect(durationToMillis(BigInt(ms))).toBe(ms);
        expect(durationToMillis(String(ms))).toBe(ms);
      }),
    );
  });
});

it("the time helpers are exported from the root", () => {
  expect(root.toMillis).toBe(toMillis);
  expect(root.durationToMillis).toBe(durationToMillis);
  expect(root.phaseDurations).toBe(phaseDurations);
  expect(root.elapsedMs).toBe(elapsedMs);
  expect(root.formatDuration).toBe(formatDuration);
});
