import { ActionPhase } from "./actionPhase";

/**
 * One short English sentence per phase on what it means for the user's action. Kept apart from
 * PHASE_FACTS so that only {@link getPhaseInfo} carries this text: parsing, filtering and
 * counting code does not ship it.
 */
export const PHASE_DESCRIPTIONS: Readonly<Record<ActionPhase, string>> = Object.freeze({
  [ActionPhase.QUEUED]: "Accepted, waiting for its turn to be scheduled.",
  [ActionPhase.WAITING_FOR_RESOURCES]:
    "Scheduled, waiting for the CPU, memory or GPU it asked for.",
  [ActionPhase.INITIALIZING]: "Resources granted; its container is starting.",
  [ActionPhase.RUNNING]: "Its code is executing.",
  [ActionPhase.PAUSED]: "Waiting for a condition or a person's input.",
  [ActionPhase.SUCCEEDED]: "Finished and produced its outputs.",
  [ActionPhase.RECOVERED]: "Not run again: outputs reused from an earlier run.",
  [ActionPhase.FAILED]: "Stopped with an error.",
  [ActionPhase.ABORTED]: "Stopped by a user before it finished.",
  [ActionPhase.TIMED_OUT]: "Stopped for running past its time limit.",
});
