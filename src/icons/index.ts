export { PhaseIcon } from "./PhaseIcon";
export type { PhaseIconProps } from "./PhaseIcon";
