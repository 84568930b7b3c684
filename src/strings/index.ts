export { defaultStrings, mergeStrings } from "./defaultStrings";
export {
  defaultDocumentTitle,
  defaultDurationStrings,
  defaultMarkStrings,
  defaultTimelineStrings,
} from "./componentStrings";
export type {
  PhaseCountBarStrings,
  PhaseDurationStrings,
  PhaseFilterStrings,
  PhaseHistoryStrings,
  PhaseMarkStrings,
  PhaseStrings,
  PhaseStringsOverrides,
  PhaseTimelineStrings,
} from "./defaultStrings";
export { PhaseStringsProvider, usePhaseStrings } from "./PhaseStringsProvider";
export type { PhaseStringsProviderProps } from "./PhaseStringsProvider";
export { formatMessage } from "./message";
export type { Message, MessageValues, PluralMessage } from "./message";
