import type { ActionPhase, ActionPhaseProtobufName } from "./actionPhase";
import { PHASE_FACTS } from "./facts";
import { isActionPhase, phaseKey } from "./lists";
import { BY_NUMBER, BY_TEXT, NAME_PREFIX } from "./lookup";

/** The wire's default value: not a phase. */
export const ACTION_PHASE_UNSPECIFIED = 0;

/**
 * Thrown by the strict conversions ({@link fromProtobuf}, {@link toProtobufValue},
 * {@link toProtobufName}, {@link getPhaseInfo}) when a value is not one of the ten phases.
 */
export class PhaseConversionError extends Error {
  /** The value that could not be converted. */
  readonly value: unknown;

  constructor(message: string, value: unknown) {
    let shown: string;
    try {
      shown = typeof value === "string" ? JSON.stringify(value) : String(value);
    } catch {
      shown = "an unprintable value"; // objects without a usable toString
    }
    super(message.replace("%s", shown));
    this.name = "PhaseConversionError";
    this.value = value;
  }
}

/**
 * Throws {@link PhaseConversionError} unless `phase` is one of the ten SDK strings.
 * @internal
 */
export function assertActionPhase(phase: unknown): asserts phase is ActionPhase {
  if (!isActionPhase(phase)) throw new PhaseConversionError("%s is not an ActionPhase", phase);
}

/**
 * The protobuf enum name of a phase (`"ACTION_PHASE_TIMED_OUT"`), the SDK's `to_protobuf_name()`.
 *
 * @throws {PhaseConversionError} when called from untyped code (plain JavaScript, data cast with
 * `as`) with anything but one of the ten SDK strings, rather than return a wrong name.
 */
export function toProtobufName(phase: ActionPhase): ActionPhaseProtobufName {
  assertActionPhase(phase);
  return `${NAME_PREFIX}${phaseKey(phase)}`;
}

/**
 * The protobuf enum number of a phase (TIMED_OUT → 8), the SDK's `to_protobuf_value()`.
 *
 * @throws {PhaseConversionError} when called from untyped code (plain JavaScript, data cast with
 * `as`) with anything but one of the ten SDK strings, rather than return a wrong number.
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
  if (value === ACTION_PHASE_UNSPECIFIED || value === `${NAME_PREFIX}UNSPECIFIED`) {
    throw new PhaseConversionError("Cannot convert UNSPECIFIED (%s) to an ActionPhase", value);
  }
  const phase =
    typeof value === "number"
      ? BY_NUMBER[value]
      : // Only the exact protobuf spelling: BY_TEXT also holds the lenient ones.
        typeof value === "string" && value.startsWith(NAME_PREFIX)
        ? BY_TEXT.get(value)
        : undefined;
  if (phase === undefined) {
    throw new PhaseConversionError("Unknown protobuf ActionPhase %s", value);
  }
  return phase;
}
