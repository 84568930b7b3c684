// What is measured. Each suite is one built page (bench/pages/<page>) holding one or more
// comparisons; each comparison has one baseline and the goals from issue 5.

/** Calls `window.__bench.run(id)` in the page: one timed sample. */
const runInPage = (page) => (id) => page.evaluate((name) => globalThis.__bench.run(name), id);

/** Where each filter contender's "Failed" choice is, and how to get it on screen. */
const FILTER_UI = {
  PhaseFilter: {
    open: ".fpu-PhaseFilter-trigger",
    option: '[role="option"][data-phase="failed"]',
  },
  hand: { option: 'button[data-phase="failed"]' },
};

/**
 * One filter sample: mount the app (untimed), open the popup if there is one (untimed), then
 * click "Failed" and click it again, each timed in the page from the click event to the paint.
 */
const filterSample = (page) => async (id) => {
  const ui = FILTER_UI[id];
  await page.evaluate((name) => globalThis.__bench.mount(name), id);
  if (ui.open) await page.click(ui.open);
  await page.waitForSelector(ui.option, { state: "visible" });
  // A plain mouse click at the option's centre: real input events through the browser's
  // hit-testing, without Playwright's actionability checks, which force layout and hit-tests of
  // the whole 10,000-row page before every click (seconds each, and not what a user's click does).
  const box = await page.locator(ui.option).boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  const timedClick = async () => {
    await page.evaluate(() => globalThis.__bench.arm());
    await page.mouse.click(x, y);
    return page.evaluate(() => globalThis.__bench.result());
  };
  const choose = await timedClick();
  const clear = await timedClick();
  await page.evaluate(() => globalThis.__bench.unmount());
  if (!(choose.rows > 0 && choose.rows < 10_000) || clear.rows !== 10_000) {
    throw new Error(
      `${id}: expected the table to filter and come back, got ${choose.rows} then ${clear.rows} rows`,
    );
  }
  return {
    choose: choose.toPaint,
    chooseCommit: choose.toCommit,
    clear: clear.toPaint,
    clearCommit: clear.toCommit,
  };
};

/**
 * What 10,000 mounted PhaseBadges cost while nothing changes: the RUNNING badges' spinners
 * animate, with motion allowed and with `prefers-reduced-motion: reduce`. Main-thread busy time
 * comes from the DevTools Protocol's Performance metrics (TaskDuration) over two seconds.
 */
