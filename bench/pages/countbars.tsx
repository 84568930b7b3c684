// Mount and update 1,000 compact PhaseCountBars in the cells of a table (a list of parent
// actions with their children's counts), against the same DOM written by hand in plain React.
// One `run(contender)` is one sample: mount the table, then give every row new counts, each timed
// from the start of React's render to the frame that shows it (and to the end of React's commit).
import { createRoot } from "react-dom/client";
import type { ComponentType } from "react";
import { ACTION_PHASES, PhaseCountBar } from "../../src";
import type { ActionPhase } from "../../src";
import "../../src/styles.css";
import "./bench.css";
import { expose, mountThenUpdate, seededRandom } from "./harness";
import type { Sample } from "./harness";
import { HandCountBar } from "./HandCountBar";
import { renderedDifference } from "./sameDom";

const ROWS = 1_000;
type Counts = Partial<Record<ActionPhase, number>>;
type Bar = ComponentType<{ counts: Counts; label: string }>;

/** Children counts of a parent: a few phases each, fan-outs from 1 to 20,000 children. */
function makeCounts(seed: number): Counts[] {
  const random = seededRandom(seed);
  return Array.from({ length: ROWS }, () => {
    const counts: Counts = {};
    const size = Math.floor(Math.exp(random() * Math.log(20_000)));
    for (const phase of ACTION_PHASES) {
      if (random() < 0.35) counts[phase] = Math.floor(random() * size);
    }
    return counts;
  });
}
const first = makeCounts(11);
const second = makeCounts(12);

const ours: Bar = ({ counts, label }) => (
  <PhaseCountBar counts={counts} label={label} variant="compact" />
);
const CONTENDERS: Record<string, Bar> = { PhaseCountBar: ours, hand: HandCountBar };

function Table({ Bar, rows }: { Bar: Bar; rows: Counts[] }) {
  return (
    <table className="bench-table">
      <tbody>
        {rows.map((counts, index) => (
          <tr key={index}>
            <td>action-{index}</td>
            <td>
              <Bar counts={counts} label="Children" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const container = document.getElementById("root")!;
const root = createRoot(container);

function run(name: string): Promise<Sample> {
  const Bar = CONTENDERS[name];
  if (!Bar) throw new Error(`No contender ${name}`);
  return mountThenUpdate(
    root,
    <Table Bar={Bar} rows={first} />,
    <Table Bar={Bar} rows={second} />,
    () => {
      if (container.querySelectorAll(".fpu-PhaseCountBar").length !== ROWS) {
        throw new Error(`${name} did not render ${ROWS} bars`);
      }
    },
  );
}

/** Renders ours and the hand-written bars for every row once and checks they are the same DOM. */
function checkSameDom(): string {
  const rows = [...first, {}];
  const difference = renderedDifference(
    <Table Bar={ours} rows={rows} />,
    <Table Bar={HandCountBar} rows={rows} />,
  );
  if (difference) throw new Error(`PhaseCountBar and the hand-written bar differ: ${difference}`);
  return `PhaseCountBar and the hand-written bar render the same DOM for all ${ROWS} rows and the empty state (checked).`;
}

expose({ run }, [
  `${ROWS.toLocaleString("en")} compact bars, one per row of a fixed-layout table, seeded counts (1 to 20,000 children, about a third of the phases non-zero); update = every row gets new counts.`,
  checkSameDom(),
]);
