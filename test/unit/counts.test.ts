import fc from "fast-check";
import * as root from "../../src";
import { ACTION_PHASES, countByPhase, readPhaseCounts } from "../../src/phases";
import type { ActionPhase, PhaseCounts } from "../../src/phases";
import { readPhaseCountsChecked } from "../../src/phases/counts";

// Protobuf numbers and names written out by hand from phases.md, not taken from the domain table.
const NUMBER: Record<ActionPhase, number> = {
  queued: 1,
  waiting_for_resources: 2,
  initializing: 3,
  running: 4,
  paused: 9,
  succeeded: 5,
  recovered: 10,
  failed: 6,
  aborted: 7,
  timed_out: 8,
};

const zero: PhaseCounts = {
  queued: 0,
  waiting_for_resources: 0,
  initializing: 0,
  running: 0,
  paused: 0,
  succeeded: 0,
  recovered: 0,
  failed: 0,
  aborted: 0,
  timed_out: 0,
  unknown: 0,
};
const counts = (some: Partial<PhaseCounts>): PhaseCounts => ({ ...zero, ...some });

describe("readPhaseCounts", () => {
  it.each<[string, unknown, Partial<PhaseCounts>]>([
    ["childrenPhaseCounts (number keys)", { 4: 3, 5: 12 }, { running: 3, succeeded: 12 }],
    ["childrenPhaseCounts as JSON", JSON.parse('{"4":3,"9":1}'), { running: 3, paused: 1 }],
    ["SDK strings", { failed: 2, timed_out: 1 }, { failed: 2, timed_out: 1 }],
    ["keys", { FAILED: 2, RECOVERED: 1 }, { failed: 2, recovered: 1 }],
    ["protobuf names", { ACTION_PHASE_ABORTED: 4 }, { aborted: 4 }],
    ["PAUSED is 9 and RECOVERED 10", { 9: 1, 10: 2 }, { paused: 1, recovered: 2 }],
    ["TaskGroup.phaseCounts (bigint)", [{ phase: 6, count: 2n }], { failed: 2 }],
    [
      "TaskGroup.phaseCounts as JSON",
      [{ phase: "ACTION_PHASE_FAILED", count: "2" }, { phase: "ACTION_PHASE_RUNNING" }],
      { failed: 2 },
    ],
    [
      "a Map",
      new Map<unknown, unknown>([
        [4, 1],
        ["failed", 2n],
      ]),
      { running: 1, failed: 2 },
    ],
    ["pairs from Object.entries", Object.entries({ 5: 7 }), { succeeded: 7 }],
    ["a Set of entries", new Set([{ phase: 1, count: 1 }]), { queued: 1 }],
    ["UNSPECIFIED and newer numbers add to unknown", { 0: 1, 11: 2, 12: "3" }, { unknown: 6 }],
    ["entries without a phase add to unknown", [{ count: 5 }], { unknown: 5 }],
    ["words that are not phases add to unknown", { bogus: 1, unknown: 2 }, { unknown: 3 }],
    ["duplicates add up", { 4: 1, running: 2, RUNNING: 3 }, { running: 6 }],
    [
      "duplicates in a list add up",
      [
        { phase: 4, count: 1n },
        { phase: 4, count: 2n },
      ],
      { running: 3 },
    ],
    [
      "invalid counts are ignored",
      {
        1: -1,
        2: 1.5,
        3: Number.NaN,
        4: Infinity,
        5: "1.5",
        6: "-2",
        7: "",
        8: null,
        9: {},
        10: "x",
      },
      {},
    ],
    ["negative bigints are ignored", [{ phase: 4, count: -1n }], {}],
    ["bigints beyond a double are ignored", [{ phase: 4, count: 10n ** 400n }], {}],
    [
      "counts beyond 2^53 - 1 are ignored, so sums stay exact and finite",
      {
        running: 2 ** 53,
        failed: Number.MAX_VALUE,
        4: "9007199254740992",
        6: 2n ** 60n,
        "": 1.7e308,
        " ": 1.7e308,
      },
      {},
    ],
    [
      "the largest safe counts still add up",
      [
        { phase: 4, count: Number.MAX_SAFE_INTEGER },
        { phase: 4, count: BigInt(Number.MAX_SAFE_INTEGER) },
      ],
      { running: 2 * Number.MAX_SAFE_INTEGER },
    ],
    ["list entries that are not objects are ignored", [1, "running", null, [4, 1]], { running: 1 }],
  ])("%s", (_, input, expected) => {
    expect(readPhaseCounts(input)).toEqual(counts(expected));
  });

  it.each([null, undefined, 3, "running", true, Symbol("x"), () => 1, 10n])(
    "gives all zeros for %s",
    (input) => {
      expect(readPhaseCounts(input)).toEqual(zero);
    },
  );

  it("returns a valid PhaseCounts as the same object", () => {
    const given = countByPhase(["running", "failed", 0], (x) => x);
    expect(readPhaseCounts(given)).toBe(given);
  });

  it("reads a PhaseCounts with an invalid count instead of passing it through", () => {
    const given = { ...zero, running: -1, failed: 2 };
    const read = readPhaseCounts(given);
    expect(read).not.toBe(given);
    expect(read).toEqual(counts({ failed: 2 }));
  });

  it("returns a new object for partial records, with every phase and unknown", () => {
    const given = { running: 1 };
    const read = readPhaseCounts(given);
    expect(read).not.toBe(given);
    expect(Object.keys(read)).toEqual([...ACTION_PHASES, "unknown"]);
  });

  it("keeps what it read before a getter or iterator throws", () => {
    const getter = {
      4: 1,
      get 5(): number {
        throw new Error("boom");
      },
    };
    expect(readPhaseCounts(getter)).toEqual(counts({ running: 1 }));
    function* entries() {
      yield { phase: 6, count: 1 };
      throw new Error("boom");
    }
    expect(readPhaseCounts(entries())).toEqual(counts({ failed: 1 }));
  });

  it("is exported from the root", () => {
    expect(root.readPhaseCounts).toBe(readPhaseCounts);
  });
});

