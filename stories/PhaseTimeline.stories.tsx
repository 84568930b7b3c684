import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { PhaseStringsProvider, PhaseTimeline } from "../src";
import { GERMAN } from "./german";
import { ThemePanels } from "./ThemePanels";
import { MESSY, PAUSED_THEN_SUCCEEDED, RETRIED, RUNNING, TWENTY, msAt } from "./timelineData";

const meta = {
  title: "Components/PhaseTimeline",
  component: PhaseTimeline,
  args: { attempts: RETRIED, now: msAt(400), live: false },
  argTypes: {
    attempts: {
      control: "select",
      options: ["retried", "running", "paused", "messy", "twenty", "empty"],
      mapping: {
        retried: RETRIED,
        running: RUNNING,
        paused: PAUSED_THEN_SUCCEEDED,
        messy: MESSY,
        twenty: TWENTY,
        empty: [],
      },
    },
  },
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: 720 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof PhaseTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

const sentence = (canvas: HTMLElement, text: string) =>
  expect(within(canvas).getByText(text).closest("[aria-hidden='true']")).toBeNull();

/**
 * An action that failed twice: a system error, then a user error. One row per attempt on a
 * shared axis; the latest attempt is the taller, bolder row.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await sentence(
      canvasElement,
      "Attempt 2 of 2: queued 2s, waiting for resources 40s, initializing 5s, running 3m 12s, failed (user error)",
    );
    await sentence(
      canvasElement,
      "Attempt 1 of 2: queued 3s, waiting for resources 1m 32s, initializing 9s, running 47s, failed (system error)",
    );
  },
};

/** Every prop as a control. */
export const Playground: Story = { args: { label: "Phase timeline" } };

/** A running action: the open phase grows every second on the library's one shared ticker. */
export const Live: Story = {
  args: { attempts: RUNNING, now: undefined, live: true },
  render: (args) => <PhaseTimeline {...args} attempts={liveAttempts()} />,
  play: async ({ canvasElement }) => {
    const segment = canvasElement.querySelector(".fpu-PhaseTimeline-segment[data-open='true']");
    await expect(segment).not.toBeNull();
    const before = within(canvasElement).getByText(/^Attempt 1 of 1:/).textContent;
    await waitFor(
      () =>
        expect(within(canvasElement).getByText(/^Attempt 1 of 1:/).textContent).not.toBe(before),
      { timeout: 5000 },
    );
  },
};

// Started 75 seconds before the story opened, so the running phase is already visible.
function liveAttempts() {
  const start = Math.floor(Date.now() / 1000) - 75;
  const ts = (s: number) => ({ seconds: BigInt(start + s), nanos: 0 });
  return [
    {
      attempt: 1,
      phase: 4,
      phaseTransitions: [
        { phase: 1, startTime: ts(0), endTime: ts(4) },
        { phase: 3, startTime: ts(4), endTime: ts(12) },
        { phase: 4, startTime: ts(12) },
      ],
    },
  ];
}

/** PAUSED (waiting for a condition or a person) between two stretches of running. */
export const Paused: Story = {
  args: { attempts: PAUSED_THEN_SUCCEEDED },
  play: async ({ canvasElement }) => {
    await sentence(
      canvasElement,
      "Attempt 1 of 1: queued 2s, running 38s, paused 2m 00s, running 40s, succeeded",
    );
  },
};

/**
 * Data as servers send it: a duplicate transition, entries out of order, missing end times, a
 * span that ends before it starts (clock skew, counted as 0s) and a zero-length terminal phase.
 */
export const MessyData: Story = {
  args: { attempts: MESSY },
  play: async ({ canvasElement }) => {
    await sentence(
      canvasElement,
      "Attempt 1 of 1: queued 20s, initializing 0s, running 4m 30s, timed out",
    );
  },
};

/** Twenty attempts of a flaky task; the last one, which succeeded, stands out. */
export const TwentyAttempts: Story = {
  args: { attempts: TWENTY, now: msAt(1200) },
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole("listitem");
    await expect(items).toHaveLength(20);
    await expect(items[19]).toHaveAttribute("aria-current", "true");
  },
};

/** No readable phase transitions yet (or none at all): the empty state. */
export const Empty: Story = {
  args: { attempts: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("No phase history yet")).toBeVisible();
  },
};

/** Right to left: the axis starts at the inline start, on the right. */
export const RightToLeft: Story = {
  render: (args) => (
    <div dir="rtl">
      <PhaseTimeline {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const first = canvasElement.querySelector<HTMLElement>(".fpu-PhaseTimeline-segment")!;
    const track = first.parentElement!.getBoundingClientRect();
    await expect(Math.abs(first.getBoundingClientRect().right - track.right)).toBeLessThan(1);
  },
};

/** Strings from a provider: the same timeline in German. */
export const German: Story = {
  render: (args) => (
    <PhaseStringsProvider strings={GERMAN}>
      <PhaseTimeline {...args} />
    </PhaseStringsProvider>
  ),
  play: async ({ canvasElement }) => {
    await sentence(
      canvasElement,
      "Versuch 2 von 2: in Warteschlange 2s, wartet auf Ressourcen 40s, wird initialisiert 5s, läuft 3m 12s, fehlgeschlagen (Benutzerfehler)",
    );
  },
};

/** Light and dark side by side (the visual reference). */
export const Themes: Story = {
  decorators: [(Story) => <Story />],
  render: (args) => (
    <ThemePanels
      style={{ display: "grid", gridTemplateColumns: "repeat(2, 560px)", gap: 16 }}
      panelStyle={{ background: "Canvas", padding: 16 }}
      gap={16}
    >
      {(theme) => (
        <>
          <PhaseTimeline {...args} label={`Retried action, ${theme}`} />
          <PhaseTimeline
            {...args}
            attempts={PAUSED_THEN_SUCCEEDED}
            now={msAt(200)}
            label={`Paused action, ${theme}`}
          />
          <PhaseTimeline {...args} attempts={MESSY} label={`Messy data, ${theme}`} />
        </>
      )}
    </ThemePanels>
  ),
};
