import type { ActionPhase, ActionPhaseProtobufName } from "./actionPhase";
import { PHASE_FACTS } from "./facts";
import { ACTION_PHASES, PHASE_KEYS, isActionPhase } from "./lists";

/** The wire's default value: not a phase. */
export const ACTION_PHASE_UNSPECIFIED = 0;
const UNSPECIFIED_NAME = "ACTION_PHASE_UNSPECIFIED";
const NAME_PREFIX = "ACTION_PHASE_";

/**
 * Thrown by the strict conversions ({@link fromProtobuf}, {@link toProtobufValue},
 * {@link toProtobufName}, {@link getPhaseInfo}) when a value is not one of the ten phases.
 */
export class PhaseConversionError extends Error {
  /** The value that could not be converted. */
  readonly value: unknown;

  constructor(message: string, value: unknown) {
    super(message);
    this.name = "PhaseConversionError";
    this.value = value;
  }
}

/** `String()` that cannot throw (symbols, objects with a broken `toString`). */
export function describeValue(value: unknown): string {
  try {
    return typeof value === "string" ? JSON.stringify(value) : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Throws {@link PhaseConversionError} unless `phase` is one of the ten SDK strings. */
export function assertActionPhase(phase: unknown): asserts phase is ActionPhase {
  if (!isActionPhase(phase)) {
    throw new PhaseConversionError(`${describeValue(phase)} is not an ActionPhase`, phase);
  }
}

const BY_NUMBER: ReadonlyMap<number, ActionPhase> = new Map(
  ACTION_PHASES.map((phase) => [PHASE_FACTS[phase].protobufValue, phase]),
);
const BY_NAME: ReadonlyMap<string, ActionPhase> = new Map(
  ACTION_PHASES.map((phase) => [NAME_PREFIX + PHASE_KEYS[phase], phase]),
);

/**
 * The protobuf enum name of a phase (`"ACTION_PHASE_TIMED_OUT"`), the SDK's `to_protobuf_name()`.
 *
 * @throws {PhaseConversionError} when `phase` is not one of the ten SDK strings.
 */
export function toProtobufName(phase: ActionPhase): ActionPhaseProtobufName {
  assertActionPhase(phase);
  return `${NAME_PREFIX}${PHASE_KEYS[phase]}`;
}

/**
 * The protobuf enum number of a phase (TIMED_OUT → 8), the SDK's `to_protobuf_value()`.
 *
 * @throws {PhaseConversionError} when `phase` is not one of the ten SDK strings.
 */
export function toProtobufValue(phase: ActionPhase): number {
  assertActionPhase(phase);
  return PHASE_FACTS[phase].protobufValue;
}

/**
 * The phase of a protobuf enum number (protobuf-es) or enum name (proto3 JSON), exactly like the
 * SDK's `from_protobuf()`. Names must be written as the protobuf spells them. For data of unknown
 * shape, use the lenient {@link parsePhase}.
 *
 * @throws {PhaseConversionError} for 0 / `"ACTION_PHASE_UNSPECIFIED"` (UNSPECIFIED is not a phase)
 * and for any number or name it does not know (the message names the value).
 */
export function fromProtobuf(value: number | string): ActionPhase {
  if (value === ACTION_PHASE_UNSPECIFIED || value === UNSPECIFIED_NAME) {
    throw new PhaseConversionError(
      `Cannot convert UNSPECIFIED (${describeValue(value)}) to an ActionPhase`,
      value,
    );
  }
  const phase = typeof value === "number" ? BY_NUMBER.get(value) : BY_NAME.get(value);
  if (phase === undefined) {
    throw new PhaseConversionError(
      `Unknown protobuf ActionPhase ${describeValue(value)}: expected 1-10 or an ACTION_PHASE_* name`,
      value,
    );
  }
  return phase;
}
