// Every domain function fed real flyteidl2 messages — as built, after a binary round trip and
// after a proto3 JSON round trip (the JSON read both raw and back into messages). No casts.
import { create, equals, fromBinary, fromJson, toBinary, toJson } from "@bufbuild/protobuf";
import type { DescMessage, JsonValue, MessageShape } from "@bufbuild/protobuf";
import { ActionPhase } from "@flyteorg/flyteidl2/flyteidl2/common/phase_pb.ts";
import { FilterSchema } from "@flyteorg/flyteidl2/flyteidl2/common/list_pb.ts";
import {
  ActionAttemptSchema,
  EnrichedActionSchema,
  TaskGroupSchema,
} from "@flyteorg/flyteidl2/flyteidl2/workflow/run_definition_pb.ts";
import {
  ListRunsRequestSchema,
  WatchActionsRequestSchema,
} from "@flyteorg/flyteidl2/flyteidl2/workflow/run_service_pb.ts";
import {
  durationToMillis,
  elapsedMs,
  filterByPhase,
  formatDuration,
  isTerminal,
  parsePhase,
  phaseDurations,
  readPhaseCounts,
  toMillis,
  toPhaseFilter,
} from "../../../src/phases";
import {
  NOW,
  T0,
  attempt,
  enrichedAction,
  finishedAction,
  newerServerAttempt,
  taskGroup,
} from "./fixtures";

/** The same message as built, after binary, and after JSON. */
function forms<Desc extends DescMessage>(schema: Desc, message: MessageShape<Desc>) {
  return [
    ["as built", message],
    ["binary round trip", fromBinary(schema, toBinary(schema, message))],
    ["JSON round trip", fromJson(schema, toJson(schema, message))],
  ] as const;
}

describe("flyteidl2 messages: counts", () => {
  it.each(forms(EnrichedActionSchema, enrichedAction))(
    "childrenPhaseCounts (%s) reads by protobuf number, RECOVERED included",
    (_, message) => {
      expect(readPhaseCounts(message.childrenPhaseCounts)).toMatchObject({
        running: 3,
        succeeded: 12,
        recovered: 2,
        unknown: 0,
      });
    },
  );

  it("childrenPhaseCounts as raw proto3 JSON has string keys and reads the same", () => {
    const json = toJson(EnrichedActionSchema, enrichedAction) as { childrenPhaseCounts: JsonValue };
    expect(json.childrenPhaseCounts).toEqual({ "4": 3, "5": 12, "10": 2 });
    expect(readPhaseCounts(json.childrenPhaseCounts)).toEqual(
      readPhaseCounts(enrichedAction.childrenPhaseCounts),
    );
  });

  it.each(forms(TaskGroupSchema, taskGroup))(
    "TaskGroup.phaseCounts (%s): bigint counts, UNSPECIFIED to unknown",
    (_, message) => {
      expect(message.phaseCounts[0]?.count).toBe(15n);
      expect(readPhaseCounts(message.phaseCounts)).toMatchObject({
        succeeded: 15,
        failed: 3,
        timed_out: 1,
        unknown: 1,
      });
    },
  );

  it("TaskGroup.phaseCounts as raw proto3 JSON: names and decimal strings", () => {
    const json = toJson(TaskGroupSchema, taskGroup) as { phaseCounts: JsonValue };
    expect(json.phaseCounts).toContainEqual({ phase: "ACTION_PHASE_FAILED", count: "3" });
    expect(readPhaseCounts(json.phaseCounts)).toEqual(readPhaseCounts(taskGroup.phaseCounts));
  });
});

