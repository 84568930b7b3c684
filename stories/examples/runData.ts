/**
 * Deterministic sample data for the run-table example (and for benchmarks that want the same
 * rows): Flyte actions with a name, a phase weighted like a busy project, a start time and a
 * duration. No React and no randomness from the platform: the same `count` and `seed` give the
 * same rows on every machine.
 */
import type { ActionPhase } from "../../src/phases";

/** One generated action, shaped like a row of a run list. */
export interface SampleAction {
  /** Stable id, unique within one generated list ("a000f"). */
  readonly id: string;
  /** Task name, e.g. "train_model-17". */
  readonly name: string;
  /**
   * The phase as the wire gives it: mostly SDK strings, and about 1 in 200 actions with no phase
   * yet (`null`) or a number from a newer server (11), to show "Unknown".
   */
  readonly phase: ActionPhase | number | null;
  /** Start time, ms since the epoch; all within the day before `NOW`. */
  readonly startedAt: number;
  /** Run time in ms, or `null` for actions that have not started (queued and friends). */
  readonly durationMs: number | null;
}

/** The fixed "now" of the sample data, so durations do not depend on the clock. */
export const SAMPLE_NOW = Date.UTC(2026, 10, 29, 12, 0, 0);

/**
 * A small seeded PRNG (mulberry32): 32 bits of state, good enough for sample data, identical in
 * every JavaScript engine. Returns numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Weights per thousand, roughly a busy project: most actions finished, some running, a few stuck.
const WEIGHTS: readonly (readonly [ActionPhase | number | null, number])[] = [
  ["queued", 40],
  ["waiting_for_resources", 25],
  ["initializing", 20],
  ["running", 110],
  ["paused", 15],
  ["succeeded", 520],
  ["recovered", 60],
  ["failed", 110],
  ["aborted", 45],
  ["timed_out", 50],
  [null, 3],
  [11, 2],
];
const WEIGHT_TOTAL = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

const VERBS = ["train", "evaluate", "ingest", "featurize", "deploy", "score", "backfill", "export"];
const NOUNS = ["model", "dataset", "features", "embeddings", "report", "index", "metrics", "batch"];
const NOT_STARTED: ReadonlySet<unknown> = new Set(["queued", "waiting_for_resources", null]);

/**
 * `count` actions generated from `seed`, in start-time order (newest first).
 *
 * @example
 * const actions = generateActions(10_000); // same rows every time
 */
export function generateActions(count = 10_000, seed = 20261129): SampleAction[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const actions: SampleAction[] = [];
  let startedAt = SAMPLE_NOW;
  for (let index = 0; index < count; index++) {
    let left = random() * WEIGHT_TOTAL;
    let phase: SampleAction["phase"] = "succeeded";
    for (const [candidate, weight] of WEIGHTS) {
      left -= weight;
      if (left < 0) {
        phase = candidate;
        break;
      }
    }
    startedAt -= Math.floor(random() * 9_000);
    // Heavy-tailed run times: most take seconds to minutes, a few take hours.
    const runtime = Math.floor(1_000 * Math.exp(random() * Math.log(4 * 3_600)));
    const durationMs = NOT_STARTED.has(phase)
      ? null
      : phase === "running" || phase === "initializing" || phase === "paused"
        ? SAMPLE_NOW - startedAt
        : runtime;
    actions.push({
      id: `a${index.toString(16).padStart(4, "0")}`,
      name: `${pick(VERBS)}_${pick(NOUNS)}-${index}`,
      phase,
      startedAt,
      durationMs,
    });
  }
  return actions;
}

/** A duration for a table cell: "45s", "3m 12s", "1h 02m"; "—" for none. */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return "—";
  const seconds = Math.floor(ms / 1_000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, "0")}m`;
}
