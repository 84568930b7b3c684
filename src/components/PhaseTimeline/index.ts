export { PhaseTimeline } from "./PhaseTimeline";
export type { PhaseTimelineProps } from "./PhaseTimeline";
export type { PhaseTimelineAttempt, PhaseTimelineTransition } from "./readTimeline";
