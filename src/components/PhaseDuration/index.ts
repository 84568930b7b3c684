export { PhaseDuration } from "./PhaseDuration";
export type { PhaseDurationProps } from "./PhaseDuration";
