// Mount and update 10,000 badges: PhaseBadge against the same DOM written by hand in plain React
// and against MUI's Chip. One `run(contender)` is one sample: mount all badges, then change every
// badge's phase, each timed from the start of React's render to the frame that shows it (and,
// separately, to the end of React's commit: the part that is JavaScript).
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { ComponentType } from "react";
import { ACTION_PHASES, PhaseBadge } from "../../src";
import type { ActionPhase } from "../../src";
import "../../src/styles.css";
import "./bench.css";
import { expose, mountThenUpdate, nextPaint, seededRandom } from "./harness";
import type { Sample } from "./harness";
import { HandBadge } from "./HandBadge";
import { MuiBadge } from "./MuiBadge";
import { renderedDifference } from "./sameDom";

const COUNT = 10_000;

const random = seededRandom(3);
const first: ActionPhase[] = Array.from(
  { length: COUNT },
  () => ACTION_PHASES[Math.floor(random() * ACTION_PHASES.length)]!,
);
/** Every badge moves on to the next phase in the list, so every single badge changes. */
const second: ActionPhase[] = first.map(
  (phase) => ACTION_PHASES[(ACTION_PHASES.indexOf(phase) + 1) % ACTION_PHASES.length]!,
);

const ours: ComponentType<{ phase: ActionPhase }> = PhaseBadge;
const CONTENDERS: Record<string, ComponentType<{ phase: ActionPhase }>> = {
  PhaseBadge: ours,
  hand: HandBadge,
  mui: MuiBadge,
};

function Badges({
  Badge,
  phases,
}: {
  Badge: ComponentType<{ phase: ActionPhase }>;
  phases: ActionPhase[];
}) {
  return (
    <div className="bench-grid">
      {phases.map((phase, index) => (
        <Badge key={index} phase={phase} />
      ))}
    </div>
  );
}

const container = document.getElementById("root")!;
const root = createRoot(container);

function run(name: string): Promise<Sample> {
  const Badge = CONTENDERS[name];
  if (!Badge) throw new Error(`No contender ${name}`);
  return mountThenUpdate(
    root,
    <Badges Badge={Badge} phases={first} />,
    <Badges Badge={Badge} phases={second} />,
    () => {
      if (container.querySelectorAll(".bench-grid > *").length !== COUNT) {
        throw new Error(`${name} did not render ${COUNT} badges`);
      }
    },
  );
}

/** Renders ours and the hand-written badges once and checks they are the same DOM. */
function checkSameDom(): string {
  const difference = renderedDifference(
    <Badges Badge={ours} phases={[...ACTION_PHASES]} />,
    <Badges Badge={HandBadge} phases={[...ACTION_PHASES]} />,
  );
  if (difference) throw new Error(`PhaseBadge and the hand-written badge differ: ${difference}`);
  return "PhaseBadge and the hand-written badge render the same DOM for all ten phases (checked).";
}

/** Mounts the contender's badges and leaves them on screen (for the idle-cost measurement). */
async function mount(name: string): Promise<void> {
  const Badge = CONTENDERS[name];
  if (!Badge) throw new Error(`No contender ${name}`);
  flushSync(() => root.render(<Badges Badge={Badge} phases={first} />));
  await nextPaint();
}

async function unmount(): Promise<void> {
  flushSync(() => root.render(null));
  await nextPaint();
}

/** Animation frames the page gets in one second. */
function framesPerSecond(): Promise<number> {
  return new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const frame = () => {
      frames++;
      if (performance.now() - start < 1000) requestAnimationFrame(frame);
      else resolve((frames * 1000) / (performance.now() - start));
    };
    requestAnimationFrame(frame);
  });
}

const running = first.filter((phase) => phase === "running").length;

expose({ run, mount, unmount, framesPerSecond, running: () => running }, [
  `${COUNT.toLocaleString("en")} badges (seeded random phases) flowing as inline boxes in one block, 1280×800 viewport; update = every badge moves to the next phase.`,
  checkSameDom(),
  'MUI: `<Chip size="small" color={…} label={…} icon={<PhaseIcon … />} />` with Emotion, default theme.',
]);
