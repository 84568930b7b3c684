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
  },
  [ActionPhase.WAITING_FOR_RESOURCES]: {
    protobufValue: 2,
    terminal: false,
    outcome: "pending",
    label: "Waiting for resources",
  },
  [ActionPhase.INITIALIZING]: {
    protobufValue: 3,
    terminal: false,
    outcome: "pending",
    label: "Initializing",
  },
  [ActionPhase.RUNNING]: {
    protobufValue: 4,
    terminal: false,
    outcome: "active",
    label: "Running",
  },
  [ActionPhase.PAUSED]: {
    protobufValue: 9,
    terminal: false,
    outcome: "waiting",
    label: "Paused",
  },
  [ActionPhase.SUCCEEDED]: {
    protobufValue: 5,
    terminal: true,
    outcome: "success",
    label: "Succeeded",
  },
  [ActionPhase.RECOVERED]: {
    protobufValue: 10,
    terminal: true,
    outcome: "success",
    label: "Recovered",
  },
  [ActionPhase.FAILED]: {
    protobufValue: 6,
    terminal: true,
    outcome: "failure",
    label: "Failed",
  },
  [ActionPhase.ABORTED]: {
    protobufValue: 7,
    terminal: true,
    outcome: "aborted",
    label: "Aborted",
  },
  [ActionPhase.TIMED_OUT]: {
    protobufValue: 8,
    terminal: true,
    outcome: "failure",
    label: "Timed out",
  },
});
