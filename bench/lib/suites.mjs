// What is measured. Each suite is one built page (bench/pages/<page>) holding one or more
// comparisons; each comparison has one baseline and the goals from issue 5.

/** Calls `window.__bench.run(id)` in the page: one timed sample. */
const runInPage = (page) => (id) => page.evaluate((name) => globalThis.__bench.run(name), id);

/** @type {Suite[]} */
export const suites = [
  {
    id: "badges",
    page: "badges.html",
    where: "Chromium, React production build, each time from render start to the painted frame",
    warmup: 3,
    runs: 12,
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
    id: "compute",
    page: "compute.html",
    where: "Chromium (V8), one pass over the list per sample",
    warmup: 5,
    runs: 25,
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
        title: "filterByPhase, 1,000,000 items",
        contenders: [
          { id: "filterByPhase", label: "filterByPhase" },
          { id: "handFilter", label: "hand-written loop", baseline: true },
        ],
        metrics: { ms: "filter" },
        goals: [
          {
            metric: "ms",
            contender: "filterByPhase",
            versus: "handFilter",
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
 * @property {number} runs        rounds kept
 * @property {(page: import("playwright").Page) => (id: string, round: number) => Promise<Record<string, number>>} sampler
 * @property {Comparison[]} comparisons
 *
 * @typedef {object} Comparison
 * @property {string} title
 * @property {{ id: string, label: string, baseline?: boolean }[]} contenders
 * @property {Record<string, string>} metrics  metric key → label
 * @property {{ metric: string, contender: string, versus: string, max: number, strict?: boolean, text: string }[]} goals
 */
