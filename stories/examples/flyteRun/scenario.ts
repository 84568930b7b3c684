/*
 * The scripted run behind "Examples/Flyte run page": what a Flyte backend would report about run
 * "train-42" at any moment. Each action follows a plan of phase steps (seconds after the run
 * started); `actionAt` and `detailsAt` turn the plan into real flyteidl2 messages for a time.
 */
import { create } from "@bufbuild/protobuf";
import { timestampFromMs } from "@bufbuild/protobuf/wkt";
import { ActionPhase } from "@flyteorg/flyteidl2/flyteidl2/common/phase_pb.ts";
import { CatalogCacheStatus } from "@flyteorg/flyteidl2/flyteidl2/core/catalog_pb.ts";
import {
  ActionDetailsSchema,
  EnrichedActionSchema,
  ErrorInfo_Kind,
} from "@flyteorg/flyteidl2/flyteidl2/workflow/run_definition_pb.ts";
import type {
  ActionDetails,
  EnrichedAction,
} from "@flyteorg/flyteidl2/flyteidl2/workflow/run_definition_pb.ts";

const { QUEUED: Q, WAITING_FOR_RESOURCES: W, INITIALIZING: I, RUNNING: R } = ActionPhase;
const { SUCCEEDED, FAILED } = ActionPhase;

/** One attempt: phases entered at seconds after the run's start; the last may be terminal. */
interface AttemptPlan {
  readonly steps: readonly (readonly [ActionPhase, number])[];
  readonly error?: ErrorInfo_Kind;
}

interface ActionPlan {
  readonly name: string;
  readonly task: string;
  readonly attempts: readonly AttemptPlan[];
  readonly cacheStatus?: CatalogCacheStatus;
  /** Map-task children: their count and when the first starts; each takes `shardSeconds`. */
  readonly shards?: { readonly count: number; readonly from: number; readonly every: number };
}

export const RUN_NAME = "train-42";
/** Seconds after the run's start at which the page opens: the story starts mid-run. */
export const OPENED_AT = 200;

const SHARD_SECONDS = 12;

export const PLANS: readonly ActionPlan[] = [
  {
    name: "prepare-data",
    task: "data.prepare",
    cacheStatus: CatalogCacheStatus.CACHE_HIT,
    attempts: [
      {
        steps: [
          [Q, 0],
          [I, 2],
          [R, 6],
          [SUCCEEDED, 9],
        ],
      },
    ],
  },
  {
    name: "process-shards",
    task: "data.process_shard (map)",
    attempts: [
      {
        steps: [
          [Q, 9],
          [R, 11],
          [SUCCEEDED, 232],
        ],
      },
    ],
    shards: { count: 48, from: 11, every: 4.4 },
  },
  {
    name: "train-model",
    task: "model.train",
    attempts: [
      {
        steps: [
          [Q, 10],
          [W, 11],
          [I, 50],
          [R, 56],
          [FAILED, 110],
        ],
        error: ErrorInfo_Kind.SYSTEM,
      },
      {
        steps: [
          [Q, 112],
          [W, 113],
          [I, 160],
          [R, 166],
          [SUCCEEDED, 214],
        ],
      },
    ],
  },
  {
    name: "evaluate",
    task: "model.evaluate",
    attempts: [
      {
        steps: [
          [Q, 214],
          [W, 215],
          [I, 218],
          [R, 221],
          [SUCCEEDED, 230],
        ],
      },
    ],
  },
  {
    name: "report",
    task: "report.publish",
    attempts: [
      {
        steps: [
          [Q, 232],
          [R, 234],
          [SUCCEEDED, 240],
        ],
      },
    ],
  },
];

const ROOT: ActionPlan = {
  name: "a0",
  task: "pipeline.main",
  attempts: [
    {
      steps: [
        [Q, 0],
        [R, 1],
        [SUCCEEDED, 241],
      ],
    },
  ],
};

