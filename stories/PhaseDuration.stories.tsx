import type { CSSProperties } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { PhaseBadge, PhaseDuration, PhaseStringsProvider } from "../src";
import { GERMAN } from "./german";

// A fixed clock for every story that is photographed: the same text on every run.
const NOW = Date.parse("2026-11-30T10:03:05Z");
const START = "2026-11-30T10:00:00Z";

const meta = {
  title: "Components/PhaseDuration",
  component: PhaseDuration,
  args: { status: { phase: "running", startTime: START }, now: NOW, live: false },
} satisfies Meta<typeof PhaseDuration>;

export default meta;
type Story = StoryObj<typeof meta>;

const grid: CSSProperties = {
  display: "grid",
  gridTemplateColumns: "max-content max-content",
  gap: "8px 16px",
  alignItems: "center",
};

/** A running action at a fixed `now`: `<time dateTime="PT3M5S">3m 05s</time>`. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const time = canvasElement.querySelector("time");
    await expect(time).toHaveTextContent("3m 05s");
    await expect(time).toHaveAttribute("datetime", "PT3M5S");
  },
};

/** Every prop as a control. */
export const Playground: Story = {
  args: { expectedMs: 300_000 },
};

/** Live: ticks every second on the one shared ticker (no re-render per tick). */
export const Live: Story = {
  args: { status: { phase: "running", startTime: new Date(Date.now() - 42_000) }, live: true },
  parameters: { docs: { description: { story: "Follows the browser's clock." } } },
  play: async ({ canvasElement }) => {
    const time = canvasElement.querySelector("time")!;
    const first = time.textContent;
    await waitFor(() => expect(time.textContent).not.toBe(first), { timeout: 2500 });
  },
};

/** Finished actions: `durationMs` when sent, else end − start. Never ticks. */
export const Finished: Story = {
  render: () => (
    <div style={grid}>
      <PhaseBadge phase="succeeded" />
      <PhaseDuration status={{ phase: 5, startTime: START, durationMs: "185000" }} />
      <PhaseBadge phase="failed" />
      <PhaseDuration status={{ phase: 6, startTime: START, endTime: "2026-11-30T11:02:07Z" }} />
      <PhaseBadge phase="timed_out" />
      <PhaseDuration start={START} end="2026-12-02T13:00:00Z" />
    </div>
  ),
};

/** With a typical duration: a thin progress line, and a dotted one past it (no alarm colour). */
export const Typical: Story = {
  render: () => (
    <div style={grid}>
      <span>Within</span>
      <PhaseDuration start={START} now={NOW} live={false} expectedMs={300_000} />
      <span>Past it</span>
      <PhaseDuration
        start={START}
        now={NOW}
        live={false}
        expectedMs={{ seconds: 120n, nanos: 0 }}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const [within, past] = canvasElement.querySelectorAll(".fpu-PhaseDuration");
    await expect(within).toHaveTextContent("3m 05s, typically 5m 00s");
    await expect(past).toHaveTextContent("3m 05s, longer than the typical 2m 00s");
    await expect(past).toHaveAttribute("data-over-typical", "true");
  },
};

/** Missing, null, NaN or unreadable times: a neutral "—", said "Duration unknown". */
export const Unknown: Story = {
  render: () => (
    <div style={grid}>
      <span>No start yet</span>
      <PhaseDuration status={{ phase: "queued" }} />
      <span>NaN</span>
      <PhaseDuration start={NaN} />
      <span>Not a time</span>
      <PhaseDuration start="yesterday" />
      <span>Failed, no end</span>
      <PhaseDuration status={{ phase: "failed", startTime: START }} />
    </div>
  ),
};

/** Translated through the strings provider: units, "typically" and the tooltip. */
export const German: Story = {
  render: () => (
    <PhaseStringsProvider strings={GERMAN}>
      <PhaseDuration start={START} now={NOW} live={false} expectedMs={600_000} />
    </PhaseStringsProvider>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent("3 min 05 s, meist 10 min 00 s");
  },
};

/** The gallery photographed for the visual references: finished, running and typical. */
export const Gallery: Story = {
  render: () => (
    <div style={grid} data-testid="duration-gallery">
      <span>45s</span>
      <PhaseDuration durationMs={45_000} />
      <span>3m 05s</span>
      <PhaseDuration start={START} now={NOW} live={false} />
      <span>1h 02m</span>
      <PhaseDuration durationMs={3_727_000} />
      <span>2d 03h</span>
      <PhaseDuration durationMs={183_600_000} />
      <span>Typical 5m</span>
      <PhaseDuration start={START} now={NOW} live={false} expectedMs={300_000} />
      <span>Past typical</span>
      <PhaseDuration start={START} now={NOW} live={false} expectedMs={120_000} />
      <span>Unknown</span>
      <PhaseDuration />
    </div>
  ),
};
