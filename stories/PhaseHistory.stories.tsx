import type { CSSProperties } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import {
  PhaseBadge,
  PhaseCountBar,
  PhaseHistory,
  PhaseStringsProvider,
  countByPhase,
  toProtobufValue,
} from "../src";
import type { ActionPhase } from "../src";
import { seededRandom } from "./examples/runData";
import { GERMAN } from "./german";
import { ThemePanels } from "./ThemePanels";

/** One entry of `TaskGroup.recentStatuses` in protobuf-es form: the phase is its number. */
interface RecentStatus {
  runName: string;
  phase: number;
}

// A nightly task that mostly succeeds: a failure streak, a timeout, one still running.
const OUTCOMES: readonly [ActionPhase, number][] = [
  ["succeeded", 78],
  ["failed", 10],
  ["timed_out", 4],
  ["aborted", 3],
  ["recovered", 5],
];

/** `count` recent runs, newest first, the newest still running; the same on every machine. */
function recentStatuses(count: number, seed = 42): RecentStatus[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    let left = random() * 100;
    let phase: ActionPhase = "succeeded";
    for (const [candidate, weight] of OUTCOMES) {
      left -= weight;
      if (left < 0) {
        phase = candidate;
        break;
      }
    }
    if (index === 0) phase = "running";
    return { runName: `run-${count - index}`, phase: toProtobufValue(phase) };
  });
}

const FIFTY = recentStatuses(50);
const TEN: ActionPhase[] = [
  "succeeded",
  "succeeded",
  "failed",
  "succeeded",
  "succeeded",
  "succeeded",
  "failed",
  "succeeded",
  "succeeded",
  "succeeded",
];

const meta = {
  title: "Components/PhaseHistory",
  component: PhaseHistory,
  args: { phases: TEN },
  argTypes: {
    direction: { control: "inline-radio", options: ["newest-last", "newest-first"] },
    max: { control: { type: "number", min: 0 } },
  },
} satisfies Meta<typeof PhaseHistory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The last ten runs as one image: oldest at the inline start, newest at the end. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const strip = within(canvasElement).getByRole("img", {
      name: "Last 10 runs: 2 failed, 8 succeeded",
    });
    await expect(strip.querySelectorAll(".fpu-PhaseHistory-mark")).toHaveLength(10);
    await expect(strip.querySelector("a, button, [tabindex]")).toBeNull();
  },
};

/** Every prop as a control. */
export const Playground: Story = {
  args: { phases: FIFTY.map((status) => status.phase), max: 20, direction: "newest-last" },
};

/**
 * A task with 50 recent runs (`TaskGroup.recentStatuses`, newest first): each mark links to its
 * run and is named "run-42: Failed". One tab stop; arrow keys, Home and End move between marks.
 */
export const FiftyRunsAsLinks: Story = {
  render: () => (
    <div style={{ maxWidth: 640 }}>
      <PhaseHistory
        items={FIFTY}
        getLabel={(status) => status.runName}
        getHref={(status) => `#/runs/${status.runName}`}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const strip = canvas.getByRole("toolbar", { name: /^Last 50 runs: / });
    const links = within(strip).getAllByRole("link");
    await expect(links).toHaveLength(50);
    await expect(links.filter((link) => link.tabIndex === 0)).toEqual([links[49]]);
    await expect(links[49]).toHaveAccessibleName("run-50: Running");
    links[49]!.focus();
    await userEvent.keyboard("{ArrowLeft}");
    await expect(links[48]).toHaveFocus();
    await userEvent.keyboard("{Home}");
    await expect(links[0]).toHaveFocus();
    await expect(links[0]).toHaveAccessibleName(/^run-1: /);
  },
};

const cell: CSSProperties = { verticalAlign: "middle" };

/**
 * A task list as the Flyte 2 UI shows it: recent runs (`max` 15), the phase counts of all runs
 * in a compact bar, and the latest run's badge.
 */
