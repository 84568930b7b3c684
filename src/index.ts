/** flyte-phase-ui: show and filter the phases of Flyte actions. */
export * from "./phases";
export { PhaseStringsProvider, defaultStrings, usePhaseStrings } from "./strings";
export type {
  PhaseFilterStrings,
  PhaseStrings,
  PhaseStringsOverrides,
  PhaseStringsProviderProps,
} from "./strings";
export { PhaseIcon } from "./icons";
export type { PhaseIconProps } from "./icons";
