import type { PhaseTimelineAttempt } from "../src";

/*
 * ActionDetails.attempts in the shape protobuf-es gives them (Timestamp { seconds: bigint,
 * nanos }, enums as numbers), for the PhaseTimeline stories. Times are seconds after T0.
 * ActionPhase numbers: QUEUED 1, WAITING_FOR_RESOURCES 2, INITIALIZING 3, RUNNING 4,
 * SUCCEEDED 5, FAILED 6, ABORTED 7, TIMED_OUT 8, PAUSED 9. ErrorInfo.kind: USER 1, SYSTEM 2.
 */
export const T0 = 1_764_460_800; // 2025-11-30T00:00:00Z
export const at = (seconds: number) => ({ seconds: BigInt(T0 + seconds), nanos: 0 });
export const msAt = (seconds: number) => (T0 + seconds) * 1000;
export const transition = (phase: number, start: number, end?: number) => ({
  phase,
  startTime: at(start),
  ...(end === undefined ? {} : { endTime: at(end) }),
});

/** One step of {@link inSequence}: a phase and when it started; `end` only on the last step. */
type Step = [phase: number, start: number, end?: number];

/**
 * Phase transitions one after another, as a healthy server sends them: each phase ends where the
 * next one starts. The last step ends at its own `end`, or has no end time (still in progress).
 */
const inSequence = (...steps: Step[]) =>
  steps.map(([phase, start, end], i) => transition(phase, start, steps[i + 1]?.[1] ?? end));

/** A first attempt that failed on the system side, a retry that failed in user code. */
export const RETRIED: PhaseTimelineAttempt[] = [
  {
    attempt: 1,
    phase: 6,
    errorInfo: { kind: 2 },
    phaseTransitions: inSequence([1, 0], [2, 3], [3, 95], [4, 104], [6, 151, 151]),
  },
  {
    attempt: 2,
    phase: 6,
    errorInfo: { kind: 1 },
    phaseTransitions: inSequence([1, 160], [2, 162], [3, 202], [4, 207], [6, 399, 399]),
  },
];

/** Still running (the running phase has no end time): it grows while you watch. */
export const RUNNING: PhaseTimelineAttempt[] = [
  {
    attempt: 1,
    phase: 4,
    phaseTransitions: inSequence([1, 0], [3, 4], [4, 12]),
  },
];

/** Waited for a person (PAUSED) in the middle of running, then succeeded. */
export const PAUSED_THEN_SUCCEEDED: PhaseTimelineAttempt[] = [
  {
    attempt: 1,
    phase: 5,
    phaseTransitions: inSequence([1, 0], [4, 2], [9, 40], [4, 160], [5, 200, 200]),
  },
];

/**
 * What real servers send: a duplicate (from a watch stream), entries out of order, missing end
 * times, a span that ends before it starts (clock skew) and a zero-length terminal phase.
 */
export const MESSY: PhaseTimelineAttempt[] = [
  {
    attempt: 1,
    phase: 8,
    phaseTransitions: [
      transition(8, 300, 300),
      transition(4, 30),
      transition(1, 0),
      transition(4, 30),
      transition(3, 20, 12),
    ],
  },
];

/** Twenty attempts of a flaky task: nineteen failures, then success. */
export const TWENTY: PhaseTimelineAttempt[] = Array.from({ length: 20 }, (_, i) => {
  const start = i * 60;
  const end = start + 35 + (i % 4) * 5;
  const last = i === 19;
  return {
    attempt: i + 1,
    phase: last ? 5 : 6,
    errorInfo: last ? null : { kind: i % 3 === 0 ? 2 : 1 },
    phaseTransitions: inSequence([1, start], [4, start + 5], [last ? 5 : 6, end, end]),
  };
});
