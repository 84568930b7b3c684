import { useState } from "react";
import type { CSSProperties } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import {
  PHASE_GROUPS,
  PhaseBadge,
  PhaseCountBar,
  PhaseStringsProvider,
  countByPhase,
  rollupPhase,
} from "../src";
import type { ActionPhase } from "../src";
import { generateActions } from "./examples/runData";
import { GERMAN } from "./german";
import { ThemePanels } from "./ThemePanels";

/**
 * `EnrichedAction.childrenPhaseCounts` of a map task with 1,000 children, as protobuf-es gives
 * it: keyed by protobuf number (5 SUCCEEDED, 4 RUNNING, 1 QUEUED, 2 WAITING_FOR_RESOURCES,
 * 3 INITIALIZING, 6 FAILED, 8 TIMED_OUT, 10 RECOVERED).
 */
const FAN_OUT: Record<number, number> = { 5: 861, 4: 64, 1: 30, 2: 12, 3: 7, 6: 17, 8: 3, 10: 6 };

const CHILDREN = { succeeded: 120, failed: 12, running: 7, timed_out: 1 };

const meta = {
  title: "Components/PhaseCountBar",
  component: PhaseCountBar,
  args: { counts: CHILDREN },
  argTypes: {
    variant: { control: "inline-radio", options: ["bar", "compact"] },
    counts: { control: "object" },
  },
  parameters: { layout: "padded" },
} satisfies Meta<typeof PhaseCountBar>;

export default meta;
type Story = StoryObj<typeof meta>;

const panel: CSSProperties = { maxWidth: 560 };

