// Runs the contenders of one comparison in alternation (A B C, B C A, C A B, …) so that machine
// noise and thermal drift fall on all of them alike, collects garbage before every sample so no
// contender pays for another's garbage, and drops the warm-up rounds.

/**
 * @param {object} options
 * @param {import("playwright").Page} options.page
 * @param {import("playwright").CDPSession} options.cdp
 * @param {string[]} options.contenders  ids, in the order of the first round
 * @param {(id: string, round: number) => Promise<Record<string, number>>} options.sample
 * @param {number} options.warmup  rounds discarded
 * @param {number} options.runs    rounds kept at most
 * @param {number} [options.minRuns]   rounds kept at least, even over budget
 * @param {number} [options.budgetMs]  stop adding rounds once this much time has passed
 * @param {(text: string) => void} [options.progress]
 * @returns {Promise<Record<string, Record<string, number[]>>>} contender → metric → samples (ms)
 */
export async function alternate({
  cdp,
  contenders,
  sample,
  warmup,
  runs,
  minRuns = runs,
  budgetMs = Infinity,
  progress,
}) {
  const started = performance.now();
  /** @type {Record<string, Record<string, number[]>>} */
  const results = Object.fromEntries(contenders.map((id) => [id, {}]));
  for (let round = 0; round < warmup + runs; round++) {
    const kept = round - warmup;
    if (kept >= minRuns && performance.now() - started > budgetMs) break;
    const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]);
    for (const id of order) {
      await cdp.send("HeapProfiler.collectGarbage");
      const metrics = await sample(id, round);
      if (round < warmup) continue;
      for (const [metric, ms] of Object.entries(metrics)) {
        (results[id][metric] ??= []).push(ms);
      }
    }
    progress?.(round < warmup ? `warm-up ${round + 1}/${warmup}` : `${round + 1 - warmup}/${runs}`);
  }
  return results;
}
