// `npm run bench`: builds the benchmark pages with Vite in production mode, serves them, drives
// them in real Chromium with Playwright, and prints medians with their ratio to a baseline
// measured in the same run. Also writes the table to bench/RESULTS.md for the README.
//
// Options: --quick (1 warm-up + 3 runs, for trying changes), --only=<suite id>[,<id>…]
// (suites: durations, compute, badges, countbars, filter), --no-write (do not touch RESULTS.md), --profile=<contender id>
// (records a Chromium CPU profile of that contender's samples, built unminified, and prints where
// its time goes; implies --no-write).
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { chromium } from "playwright";
import prettier from "prettier";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.mjs";
import { alternate } from "./lib/measure.mjs";
import { profiling } from "./lib/profile.mjs";
import {
  GOAL_COLUMNS,
  TABLE_COLUMNS,
  goalRows,
  markdownTable,
  tableRows,
  textTable,
} from "./lib/report.mjs";
import { serve } from "../scripts/lib/serve.mjs";
import { suites } from "./lib/suites.mjs";

const benchDir = fileURLToPath(new URL(".", import.meta.url));
const repoDir = join(benchDir, "..");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const profile = args.find((arg) => arg.startsWith("--profile="))?.slice("--profile=".length);
const write = !args.includes("--no-write") && !quick && !only && !profile;

const log = (text) => process.stderr.write(`${text}\n`);
const version = (name) =>
  JSON.parse(readFileSync(join(repoDir, "node_modules", name, "package.json"), "utf8")).version;

async function buildPages(outDir) {
  const started = performance.now();
  await build({
    configFile: join(benchDir, "vite.config.ts"),
    mode: "production",
    // Unminified when profiling, so the profile names our functions.
    build: { outDir, ...(profile ? { minify: false } : {}) },
  });
  // The whole point of mode "production": refuse to measure React's development build.
  const assets = join(outDir, "assets");
  for (const file of readdirSync(assets).filter((name) => name.endsWith(".js"))) {
    const code = readFileSync(join(assets, file), "utf8");
    if (code.includes("react-stack-bottom-frame") || code.includes("Each child in a list")) {
      throw new Error(`${file} contains React's development build; refusing to benchmark it.`);
    }
  }
  log(`built the pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function machine(browserVersion, loadAtStart) {
  const cpus = os.cpus();
  return {
    load: `${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`,
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium: browserVersion,
    node: process.version,
    react: version("react"),
    mui: version("@mui/material"),
  };
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: see scripts/chromium.mjs.");

  // Other work on the machine shows up as noise; the report says how busy it was.
  const loadAtStart = os.loadavg()[0];
  const outDir = await mkdtemp(join(os.tmpdir(), "flyte-phase-ui-bench-"));
  const started = performance.now();
  await buildPages(outDir);
  const server = await serve(outDir);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  const rows = [];
  const goals = [];
  const notes = [];
  const skipped = [];
  try {
    for (const suite of suites) {
      if (only && !only.includes(suite.id)) continue;
      if (!existsSync(join(benchDir, "pages", suite.page))) {
        skipped.push(suite.id);
        continue;
      }
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        reducedMotion: suite.reducedMotion ?? "no-preference",
      });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (error) => errors.push(error));
      await page.goto(`${server.url}/${suite.page}`);
      // A page that throws never becomes ready: report its error, not the wait's timeout.
      await page
        .waitForFunction(() => globalThis.__bench?.ready === true, null, { timeout: 60_000 })
        .catch((timeout) => {
          throw errors[0] ?? timeout;
        });
      if (errors.length > 0) throw errors[0];
      const cdp = await context.newCDPSession(page);
      const sample = profile
        ? profiling(
            cdp,
            profile,
            suite.sampler(page, cdp),
            join(os.tmpdir(), `${profile}.cpuprofile`),
          )
        : suite.sampler(page, cdp);
      for (const comparison of suite.comparisons) {
        log(`${suite.id}: ${comparison.title}`);
        const results = await alternate({
          page,
          cdp,
          contenders: comparison.contenders.map((contender) => contender.id),
          sample,
          warmup: quick ? 1 : suite.warmup,
          runs: quick ? 3 : suite.runs,
          minRuns: quick ? 3 : suite.minRuns,
          // Keeps one whole `npm run bench` within about five minutes on a busy machine.
          budgetMs: quick ? Infinity : suite.budgetSeconds * 1000,
          progress: (text) => process.stderr.write(`  ${text}\r`),
        });
        process.stderr.write("\n");
        rows.push(...tableRows(comparison, results));
        goals.push(...goalRows(comparison, results));
      }
      const extraNotes = suite.extra && !quick ? await suite.extra(page, cdp) : [];
      if (errors.length > 0) throw errors[0];
      const pageNotes = [...(await page.evaluate(() => globalThis.__bench.notes)), ...extraNotes];
      notes.push(`${suite.id} (${suite.where}): ${pageNotes.join(" ")}`.trim());
      await context.close();
    }
    const info = machine(browser.version(), loadAtStart);
    const seconds = (performance.now() - started) / 1000;
    print({ rows, goals, notes, info, skipped, seconds });
    if (write) await writeResults({ rows, goals, notes, info, skipped });
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

function machineLine(info) {
  return (
    `${info.cpu}, ${info.cores} cores, ${info.memory} RAM, ${info.os}; ` +
    `Chromium ${info.chromium} (headless), Node ${info.node}, React ${info.react}, ` +
    `MUI ${info.mui}; 1-minute load average ${info.load}`
  );
}

function print({ rows, goals, notes, info, skipped, seconds }) {
  console.log("");
  console.log(textTable(rows, TABLE_COLUMNS));
  if (goals.length > 0) {
    console.log("");
    console.log(textTable(goals, GOAL_COLUMNS));
  }
  console.log("");
  for (const note of notes) console.log(`- ${note}`);
  if (skipped.length > 0) console.log(`- not measured (page missing): ${skipped.join(", ")}`);
  console.log(`- machine: ${machineLine(info)}`);
  console.log(`- whole run: ${seconds.toFixed(0)} s`);
}

async function writeResults({ rows, goals, notes, info, skipped }) {
  const date = new Date().toISOString().slice(0, 10);
  const markdown = [
    "# Benchmark results",
    "",
    `Measured by \`npm run bench\` on ${date}. Medians of repeated runs after warm-up runs were ` +
      "discarded; contenders ran in alternation in the same browser, and every ratio divides by " +
      "the baseline measured in the same run. Times are to the paint unless the row says otherwise.",
    "",
    markdownTable(rows, TABLE_COLUMNS),
    "",
    ...(goals.length > 0 ? ["## Goals", "", markdownTable(goals, GOAL_COLUMNS), ""] : []),
    "## How and where",
    "",
    ...notes.map((note) => `- ${note}`),
    ...(skipped.length > 0 ? [`- Not measured (page missing): ${skipped.join(", ")}.`] : []),
    `- Machine: ${machineLine(info)}.`,
    "",
  ].join("\n");
  const file = join(benchDir, "RESULTS.md");
  const config = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(markdown, { ...config, filepath: file }));
  log(`wrote ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