/** The children of an action: a stacked bar in lifecycle order and a legend. */
export const Default: Story = {
  render: (args) => (
    <div style={panel}>
      <PhaseCountBar {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole("group", { name: "Actions by phase" });
    await expect(bar).toHaveTextContent(
      "140 actions: 12 failed, 1 timed out, 7 running, 120 succeeded",
    );
    await expect(within(canvasElement).queryAllByRole("button")).toEqual([]);
  },
};

/** Every prop as a control. */
export const Playground: Story = {
  args: { counts: FAN_OUT, variant: "bar", showZero: false, label: "Children of map_task" },
  render: (args) => (
    <div style={panel}>
      <PhaseCountBar {...args} />
    </div>
  ),
};

/**
 * A map task fanned out to 1,000 children, counts straight from `childrenPhaseCounts` (keyed
 * by protobuf number). Next to it, the parent's badge from `rollupPhase`: still running.
 */
export const FanOut: Story = {
  render: () => (
    <div style={{ ...panel, display: "grid", gap: 8 }}>
      <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
        <strong>map_task</strong>
        <PhaseBadge phase={rollupPhase(FAN_OUT)} size="sm" />
      </div>
      <PhaseCountBar counts={FAN_OUT} label="Children of map_task" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole("group", { name: "Children of map_task" });
    await expect(bar).toHaveTextContent(
      "1,000 actions: 17 failed, 3 timed out, 64 running, 7 initializing, " +
        "12 waiting for resources, 30 queued, 861 succeeded, 6 recovered",
    );
    await expect(canvasElement.querySelector(".fpu-PhaseBadge")).toHaveTextContent("Running");
  },
};

/**
 * One failure among 10,000: every non-zero count is at least `--fpu-count-bar-min-segment`
 * (4px) wide, so it stays visible.
 */
export const OneInTenThousand: Story = {
  args: { counts: { succeeded: 9_999, failed: 1 } },
  render: (args) => (
    <div style={panel}>
      <PhaseCountBar {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const failed = canvasElement.querySelector<HTMLElement>(
      '.fpu-PhaseCountBar-segment[data-phase="failed"]',
    );
    await expect(failed!.getBoundingClientRect().width).toBeGreaterThanOrEqual(3.5);
    await expect(
      canvasElement.querySelector('.fpu-PhaseCountBar-entry[data-phase="succeeded"]'),
    ).toHaveTextContent("Succeeded 9,999");
  },
};

/** Parent actions in a table: the compact variant, a thin bar and the total in each cell. */
export const InTableCells: Story = {
  render: () => {
    const rows: [string, unknown][] = [
      ["map_task", FAN_OUT],
      ["train_model", { succeeded: 3, running: 1 }],
      [
        "evaluate",
        [
          { phase: 6, count: 2n },
          { phase: 5, count: 14n },
        ],
      ],
      ["backfill_2024", { succeeded: 48_210, failed: 312, aborted: 40 }],
      ["not_started", {}],
    ];
    return (
      <table className="fpu-docs-table" aria-label="Parent actions">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Phase</th>
            <th scope="col">Children</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, counts]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>
                <PhaseBadge phase={rollupPhase(counts as never, "running")} size="sm" />
              </td>
              <td style={{ width: 180 }}>
                <PhaseCountBar
                  counts={counts as never}
                  variant="compact"
                  label={`Children of ${name}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const backfill = canvas.getByRole("group", { name: "Children of backfill_2024" });
    await expect(backfill.querySelector(".fpu-PhaseCountBar-total")).toHaveTextContent("48.6K");
    await expect(backfill).toHaveTextContent(
      "48,562 actions: 312 failed, 40 aborted, 48,210 succeeded",
    );
    await expect(canvas.getByRole("group", { name: "Children of not_started" })).toHaveTextContent(
      "No actions",
    );
  },
};

function ClickableBar() {
  const counts = countByPhase(generateActions(1_000), (action) => action.phase);
  const [selected, setSelected] = useState<ActionPhase[]>([]);
  const toggle = (phase: ActionPhase) =>
    setSelected((now) => (now.includes(phase) ? now.filter((p) => p !== phase) : [...now, phase]));
  return (
    <div style={{ ...panel, display: "grid", gap: 8 }}>
      <PhaseCountBar counts={counts} selected={selected} onPhaseClick={toggle} />
      <output data-testid="selected">{selected.join(", ") || "nothing selected"}</output>
    </div>
  );
}

/**
 * With `onPhaseClick` each legend entry is a toggle button (`aria-pressed` from `selected`),
 * named with its exact count: wire it to a PhaseFilter or a table (see Examples / Run table).
 */
export const Clickable: Story = {
  render: () => <ClickableBar />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const failed = canvas.getByRole("button", { name: /^Failed \d+$/ });
    await expect(failed).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(failed);
    await expect(failed).toHaveAttribute("aria-pressed", "true");
    await userEvent.keyboard("{Tab}{Enter}");
    await expect(canvas.getByTestId("selected")).toHaveTextContent("failed, aborted");
  },
};

/**
 * The Flyte 2 UI's "set up" grouping expressed with `phases`: one bar for QUEUED,
 * WAITING_FOR_RESOURCES and INITIALIZING (`PHASE_GROUPS.settingUp`), one for the rest.
 */
export const SetUpGrouping: Story = {
  render: () => {
    const rest = [...PHASE_GROUPS.inProgress, ...PHASE_GROUPS.finished].filter(
      (phase) => !PHASE_GROUPS.settingUp.includes(phase),
    );
    return (
      <div style={{ ...panel, display: "grid", gap: 16 }}>
        <PhaseCountBar counts={FAN_OUT} phases={PHASE_GROUPS.settingUp} label="Set up" />
        <PhaseCountBar counts={FAN_OUT} phases={rest} label="Started" />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("group", { name: "Set up" })).toHaveTextContent(
      "49 actions: 7 initializing, 12 waiting for resources, 30 queued",
    );
    await expect(canvas.getByRole("group", { name: "Started" })).toHaveTextContent(/^951 actions/);
  },
};

/** Counts that are not counts: negative, NaN, words, unknown phases, `null`. */
export const BadInput: Story = {
  render: () => (
    <div style={{ ...panel, display: "grid", gap: 16 }}>
      <PhaseCountBar
        label="Mixed"
        counts={{ failed: -2, running: Number.NaN, succeeded: "12", 0: 1, 11: 2, bogus: 1 }}
      />
      <PhaseCountBar label="Null" counts={null} />
      <PhaseCountBar label="Zeros" counts={{ running: 0 }} showZero />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("group", { name: "Mixed" })).toHaveTextContent(
      "16 actions: 12 succeeded, 4 unknown",
    );
    await expect(canvas.getByRole("group", { name: "Null" })).toHaveTextContent("No actions");
    await expect(canvas.getByRole("group", { name: "Zeros" })).toHaveTextContent("No actions");
  },
};

/** Every string from the provider: labels, the total's plural forms, the empty state. */
export const German: Story = {
  render: () => (
    <PhaseStringsProvider strings={GERMAN}>
      <div lang="de" style={{ ...panel, display: "grid", gap: 16 }}>
        <PhaseCountBar counts={FAN_OUT} />
        <PhaseCountBar counts={{}} />
      </div>
    </PhaseStringsProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [bar] = canvas.getAllByRole("group", { name: "Aktionen nach Status" });
    await expect(bar).toHaveTextContent(/^1\.000 Aktionen: 17 fehlgeschlagen/);
    await expect(canvas.getByText("Keine Aktionen")).toBeInTheDocument();
  },
};

/** Both variants and a clickable bar, light and dark side by side (the visual reference). */
export const Gallery: Story = {
  parameters: { layout: "fullscreen" },
  render: () => (
    <ThemePanels gap={16} width={480}>
      {(theme) => (
        <>
          <PhaseCountBar counts={FAN_OUT} label={`Fan-out, ${theme}`} />
          <PhaseCountBar
            counts={{ ...CHILDREN, paused: 2, aborted: 3, 11: 1 }}
            selected={["failed"]}
            onPhaseClick={() => {}}
            label={`Clickable, ${theme}`}
          />
          <div style={{ display: "grid", gap: 4 }}>
            <PhaseCountBar counts={FAN_OUT} variant="compact" label={`Compact, ${theme}`} />
            <PhaseCountBar
              counts={{ succeeded: 9_999, failed: 1 }}
              variant="compact"
              label={`One in 10,000, ${theme}`}
            />
            <PhaseCountBar counts={{}} variant="compact" label={`Empty, ${theme}`} />
          </div>
        </>
      )}
    </ThemePanels>
  ),
};
