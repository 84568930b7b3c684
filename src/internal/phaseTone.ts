import type { ActionPhase } from "../phases";

/**
 * The colour family of a badge; each tone has its own `--fpu-<tone>-*` tokens. A Record, so a
 * new phase does not compile until it has a tone.
 */
export type PhaseTone =
  "pending" | "running" | "paused" | "success" | "failure" | "aborted" | "timeout" | "unknown";

/** Tone of each phase, following the Flyte 2 UI's colour groups. @internal */
export const PHASE_TONES: Readonly<Record<ActionPhase, PhaseTone>> = Object.freeze({
  queued: "pending",
  waiting_for_resources: "pending",
  initializing: "pending",
  running: "running",
  paused: "paused",
  succeeded: "success",
  recovered: "success",
  failed: "failure",
  aborted: "aborted",
  timed_out: "timeout",
});
