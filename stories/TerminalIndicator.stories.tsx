import type { CSSProperties } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { TerminalIndicator } from "../src";
import { ACTION_PHASES, getPhaseInfo } from "../src/phases";
import { PAGE_BACKGROUND, ThemePanels } from "./ThemePanels";

const PHASE_OPTIONS: Record<string, unknown> = {
  ...Object.fromEntries(ACTION_PHASES.map((phase) => [phase, phase])),
  "10 (RECOVERED, terminal)": 10,
  "9 (PAUSED, not terminal)": 9,
  "11 (unknown number)": 11,
  null: null,
};

const meta = {
  title: "Components/TerminalIndicator",
  component: TerminalIndicator,
  args: { phase: "running" },
  argTypes: {
    phase: { control: "select", options: Object.keys(PHASE_OPTIONS), mapping: PHASE_OPTIONS },
    size: { control: "inline-radio", options: ["sm", "md", "lg"] },
  },
} satisfies Meta<typeof TerminalIndicator>;

export default meta;
type Story = StoryObj<typeof meta>;

const row: CSSProperties = { display: "flex", flexWrap: "wrap", gap: 16, alignItems: "center" };

/** "Is it finished yet?" for a running action. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector(".fpu-TerminalIndicator");
    await expect(root).toHaveTextContent("In progress");
    await expect(root).toHaveAttribute("data-terminal", "false");
  },
};

/** Every prop as a control. */
export const Playground: Story = {
  args: { phase: "succeeded", size: "md", iconOnly: false, hideIcon: false, announce: false },
};

/**
 * All ten phases: the five terminal ones (SUCCEEDED, RECOVERED, FAILED, ABORTED, TIMED_OUT) say
 * "Finished", the other five "In progress" — PAUSED included, whatever its protobuf number.
 */
export const AllPhases: Story = {
  render: (args) => (
    <table className="fpu-docs-table" aria-label="Terminal state of each phase">
      <thead>
        <tr>
          <th scope="col">phase</th>
          <th scope="col">indicator</th>
          <th scope="col">icon only</th>
        </tr>
      </thead>
      <tbody>
        {[...ACTION_PHASES, undefined].map((phase) => (
          <tr key={phase ?? "unknown"}>
            <th scope="row">{phase ? getPhaseInfo(phase).key : "undefined"}</th>
            <td>
              <TerminalIndicator {...args} phase={phase} />
            </td>
            <td>
              <TerminalIndicator {...args} phase={phase} iconOnly />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText("Finished")).toHaveLength(5);
    await expect(canvas.getAllByText("In progress")).toHaveLength(5);
    await expect(canvas.getAllByRole("img", { name: "Finished" })).toHaveLength(5);
    await expect(canvas.getByRole("img", { name: "Unknown" })).toBeInTheDocument();
  },
};

/** The three states in each size, light and dark side by side. */
export const Themes: Story = {
  render: () => (
    <ThemePanels style={row} panelStyle={{ background: PAGE_BACKGROUND, padding: 16 }} gap={8}>
      {() =>
        (["sm", "md", "lg"] as const).map((size) => (
          <div key={size} style={row}>
            <TerminalIndicator size={size} phase="succeeded" />
            <TerminalIndicator size={size} phase="running" />
            <TerminalIndicator size={size} phase={null} />
          </div>
        ))
      }
    </ThemePanels>
  ),
};
