import fc from "fast-check";
import * as root from "../../src";
import {
  ACTION_PHASES,
  countByPhase,
  filterByPhase,
  formatPhaseParam,
  normalizePhases,
  parsePhaseParam,
  toPhaseFilter,
} from "../../src/phases";
import type { ActionPhase } from "../../src/phases";

// Protobuf numbers written out by hand from the Flyte 2 IDL (the README's domain section and the
// Storybook "Phases" page list them), so the helpers are checked against the IDL rather than
// against the domain table they use.
const NUMBER: Record<ActionPhase, string> = {
  queued: "1",
  waiting_for_resources: "2",
  initializing: "3",
  running: "4",
  paused: "9",
  succeeded: "5",
  recovered: "10",
  failed: "6",
  aborted: "7",
  timed_out: "8",
};

const anySelection = fc.subarray([...ACTION_PHASES]).chain((phases) => fc.shuffledSubarray(phases));

describe("toPhaseFilter", () => {
  it.each<[string, unknown[], ReturnType<typeof toPhaseFilter>]>([
    ["no phase → no filter", [], undefined],
    ["one phase → EQUAL", ["failed"], { function: "EQUAL", field: "phase", values: ["6"] }],
    ["PAUSED is 9", ["paused"], { function: "EQUAL", field: "phase", values: ["9"] }],
    ["RECOVERED is 10", ["recovered"], { function: "EQUAL", field: "phase", values: ["10"] }],
    [
      "several → VALUE_IN",
      ["failed", "timed_out"],
      { function: "VALUE_IN", field: "phase", values: ["6", "8"] },
    ],
    [
      "lifecycle order, not numeric order",
      ["succeeded", "paused", "queued"],
      { function: "VALUE_IN", field: "phase", values: ["1", "9", "5"] },
    ],
    [
      "duplicates removed",
      ["failed", "failed", "failed"],
      { function: "EQUAL", field: "phase", values: ["6"] },
    ],
    [
      "duplicates of two phases stay VALUE_IN",
      ["recovered", "failed", "recovered"],
      { function: "VALUE_IN", field: "phase", values: ["10", "6"] },
    ],
    ["non-phases ignored", ["bogus", null, 0, 11], undefined],
    [
      "non-phases next to a phase",
      ["bogus", "aborted", undefined],
      { function: "EQUAL", field: "phase", values: ["7"] },
    ],
  ])("%s", (_name, phases, expected) => {
    expect(toPhaseFilter(phases as ActionPhase[])).toEqual(expected);
  });

  it("writes every phase with its protobuf number as a string", () => {
    expect(toPhaseFilter(ACTION_PHASES)).toEqual({
      function: "VALUE_IN",
      field: "phase",
      values: ACTION_PHASES.map((phase) => NUMBER[phase]),
    });
  });

  it("serializes to the proto3 JSON the Flyte API reads", () => {
    expect(JSON.stringify(toPhaseFilter(["timed_out", "failed"]))).toBe(
      '{"function":"VALUE_IN","field":"phase","values":["6","8"]}',
    );
  });

  it("accepts null, undefined and a Set", () => {
    expect(toPhaseFilter(null)).toBeUndefined();
    expect(toPhaseFilter(undefined)).toBeUndefined();
    expect(toPhaseFilter(new Set<ActionPhase>(["running"]))?.values).toEqual(["4"]);
  });
});

describe("formatPhaseParam", () => {
  it.each<[unknown[], string]>([
    [[], ""],
    [["failed"], "failed"],
    [["timed_out", "failed"], "failed,timed_out"],
    [["recovered", "paused", "recovered"], "paused,recovered"],
    [["waiting_for_resources", "bogus"], "waiting_for_resources"],
  ])("%j → %j", (phases, expected) => {
    expect(formatPhaseParam(phases as ActionPhase[])).toBe(expected);
  });

  it("writes all ten in lifecycle order", () => {
    expect(formatPhaseParam([...ACTION_PHASES].reverse())).toBe(
      "queued,waiting_for_resources,initializing,running,paused,succeeded,recovered,failed,aborted,timed_out",
    );
  });
});

