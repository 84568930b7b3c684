// `npm test`: every check this project has, in one command. Each step runs even when an earlier
// one failed, so one run shows everything that is wrong. The last line is the total:
// "N passed, N failed", counting each Vitest test plus one per other check.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { ensureChromium } from "./chromium.mjs";
import { steps } from "./test-steps.mjs";

process.env.CHROMIUM_PATH ??= ensureChromium();

const results = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(" ")}`);
  const started = Date.now();
  if (step.vitestReport) {
    mkdirSync(".cache", { recursive: true });
    rmSync(step.vitestReport, { force: true });
  }
  const run = spawnSync(step.command[0], step.command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, ...step.env },
  });
  const ok = run.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.vitestReport) {
    const counts = readVitestCounts(step.vitestReport);
    results.push({ name: step.name, ok, seconds, ...counts });
  } else {
    results.push({ name: step.name, ok, seconds, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  }
}

function readVitestCounts(file) {
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    // A run that crashed before reporting still counts as one failure.
    const failed = report.numFailedTests + (report.success ? 0 : report.numFailedTests ? 0 : 1);
    return { passed: report.numPassedTests, failed };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

console.log("\nSummary");
for (const r of results) {
  const mark = r.ok ? "ok  " : "FAIL";
  console.log(
    `  ${mark} ${r.name.padEnd(28)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds}s`,
  );
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
const anyFailed = failed > 0 || results.some((r) => !r.ok);
console.log(`${passed} passed, ${anyFailed ? Math.max(failed, 1) : 0} failed`);
process.exit(anyFailed ? 1 : 0);
