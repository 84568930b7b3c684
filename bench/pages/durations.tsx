// 10,000 running PhaseDurations against the hand-written baseline the issue names: the same
// <span><time> DOM rendered once by plain React, then one setInterval aligned to whole seconds
// whose loop sets each row's textContent (and dateTime, so both produce the same DOM per tick).
// bench/lib/suites.mjs measures the main thread's busy time per tick through the DevTools
// Protocol, with each contender mounted alone.
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { PhaseDuration, formatDuration } from "../../src";
import { isoDuration } from "../../src/components/PhaseDuration/durationText";
import { tickerState } from "../../src/internal/ticker";
import "../../src/styles.css";
import "./bench.css";
import { expose, nextPaint, seededRandom } from "./harness";

const COUNT = 10_000;
const random = seededRandom(12);
// Started up to 50 minutes ago: every row's text changes on every tick.
const starts = Array.from({ length: COUNT }, () => Date.now() - Math.floor(random() * 3_000_000));

const container = document.getElementById("root")!;
const root = createRoot(container);
let stopHand: (() => void) | undefined;

function Ours() {
  return (
    <div className="bench-grid">
      {starts.map((start, index) => (
        <PhaseDuration key={index} status={{ phase: "running", startTime: start }} />
      ))}
    </div>
  );
}

function Hand({ now }: { now: number }) {
  return (
    <div className="bench-grid">
      {starts.map((start, index) => (
        <span key={index} className="fpu-PhaseDuration" data-state="running">
          <time className="fpu-PhaseDuration-time" dateTime={isoDuration(now - start)}>
            {formatDuration(now - start)}
          </time>
        </span>
      ))}
    </div>
  );
}

/** The hand-written ticker: one interval, one loop, started at the next whole second. */
function startHandLoop(): () => void {
  const nodes = [...container.querySelectorAll("time")];
  const tick = () => {
    const now = Date.now();
    for (let i = 0; i < nodes.length; i += 1) {
      const ms = now - starts[i]!;
      nodes[i]!.textContent = formatDuration(ms);
      nodes[i]!.dateTime = isoDuration(ms);
    }
  };
  let interval: ReturnType<typeof setInterval> | undefined;
  const timeout = setTimeout(
    () => {
      tick();
      interval = setInterval(tick, 1000);
    },
    1000 - (Date.now() % 1000),
  );
  return () => {
    clearTimeout(timeout);
    clearInterval(interval);
  };
}

async function mount(name: string): Promise<void> {
  flushSync(() => root.render(name === "PhaseDuration" ? <Ours /> : <Hand now={Date.now()} />));
  if (name === "hand") stopHand = startHandLoop();
  await nextPaint();
  if (container.querySelectorAll("time").length !== COUNT) throw new Error(`${name}: no rows`);
  if (name === "PhaseDuration" && tickerState().listeners !== COUNT) {
    throw new Error("PhaseDuration: expected one ticker listener per row");
  }
}

async function unmount(): Promise<void> {
  stopHand?.();
  stopHand = undefined;
  flushSync(() => root.render(null));
  await nextPaint();
}

/** The rows' texts, to check the contender really ticks. */
const firstText = () => container.querySelector("time")?.textContent ?? "";

expose({ mount, unmount, firstText, timers: () => tickerState() }, [
  `${COUNT.toLocaleString("en")} rows, all running (started up to 50 minutes before), so every row's text changes on every tick.`,
]);
