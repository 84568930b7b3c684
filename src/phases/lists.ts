import { ActionPhase } from "./actionPhase";
import type { ActionPhaseKey } from "./actionPhase";
import { PHASE_FACTS } from "./facts";

/** All ten phases in lifecycle order (QUEUED first, TIMED_OUT last). */
export const ACTION_PHASES: readonly ActionPhase[] = Object.freeze(Object.values(ActionPhase));

const PHASE_SET: ReadonlySet<unknown> = new Set(ACTION_PHASES);

/**
 * True when `value` is exactly one of the ten SDK strings. A type guard for data that is already
 * normalised; use {@link parsePhase} for anything read from the wire.
 */
export function isActionPhase(value: unknown): value is ActionPhase {
  return PHASE_SET.has(value);
}

/** The key of a phase (`"timed_out"` → `"TIMED_OUT"`): the SDK's values are its keys, lower-cased. */
export function phaseKey(phase: ActionPhase): ActionPhaseKey {
  return phase.toUpperCase() as ActionPhaseKey;
}

/**
 * True for SUCCEEDED, RECOVERED, FAILED, ABORTED and TIMED_OUT — the SDK's `is_terminal()`.
 * Decided from the table, never by comparing protobuf numbers (PAUSED is 9 and not terminal).
 * Called from untyped code with anything but one of the ten SDK strings, it returns false.
 */
export function isTerminal(phase: ActionPhase): boolean {
  return isActionPhase(phase) && PHASE_FACTS[phase].terminal;
}

/**
 * Position of a phase in lifecycle order (QUEUED 1 … TIMED_OUT 10), for sorting. Called from
 * untyped code with anything but one of the ten SDK strings, it returns `Infinity`, so that such
 * values sort last.
 */
export function phaseOrder(phase: ActionPhase): number {
  return ACTION_PHASES.indexOf(phase) + 1 || Infinity;
}

const phasesWhere = (keep: (phase: ActionPhase) => boolean): readonly ActionPhase[] =>
  Object.freeze(ACTION_PHASES.filter(keep));

/** The five phases after which an action never changes again, in lifecycle order. */
export const TERMINAL_PHASES: readonly ActionPhase[] = phasesWhere(
  (phase) => PHASE_FACTS[phase].terminal,
);

/** Groups of phases the Flyte tools filter by. Each list is in lifecycle order. */
export interface PhaseGroups {
  /** Not terminal: QUEUED, WAITING_FOR_RESOURCES, INITIALIZING, RUNNING, PAUSED. */
  readonly inProgress: readonly ActionPhase[];
  /** Before the code runs: QUEUED, WAITING_FOR_RESOURCES, INITIALIZING. */
  readonly settingUp: readonly ActionPhase[];
  /** SUCCEEDED and RECOVERED. */
  readonly succeeded: readonly ActionPhase[];
  /** FAILED, ABORTED and TIMED_OUT. */
  readonly failed: readonly ActionPhase[];
  /** The five terminal phases. */
  readonly finished: readonly ActionPhase[];
}

const withOutcome = (...outcomes: string[]) =>
  phasesWhere((phase) => outcomes.includes(PHASE_FACTS[phase].outcome));

/**
 * The groups the Flyte tools filter by, derived from each phase's terminal flag and outcome:
 * `inProgress` is the "Running" filter of the SDK's terminal UI (flyte-sdk), `settingUp` the "Set
 * up" group of the Flyte 2 web UI, `succeeded` and `failed` the SDK terminal UI's groups, and
 * `finished` the terminal phases of `flyteidl2.common.ActionPhase`.
 */
export const PHASE_GROUPS: PhaseGroups = Object.freeze({
  inProgress: phasesWhere((phase) => !PHASE_FACTS[phase].terminal),
  settingUp: withOutcome("pending"),
  succeeded: withOutcome("success"),
  failed: withOutcome("failure", "aborted"),
  finished: TERMINAL_PHASES,
});