describe("parsePhaseParam", () => {
  it.each<[string, string | null | undefined | string[], ActionPhase[]]>([
    ["null", null, []],
    ["undefined", undefined, []],
    ["empty", "", []],
    ["only separators", ",;,", []],
    ["SDK strings", "failed,timed_out", ["failed", "timed_out"]],
    ["Flyte 2 UI keys with ; and a trailing ;", "QUEUED;RUNNING;", ["queued", "running"]],
    ["protobuf names", "ACTION_PHASE_PAUSED,action_phase_recovered", ["paused", "recovered"]],
    ["protobuf numbers", "10,9,1", ["queued", "paused", "recovered"]],
    ["mixed case and spaces", " Timed_Out ; fAiLeD ", ["failed", "timed_out"]],
    ["unknown tokens dropped", "bogus,running,0,11,ACTION_PHASE_UNSPECIFIED", ["running"]],
    ["duplicates removed, lifecycle order", "failed,queued,FAILED,6", ["queued", "failed"]],
    [
      "several values of the parameter",
      ["failed", "queued;running"],
      ["queued", "running", "failed"],
    ],
  ])("%s", (_name, param, expected) => {
    expect(parsePhaseParam(param)).toEqual(expected);
  });

  it("reads the value of a real URL", () => {
    const url = new URL("https://example.test/runs?status=QUEUED%3BRUNNING%3B&other=1");
    expect(parsePhaseParam(url.searchParams.get("status"))).toEqual(["queued", "running"]);
    expect(parsePhaseParam(url.searchParams.get("missing"))).toEqual([]);
  });

  it("returns [] for values that are not strings", () => {
    for (const bad of [42, {}, true, Symbol("x"), [1, null]]) {
      expect(parsePhaseParam(bad as never)).toEqual([]);
    }
  });

  it("skips array entries that are not strings, without reading them as phases", () => {
    expect(parsePhaseParam(["failed", 4, null, { toString: () => "running" }] as never)).toEqual([
      "failed",
    ]);
  });

  it("round-trips formatPhaseParam for every selection, in lifecycle order", () => {
    fc.assert(
      fc.property(anySelection, (selection) => {
        const inOrder = ACTION_PHASES.filter((phase) => selection.includes(phase));
        expect(parsePhaseParam(formatPhaseParam(selection))).toEqual(inOrder);
      }),
    );
  });

  it("round-trips through URLSearchParams", () => {
    fc.assert(
      fc.property(anySelection, (selection) => {
        const params = new URLSearchParams({ status: formatPhaseParam(selection) });
        const read = new URLSearchParams(params.toString()).get("status");
        expect(parsePhaseParam(read)).toEqual(normalizePhases(selection));
      }),
    );
  });

  it("never throws on arbitrary strings and returns only phases, deduplicated, in order", () => {
    const token = fc.oneof(
      fc.string(),
      fc.constantFrom(...ACTION_PHASES, "QUEUED", "ACTION_PHASE_FAILED", "10", "0", "11", " "),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.array(token).map((t) => t.join(";")),
        ),
        (param) => {
          const phases = parsePhaseParam(param);
          expect(phases).toEqual(ACTION_PHASES.filter((phase) => phases.includes(phase)));
        },
      ),
    );
  });
});

describe("normalizePhases", () => {
  it("reads a lone phase string as one phase, not as characters", () => {
    expect(normalizePhases("running" as unknown as ActionPhase[])).toEqual(["running"]);
  });

  it("returns [] for things that are not iterable", () => {
    for (const bad of [null, undefined, 42, {}, () => 1]) {
      expect(normalizePhases(bad as never)).toEqual([]);
    }
  });
});

// A naive reference, written the obvious way, to compare the one-pass versions against.
function naiveFilter<T>(items: T[], phases: ActionPhase[], get: (item: T) => unknown): T[] {
  if (phases.length === 0) return [...items];
  return items.filter((item) => {
    const raw = get(item);
    return ACTION_PHASES.some(
      (phase) =>
        phases.includes(phase) &&
        (raw === phase ||
          (typeof raw === "string" &&
            [phase, `action_phase_${phase}`, NUMBER[phase]].includes(raw.trim().toLowerCase())) ||
          raw === Number(NUMBER[phase])),
    );
  });
}

function naiveCount<T>(items: T[], get: (item: T) => unknown): Record<string, number> {
  const counts: Record<string, number> = { unknown: 0 };
  for (const phase of ACTION_PHASES) counts[phase] = 0;
  for (const item of items) {
    const match = naiveFilter([item], [...ACTION_PHASES], get).length
      ? ACTION_PHASES.find((phase) => naiveFilter([item], [phase], get).length === 1)
      : undefined;
    counts[match ?? "unknown"]! += 1;
  }
  return counts;
}

// Texts that name something on Object.prototype: the filter remembers strings in a dictionary,
// which must treat them as plain text.
const PROTOTYPE_NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];

const rawPhase = fc.oneof(
  fc.constantFrom<unknown>(...ACTION_PHASES),
  fc.constantFrom<unknown>("RUNNING", "ACTION_PHASE_FAILED", " Paused ", "8", 10, 9, 1),
  fc.constantFrom<unknown>(undefined, null, 0, 11, "bogus", "", NaN, { phase: "failed" }),
  fc.constantFrom<unknown>(...PROTOTYPE_NAMES, 6n, true),
);

