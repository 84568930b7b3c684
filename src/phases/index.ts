/**
 * The Flyte action phases as data and plain functions. No React: this entry can be imported on
 * its own (`flyte-phase-ui/phases`) by servers, CLIs and non-React UIs.
 */
export { ActionPhase } from "./actionPhase";
export type { ActionPhaseKey, ActionPhaseProtobufName, PhaseOutcome } from "./actionPhase";
export {
  ACTION_PHASES,
  TERMINAL_PHASES,
  PHASE_GROUPS,
  isActionPhase,
  isTerminal,
  phaseOrder,
} from "./lists";
export type { PhaseGroups } from "./lists";
export {
  ACTION_PHASE_UNSPECIFIED,
  PhaseConversionError,
  fromProtobuf,
  toProtobufName,
  toProtobufValue,
} from "./protobuf";
export { parsePhase } from "./parse";
export { getPhaseInfo } from "./info";
export type { PhaseInfo } from "./info";
export {
  countByPhase,
  filterByPhase,
  formatPhaseParam,
  normalizePhases,
  parsePhaseParam,
} from "./selection";
export type { PhaseCounts } from "./selection";
export { toPhaseFilter } from "./filter";
export type { PhaseFilterInit, PhaseFilterMessage, PhaseFilterOptions } from "./filter";
export { readPhaseCounts } from "./counts";
export { phasesKnownTo } from "./known";
export type { PhaseCountEntry, PhaseCountValue, PhaseCountsInput } from "./counts";
export { durationToMillis, toMillis } from "./time";
export { elapsedMs, formatDuration, phaseDurations } from "./durations";
export type { ActionStatusLike, PhaseTransitionLike } from "./durations";
export { rollupPhase } from "./rollup";
