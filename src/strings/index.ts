export { defaultStrings, mergeStrings } from "./defaultStrings";
export {
  defaultDocumentTitle,
  defaultDurationStrings,
  defaultMarkStrings,
  durationStrings,
  markStrings,
} from "./componentStrings";
export type {
  PhaseDurationStrings,
  PhaseFilterStrings,
  PhaseMarkStrings,
  PhaseStrings,
  PhaseStringsOverrides,
} from "./defaultStrings";
export { PhaseStringsProvider, usePhaseStrings } from "./PhaseStringsProvider";
export type { PhaseStringsProviderProps } from "./PhaseStringsProvider";
export { formatMessage } from "./message";
export type { Message, MessageValues, PluralMessage } from "./message";
