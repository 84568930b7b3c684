// A 10,000-row run table filtered by phase: PhaseFilter (+ filterByPhase, countByPhase) against a
// hand-written row of toggle buttons (+ Array.prototype.filter), both over the same RunTable.
// The runner clicks the option for real (Playwright mouse); the page times from that click
// event's timestamp to the first frame painted after the table committed its new rows.
import { useMemo, useState } from "react";
import type { JSX } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { PhaseFilter, countByPhase, filterByPhase } from "../../src";
import type { ActionPhase } from "../../src";
import "../../src/styles.css";
import "./bench.css";
import { expose, nextPaint } from "./harness";
import type { Sample } from "./harness";
import { HandFilterButtons, useHandFilter } from "./HandFilter";
import { RunTable } from "./RunTable";
import { generateActions } from "../../stories/examples/runData";
import type { SampleAction } from "../../stories/examples/runData";

const COUNT = 10_000;
const runs = generateActions(COUNT);
const getPhase = (run: SampleAction) => run.phase;

/** The click being timed, and the promise that settles when its rows are on screen. */
let lastClick = Number.NaN;
let pending:
  | { committed?: number; rows?: number; done: Promise<number>; resolve: (t: number) => void }
  | undefined;

window.addEventListener("click", (event) => (lastClick = event.timeStamp), true);

/** Module-level, so it is the same function on every render and the effect runs on row changes only. */
function onCommit(rows: number) {
  if (!pending || pending.committed !== undefined) return;
  const current = pending;
  current.committed = performance.now();
  current.rows = rows;
  void nextPaint().then(current.resolve);
}

function OurApp() {
  const [phases, setPhases] = useState<ActionPhase[]>([]);
  const counts = useMemo(() => countByPhase(runs, getPhase), []);
  const visible = useMemo(() => filterByPhase(runs, phases, getPhase), [phases]);
  return (
    <>
      <PhaseFilter value={phases} onValueChange={setPhases} counts={counts} />
      <RunTable runs={visible} onCommit={onCommit} />
    </>
  );
}

function HandApp() {
  const { selected, counts, visible, toggle } = useHandFilter(runs);
  return (
    <>
      <HandFilterButtons selected={selected} counts={counts} toggle={toggle} />
      <RunTable runs={visible} onCommit={onCommit} />
    </>
  );
}

const APPS: Record<string, () => JSX.Element> = { PhaseFilter: OurApp, hand: HandApp };

const root = createRoot(document.getElementById("root")!);

expose(
  {
    mount: async (name: string) => {
      const App = APPS[name];
      if (!App) throw new Error(`No contender ${name}`);
      flushSync(() => root.render(<App key={name + Math.random()} />));
      await nextPaint();
    },
    unmount: async () => {
      flushSync(() => root.render(null));
      await nextPaint();
    },
    /** Call right before the click that is timed. */
    arm: () => {
      lastClick = Number.NaN;
      let resolve!: (t: number) => void;
      const done = new Promise<number>((settle) => (resolve = settle));
      pending = { done, resolve };
    },
    /** Waits for the armed click's rows to be painted; times from the click event. */
    result: async (): Promise<Sample> => {
      const current = pending;
      if (!current) throw new Error("arm() first");
      const painted = await current.done;
      pending = undefined;
      if (Number.isNaN(lastClick)) throw new Error("no click event was seen");
      return {
        toPaint: painted - lastClick,
        toCommit: current.committed! - lastClick,
        rows: current.rows!,
      };
    },
  },
  [
    `${COUNT.toLocaleString("en")} actions from stories/examples/runData.ts (seeded; name, PhaseBadge, start, duration; rows memoised by id; ${runs.filter((run) => run.phase === "failed").length.toLocaleString("en")} of them Failed), filtered on Failed and back; timed from the click event's timestamp (Playwright mouse click at the option) to the painted frame.`,
  ],
);
