import type {
  ActionPhase,
  ActionPhaseKey,
  ActionPhaseProtobufName,
  PhaseOutcome,
} from "./actionPhase";
import { PHASE_DESCRIPTIONS } from "./descriptions";
import { PHASE_FACTS } from "./facts";
import { phaseKey, phaseOrder } from "./lists";
import { toProtobufName } from "./protobuf";

/** Everything this library knows about one phase. */
export interface PhaseInfo {
  /** The SDK string, e.g. `"timed_out"`. */
  readonly phase: ActionPhase;
  /** The key, e.g. `"TIMED_OUT"`. */
  readonly key: ActionPhaseKey;
  /** Default English label, e.g. `"Timed out"`; components use the same text. */
  readonly label: string;
  /** One short sentence on what the phase means for the user's action. */
  readonly description: string;
  /** The protobuf enum name, e.g. `"ACTION_PHASE_TIMED_OUT"`. */
  readonly protobufName: ActionPhaseProtobufName;
  /** The protobuf enum number, e.g. `8`. */
  readonly protobufValue: number;
  /** True when the action never changes phase again. */
  readonly terminal: boolean;
  /** What the phase means for the action: pending, active, waiting, success, failure or aborted. */
  readonly outcome: PhaseOutcome;
  /** Position in lifecycle order, from 1 (QUEUED) to 10 (TIMED_OUT). */
  readonly order: number;
}

/**
 * All facts about a phase in one frozen object. Read wire data with {@link parsePhase} first.
 *
 * @throws {PhaseConversionError} when called from untyped code (plain JavaScript, data cast with
 * `as`) with anything but one of the ten SDK strings, rather than return facts about no phase.
 */
export function getPhaseInfo(phase: ActionPhase): PhaseInfo {
  return Object.freeze({
    phase,
    key: phaseKey(phase),
    protobufName: toProtobufName(phase), // throws when an untyped caller passes a non-phase
    order: phaseOrder(phase),
    ...PHASE_FACTS[phase],
    description: PHASE_DESCRIPTIONS[phase],
  });
}
