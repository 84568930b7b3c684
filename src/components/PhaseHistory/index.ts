export { PhaseHistory } from "./PhaseHistory";
export type { PhaseHistoryProps } from "./PhaseHistory";
