import fc from "fast-check";
import { ACTION_PHASES, PHASE_GROUPS, TERMINAL_PHASES, rollupPhase } from "../../src/phases";
import type { ActionPhase } from "../../src/phases";

const only = (phase: ActionPhase, count = 1) => ({ [phase]: count });

describe("rollupPhase, rule 1: a known terminal own phase wins", () => {
  it.each(TERMINAL_PHASES)("%s wins over running, failed and queued children", (own) => {
    expect(rollupPhase({ running: 3, failed: 2, queued: 1 }, own)).toBe(own);
  });

  it("reads the own phase in any wire form", () => {
    expect(rollupPhase({ running: 1 }, "ACTION_PHASE_SUCCEEDED")).toBe("succeeded");
    expect(rollupPhase({ running: 1 }, 6)).toBe("failed");
    expect(rollupPhase({ running: 1 }, "RECOVERED")).toBe("recovered");
  });

  it("a terminal own phase wins even with no children", () => {
    expect(rollupPhase({}, "aborted")).toBe("aborted");
    expect(rollupPhase(null, "timed_out")).toBe("timed_out");
  });

  it("an unknown own phase is ignored, not a winner", () => {
    expect(rollupPhase({ running: 1 }, 11)).toBe("running");
    expect(rollupPhase({ running: 1 }, "bogus")).toBe("running");
  });
});

describe("rollupPhase, rule 2: children in progress", () => {
  it("is running when any child is running, whatever else is in progress or finished", () => {
    expect(
      rollupPhase({ running: 1, paused: 5, queued: 9, initializing: 2, failed: 4, succeeded: 100 }),
    ).toBe("running");
  });

  it("otherwise takes the in-progress phase latest in lifecycle order", () => {
    expect(rollupPhase({ paused: 1, initializing: 5, queued: 9, failed: 3 })).toBe("paused");
    expect(rollupPhase({ initializing: 1, waiting_for_resources: 5, queued: 9 })).toBe(
      "initializing",
    );
    expect(rollupPhase({ waiting_for_resources: 1, queued: 9, succeeded: 3 })).toBe(
      "waiting_for_resources",
    );
    expect(rollupPhase({ queued: 1, failed: 2 })).toBe("queued");
  });

  it("beats a non-terminal own phase", () => {
    expect(rollupPhase({ paused: 1 }, "running")).toBe("paused");
    expect(rollupPhase({ running: 1 }, "queued")).toBe("running");
  });

  it.each(PHASE_GROUPS.inProgress)("%s alone rolls up to itself", (phase) => {
    expect(rollupPhase(only(phase))).toBe(phase);
  });
});

describe("rollupPhase, rule 3: the worst outcome present", () => {
  it("failed beats timed out, aborted and every success", () => {
    expect(rollupPhase({ failed: 1, timed_out: 5, aborted: 5, succeeded: 100, recovered: 3 })).toBe(
      "failed",
    );
  });
  it("timed out beats aborted and the successes", () => {
    expect(rollupPhase({ timed_out: 1, aborted: 5, succeeded: 100 })).toBe("timed_out");
  });
  it("aborted beats the successes", () => {
    expect(rollupPhase({ aborted: 1, succeeded: 100, recovered: 3 })).toBe("aborted");
  });
});

describe("rollupPhase, rule 4: success", () => {
  it("is succeeded when any child succeeded, recovered ones too", () => {
    expect(rollupPhase({ succeeded: 1, recovered: 40 })).toBe("succeeded");
  });
  it("is recovered when every counted child recovered", () => {
    expect(rollupPhase({ recovered: 40 })).toBe("recovered");
    // Children of unknown phase are not counted.
    expect(rollupPhase({ recovered: 40, 11: 2 })).toBe("recovered");
  });
});

describe("rollupPhase, rule 5: a non-terminal own phase when the children give nothing", () => {
  it.each(PHASE_GROUPS.inProgress)("own %s with all-zero or unknown children", (own) => {
    expect(rollupPhase({}, own)).toBe(own);
    expect(rollupPhase({ running: 0, failed: 0 }, own)).toBe(own);
    expect(rollupPhase({ 0: 3, 11: 2, unknown: 1 }, own)).toBe(own);
  });

  it("is undefined when there is nothing to sum up", () => {
    expect(rollupPhase({})).toBeUndefined();
    expect(rollupPhase({ 0: 4 })).toBeUndefined();
    expect(rollupPhase(undefined, undefined)).toBeUndefined();
    expect(rollupPhase({}, "bogus")).toBeUndefined();
  });
});