export const TaskList: Story = {
  render: () => {
    const tasks = [
      ["nightly_train", recentStatuses(50, 1)],
      ["ingest_events", recentStatuses(30, 7)],
      ["export_report", recentStatuses(4, 3)],
      ["new_task", []],
    ] as const;
    return (
      <table className="fpu-docs-table" aria-label="Tasks">
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Latest</th>
            <th scope="col">Recent runs</th>
            <th scope="col">All runs</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map(([name, runs]) => (
            <tr key={name}>
              <th scope="row" style={cell}>
                {name}
              </th>
              <td style={cell}>
                <PhaseBadge phase={runs[0]?.phase} size="sm" />
              </td>
              <td style={cell}>
                <PhaseHistory
                  items={runs}
                  max={15}
                  getLabel={(status) => status.runName}
                  getHref={(status) => `#/${name}/${status.runName}`}
                />
              </td>
              <td style={{ ...cell, width: 160 }}>
                <PhaseCountBar
                  variant="compact"
                  label={`Runs of ${name}`}
                  counts={countByPhase(runs, (status) => status.phase)}
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
    await expect(canvas.getAllByRole("toolbar", { name: /^Last 15 runs: / })).toHaveLength(2);
    await expect(canvas.getByRole("toolbar", { name: /^Last 4 runs: / })).toBeInTheDocument();
    await expect(canvas.getByRole("img", { name: "No runs" })).toBeInTheDocument();
    // One tab stop per strip.
    for (const strip of canvas.getAllByRole("toolbar")) {
      await expect(strip.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    }
  },
};

/** Values that are not phases show a neutral "Unknown" mark; an empty list says "No runs". */
export const BadInput: Story = {
  render: () => (
    <div style={{ display: "grid", gap: 8, justifyItems: "start" }}>
      <PhaseHistory phases={[11, null, "bogus", 0, "ACTION_PHASE_FAILED", 5]} />
      <PhaseHistory phases={[]} />
      <PhaseHistory phases={null} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("img", { name: "Last 6 runs: 1 failed, 1 succeeded, 4 unknown" }),
    ).toBeInTheDocument();
    await expect(canvas.getAllByRole("img", { name: "No runs" })).toHaveLength(2);
  },
};

/** Newest first instead of last, and right to left: the strip follows the writing direction. */
export const DirectionAndRtl: Story = {
  render: () => (
    <div style={{ display: "grid", gap: 8, justifyItems: "start" }}>
      <PhaseHistory phases={["running", "failed", "succeeded"]} direction="newest-first" />
      <div dir="rtl">
        <PhaseHistory
          items={FIFTY.slice(0, 5)}
          getLabel={(status) => status.runName}
          getHref={(status) => `#/runs/${status.runName}`}
        />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const links = within(canvasElement).getAllByRole("link");
    // DOM order oldest → newest; in RTL the newest is drawn at the left end.
    const [oldest, newest] = [links[0]!, links[4]!];
    await expect(newest.getBoundingClientRect().left).toBeLessThan(
      oldest.getBoundingClientRect().left,
    );
    newest.focus();
    // In RTL, the arrow pointing at the older runs (to the right) moves to the previous mark.
    await userEvent.keyboard("{ArrowRight}");
    await expect(links[3]).toHaveFocus();
  },
};

/** Every string from the provider. */
export const German: Story = {
  render: () => (
    <PhaseStringsProvider strings={GERMAN}>
      <div lang="de" style={{ display: "grid", gap: 8, justifyItems: "start" }}>
        <PhaseHistory phases={TEN} />
        <PhaseHistory items={FIFTY.slice(0, 3)} getLabel={(status) => status.runName} />
      </div>
    </PhaseStringsProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("img", { name: "Letzte 10 Läufe: 2 fehlgeschlagen, 8 erfolgreich" }),
    ).toBeInTheDocument();
    await expect(canvasElement.querySelector('[title="run-50: Läuft"]')).not.toBeNull();
  },
};

/** All phases and Unknown, plain and as links, light and dark side by side (the visual reference). */
export const Gallery: Story = {
  parameters: { layout: "fullscreen" },
  render: () => (
    <ThemePanels gap={12}>
      {() => (
        <>
          <PhaseHistory
            phases={[
              "queued",
              "waiting_for_resources",
              "initializing",
              "running",
              "paused",
              "succeeded",
              "recovered",
              "failed",
              "aborted",
              "timed_out",
              11,
            ]}
            direction="newest-first"
          />
          <PhaseHistory
            items={FIFTY.slice(0, 20)}
            getLabel={(status) => status.runName}
            getHref={(status) => `#/runs/${status.runName}`}
          />
          <PhaseHistory phases={[]} />
        </>
      )}
    </ThemePanels>
  ),
};
