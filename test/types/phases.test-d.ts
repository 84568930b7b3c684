// Type tests of the domain module, checked by Vitest's typecheck mode (project "types"): each
// expectTypeOf is a test that fails when the type changes, and an unused @ts-expect-error fails.
import type {
  ActionPhaseKey,
  ActionPhaseProtobufName,
  PhaseCounts,
  PhaseInfo,
} from "../../src/phases";
import {
  ActionPhase,
  filterByPhase,
  fromProtobuf,
  isActionPhase,
  parsePhase,
  toProtobufName,
} from "../../src/phases";

type Ten =
  | "queued"
  | "waiting_for_resources"
  | "initializing"
  | "running"
  | "paused"
  | "succeeded"
  | "failed"
  | "aborted"
  | "timed_out"
  | "recovered";

describe("ActionPhase", () => {
  it("is exactly the ten SDK strings", () => {
    expectTypeOf<ActionPhase>().toEqualTypeOf<Ten>();
  });

  it("keys are the upper-case names, protobuf names carry the prefix", () => {
    expectTypeOf<ActionPhaseKey>().toEqualTypeOf<Uppercase<Ten>>();
    expectTypeOf<ActionPhaseProtobufName>().toEqualTypeOf<`ACTION_PHASE_${Uppercase<Ten>}`>();
    expectTypeOf(ActionPhase.TIMED_OUT).toEqualTypeOf<"timed_out">();
  });

  it("rejects keys and arbitrary strings", () => {
    // @ts-expect-error -- keys are not values
    expectTypeOf<"TIMED_OUT">().toExtend<ActionPhase>();
    expectTypeOf<string>().not.toExtend<ActionPhase>();
  });

  it("a Record<ActionPhase, …> that misses a phase does not compile", () => {
    // @ts-expect-error -- TIMED_OUT ("timed_out") is missing
    const labels: Record<ActionPhase, string> = {
      queued: "Queued",
      waiting_for_resources: "Waiting for resources",
      initializing: "Initializing",
      running: "Running",
      paused: "Paused",
      succeeded: "Succeeded",
      recovered: "Recovered",
      failed: "Failed",
      aborted: "Aborted",
    };
    expectTypeOf(labels).toEqualTypeOf<Record<ActionPhase, string>>();
  });
});

describe("functions", () => {
  it("parsePhase reads anything and may find nothing", () => {
    expectTypeOf(parsePhase).parameter(0).toBeUnknown();
    expectTypeOf(parsePhase).returns.toEqualTypeOf<ActionPhase | undefined>();
  });

  it("isActionPhase narrows an unknown value to ActionPhase", () => {
    expectTypeOf(isActionPhase).guards.toEqualTypeOf<ActionPhase>();
  });

  it("protobuf conversions take and give the precise types", () => {
    expectTypeOf(toProtobufName).parameter(0).toEqualTypeOf<ActionPhase>();
    expectTypeOf(toProtobufName).returns.toEqualTypeOf<ActionPhaseProtobufName>();
    expectTypeOf(fromProtobuf).parameter(0).toEqualTypeOf<number | string>();
    expectTypeOf(fromProtobuf).returns.toEqualTypeOf<ActionPhase>();
  });

  it("filterByPhase keeps the item type", () => {
    const rows = [{ id: 1, phase: "failed" as unknown }];
    expectTypeOf(filterByPhase(rows, ["failed"], (row) => row.phase)).toEqualTypeOf<
      { id: number; phase: unknown }[]
    >();
  });

  it("counts and info have a field per phase", () => {
    expectTypeOf<PhaseCounts["failed"]>().toEqualTypeOf<number>();
    expectTypeOf<PhaseInfo["phase"]>().toEqualTypeOf<ActionPhase>();
  });
});
