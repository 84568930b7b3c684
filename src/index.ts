/** flyte-phase-ui: show and filter the phases of Flyte actions. */
export * from "./phases";
export {
  PhaseStringsProvider,
  defaultCountBarStrings,
  defaultDocumentTitle,
  defaultDurationStrings,
  defaultFilterStrings,
  defaultHistoryStrings,
  defaultMarkStrings,
  defaultPhaseCountStrings,
  defaultStrings,
  defaultTimelineStrings,
  formatMessage,
  usePhaseStrings,
} from "./strings";
export type {
  Message,
  MessageValues,
  PhaseDurationStrings,
  PhaseMarkStrings,
  PluralMessage,
  PhaseCountBarStrings,
  PhaseFilterStrings,
  PhaseHistoryStrings,
  PhaseStrings,
  PhaseStringsOverrides,
  PhaseStringsProviderProps,
  PhaseTimelineStrings,
} from "./strings";
export { PhaseIcon } from "./icons";
export type { PhaseIconProps } from "./icons";
export { PhaseBadge, usePhaseBadgeMarks } from "./components/PhaseBadge";
export type {
  PhaseBadgeMarks,
  PhaseBadgeProps,
  PhaseTone,
  UsePhaseBadgeMarksOptions,
} from "./components/PhaseBadge";
export type { CatalogCacheStatusName } from "./internal/cacheStatus";
export { PhaseDuration } from "./components/PhaseDuration";
export type { PhaseDurationProps } from "./components/PhaseDuration";
export { TerminalIndicator } from "./components/TerminalIndicator";
export type { TerminalIndicatorProps } from "./components/TerminalIndicator";
export { PHASE_FILTER_PRESETS, PhaseFilter, usePhaseFilter } from "./components/PhaseFilter";
export type {
  PhaseFilterOption,
  PhaseFilterPreset,
  PhaseFilterPresetItem,
  PhaseFilterProps,
  UsePhaseFilterOptions,
  UsePhaseFilterResult,
} from "./components/PhaseFilter";
export { PhaseTimeline } from "./components/PhaseTimeline";
export type {
  PhaseTimelineAttempt,
  PhaseTimelineProps,
  PhaseTimelineTransition,
} from "./components/PhaseTimeline";
export { PhaseCountBar } from "./components/PhaseCountBar";
export type { PhaseCountBarProps } from "./components/PhaseCountBar";
export { PhaseHistory } from "./components/PhaseHistory";
export type { PhaseHistoryProps } from "./components/PhaseHistory";
export { usePhaseDocumentTitle } from "./hooks/usePhaseDocumentTitle";
export type { UsePhaseDocumentTitleOptions } from "./hooks/usePhaseDocumentTitle";
