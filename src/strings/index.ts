export { mergeStrings } from "./strings";
export {
  defaultCountBarStrings,
  defaultDocumentTitle,
  defaultDurationStrings,
  defaultFilterStrings,
  defaultHistoryStrings,
  defaultMarkStrings,
  defaultPhaseCountStrings,
  defaultStrings,
  defaultTimelineStrings,
} from "./defaultStrings";
export type {
  PhaseCountBarStrings,
  PhaseDurationStrings,
  PhaseFilterStrings,
  PhaseHistoryStrings,
  PhaseMarkStrings,
  PhaseStrings,
  PhaseStringsOverrides,
  PhaseTimelineStrings,
} from "./strings";
export { PhaseStringsProvider, usePhaseStrings } from "./PhaseStringsProvider";
export type { PhaseStringsProviderProps } from "./PhaseStringsProvider";
export { formatMessage } from "./message";
export type { Message, MessageValues, PluralMessage } from "./message";
