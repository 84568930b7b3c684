import fc from "fast-check";
import * as root from "../../src";
import { ACTION_PHASES, phasesKnownTo } from "../../src/phases";

// A TypeScript numeric enum as tsc emits it (names and reverse mapping), as a newer and an older
// flyteidl2 would generate it. Real 2.0.16 objects are checked in flyteidl2/olderServer.test.tsx.
function tsEnum(entries: Record<string, number>): Record<string, string | number> {
  const result: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(entries)) {
    result[name] = value;
    result[value] = name;
  }
  return result;
}

const OLD = { UNSPECIFIED: 0, QUEUED: 1, RUNNING: 4, SUCCEEDED: 5, FAILED: 6 };

describe("phasesKnownTo", () => {
  it.each<[string, unknown, string[]]>([
    ["a TypeScript enum (key names)", tsEnum(OLD), ["queued", "running", "succeeded", "failed"]],
    [
      "a TypeScript enum (protobuf names)",
      tsEnum({ ACTION_PHASE_UNSPECIFIED: 0, ACTION_PHASE_PAUSED: 9, ACTION_PHASE_RECOVERED: 10 }),
      ["paused", "recovered"],
    ],
    [
      "an enum descriptor",
      { values: [{ number: 0 }, { number: 9 }, { number: 4 }] },
      ["running", "paused"],
    ],
    ["a list of numbers", [6, 1, 11], ["queued", "failed"]],
    [
      "a Set of spellings",
      new Set(["timed_out", "ACTION_PHASE_ABORTED"]),
      ["aborted", "timed_out"],
    ],
    [
      "descriptor entries that are not objects",
      { values: [null, 3, { number: 3 }] },
      ["initializing"],
    ],
  ])("%s", (_, input, expected) => {
    expect(phasesKnownTo(input)).toEqual(expected);
  });

  it.each([null, undefined, 4, "running", true])("gives [] for %s", (input) => {
    expect(phasesKnownTo(input)).toEqual([]);
  });

  it("never throws and returns phases in lifecycle order", () => {
    fc.assert(
      fc.property(fc.anything({ withMap: true, withSet: true }), (input) => {
        const phases = phasesKnownTo(input);
        expect(phases).toEqual(ACTION_PHASES.filter((phase) => phases.includes(phase)));
      }),
    );
  });

  it("is exported from the root", () => {
    expect(root.phasesKnownTo).toBe(phasesKnownTo);
  });
});