describe("readPhaseCountsChecked (for the counts prop's warning)", () => {
  it.each<[string, boolean, unknown]>([
    ["an empty map from an action without children", true, {}],
    ["an empty list", true, []],
    ["nothing", true, undefined],
    ["null", true, null],
    ["counts under unknown keys", true, { 11: 1 }],
    ["a whole message instead of its counts", false, { action: {}, meetsFilter: true }],
    ["counts that are not numbers", false, { running: "many" }],
    ["a number", false, 3],
    ["a string", false, "running"],
  ])("%s: readable %s", (_, readable, input) => {
    expect(readPhaseCountsChecked(input).readable).toBe(readable);
  });
});

// A reference as naive as possible: every entry of a record, map or list, one at a time.
function reference(input: unknown): PhaseCounts {
  const result = { ...zero };
  const byNumber = new Map(Object.entries(NUMBER).map(([phase, n]) => [n, phase as ActionPhase]));
  const phaseOf = (key: unknown): ActionPhase | undefined => {
    if (typeof key === "number") return byNumber.get(key);
    if (typeof key !== "string") return undefined;
    const text = key
      .trim()
      .toLowerCase()
      .replace(/^action_phase_/, "");
    if (/^\d+$/.test(text) && String(Number(text)) === text) return byNumber.get(Number(text));
    return (ACTION_PHASES as readonly string[]).includes(text) ? (text as ActionPhase) : undefined;
  };
  const countOf = (value: unknown): number | undefined => {
    const n =
      typeof value === "bigint" || (typeof value === "string" && /^[0-9]+$/.test(value))
        ? Number(value)
        : value;
    return typeof n === "number" && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
  };
  const add = (key: unknown, value: unknown) => {
    const count = countOf(value);
    if (count === undefined) return;
    const phase = phaseOf(key);
    result[phase ?? "unknown"] += count;
  };
  if (input instanceof Map) for (const [k, v] of input) add(k, v);
  else if (Array.isArray(input)) {
    for (const e of input) {
      if (Array.isArray(e)) add(e[0], e[1]);
      else if (e !== null && typeof e === "object") add(e.phase, e.count);
    }
  } else if (input !== null && typeof input === "object") {
    for (const [k, v] of Object.entries(input)) add(k, v);
  }
  return result;
}

const anyKey = fc.oneof(
  fc.constantFrom(...ACTION_PHASES),
  fc.constantFrom(...ACTION_PHASES).map((p) => `ACTION_PHASE_${p.toUpperCase()}`),
  fc.integer({ min: -2, max: 13 }),
  fc.string(),
);
const anyCount = fc.oneof(
  fc.integer({ min: -5, max: 1000 }),
  fc.bigInt({ min: -5n, max: 10n ** 6n }),
  fc.nat().map(String),
  fc.double(),
  fc.string(),
);

describe("readPhaseCounts properties", () => {
  it("never throws and always gives a full PhaseCounts, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true }), (input) => {
        const read = readPhaseCounts(input);
        expect(Object.keys(read).sort()).toEqual([...ACTION_PHASES, "unknown"].sort());
        for (const n of Object.values(read)) expect(Number.isFinite(n) && n >= 0).toBe(true);
      }),
    );
  });

  it("agrees with a naive reference on records, maps and lists", () => {
    const entries = fc.array(fc.tuple(anyKey, anyCount), { maxLength: 12 });
    fc.assert(
      fc.property(entries, fc.constantFrom("record", "map", "list", "pairs"), (pairs, form) => {
        const input =
          form === "record"
            ? Object.fromEntries(pairs.map(([k, v]) => [String(k), v]))
            : form === "map"
              ? new Map(pairs)
              : form === "list"
                ? pairs.map(([phase, count]) => ({ phase, count }))
                : pairs;
        expect(readPhaseCounts(input)).toEqual(reference(input));
      }),
    );
  });
});