const isTerminalNumber = (phase: ActionPhase) => phase >= 5 && phase <= 8;

/** The phase an attempt is in at second `t`, `undefined` before it began. */
function phaseOf(plan: AttemptPlan, t: number): ActionPhase | undefined {
  return plan.steps.filter(([, at]) => at <= t).at(-1)?.[0];
}

function childrenCounts(plan: ActionPlan, t: number): Record<number, number> {
  const counts: Record<number, number> = {};
  const add = (phase: ActionPhase | undefined) => {
    if (phase !== undefined) counts[phase] = (counts[phase] ?? 0) + 1;
  };
  if (plan === ROOT) for (const child of PLANS) add(currentPhase(child, t));
  if (plan.shards && t >= plan.shards.from) {
    for (let i = 0; i < plan.shards.count; i++) {
      const start = plan.shards.from + i * plan.shards.every;
      add(t < start ? Q : t < start + SHARD_SECONDS ? R : SUCCEEDED);
    }
  }
  return counts;
}

function currentPhase(plan: ActionPlan, t: number): ActionPhase | undefined {
  const attempts = plan.attempts.filter((attempt) => attempt.steps[0]![1] <= t);
  return attempts.length === 0 ? undefined : phaseOf(attempts.at(-1)!, t);
}

/** An action as WatchActions sends it at second `t`, or `undefined` before it exists. */
export function actionAt(
  plan: ActionPlan,
  t: number,
  runStartMs: number,
): EnrichedAction | undefined {
  const attempts = plan.attempts.filter((attempt) => attempt.steps[0]![1] <= t);
  const last = attempts.at(-1);
  if (!last) return undefined;
  const phase = phaseOf(last, t)!;
  const ms = (seconds: number) => timestampFromMs(runStartMs + seconds * 1000);
  const end = isTerminalNumber(phase) ? last.steps.at(-1)![1] : undefined;
  return create(EnrichedActionSchema, {
    action: {
      id: {
        run: { org: "demo", project: "flytesnacks", domain: "development", name: RUN_NAME },
        name: plan.name,
      },
      metadata: { parent: plan === ROOT ? "" : ROOT.name },
      status: {
        phase,
        startTime: ms(plan.attempts[0]!.steps[0]![1]),
        ...(end === undefined ? {} : { endTime: ms(end) }),
        attempts: attempts.length,
        cacheStatus: plan.cacheStatus ?? CatalogCacheStatus.CACHE_MISS,
      },
    },
    meetsFilter: true,
    childrenPhaseCounts: childrenCounts(plan, t),
  });
}

/** ActionDetails (with every attempt's phase transitions) at second `t`. */
export function detailsAt(plan: ActionPlan, t: number, runStartMs: number): ActionDetails {
  const ms = (seconds: number) => timestampFromMs(runStartMs + seconds * 1000);
  const started = plan.attempts.filter((attempt) => attempt.steps[0]![1] <= t);
  return create(ActionDetailsSchema, {
    id: { name: plan.name },
    attempts: started.map((attempt, index) => {
      const steps = attempt.steps.filter(([, at]) => at <= t);
      const phase = steps.at(-1)![0];
      const done = isTerminalNumber(phase);
      return {
        attempt: index + 1,
        phase,
        startTime: ms(steps[0]![1]),
        ...(done ? { endTime: ms(steps.at(-1)![1]) } : {}),
        ...(done && attempt.error
          ? { errorInfo: { kind: attempt.error, message: "node lost during training" } }
          : {}),
        phaseTransitions: steps.map(([stepPhase, at], i) => {
          const next = steps[i + 1]?.[1] ?? (isTerminalNumber(stepPhase) ? at : undefined);
          return {
            phase: stepPhase,
            startTime: ms(at),
            ...(next === undefined ? {} : { endTime: ms(next) }),
          };
        }),
      };
    }),
  });
}

export const ROOT_PLAN = ROOT;
export type { ActionPlan };