describe("rollupPhase: counts in every wire form", () => {
  it("reads records keyed by protobuf number, as childrenPhaseCounts is", () => {
    expect(rollupPhase({ 5: 12, 6: 1 })).toBe("failed");
    expect(rollupPhase({ "4": 3, "5": 12 })).toBe("running");
  });
  it("reads protobuf names, keys, Maps and { phase, count } lists", () => {
    expect(rollupPhase({ ACTION_PHASE_TIMED_OUT: 1, SUCCEEDED: 3 })).toBe("timed_out");
    expect(rollupPhase(new Map([[9, 1]]))).toBe("paused");
    expect(
      rollupPhase([
        { phase: 5, count: 10n },
        { phase: "ACTION_PHASE_ABORTED", count: "1" },
      ]),
    ).toBe("aborted");
  });
});

describe("rollupPhase: bad input never throws", () => {
  it.each([
    ["negative counts", { failed: -3, succeeded: 2 }, "succeeded"],
    ["NaN counts", { failed: NaN, succeeded: 2 }, "succeeded"],
    ["fractional counts", { failed: 0.5, succeeded: 2 }, "succeeded"],
    ["infinite counts", { failed: Infinity, succeeded: 2 }, "succeeded"],
    ["non-numeric strings", { failed: "many", succeeded: "2" }, "succeeded"],
    ["bigint counts", { failed: 1n, succeeded: 2n }, "failed"],
    ["unknown-phase keys", { bogus: 4, 11: 2, 0: 1 }, undefined],
    ["null", null, undefined],
    ["a string", "failed", undefined],
    ["a number", 42, undefined],
    ["an empty list", [], undefined],
    ["a list with junk", [null, 3, { phase: 6 }, [6, "x"]], undefined],
  ])("%s", (_name, counts, expected) => {
    expect(rollupPhase(counts as never)).toBe(expected);
  });

  it("a throwing getter keeps what was read", () => {
    const counts = {
      failed: 1,
      get running(): number {
        throw new Error("boom");
      },
    };
    expect(() => rollupPhase(counts)).not.toThrow();
  });

  it("returns a phase or undefined for anything at all", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (counts, own) => {
        const result = rollupPhase(counts as never, own);
        expect(result === undefined || ACTION_PHASES.includes(result)).toBe(true);
      }),
    );
  });
});

describe("rollupPhase agrees with the rule written out naively", () => {
  // The five rules of the issue, read word for word, with none of the implementation's shortcuts.
  function naive(counts: Record<ActionPhase, number>, own: ActionPhase | undefined) {
    if (own !== undefined && TERMINAL_PHASES.includes(own)) return own; // 1
    const present = ACTION_PHASES.filter((phase) => counts[phase] > 0); // lifecycle order
    const inProgress = present.filter((phase) => !TERMINAL_PHASES.includes(phase));
    if (inProgress.length > 0) {
      return inProgress.includes("running") ? "running" : inProgress[inProgress.length - 1]; // 2
    }
    for (const worst of ["failed", "timed_out", "aborted"] as const) {
      if (present.includes(worst)) return worst; // 3
    }
    if (present.includes("succeeded")) return "succeeded"; // 4
    if (present.length > 0 && present.every((phase) => phase === "recovered")) return "recovered";
    return own; // 5
  }

  it("for every mix of counts and own phase", () => {
    const count = fc.oneof(fc.constant(0), fc.nat({ max: 3 }));
    const counts = fc.record(
      Object.fromEntries(ACTION_PHASES.map((phase) => [phase, count])) as Record<
        ActionPhase,
        fc.Arbitrary<number>
      >,
    );
    fc.assert(
      fc.property(
        counts,
        fc.option(fc.constantFrom(...ACTION_PHASES), { nil: undefined }),
        (c, own) => {
          expect(rollupPhase(c, own)).toBe(naive(c, own));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