// One of every kind of raw value the loops tell apart, each twice so that both the first reading
// of a string and the remembered answer are used: all ten SDK strings, other spellings, numbers
// (phases, UNSPECIFIED, unknown), nullish values, objects (one whose text is a phase), and texts
// that name Object.prototype members.
const MIXED: unknown[] = [
  ...ACTION_PHASES,
  "FAILED",
  "action_phase_timed_out",
  " Succeeded ",
  "RECOVERED",
  "6",
  "8",
  6,
  8,
  5,
  10,
  0,
  11,
  undefined,
  null,
  NaN,
  6n,
  { toString: () => "failed" },
  ["failed"],
  "bogus",
  ...PROTOTYPE_NAMES,
].flatMap((raw) => [raw, raw]);
const items = fc.array(fc.record({ id: fc.nat(), phase: rawPhase }), { maxLength: 200 });

describe("filterByPhase", () => {
  it("matches a naive reference on random data", () => {
    fc.assert(
      fc.property(items, anySelection, (list, selection) => {
        expect(filterByPhase(list, selection, (item) => item.phase)).toEqual(
          naiveFilter(list, selection, (item) => item.phase),
        );
      }),
    );
  });

  it("keeps every item, unreadable ones too, when nothing is selected", () => {
    const list = [{ phase: "failed" }, { phase: undefined }, { phase: "bogus" }];
    const result = filterByPhase(list, [], (item) => item.phase);
    expect(result).toEqual(list);
    expect(result).not.toBe(list);
  });

  it("drops unreadable items when a phase is selected", () => {
    const list = [{ phase: "failed" }, { phase: undefined }, { phase: 0 }, { phase: 6 }];
    expect(filterByPhase(list, ["failed"], (item) => item.phase)).toEqual([
      { phase: "failed" },
      { phase: 6 },
    ]);
  });

  it("does not treat an object phase as a phase, even when the same object repeats", () => {
    const weird = { toString: () => "failed" };
    expect(filterByPhase([weird, weird], ["failed"], (item) => item)).toEqual([]);
  });

  it("returns [] for items that are not an array", () => {
    expect(filterByPhase(null as never, ["failed"], (item) => item)).toEqual([]);
  });

  it.each<[string, ActionPhase[]]>([
    ["one phase", ["failed"]],
    ["two phases", ["failed", "timed_out"]],
    ["a phase the list spells only as numbers and keys", ["recovered"]],
    ["every phase", [...ACTION_PHASES]],
  ])("reads every kind of raw value like the naive reference: %s", (_name, selection) => {
    const list = MIXED.map((phase, id) => ({ id, phase }));
    const kept = filterByPhase(list, selection, (item) => item.phase);
    expect(kept).toEqual(naiveFilter(list, selection, (item) => item.phase));
    expect(kept.length).toBeGreaterThan(0);
  });

  it("keeps other spellings of a chosen phase, the first time and every time after", () => {
    const list = ["FAILED", 6, "FAILED", "succeeded", 6, " failed "];
    expect(filterByPhase(list, ["failed"], (raw) => raw)).toEqual([
      "FAILED",
      6,
      "FAILED",
      6,
      " failed ",
    ]);
  });

  it("reads texts that name Object.prototype members as unknown", () => {
    expect(filterByPhase(PROTOTYPE_NAMES, [...ACTION_PHASES], (raw) => raw)).toEqual([]);
    expect(countByPhase(PROTOTYPE_NAMES, (raw) => raw).unknown).toBe(PROTOTYPE_NAMES.length);
  });
});

describe("countByPhase", () => {
  it("matches a naive reference on random data", () => {
    fc.assert(
      fc.property(items, (list) => {
        expect(countByPhase(list, (item) => item.phase)).toEqual(
          naiveCount(list, (item) => item.phase),
        );
      }),
    );
  });

  it("has every phase and unknown, 0 when absent", () => {
    expect(countByPhase([], (item) => item)).toEqual({
      ...Object.fromEntries(ACTION_PHASES.map((phase) => [phase, 0])),
      unknown: 0,
    });
  });

  it("counts a list of wire values", () => {
    const counts = countByPhase(["failed", 6, "ACTION_PHASE_FAILED", null, 11, "paused"], (x) => x);
    expect(counts.failed).toBe(3);
    expect(counts.paused).toBe(1);
    expect(counts.unknown).toBe(2);
  });

  it("counts every kind of raw value like the naive reference", () => {
    expect(countByPhase(MIXED, (raw) => raw)).toEqual(naiveCount(MIXED, (raw) => raw));
  });

  it("returns zero counts for items that are not an array", () => {
    expect(countByPhase(undefined as never, (item) => item).unknown).toBe(0);
  });
});

describe("exports", () => {
  it("are available from the package root", () => {
    expect(root.toPhaseFilter).toBe(toPhaseFilter);
    expect(root.formatPhaseParam).toBe(formatPhaseParam);
    expect(root.parsePhaseParam).toBe(parsePhaseParam);
    expect(root.filterByPhase).toBe(filterByPhase);
    expect(root.countByPhase).toBe(countByPhase);
  });
});
