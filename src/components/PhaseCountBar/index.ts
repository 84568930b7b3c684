export { PhaseCountBar } from "./PhaseCountBar";
export type { PhaseCountBarProps } from "./PhaseCountBar";
