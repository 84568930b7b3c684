import type { ActionPhase } from "./actionPhase";
import { normalizePhases } from "./selection";

/**
 * The phases a generated `ActionPhase` enum knows, in lifecycle order — for an app whose server
 * is older than this library: `@flyteorg/flyteidl2` 2.0.16 stops at PAUSED (9) and has no
 * RECOVERED (10). Pass the result to the `phases` prop of `PhaseFilter`; its presets and
 * "Select all" then offer only those phases.
 *
 * Reads a TypeScript enum object (names and reverse-mapped numbers both work), a protobuf-es
 * enum descriptor (`ActionPhaseSchema`, read through its `values`), or any list of phase
 * spellings. UNSPECIFIED and unknown entries are ignored. Never throws.
 *
 * @example
 * import { ActionPhase } from "@flyteorg/flyteidl2/flyteidl2/common/phase_pb.ts";
 * phasesKnownTo(ActionPhase); // the nine phases without "recovered"
 * <PhaseFilter phases={phasesKnownTo(ActionPhase)} />
 */
export function phasesKnownTo(known: unknown): ActionPhase[] {
  if (known === null || typeof known !== "object") return [];
  try {
    const values = (known as { values?: unknown }).values;
    if (Array.isArray(values)) {
      return normalizePhases(values.map((value: { number?: unknown } | null) => value?.number));
    }
    if (typeof (known as Partial<Iterable<unknown>>)[Symbol.iterator] === "function") {
      return normalizePhases(known as Iterable<unknown>);
    }
    return normalizePhases(Object.values(known));
  } catch {
    return []; // a throwing getter or iterator
  }
}
