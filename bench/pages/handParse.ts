// The baseline for parsePhase: what an app writes by hand to read a phase off the wire — one
// `switch` for numbers and one for text. It accepts exactly what parsePhase accepts (the runner
// checks that both agree on every one of the million inputs before timing them).
import type { ActionPhase } from "../../src";

export function handParse(input: unknown): ActionPhase | undefined {
  if (typeof input === "number") {
    switch (input) {
      case 1:
        return "queued";
      case 2:
        return "waiting_for_resources";
      case 3:
        return "initializing";
      case 4:
        return "running";
      case 5:
        return "succeeded";
      case 6:
        return "failed";
      case 7:
        return "aborted";
      case 8:
        return "timed_out";
      case 9:
        return "paused";
      case 10:
        return "recovered";
      default:
        return undefined;
    }
  }
  if (typeof input !== "string") return undefined;
  switch (input.trim().toLowerCase()) {
    case "queued":
    case "action_phase_queued":
    case "1":
      return "queued";
    case "waiting_for_resources":
    case "action_phase_waiting_for_resources":
    case "2":
      return "waiting_for_resources";
    case "initializing":
    case "action_phase_initializing":
    case "3":
      return "initializing";
    case "running":
    case "action_phase_running":
    case "4":
      return "running";
    case "succeeded":
    case "action_phase_succeeded":
    case "5":
      return "succeeded";
    case "failed":
    case "action_phase_failed":
    case "6":
      return "failed";
    case "aborted":
    case "action_phase_aborted":
    case "7":
      return "aborted";
    case "timed_out":
    case "action_phase_timed_out":
    case "8":
      return "timed_out";
    case "paused":
    case "action_phase_paused":
    case "9":
      return "paused";
    case "recovered":
    case "action_phase_recovered":
    case "10":
      return "recovered";
    default:
      return undefined;
  }
}
