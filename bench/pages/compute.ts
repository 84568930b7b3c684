// Domain functions over a million values, each against the loop or switch an app would write by
// hand. One call of `run(name)` is one timed pass over the whole list.
import { PHASE_GROUPS, countByPhase, filterByPhase, parsePhase } from "../../src";
import type { ActionPhase } from "../../src";
import { expose, seededRandom } from "./harness";
import type { Sample } from "./harness";
import { handParse } from "./handParse";
import { handCount, handFilter } from "./handLoops";
import type { Item } from "./handLoops";
import { wireValues } from "./wireValues";

const COUNT = 1_000_000;
/**
 * The selections the filter benchmark asks for. Their size matters most to the hand loop, which
 * looks each item up in a Set of the chosen phases: V8's lookups in a Set or Map of one or two
 * entries are markedly cheaper than in one of three or more. filterByPhase looks each string up in
 * a dictionary of the ten phases whatever the selection; both sides keep more items, and pay for
 * more pushes, as the selection grows.
 */
const SELECTIONS: Readonly<Record<string, readonly ActionPhase[]>> = {
  one: ["failed"],
  two: ["failed", "timed_out"],
  failedGroup: PHASE_GROUPS.failed,
  inProgress: PHASE_GROUPS.inProgress,
};

/** Phases weighted roughly like a busy project's run list; 1 in 100 has no phase yet. */
const WEIGHTS: readonly [ActionPhase | undefined, number][] = [
  ["succeeded", 45],
  ["running", 12],
  ["failed", 10],
  ["queued", 6],
  ["waiting_for_resources", 4],
  ["initializing", 4],
  ["paused", 3],
  ["recovered", 5],
  ["aborted", 5],
  ["timed_out", 5],
  [undefined, 1],
];

function makeItems(count: number): Item[] {
  const random = seededRandom(2);
  const total = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  const items: Item[] = new Array(count);
  for (let id = 0; id < count; id++) {
    let pick = random() * total;
    let phase: ActionPhase | undefined;
    for (const [candidate, weight] of WEIGHTS) {
      phase = candidate;
      pick -= weight;
      if (pick < 0) break;
    }
    items[id] = { id, phase };
  }
  return items;
}

const values = wireValues(COUNT);
const items = makeItems(COUNT);
const getPhase = (item: Item) => item.phase;

/** Results go somewhere the optimiser cannot see through, so no loop is skipped as dead code. */
let sink = 0;

function timed(work: () => number): Sample {
  const start = performance.now();
  const result = work();
  const ms = performance.now() - start;
  sink += result;
  return { ms };
}

function parseAll(parse: (input: unknown) => string | undefined): number {
  let known = 0;
  for (let i = 0; i < values.length; i++) {
    if (parse(values[i]) !== undefined) known++;
  }
  return known;
}

/** Refuse to time contenders that do not give the same answers; say what the input was. */
function checkSameAnswers(): string[] {
  let known = 0;
  for (const value of values) {
    const ours = parsePhase(value);
    if (ours !== handParse(value)) {
      throw new Error(`parsePhase and the hand-written switch disagree on ${String(value)}`);
    }
    if (ours !== undefined) known++;
  }
  const kept: string[] = [];
  for (const [name, selection] of Object.entries(SELECTIONS)) {
    const ours = filterByPhase(items, selection, getPhase);
    const theirs = handFilter(items, selection);
    if (ours.length !== theirs.length || ours.some((item, i) => item !== theirs[i])) {
      throw new Error(`filterByPhase and the hand-written loop disagree on ${name}`);
    }
    kept.push(`${selection.join(" + ")}: ${ours.length.toLocaleString("en")}`);
  }
  const counts = countByPhase(items, getPhase);
  const handCounts = handCount(items);
  for (const [phase, count] of Object.entries(handCounts)) {
    if (counts[phase as keyof typeof counts] !== count) {
      throw new Error(`countByPhase and the hand-written loop disagree on ${phase}`);
    }
  }
  const number = (n: number) => n.toLocaleString("en");
  return [
    `parsePhase reads ${number(COUNT)} wire values (numbers incl. 0 and unknown ones, protobuf names, SDK strings, keys, padded lower-case names, numbers as text, junk), ${number(known)} of them phases.`,
    `filterByPhase/countByPhase read ${number(COUNT)} items {id, phase: SDK string or undefined}; items kept per selection: ${kept.join("; ")}.`,
    "Every contender gives the same answers as its baseline on every input (checked before timing).",
  ];
}

const cases: Record<string, () => Sample> = {
  parsePhase: () => timed(() => parseAll(parsePhase)),
  switch: () => timed(() => parseAll(handParse)),
  ...Object.fromEntries(
    Object.entries(SELECTIONS).flatMap(([name, selection]) => [
      [
        `filterByPhase-${name}`,
        () => timed(() => filterByPhase(items, selection, getPhase).length),
      ],
      [`handFilter-${name}`, () => timed(() => handFilter(items, selection).length)],
    ]),
  ),
  countByPhase: () => timed(() => countByPhase(items, getPhase).failed),
  handCount: () => timed(() => handCount(items).failed),
};

expose(
  {
    run: (name: string): Sample => {
      const run = cases[name];
      if (!run) throw new Error(`No case ${name}`);
      return run();
    },
    sink: () => sink,
  },
  checkSameAnswers(),
);
