import { ACTION_PHASES, countByPhase } from "../../src/phases";
import {
  SAMPLE_NOW,
  formatDuration,
  generateActions,
  seededRandom,
} from "../../stories/examples/runData";

// The run-table example and the benchmarks rely on these rows being the same everywhere.
describe("run-table sample data", () => {
  it("is deterministic for a count and a seed", () => {
    expect(generateActions(500)).toEqual(generateActions(500));
    expect(generateActions(500, 1)).not.toEqual(generateActions(500, 2));
    // A shorter list is a prefix of a longer one with the same seed.
    expect(generateActions(1_000).slice(0, 200)).toEqual(generateActions(200));
  });

  it("has the asked number of rows with unique ids, newest first", () => {
    const actions = generateActions(10_000);
    expect(actions).toHaveLength(10_000);
    expect(new Set(actions.map((action) => action.id)).size).toBe(10_000);
    for (let index = 1; index < actions.length; index++) {
      expect(actions[index]!.startedAt).toBeLessThanOrEqual(actions[index - 1]!.startedAt);
    }
    expect(actions[0]!.startedAt).toBeLessThanOrEqual(SAMPLE_NOW);
  });

  it("holds every phase plus a few unknown values", () => {
    const counts = countByPhase(generateActions(10_000), (action) => action.phase);
    for (const phase of ACTION_PHASES) expect(counts[phase]).toBeGreaterThan(0);
    expect(counts.unknown).toBeGreaterThan(0);
    expect(counts.unknown).toBeLessThan(200);
  });

  it("the PRNG is in [0, 1) and repeatable", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    for (let i = 0; i < 1_000; i++) {
      const value = a();
      expect(value).toBe(b());
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it.each<[number | null, string]>([
    [null, "—"],
    [-5, "—"],
    [Number.NaN, "—"],
    [999, "0s"],
    [45_000, "45s"],
    [192_000, "3m 12s"],
    [3_720_000, "1h 02m"],
  ])("formatDuration(%s) is %j", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
