// Real Flyte 2 messages built with @flyteorg/flyteidl2 (2.0.16) and protobuf-es, as an app gets
// them from the API. No casts: where 2.0.16 lacks a number (RECOVERED = 10, a future 11), the
// message is read from the wire, which is how such a number reaches an app.
import { create, fromJson } from "@bufbuild/protobuf";
import { durationFromMs, timestampFromMs } from "@bufbuild/protobuf/wkt";
import { ActionPhase } from "@flyteorg/flyteidl2/flyteidl2/common/phase_pb.ts";
import {
  ActionAttemptSchema,
  EnrichedActionSchema,
  TaskGroupSchema,
} from "@flyteorg/flyteidl2/flyteidl2/workflow/run_definition_pb.ts";

/** 2026-11-29T10:00:00Z. */
export const T0 = Date.UTC(2026, 10, 29, 10, 0, 0);

/** A running action with children in three phases, one of them RECOVERED. */
export const enrichedAction = create(EnrichedActionSchema, {
  action: {
    status: {
      phase: ActionPhase.RUNNING,
      startTime: timestampFromMs(T0),
      attempts: 1,
    },
  },
  meetsFilter: true,
  childrenPhaseCounts: { [ActionPhase.RUNNING]: 3, [ActionPhase.SUCCEEDED]: 12, 10: 2 },
});

/** A finished action whose server sent durationMs. */
export const finishedAction = create(EnrichedActionSchema, {
  action: {
    status: {
      phase: ActionPhase.FAILED,
      startTime: timestampFromMs(T0),
      endTime: timestampFromMs(T0 + 185_000),
      durationMs: 184_500n,
    },
  },
});

/** A task group: int64 counts, one under UNSPECIFIED, an average Duration. */
export const taskGroup = create(TaskGroupSchema, {
  taskName: "train",
  totalRuns: 20n,
  phaseCounts: [
    { phase: ActionPhase.SUCCEEDED, count: 15n },
    { phase: ActionPhase.FAILED, count: 3n },
    { phase: ActionPhase.TIMED_OUT, count: 1n },
    { phase: ActionPhase.UNSPECIFIED, count: 1n },
  ],
  averageDuration: durationFromMs(3500),
  latestRunTime: timestampFromMs(T0),
});

/** An attempt that queued 4 s, ran 60 s, paused 30 s and is running again (open). */
export const attempt = create(ActionAttemptSchema, {
  phase: ActionPhase.RUNNING,
  startTime: timestampFromMs(T0),
  phaseTransitions: [
    {
      phase: ActionPhase.QUEUED,
      startTime: timestampFromMs(T0),
      endTime: timestampFromMs(T0 + 4000),
    },
    {
      phase: ActionPhase.RUNNING,
      startTime: timestampFromMs(T0 + 4000),
      endTime: timestampFromMs(T0 + 64_000),
    },
    {
      phase: ActionPhase.PAUSED,
      startTime: timestampFromMs(T0 + 64_000),
      endTime: timestampFromMs(T0 + 94_000),
    },
    { phase: ActionPhase.RUNNING, startTime: timestampFromMs(T0 + 94_000) },
  ],
});

/** The moment the tests look at the attempt: 10:02:04. */
export const NOW = T0 + 124_000;

/** RECOVERED (10) and a number from a future server (11), as the wire brings them. */
export const newerServerAttempt = fromJson(ActionAttemptSchema, {
  phase: 10,
  phaseTransitions: [
    { phase: 4, startTime: "2026-11-29T10:00:00Z", endTime: "2026-11-29T10:00:05Z" },
    { phase: 10, startTime: "2026-11-29T10:00:05Z", endTime: "2026-11-29T10:00:05Z" },
    { phase: 11, startTime: "2026-11-29T10:00:05Z", endTime: "2026-11-29T10:00:09Z" },
  ],
});
