import type { ActionPhase, ActionPhaseKey, ActionPhaseProtobufName } from "../../src/phases";
import { toProtobufName } from "../../src/phases";

// These checks are made by `tsc` (the typecheck step): an unused @ts-expect-error is an error,
// so if a missing phase were ever accepted, the typecheck would fail.
describe("types", () => {
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
    expect(Object.keys(labels)).toHaveLength(9);
  });

  it("the union is the ten SDK strings, nothing wider", () => {
    const ok: ActionPhase = "timed_out";
    // @ts-expect-error -- keys are not values
    const key: ActionPhase = "TIMED_OUT";
    // @ts-expect-error -- an arbitrary string is not a phase
    const other: ActionPhase = "bogus" as string;
    const name: ActionPhaseProtobufName = toProtobufName(ok);
    const k: ActionPhaseKey = "TIMED_OUT";
    expect([ok, key, other, name, k]).toEqual([
      "timed_out",
      "TIMED_OUT",
      "bogus",
      "ACTION_PHASE_TIMED_OUT",
      "TIMED_OUT",
    ]);
  });
});
