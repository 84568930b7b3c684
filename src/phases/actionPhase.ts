/**
 * The ten phases of a Flyte action, keyed like the SDK's `flyte.models.ActionPhase` enum, with the
 * SDK's lower-case string values. Declared in lifecycle order: every other list and lookup in this
 * module derives from this object, so adding a phase here makes the compiler point at each
 * `Record<ActionPhase, …>` that still misses it.
 *
 * @example
 * ActionPhase.TIMED_OUT; // "timed_out"
 */
export const ActionPhase = Object.freeze({
  QUEUED: "queued",
  WAITING_FOR_RESOURCES: "waiting_for_resources",
  INITIALIZING: "initializing",
  RUNNING: "running",
  PAUSED: "paused",
  SUCCEEDED: "succeeded",
  RECOVERED: "recovered",
  FAILED: "failed",
  ABORTED: "aborted",
  TIMED_OUT: "timed_out",
} as const);

/** One phase of a Flyte action: the SDK's lower-case string, e.g. `"running"`. */
export type ActionPhase = (typeof ActionPhase)[keyof typeof ActionPhase];

/** The upper-case key of a phase, e.g. `"RUNNING"`; also the suffix of its protobuf name. */
export type ActionPhaseKey = keyof typeof ActionPhase;

/** The protobuf enum name of a phase, e.g. `"ACTION_PHASE_RUNNING"`. */
export type ActionPhaseProtobufName = `ACTION_PHASE_${ActionPhaseKey}`;

/**
 * What a phase means for the user's action, coarser than the phase itself:
 * `pending` (not started yet), `active` (executing), `waiting` (paused on a condition or human
 * input), `success`, `failure`, `aborted` (stopped by a user).
 */
export type PhaseOutcome = "pending" | "active" | "waiting" | "success" | "failure" | "aborted";
