export { PhaseBadge } from "./PhaseBadge";
export type { PhaseBadgeProps } from "./PhaseBadge";
export type { PhaseTone } from "../../internal/phaseTone";
export { usePhaseBadgeMarks } from "./usePhaseBadgeMarks";
export type { PhaseBadgeMarks, UsePhaseBadgeMarksOptions } from "./usePhaseBadgeMarks";
