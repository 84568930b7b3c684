import fc from "fast-check";
import * as root from "../../src";
import {
  ACTION_PHASES,
  ActionPhase,
  PHASE_GROUPS,
  PhaseConversionError,
  TERMINAL_PHASES,
  fromProtobuf,
  getPhaseInfo,
  isActionPhase,
  isTerminal,
  parsePhase,
  phaseOrder,
  toProtobufName,
  toProtobufValue,
} from "../../src/phases";

// The phase table of the Flyte 2 IDL (flyteidl2 ActionPhase), as the README's "The domain module"
// section and Storybook's "Phases" page show it, written out by hand so the code is checked
// against it rather than against itself: key, SDK string, protobuf name, number, terminal,
// lifecycle, label.
const TABLE = [
  ["QUEUED", "queued", "ACTION_PHASE_QUEUED", 1, false, 1, "Queued", "pending"],
  [
    "WAITING_FOR_RESOURCES",
    "waiting_for_resources",
    "ACTION_PHASE_WAITING_FOR_RESOURCES",
    2,
    false,
    2,
    "Waiting for resources",
    "pending",
  ],
  [
    "INITIALIZING",
    "initializing",
    "ACTION_PHASE_INITIALIZING",
    3,
    false,
    3,
    "Initializing",
    "pending",
  ],
  ["RUNNING", "running", "ACTION_PHASE_RUNNING", 4, false, 4, "Running", "active"],
  ["PAUSED", "paused", "ACTION_PHASE_PAUSED", 9, false, 5, "Paused", "waiting"],
  ["SUCCEEDED", "succeeded", "ACTION_PHASE_SUCCEEDED", 5, true, 6, "Succeeded", "success"],
  ["RECOVERED", "recovered", "ACTION_PHASE_RECOVERED", 10, true, 7, "Recovered", "success"],
  ["FAILED", "failed", "ACTION_PHASE_FAILED", 6, true, 8, "Failed", "failure"],
  ["ABORTED", "aborted", "ACTION_PHASE_ABORTED", 7, true, 9, "Aborted", "aborted"],
  ["TIMED_OUT", "timed_out", "ACTION_PHASE_TIMED_OUT", 8, true, 10, "Timed out", "failure"],
] as const;

describe("the ten phases (the IDL's table)", () => {
  it.each(TABLE)("%s", (key, sdk, pbName, pbValue, terminal, order, label, outcome) => {
    expect(ActionPhase[key]).toBe(sdk);
    expect(toProtobufName(sdk)).toBe(pbName);
    expect(toProtobufValue(sdk)).toBe(pbValue);
    expect(isTerminal(sdk)).toBe(terminal);
    expect(phaseOrder(sdk)).toBe(order);
    expect(ACTION_PHASES[order - 1]).toBe(sdk);
    expect(fromProtobuf(pbValue)).toBe(sdk);
    expect(fromProtobuf(pbName)).toBe(sdk);
    const info = getPhaseInfo(sdk);
    expect(info).toMatchObject({
      phase: sdk,
      key,
      label,
      protobufName: pbName,
      protobufValue: pbValue,
      terminal,
      outcome,
      order,
    });
    expect(info.description).toMatch(/^[A-Z].{10,}\.$/);
  });

  it("has exactly ten phases, in lifecycle order, with distinct numbers 1-10", () => {
    expect(ACTION_PHASES).toEqual(TABLE.map((row) => row[1]));
    expect(new Set(ACTION_PHASES.map(toProtobufValue))).toEqual(
      new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
    );
  });

  it("is frozen", () => {
    expect(Object.isFrozen(ActionPhase)).toBe(true);
    expect(Object.isFrozen(ACTION_PHASES)).toBe(true);
    expect(Object.isFrozen(getPhaseInfo("failed"))).toBe(true);
    expect(() => {
      (ActionPhase as Record<string, string>).QUEUED = "x";
    }).toThrow(TypeError);
  });

  it("terminal set is exactly the five terminal phases", () => {
    expect(TERMINAL_PHASES).toEqual(["succeeded", "recovered", "failed", "aborted", "timed_out"]);
  });

  it("does not decide terminal by number: PAUSED (9) is not terminal, RECOVERED (10) is", () => {
    expect(toProtobufValue("paused")).toBeGreaterThan(toProtobufValue("succeeded"));
    expect(isTerminal("paused")).toBe(false);
    expect(isTerminal("recovered")).toBe(true);
  });

  it("groups match the Storybook Phases page's groups", () => {
    expect(PHASE_GROUPS).toEqual({
      inProgress: ["queued", "waiting_for_resources", "initializing", "running", "paused"],
      settingUp: ["queued", "waiting_for_resources", "initializing"],
      succeeded: ["succeeded", "recovered"],
      failed: ["failed", "aborted", "timed_out"],
      finished: ["succeeded", "recovered", "failed", "aborted", "timed_out"],
    });
  });
});

