/*
 * The filter's state as plain functions, without React or the DOM: what can be chosen, how a
 * selection changes, where the active option moves, what a preset selects. The hooks call these
 * and nothing else decides these things, so a unit test can drive the whole model directly.
 */
import { ACTION_PHASES, normalizePhases } from "../../phases";
import type { ActionPhase } from "../../phases";
import { PHASE_FILTER_PRESETS, presetSelection } from "./presets";
import type { PhaseFilterPreset } from "./presets";

/** The options as the state layer sees them. @internal */
export interface FilterOptions {
  /** Every phase shown, in lifecycle order. */
  readonly shown: readonly ActionPhase[];
  /** The shown phases that cannot be chosen here. */
  readonly disabled: ReadonlySet<ActionPhase>;
  /** The shown phases that can be chosen, in lifecycle order. */
  readonly selectable: readonly ActionPhase[];
}

/** Reads the `phases` and `disabledPhases` props leniently (unknown entries are dropped). @internal */
export function resolveOptions(
  phases: Iterable<unknown> | null | undefined,
  disabledPhases: Iterable<unknown> | null | undefined,
): FilterOptions {
  const shown = normalizePhases(phases === undefined ? ACTION_PHASES : phases);
  const disabled = new Set(normalizePhases(disabledPhases));
  return { shown, disabled, selectable: shown.filter((phase) => !disabled.has(phase)) };
}

/** `next` as a selection here: known, selectable, deduplicated, in lifecycle order. @internal */
export function cleanSelection(
  next: Iterable<unknown> | null | undefined,
  selectable: readonly ActionPhase[],
): ActionPhase[] {
  return normalizePhases(next).filter((phase) => selectable.includes(phase));
}

/** True when both selections hold the same phases in the same order. @internal */
export function sameSelection(a: readonly ActionPhase[], b: readonly ActionPhase[]): boolean {
  return a.length === b.length && a.every((phase, index) => b[index] === phase);
}

/** The selection with `phase` added or removed; unchanged when it is not selectable. @internal */
export function toggleSelection(
  value: readonly ActionPhase[],
  phase: ActionPhase,
  selectable: readonly ActionPhase[],
): ActionPhase[] {
  if (!selectable.includes(phase)) return [...value];
  const next = value.includes(phase) ? value.filter((p) => p !== phase) : [...value, phase];
  return cleanSelection(next, selectable);
}

/** Ctrl/⌘+A: every selectable phase, or none when they are all selected already. @internal */
export function selectAllOrNone(
  value: readonly ActionPhase[],
  selectable: readonly ActionPhase[],
): ActionPhase[] {
  return value.length === selectable.length ? [] : [...selectable];
}

/** Where the active option can move. @internal */
export type ActiveMove = "next" | "previous" | "first" | "last" | "selectedOrFirst";

/**
 * The active option after a move, among the selectable ones. "selectedOrFirst" is where the list
 * opens: the first selected option, else the first. Moves stop at the ends (no wrapping).
 * @internal
 */
export function moveActive(
  selectable: readonly ActionPhase[],
  value: readonly ActionPhase[],
  active: ActionPhase | undefined,
  to: ActiveMove,
): ActionPhase | undefined {
  if (to === "selectedOrFirst") return value[0] ?? selectable[0];
  const last = selectable.length - 1;
  const index = active === undefined ? -1 : selectable.indexOf(active);
  const target =
    to === "first"
      ? 0
      : to === "last"
        ? last
        : to === "next"
          ? Math.min(index + 1, last)
          : Math.max(index - 1, 0);
  return selectable[target];
}

/** The active option to show: the remembered one while it is selectable, else where it opens. @internal */
export function resolveActive(
  selectable: readonly ActionPhase[],
  value: readonly ActionPhase[],
  remembered: ActionPhase | undefined,
): ActionPhase | undefined {
  return remembered !== undefined && selectable.includes(remembered)
    ? remembered
    : moveActive(selectable, value, undefined, "selectedOrFirst");
}

/** The presets to show for the `presets` prop. @internal */
export function resolvePresets(presets: unknown): readonly PhaseFilterPreset[] {
  if (presets === false) return [];
  if (!Array.isArray(presets)) return PHASE_FILTER_PRESETS;
  // Unknown names are dropped and duplicates removed, so a typo hides one button, not the list.
  return [...new Set(presets)].filter((preset): preset is PhaseFilterPreset =>
    PHASE_FILTER_PRESETS.includes(preset as PhaseFilterPreset),
  );
}

/** A preset can be pressed unless it would select nothing here ("Clear" always can). @internal */
export function presetEnabled(preset: PhaseFilterPreset, selectable: readonly ActionPhase[]) {
  return preset === "clear" || presetSelection(preset, selectable).length > 0;
}

/** A valid count from the `counts` prop (finite, not negative), else `undefined`. @internal */
export function readCount(counts: unknown, phase: ActionPhase): number | undefined {
  if (counts === null || typeof counts !== "object") return undefined;
  const count: unknown = (counts as Record<string, unknown>)[phase];
  return typeof count === "number" && Number.isFinite(count) && count >= 0 ? count : undefined;
}
