import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { PhaseIcon } from "../src";
import { ACTION_PHASES, getPhaseInfo } from "../src/phases";

const meta = {
  title: "Components/PhaseIcon",
  component: PhaseIcon,
  args: { phase: "running", animate: false },
  argTypes: {
    phase: {
      control: "select",
      options: [...ACTION_PHASES, "undefined (unknown)"],
      mapping: { "undefined (unknown)": undefined },
    },
  },
} satisfies Meta<typeof PhaseIcon>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One glyph, decorative: it takes the size and colour of the text around it. */
export const Default: Story = {
  render: (args) => (
    <p style={{ fontSize: 24, margin: 0 }}>
      <PhaseIcon {...args} /> {args.phase ? getPhaseInfo(args.phase).label : "Unknown"}
    </p>
  ),
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector("svg");
    await expect(svg).toHaveAttribute("aria-hidden", "true");
    await expect(svg).toHaveAttribute("data-phase-icon", "running");
  },
};

/** Every prop as a control; `animate` spins the RUNNING arc (never under reduced motion). */
export const Playground: Story = {
  args: { phase: "running", animate: true },
};

/**
 * The eleven shapes: one per phase plus the question mark for anything unknown. Different
 * outlines, so the phase is readable without colour.
 */
export const AllShapes: Story = {
  render: () => (
    <table className="fpu-docs-table" aria-label="Phase icons">
      <thead>
        <tr>
          <th scope="col">phase</th>
          <th scope="col">icon</th>
        </tr>
      </thead>
      <tbody>
        {[...ACTION_PHASES, undefined].map((phase) => (
          <tr key={phase ?? "unknown"}>
            <th scope="row">{phase ? getPhaseInfo(phase).label : "Unknown"}</th>
            <td style={{ fontSize: 24 }}>
              <PhaseIcon phase={phase} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
  play: async ({ canvasElement }) => {
    const icons = within(canvasElement).getByRole("table").querySelectorAll("svg");
    await expect(icons).toHaveLength(11);
    const shapes = new Set([...icons].map((icon) => icon.innerHTML));
    await expect(shapes.size).toBe(11);
  },
};