async function badgesIdleCost(page, cdp) {
  await cdp.send("Performance.enable");
  const taskSeconds = async () =>
    (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value;
  const parts = [];
  for (const reducedMotion of ["no-preference", "reduce"]) {
    await page.emulateMedia({ reducedMotion });
    await page.evaluate(() => globalThis.__bench.mount("PhaseBadge"));
    await page.waitForTimeout(500);
    const before = await taskSeconds();
    const started = performance.now();
    await page.waitForTimeout(2000);
    const busy = (await taskSeconds()) - before;
    const share = (100 * busy * 1000) / (performance.now() - started);
    const fps = await page.evaluate(() => globalThis.__bench.framesPerSecond());
    await page.evaluate(() => globalThis.__bench.unmount());
    const motion = reducedMotion === "reduce" ? "reduced motion" : "motion allowed";
    parts.push(
      `${fps.toFixed(0)} frames/s, main thread ${share.toFixed(0)} % busy, with ${motion}`,
    );
  }
  await page.emulateMedia({ reducedMotion: "reduce" });
  const running = await page.evaluate(() => globalThis.__bench.running());
  return [
    `Idle cost of 10,000 mounted PhaseBadges, ${running.toLocaleString("en")} of them RUNNING with a spinning icon: the page runs at ${parts.join(" vs ")}.`,
  ];
}

/**
 * One durations sample: mount the contender's 10,000 running rows (untimed), let the mount settle,
 * then read the main thread's busy time (DevTools Protocol TaskDuration: script, style, layout,
 * paint) over exactly three whole-second ticks, and divide by three.
 */
const durationsTickSample = (page, cdp) => async (id) => {
  await page.evaluate((name) => globalThis.__bench.mount(name), id);
  await page.waitForTimeout(1500);
  await cdp.send("Performance.enable");
  const taskSeconds = async () =>
    (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value;
  // Start half-way between two ticks, so the window holds exactly three of them.
  await page.waitForTimeout(1500 - (Date.now() % 1000));
  const text = await page.evaluate(() => globalThis.__bench.firstText());
  const before = await taskSeconds();
  await page.waitForTimeout(3000);
  const busy = (await taskSeconds()) - before;
  const after = await page.evaluate(() => globalThis.__bench.firstText());
  await page.evaluate(() => globalThis.__bench.unmount());
  if (after === text) throw new Error(`${id}: the rows did not tick (${text})`);
  return { tick: (busy * 1000) / 3 };
};

/** @type {Suite[]} */
export const suites = [
  {
    id: "durations",
    page: "durations.html",
    where:
      "Chromium, React production build, prefers-reduced-motion: reduce; main-thread busy time (CDP TaskDuration) over three ticks, per tick",
    reducedMotion: "reduce",
    warmup: 1,
    runs: 6,
    minRuns: 3,
    budgetSeconds: 90,
    sampler: durationsTickSample,
    comparisons: [
      {
        title: "10,000 running durations, one tick",
        contenders: [
          { id: "PhaseDuration", label: "PhaseDuration (shared ticker)" },
          {
            id: "hand",
            label: "hand-written: one setInterval, a loop setting textContent and dateTime",
            baseline: true,
          },
        ],
        metrics: { tick: "main thread per tick" },
        goals: [
          { metric: "tick", contender: "PhaseDuration", versus: "hand", max: 1.3, text: "≤ 1.3×" },
        ],
      },
    ],
  },
  {
    id: "badges",
    page: "badges.html",
    where:
      "Chromium, React production build, prefers-reduced-motion: reduce; each time from render start to the painted frame",
    reducedMotion: "reduce",
    extra: badgesIdleCost,
    warmup: 1,
    runs: 20,
    minRuns: 5,
    budgetSeconds: 80,
    sampler: runInPage,
    comparisons: [
      {
        title: "10,000 badges",
        contenders: [
          { id: "PhaseBadge", label: "PhaseBadge" },
          { id: "hand", label: "same DOM by hand, plain React", baseline: true },
          { id: "mui", label: "MUI Chip" },
        ],
        metrics: {
          mount: "mount, to paint",
          mountCommit: "mount, React render + commit only",
          update: "update all, to paint",
          updateCommit: "update all, React render + commit only",
        },
        goals: [
          { metric: "mount", contender: "PhaseBadge", versus: "hand", max: 1.3, text: "≤ 1.3×" },
          { metric: "update", contender: "PhaseBadge", versus: "hand", max: 1.3, text: "≤ 1.3×" },
          {
            metric: "mount",
            contender: "PhaseBadge",
            versus: "mui",
            max: 1,
            strict: true,
            text: "< 1× (faster)",
          },
          {
            metric: "update",
            contender: "PhaseBadge",
            versus: "mui",
            max: 1,
            strict: true,
            text: "< 1× (faster)",
          },
        ],
      },
    ],
  },
  {
    id: "countbars",
    page: "countbars.html",
    where:
      "Chromium, React production build, prefers-reduced-motion: reduce; each time from render start to the painted frame",
    reducedMotion: "reduce",
    warmup: 1,
    runs: 20,
    minRuns: 5,
    budgetSeconds: 60,
    sampler: runInPage,
    comparisons: [
      {
        title: "1,000 compact PhaseCountBars in table cells",
        contenders: [
          { id: "PhaseCountBar", label: "PhaseCountBar" },
          { id: "hand", label: "same DOM by hand, plain React", baseline: true },
        ],
        metrics: {
          mount: "mount, to paint",
          mountCommit: "mount, React render + commit only",
          update: "update all, to paint",
          updateCommit: "update all, React render + commit only",
        },
        goals: [
          { metric: "mount", contender: "PhaseCountBar", versus: "hand", max: 1.3, text: "≤ 1.3×" },
          {
            metric: "update",
            contender: "PhaseCountBar",
            versus: "hand",
            max: 1.3,
            text: "≤ 1.3×",
          },
        ],
      },
    ],
  },
  {
    id: "filter",
    page: "filter.html",
    where:
      "Chromium, React production build, prefers-reduced-motion: reduce, real mouse clicks through Playwright",
    reducedMotion: "reduce",
    warmup: 1,
    runs: 20,
    minRuns: 5,
    budgetSeconds: 80,
    sampler: filterSample,
    comparisons: [
      {
        title: "10,000-row run table",
        contenders: [
          { id: "PhaseFilter", label: "PhaseFilter + filterByPhase" },
          { id: "hand", label: "hand-written buttons + Array.filter", baseline: true },
        ],
        metrics: {
          choose: "click Failed → rows painted",
          chooseCommit: "click Failed → rows committed",
          clear: "click Failed again (all rows back) → painted",
          clearCommit: "click Failed again → committed",
        },
        goals: [],
      },
    ],
  },
  {
    id: "compute",
    page: "compute.html",
    where: "Chromium (V8), one pass over the list per sample",
    warmup: 5,
    runs: 40,
    minRuns: 15,
    budgetSeconds: 4,
    sampler: runInPage,
    comparisons: [
      {
        title: "parsePhase, 1,000,000 mixed wire values",
        contenders: [
          { id: "parsePhase", label: "parsePhase" },
          { id: "switch", label: "hand-written switch", baseline: true },
        ],
        metrics: { ms: "parse all" },
        goals: [],
      },
      {
        title: "filterByPhase, 1,000,000 items, 1 phase chosen (Failed)",
        contenders: [
          { id: "filterByPhase-one", label: "filterByPhase" },
          { id: "handFilter-one", label: "hand-written loop", baseline: true },
        ],
        metrics: { ms: "filter" },
        goals: [
          {
            metric: "ms",
            contender: "filterByPhase-one",
            versus: "handFilter-one",
            max: 1.2,
            text: "≤ 1.2×",
          },
        ],
      },
      {
        title: "filterByPhase, 1,000,000 items, 2 phases (Failed, Timed out)",
        contenders: [
          { id: "filterByPhase-two", label: "filterByPhase" },
          { id: "handFilter-two", label: "hand-written loop", baseline: true },
        ],
        metrics: { ms: "filter" },
        goals: [
          {
            metric: "ms",
            contender: "filterByPhase-two",
            versus: "handFilter-two",
            max: 1.2,
            text: "≤ 1.2×",
          },
        ],
      },
      {
        title: "filterByPhase, 1,000,000 items, 3 phases (Failed, Aborted, Timed out)",
        contenders: [
          { id: "filterByPhase-failedGroup", label: "filterByPhase" },
          { id: "handFilter-failedGroup", label: "hand-written loop", baseline: true },
        ],
        metrics: { ms: "filter" },
        goals: [
          {
            metric: "ms",
            contender: "filterByPhase-failedGroup",
            versus: "handFilter-failedGroup",
            max: 1.2,
            text: "≤ 1.2×",
          },
        ],
      },
      {
        title: "filterByPhase, 1,000,000 items, 5 phases (in progress)",
        contenders: [
          { id: "filterByPhase-inProgress", label: "filterByPhase" },
          { id: "handFilter-inProgress", label: "hand-written loop", baseline: true },
        ],
        metrics: { ms: "filter" },
        goals: [
          {
            metric: "ms",
            contender: "filterByPhase-inProgress",
            versus: "handFilter-inProgress",
            max: 1.2,
            text: "≤ 1.2×",
          },
        ],
      },
      {
        title: "countByPhase, 1,000,000 items",
        contenders: [
          { id: "countByPhase", label: "countByPhase" },
          { id: "handCount", label: "hand-written loop", baseline: true },
        ],
        metrics: { ms: "count" },
        goals: [
          {
            metric: "ms",
            contender: "countByPhase",
            versus: "handCount",
            max: 1.2,
            text: "≤ 1.2×",
          },
        ],
      },
    ],
  },
];

/**
 * @typedef {object} Suite
 * @property {string} id
 * @property {string} page        file in bench/pages
 * @property {string} where       how and where it runs, printed under the table
 * @property {number} warmup      rounds discarded
 * @property {number} runs        rounds kept at most
 * @property {number} minRuns     rounds kept at least
 * @property {number} budgetSeconds  per comparison: no new round starts after this (once minRuns are in)
 * @property {(page: import("playwright").Page) => (id: string, round: number) => Promise<Record<string, number>>} sampler
 * @property {Comparison[]} comparisons
 * @property {"reduce" | "no-preference"} [reducedMotion]  emulated for the whole suite
 * @property {(page: import("playwright").Page, cdp: import("playwright").CDPSession) => Promise<string[]>} [extra]
 *   more measurements, printed as notes
 *
 * @typedef {object} Comparison
 * @property {string} title
 * @property {{ id: string, label: string, baseline?: boolean }[]} contenders
 * @property {Record<string, string>} metrics  metric key → label
 * @property {{ metric: string, contender: string, versus: string, max: number, strict?: boolean, text: string }[]} goals
 */
