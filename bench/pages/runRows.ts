// Bench's own seeded run list, used when Engineer B's stories/examples/runData.ts is not there:
// 10,000 runs with a name, a phase weighted like a busy project, an owner and a duration.
import type { ActionPhase } from "../../src";
import { seededRandom } from "./harness";

export interface BenchRun {
  readonly id: string;
  readonly name: string;
  readonly phase: ActionPhase;
  readonly owner: string;
  readonly duration: string;
}

const WEIGHTS: readonly [ActionPhase, number][] = [
  ["succeeded", 45],
  ["running", 12],
  ["failed", 10],
  ["queued", 6],
  ["waiting_for_resources", 4],
  ["initializing", 4],
  ["paused", 3],
  ["recovered", 6],
  ["aborted", 5],
  ["timed_out", 5],
];
const TASKS = ["train", "evaluate", "ingest", "featurize", "deploy", "score", "backfill", "export"];
const OWNERS = ["ana", "bo", "chen", "dara", "eli", "fatima", "gus", "hana"];

export function benchRuns(count: number, seed = 4): BenchRun[] {
  const random = seededRandom(seed);
  const total = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, index) => {
    let left = random() * total;
    const phase = WEIGHTS.find(([, weight]) => (left -= weight) < 0)?.[0] ?? "succeeded";
    const seconds = Math.floor(random() * 7200);
    return {
      id: `r${index.toString(36).padStart(4, "0")}`,
      name: `${pick(TASKS)}-${pick(TASKS)}-${index}`,
      phase,
      owner: pick(OWNERS),
      duration: `${Math.floor(seconds / 60)}m ${seconds % 60}s`,
    };
  });
}
