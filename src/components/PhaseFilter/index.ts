export { PhaseFilter } from "./PhaseFilter";
export type { PhaseFilterProps } from "./PhaseFilter";
export { usePhaseFilter } from "./usePhaseFilter";
export type {
  PhaseFilterOption,
  PhaseFilterPresetItem,
  UsePhaseFilterOptions,
  UsePhaseFilterResult,
} from "./types";
export { PHASE_FILTER_PRESETS } from "./presets";
export type { PhaseFilterPreset } from "./presets";
