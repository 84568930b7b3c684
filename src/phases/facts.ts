import { ActionPhase } from "./actionPhase";
import type { PhaseOutcome } from "./actionPhase";

/** The facts about one phase that are not derived from its key. */
export interface PhaseFacts {
  /** Number of `flyteidl2.common.ActionPhase` on the wire. Not lifecycle order. */
  readonly protobufValue: number;
  /** True when the action can never change phase again (the SDK's `is_terminal()`). */
  readonly terminal: boolean;
  /** What the phase means for the user's action. */
  readonly outcome: PhaseOutcome;
  /** Default English label, shared by every component. */
  readonly label: string;
  /** One sentence on what the phase means for the user's action. */
  readonly description: string;
}

/**
 * Source: `flyteidl2/common/phase.proto` and the SDK's `flyte.models.ActionPhase`. The numbers
 * are the wire contract and are deliberately not in lifecycle order (PAUSED is 9, RECOVERED 10).
 */
export const PHASE_FACTS: Readonly<Record<ActionPhase, PhaseFacts>> = Object.freeze({
  [ActionPhase.QUEUED]: {
    protobufValue: 1,
    terminal: false,
    outcome: "pending",
    label: "Queued",
    description: "The action is accepted and waits for its turn to be scheduled.",
  },
  [ActionPhase.WAITING_FOR_RESOURCES]: {
    protobufValue: 2,
    terminal: false,
    outcome: "pending",
    label: "Waiting for resources",
    description: "The action is scheduled but waits for the CPU, memory or GPU it asked for.",
  },
  [ActionPhase.INITIALIZING]: {
    protobufValue: 3,
    terminal: false,
    outcome: "pending",
    label: "Initializing",
    description: "Resources are granted and the action's container or environment is starting.",
  },
  [ActionPhase.RUNNING]: {
    protobufValue: 4,
    terminal: false,
    outcome: "active",
    label: "Running",
    description: "The action's code is executing.",
  },
  [ActionPhase.PAUSED]: {
    protobufValue: 9,
    terminal: false,
    outcome: "waiting",
    label: "Paused",
    description: "The action waits for a condition or for a person's input before it goes on.",
  },
  [ActionPhase.SUCCEEDED]: {
    protobufValue: 5,
    terminal: true,
    outcome: "success",
    label: "Succeeded",
    description: "The action finished and produced its outputs.",
  },
  [ActionPhase.RECOVERED]: {
    protobufValue: 10,
    terminal: true,
    outcome: "success",
    label: "Recovered",
    description: "The action did not run again: its outputs were reused from an earlier run.",
  },
  [ActionPhase.FAILED]: {
    protobufValue: 6,
    terminal: true,
    outcome: "failure",
    label: "Failed",
    description: "The action stopped with an error and produced no outputs.",
  },
  [ActionPhase.ABORTED]: {
    protobufValue: 7,
    terminal: true,
    outcome: "aborted",
    label: "Aborted",
    description: "A user stopped the action before it finished.",
  },
  [ActionPhase.TIMED_OUT]: {
    protobufValue: 8,
    terminal: true,
    outcome: "failure",
    label: "Timed out",
    description: "The action ran longer than its time limit and was stopped.",
  },
});
