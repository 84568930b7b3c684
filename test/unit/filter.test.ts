import fc from "fast-check";
import * as root from "../../src";
import { ACTION_PHASES, toPhaseFilter } from "../../src/phases";
import type { ActionPhase, PhaseFilterInit, PhaseFilterMessage } from "../../src/phases";

// The default form (EQUAL for one, VALUE_IN for several, names) is covered in selection.test.ts;
// these are the options for WatchActions and protobuf-es init shapes.
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

describe("toPhaseFilter options", () => {
  it.each<[string, ActionPhase[], Parameters<typeof toPhaseFilter>[1], unknown]>([
    ["auto, names: one phase is EQUAL", ["failed"], {}, { function: "EQUAL", values: ["6"] }],
    [
      "VALUE_IN, names: one phase is VALUE_IN too",
      ["failed"],
      { function: "VALUE_IN" },
      { function: "VALUE_IN", values: ["6"] },
    ],
    [
      "auto, numbers: one phase is 0 (EQUAL)",
      ["failed"],
      { enums: "number" },
      { function: 0, values: ["6"] },
    ],
    [
      "auto, numbers: several are 7 (VALUE_IN)",
      ["timed_out", "failed"],
      { enums: "number" },
      { function: 7, values: ["6", "8"] },
    ],
    [
      "VALUE_IN, numbers: one phase is 7",
      ["running"],
      { function: "VALUE_IN", enums: "number" },
      { function: 7, values: ["4"] },
    ],
    [
      "explicit defaults",
      ["running"],
      { function: "auto", enums: "name" },
      { function: "EQUAL", values: ["4"] },
    ],
  ])("%s", (_, phases, options, expected) => {
    expect(toPhaseFilter(phases, options)).toEqual({ field: "phase", ...(expected as object) });
  });

  it("gives no filter for no phase, whatever the options", () => {
    expect(toPhaseFilter([], { function: "VALUE_IN", enums: "number" })).toBeUndefined();
    expect(toPhaseFilter(null, { function: "VALUE_IN" })).toBeUndefined();
  });

  it("reads unknown option values as the defaults", () => {
    const options = { function: "EQUALS", enums: "numbers" } as never;
    expect(toPhaseFilter(["running"], options)).toEqual({
      function: "EQUAL",
      field: "phase",
      values: ["4"],
    });
  });

  it("returns a fresh, mutable values array each time", () => {
    const a = toPhaseFilter(["running"])!;
    a.values.push("5");
    expect(toPhaseFilter(["running"])!.values).toEqual(["4"]);
  });

  it("number and name forms agree for every selection", () => {
    const selection = fc.subarray([...ACTION_PHASES]).chain((p) => fc.shuffledSubarray(p));
    fc.assert(
      fc.property(
        selection,
        fc.constantFrom<"auto" | "VALUE_IN">("auto", "VALUE_IN"),
        (phases, fn) => {
          const byName: PhaseFilterMessage | undefined = toPhaseFilter(phases, { function: fn });
          const byNumber: PhaseFilterInit | undefined = toPhaseFilter(phases, {
            function: fn,
            enums: "number",
          });
          if (phases.length === 0) {
            expect(byName).toBeUndefined();
            expect(byNumber).toBeUndefined();
            return;
          }
          // Naive reference: lifecycle order from the table, function from the count.
          const values = ACTION_PHASES.filter((p) => phases.includes(p)).map((p) => NUMBER[p]);
          const valueIn = fn === "VALUE_IN" || values.length > 1;
          expect(byName).toEqual({
            function: valueIn ? "VALUE_IN" : "EQUAL",
            field: "phase",
            values,
          });
          expect(byNumber).toEqual({ function: valueIn ? 7 : 0, field: "phase", values });
        },
      ),
    );
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (phases, options) => {
        toPhaseFilter(phases as never, options as never);
      }),
    );
  });

  it("is exported from the root", () => {
    expect(root.toPhaseFilter).toBe(toPhaseFilter);
  });
});
