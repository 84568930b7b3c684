import type { ActionPhase } from "./actionPhase";
import { toProtobufValue } from "./protobuf";
import { normalizePhases } from "./selection";

/**
 * The phase filter of a Flyte list request in proto3 JSON form: one `flyteidl2.common.Filter`
 * (file `flyteidl2/common/list.proto`) with the function written by name. Goes as is into
 * `fromJson(FilterSchema, …)` or a JSON request body. A type alias, not an interface, and `values`
 * a plain array, so that it is assignable to protobuf-es's `JsonValue`.
 *
 * @example
 * { function: "VALUE_IN", field: "phase", values: ["6", "8"] } // Failed or Timed out
 */
export type PhaseFilterMessage<F extends "EQUAL" | "VALUE_IN" = "EQUAL" | "VALUE_IN"> = {
  /** `Filter.Function` by name: `EQUAL` for one phase (with `function: "auto"`), else `VALUE_IN`. */
  readonly function: F;
  /** The field filtered on; always `"phase"`. */
  readonly field: "phase";
  /** Protobuf numbers of the chosen phases as decimal strings, deduplicated, in lifecycle order. */
  values: string[];
};

/**
 * The phase filter as a protobuf-es init shape: the function as its enum number (`EQUAL` 0,
 * `VALUE_IN` 7), as `create(FilterSchema, …)` and Connect-ES request objects take it.
 *
 * @example
 * { function: 7, field: "phase", values: ["6", "8"] }
 */
export type PhaseFilterInit<F extends 0 | 7 = 0 | 7> = {
  /** `Filter.Function` by number: 0 (`EQUAL`) for one phase with `function: "auto"`, else 7. */
  readonly function: F;
  /** The field filtered on; always `"phase"`. */
  readonly field: "phase";
  /** Protobuf numbers of the chosen phases as decimal strings, deduplicated, in lifecycle order. */
  values: string[];
};

/** How {@link toPhaseFilter} writes the filter. */
export interface PhaseFilterOptions {
  /**
   * `"auto"`: `EQUAL` for one phase, `VALUE_IN` for several, as the Flyte SDK's `Run.listall`
   * sends it (ListRuns). `"VALUE_IN"`: always `VALUE_IN`, as `WatchActionsRequest.filter`
   * requires for PHASE.
   * @default "auto"
   */
  readonly function?: "auto" | "VALUE_IN" | undefined;
  /**
   * `"name"`: the function by name (proto3 JSON, {@link PhaseFilterMessage}). `"number"`: by enum
   * number (protobuf-es init shape for `create()` and Connect-ES, {@link PhaseFilterInit}).
   * @default "name"
   */
  readonly enums?: "name" | "number" | undefined;
}

type Phases = Iterable<ActionPhase> | null | undefined;

/**
 * The server-side filter for a selection of phases. No phase chosen gives `undefined` (send no
 * filter at all). Values are protobuf numbers as strings, deduplicated, in lifecycle order (not
 * numeric order: PAUSED is 9 and comes before SUCCEEDED, 5); entries that are not phases are
 * ignored. See {@link PhaseFilterOptions} for the function (`EQUAL` / `VALUE_IN`) and the enum
 * form (name for JSON, number for protobuf-es); the return type follows the options.
 *
 * @example
 * toPhaseFilter([]); // undefined
 * toPhaseFilter(["failed"]); // { function: "EQUAL", field: "phase", values: ["6"] }
 * toPhaseFilter(["timed_out", "failed"]); // { function: "VALUE_IN", field: "phase", values: ["6", "8"] }
 * // ListRuns with protobuf-es / Connect-ES:
 * create(ListRunsRequestSchema, { request: { filters: [toPhaseFilter(phases, { enums: "number" })].filter(Boolean) } });
 * // WatchActions: PHASE must use VALUE_IN
 * toPhaseFilter(["running"], { function: "VALUE_IN", enums: "number" }); // { function: 7, field: "phase", values: ["4"] }
 */
export function toPhaseFilter(
  phases: Phases,
  options: PhaseFilterOptions & { function: "VALUE_IN"; enums: "number" },
): PhaseFilterInit<7> | undefined;
export function toPhaseFilter(
  phases: Phases,
  options: PhaseFilterOptions & { enums: "number" },
): PhaseFilterInit | undefined;
export function toPhaseFilter(
  phases: Phases,
  options: PhaseFilterOptions & { function: "VALUE_IN"; enums?: "name" | undefined },
): PhaseFilterMessage<"VALUE_IN"> | undefined;
export function toPhaseFilter(
  phases: Phases,
  options?: PhaseFilterOptions & { enums?: "name" | undefined },
): PhaseFilterMessage | undefined;
export function toPhaseFilter(
  phases: Phases,
  options?: PhaseFilterOptions,
): PhaseFilterMessage | PhaseFilterInit | undefined;
export function toPhaseFilter(
  phases: Phases,
  options?: PhaseFilterOptions,
): PhaseFilterMessage | PhaseFilterInit | undefined {
  const values = normalizePhases(phases).map((phase) => String(toProtobufValue(phase)));
  if (values.length === 0) return undefined;
  // Options are read defensively: plain JS callers may pass anything.
  const valueIn = values.length > 1 || options?.function === "VALUE_IN";
  if (options?.enums === "number") return { function: valueIn ? 7 : 0, field: "phase", values };
  return { function: valueIn ? "VALUE_IN" : "EQUAL", field: "phase", values };
}