describe("flyteidl2 messages: phases and times", () => {
  it.each(forms(ActionAttemptSchema, attempt))(
    "phaseDurations of ActionAttempt.phaseTransitions (%s)",
    (_, message) => {
      expect(phaseDurations(message.phaseTransitions, NOW)).toEqual({
        queued: 4000,
        running: 60_000 + 30_000,
        paused: 30_000,
      });
    },
  );

  it("phaseDurations of raw JSON transitions (RFC 3339 strings, enum names)", () => {
    const json = toJson(ActionAttemptSchema, attempt) as { phaseTransitions: JsonValue };
    expect(json.phaseTransitions).toContainEqual({
      phase: "ACTION_PHASE_QUEUED",
      startTime: "2026-11-29T10:00:00Z",
      endTime: "2026-11-29T10:00:04Z",
    });
    expect(phaseDurations(json.phaseTransitions, NOW)).toEqual(
      phaseDurations(attempt.phaseTransitions, NOW),
    );
  });

  it.each(forms(EnrichedActionSchema, enrichedAction))(
    "elapsedMs of a running ActionStatus (%s)",
    (_, message) => {
      const status = message.action?.status;
      expect(toMillis(status?.startTime)).toBe(T0);
      expect(elapsedMs(status, T0 + 185_000)).toBe(185_000);
      expect(formatDuration(elapsedMs(status, T0 + 185_000) ?? 0)).toBe("3m 05s");
      expect(isTerminal(parsePhase(status?.phase)!)).toBe(false);
    },
  );

  it.each(forms(EnrichedActionSchema, finishedAction))(
    "elapsedMs prefers durationMs, a uint64 (%s)",
    (_, message) => {
      expect(message.action?.status?.durationMs).toBe(184_500n);
      expect(elapsedMs(message.action?.status, Infinity)).toBe(184_500);
      expect(durationToMillis(message.action?.status?.durationMs)).toBe(184_500);
    },
  );

  it("elapsedMs of raw JSON status (durationMs a decimal string)", () => {
    const json = toJson(EnrichedActionSchema, finishedAction) as {
      action: { status: { durationMs: string } };
    };
    expect(json.action.status.durationMs).toBe("184500");
    expect(elapsedMs(json.action.status)).toBe(184_500);
  });

  it.each(forms(TaskGroupSchema, taskGroup))("TaskGroup times (%s)", (_, message) => {
    expect(durationToMillis(message.averageDuration)).toBe(3500);
    expect(toMillis(message.latestRunTime)).toBe(T0);
  });

  it("TaskGroup times as raw JSON", () => {
    const json = toJson(TaskGroupSchema, taskGroup) as Record<string, JsonValue>;
    expect(json.averageDuration).toBe("3.500s");
    expect(durationToMillis(json.averageDuration)).toBe(3500);
    expect(toMillis(json.latestRunTime)).toBe(T0);
  });

  it("filterByPhase reads the protobuf numbers of real messages", () => {
    const actions = [enrichedAction, finishedAction];
    expect(filterByPhase(actions, ["failed"], (a) => a.action?.status?.phase)).toEqual([
      finishedAction,
    ]);
  });
});

describe("flyteidl2 messages from a newer server", () => {
  it("RECOVERED (10) and a future number (11) survive both round trips", () => {
    for (const [, message] of forms(ActionAttemptSchema, newerServerAttempt)) {
      expect(parsePhase(message.phase)).toBe("recovered");
      expect(phaseDurations(message.phaseTransitions)).toEqual({ running: 5000, recovered: 0 });
    }
  });

  it("fromJson rejects ACTION_PHASE_RECOVERED with 2.0.16; the raw JSON still reads", () => {
    const json = { phase: "ACTION_PHASE_RECOVERED" };
    expect(() => fromJson(ActionAttemptSchema, json)).toThrow(/ACTION_PHASE_RECOVERED/);
    // ignoreUnknownFields drops the value: the phase becomes UNSPECIFIED, shown as Unknown.
    const lenient = fromJson(ActionAttemptSchema, json, { ignoreUnknownFields: true });
    expect(lenient.phase).toBe(ActionPhase.UNSPECIFIED);
    expect(parsePhase(lenient.phase)).toBeUndefined();
    expect(parsePhase(json.phase)).toBe("recovered");
  });
});

describe("flyteidl2 messages: filters", () => {
  it("ListRuns: EQUAL for one phase, VALUE_IN for several, through binary and JSON", () => {
    for (const [phases, fn] of [
      [["failed"], 0],
      [["failed", "timed_out"], 7],
    ] as const) {
      const filter = toPhaseFilter(phases, { enums: "number" });
      const request = create(ListRunsRequestSchema, {
        request: { filters: filter ? [filter] : [] },
      });
      const back = fromBinary(ListRunsRequestSchema, toBinary(ListRunsRequestSchema, request));
      expect(back.request?.filters[0]).toMatchObject({ function: fn, field: "phase" });
      expect(back.request?.filters[0]?.values).toEqual(filter?.values);
      // The default (JSON) form reads back into the same message. (toJson itself leaves EQUAL
      // out: it is the enum's default, 0.)
      const json = toPhaseFilter(phases);
      expect(
        equals(FilterSchema, fromJson(FilterSchema, json!), create(FilterSchema, filter)),
      ).toBe(true);
    }
  });

  it("WatchActions: VALUE_IN even for one phase", () => {
    const filter = toPhaseFilter(["running"], { function: "VALUE_IN", enums: "number" });
    const request = create(WatchActionsRequestSchema, { filter: filter ? [filter] : [] });
    const back = fromBinary(
      WatchActionsRequestSchema,
      toBinary(WatchActionsRequestSchema, request),
    );
    expect(back.filter).toHaveLength(1);
    expect(back.filter[0]).toMatchObject({ function: 7, field: "phase", values: ["4"] });
    expect(toJson(WatchActionsRequestSchema, back)).toEqual({
      filter: [{ function: "VALUE_IN", field: "phase", values: ["4"] }],
    });
  });

  it("the JSON form goes through fromJson and serializes the same", () => {
    const json = toPhaseFilter(["paused", "recovered"], { function: "VALUE_IN" });
    const message = fromJson(FilterSchema, json!);
    expect(message.function).toBe(7);
    expect(message.values).toEqual(["9", "10"]);
    expect(toJson(FilterSchema, message)).toEqual(json);
  });
});
