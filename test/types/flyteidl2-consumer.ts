// What a Flyte 2 app writes with @flyteorg/flyteidl2 and this library: no casts, no glue. This
// file is only type-checked (tsconfig.flyteidl2.json, in `npm test`'s typecheck step); a type
// change that brings back a cast or a conversion makes it fail. The runtime side of the same
// calls is in test/unit/flyteidl2/.
import { create, fromJson, toJson } from "@bufbuild/protobuf";
import type { JsonValue } from "@bufbuild/protobuf";
import type { Filter_Function } from "@flyteorg/flyteidl2/flyteidl2/common/list_pb.ts";
import { FilterSchema } from "@flyteorg/flyteidl2/flyteidl2/common/list_pb.ts";
import type {
  ActionAttempt,
  ActionStatus,
  EnrichedAction,
  TaskGroup,
} from "@flyteorg/flyteidl2/flyteidl2/workflow/run_definition_pb.ts";
import {
  ListRunsRequestSchema,
  WatchActionsRequestSchema,
} from "@flyteorg/flyteidl2/flyteidl2/workflow/run_service_pb.ts";
import {
  durationToMillis,
  elapsedMs,
  formatDuration,
  phaseDurations,
  readPhaseCounts,
  toMillis,
  toPhaseFilter,
} from "../../src/phases";
import type { ActionPhase, PhaseCounts, PhaseCountsInput } from "../../src/phases";

declare const enriched: EnrichedAction;
declare const taskGroup: TaskGroup;
declare const status: ActionStatus;
declare const attempt: ActionAttempt;
declare const phases: ActionPhase[];

// Counts: the map keyed by protobuf number, the int64 list, and their JSON forms.
export const children: PhaseCounts = readPhaseCounts(enriched.childrenPhaseCounts);
export const groups: PhaseCounts = readPhaseCounts(taskGroup.phaseCounts);
export const asProp: PhaseCountsInput[] = [
  enriched.childrenPhaseCounts,
  taskGroup.phaseCounts,
  children,
  { running: 3 },
  new Map([[4, 3n]]),
  [{ phase: "ACTION_PHASE_RUNNING", count: "3" }],
];

// Filters: init shapes take enum numbers, JSON takes names; both with no cast.
const listFilter = toPhaseFilter(phases, { enums: "number" });
export const listRuns = create(ListRunsRequestSchema, {
  request: { filters: listFilter ? [listFilter] : [] },
});
const watchFilter = toPhaseFilter(phases, { function: "VALUE_IN", enums: "number" });
export const watch = create(WatchActionsRequestSchema, {
  filter: watchFilter ? [watchFilter] : [],
});
export const seven: 7 | undefined = watchFilter?.function;
export const zeroOrSeven: Filter_Function | undefined = listFilter?.function;
const jsonFilter = toPhaseFilter(phases);
export const fromJsonFilter = jsonFilter ? fromJson(FilterSchema, jsonFilter) : undefined;
export const jsonValue: JsonValue | undefined = toPhaseFilter(phases, { function: "VALUE_IN" });
export const initFromMessage = create(FilterSchema, toPhaseFilter(["failed"], { enums: "number" }));
export const roundTrip = toJson(FilterSchema, create(FilterSchema, listFilter));

// Times: Timestamp, Duration and int64 milliseconds straight from the messages.
export const started: number | undefined = toMillis(status.startTime);
export const average: number | undefined = durationToMillis(taskGroup.averageDuration);
export const duration: number | undefined = durationToMillis(status.durationMs);
export const elapsed: string = formatDuration(elapsedMs(status) ?? 0);
export const spent: Partial<Record<ActionPhase, number>> = phaseDurations(attempt.phaseTransitions);