describe("fromProtobuf (strict, like the SDK's from_protobuf)", () => {
  it.each([0, "ACTION_PHASE_UNSPECIFIED"])("refuses UNSPECIFIED (%j)", (value) => {
    expect(() => fromProtobuf(value)).toThrow(PhaseConversionError);
    expect(() => fromProtobuf(value)).toThrow(/UNSPECIFIED/);
  });

  it.each([11, 12, -1, 4.5, NaN, "ACTION_PHASE_BOGUS", "action_phase_running", "RUNNING", ""])(
    "refuses %j and names it in the message",
    (value) => {
      let caught: unknown;
      try {
        fromProtobuf(value);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(PhaseConversionError);
      expect(caught).toBeInstanceOf(Error);
      const error = caught as PhaseConversionError;
      expect(error.name).toBe("PhaseConversionError");
      expect(error.message).toContain(String(value));
      expect(error.value).toBe(value);
    },
  );
});

describe("strict helpers refuse values that are not phases", () => {
  it.each([
    ["toProtobufName", () => toProtobufName("bogus" as ActionPhase)],
    ["toProtobufValue", () => toProtobufValue(undefined as unknown as ActionPhase)],
    ["getPhaseInfo", () => getPhaseInfo("RUNNING" as ActionPhase)],
  ])("%s throws PhaseConversionError", (_name, call) => {
    expect(call).toThrow(PhaseConversionError);
  });

  it("isTerminal and isActionPhase answer false instead of throwing", () => {
    expect(isTerminal("bogus" as ActionPhase)).toBe(false);
    expect(isActionPhase("RUNNING")).toBe(false);
    expect(isActionPhase("running")).toBe(true);
    expect(phaseOrder("bogus" as ActionPhase)).toBe(Infinity);
  });
});

describe("parsePhase (lenient, for wire data)", () => {
  it.each([
    ["running", "running"],
    ["RUNNING", "running"],
    ["ACTION_PHASE_RUNNING", "running"],
    ["action_phase_running", "running"],
    ["  Action_Phase_Timed_Out \n", "timed_out"],
    ["Waiting_For_Resources", "waiting_for_resources"],
    [4, "running"],
    [9, "paused"],
    [10, "recovered"],
    ["10", "recovered"],
    [" 8 ", "timed_out"],
  ])("%j → %j", (input, phase) => {
    expect(parsePhase(input)).toBe(phase);
  });

  it.each([
    0,
    "0",
    "ACTION_PHASE_UNSPECIFIED",
    11,
    12,
    -1,
    4.5,
    NaN,
    Infinity,
    "",
    "   ",
    "bogus",
    "run",
    "timed out",
    "4.0",
    null,
    undefined,
    {},
    { phase: "running" },
    ["running"],
    true,
    4n,
    Symbol("running"),
    () => "running",
    "__proto__",
    "constructor",
    "toString",
  ])("%s → undefined", (input) => {
    expect(parsePhase(input)).toBeUndefined();
  });

  it("never throws and returns a phase or undefined, for any value", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true }), (value) => {
        const phase = parsePhase(value);
        return phase === undefined || ACTION_PHASES.includes(phase);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const phase = parsePhase(text);
        return phase === undefined || isActionPhase(phase);
      }),
    );
  });
});

describe("round trips (every phase, every wire form)", () => {
  it("holds for all phases", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ACTION_PHASES), (phase) => {
        expect(fromProtobuf(toProtobufValue(phase))).toBe(phase);
        expect(fromProtobuf(toProtobufName(phase))).toBe(phase);
        expect(parsePhase(phase)).toBe(phase);
        expect(parsePhase(toProtobufValue(phase))).toBe(phase);
        expect(parsePhase(toProtobufName(phase))).toBe(phase);
        expect(parsePhase(getPhaseInfo(phase).key)).toBe(phase);
      }),
    );
  });
});

describe("entries", () => {
  it("the package root re-exports the domain module", () => {
    expect(root.ActionPhase).toBe(ActionPhase);
    expect(root.parsePhase).toBe(parsePhase);
    expect(root.PhaseConversionError).toBe(PhaseConversionError);
  });
});
