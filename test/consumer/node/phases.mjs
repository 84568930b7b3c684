// Plain Node, no bundler, no React installed: the domain entry must load on its own.
/* global console */
import assert from "node:assert/strict";
import { ACTION_PHASES, isTerminal, parsePhase, toPhaseFilter } from "flyte-phase-ui/phases";

assert.equal(parsePhase("ACTION_PHASE_PAUSED"), "paused");
assert.equal(parsePhase(10), "recovered");
assert.equal(parsePhase(0), undefined);
assert.equal(isTerminal("paused"), false);
assert.equal(ACTION_PHASES.length, 10);
assert.deepEqual(toPhaseFilter(["failed", "timed_out"]), {
  function: "VALUE_IN",
  field: "phase",
  values: ["6", "8"],
});

// The control: React really is absent here, so the root entry (components) cannot load.
await assert.rejects(import("react"), { code: "ERR_MODULE_NOT_FOUND" });
await assert.rejects(import("flyte-phase-ui"), { code: "ERR_MODULE_NOT_FOUND" });

console.log(
  `parsePhase("ACTION_PHASE_PAUSED") = ${parsePhase("ACTION_PHASE_PAUSED")}; react absent`,
);
