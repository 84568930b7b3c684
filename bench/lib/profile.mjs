// Optional CPU profiles (`--profile=<contender id>`) through the Chrome DevTools Protocol, to see
// where a contender's time goes. Profiles are written as .cpuprofile files (open them in the
// Performance panel of Chrome DevTools) and summarised as the top functions by self time.
import { writeFileSync } from "node:fs";

/** Self time per function (name, file:line), most expensive first. */
export function topFunctions(profile, limit = 15) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byNode.get(profile.samples[i]);
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split("/").pop();
    const key =
      `${functionName || "(anonymous)"} ${file ? `${file}:${lineNumber + 1}` : ""}`.trim();
    selfMicros.set(key, (selfMicros.get(key) ?? 0) + (deltas[i + 1] ?? 0));
  }
  const total = [...selfMicros.values()].reduce((sum, micros) => sum + micros, 0);
  return [...selfMicros.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, micros]) => `${((100 * micros) / total).toFixed(1).padStart(5)} %  ${key}`);
}

/** Wraps `sample` so that samples of contender `id` are recorded into one CPU profile each. */
export function profiling(cdp, id, sample, outFile) {
  let count = 0;
  return async (contender, round) => {
    if (contender !== id) return sample(contender, round);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    await cdp.send("Profiler.start");
    const result = await sample(contender, round);
    const { profile } = await cdp.send("Profiler.stop");
    count++;
    writeFileSync(outFile, JSON.stringify(profile));
    process.stderr.write(`\nCPU profile of ${id}, sample ${count} → ${outFile}\n`);
    for (const line of topFunctions(profile)) process.stderr.write(`  ${line}\n`);
    return result;
  };
}
