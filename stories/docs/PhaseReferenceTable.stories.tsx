import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { PhaseReferenceTable } from "./PhaseReferenceTable";

const meta = {
  title: "Phases/Reference table",
  component: PhaseReferenceTable,
  tags: ["!autodocs"],
} satisfies Meta<typeof PhaseReferenceTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The table the "Phases" page shows; its rows come from `ACTION_PHASES` and `getPhaseInfo`. */
export const Table: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table", { name: /ten flyte action phases/i });
    const rows = within(table).getAllByRole("row");
    await expect(rows).toHaveLength(11);
    // PAUSED is 9 on the wire and not terminal: the easiest fact to get wrong.
    const paused = within(table).getByRole("rowheader", { name: "Paused" }).closest("tr");
    await expect(paused?.children[1]).toHaveTextContent('PAUSED"paused"');
    await expect(paused?.children[2]).toHaveTextContent("ACTION_PHASE_PAUSED= 9");
    await expect(paused?.children[3]).toHaveTextContent("no");
    await expect(paused?.children[4]).toHaveTextContent("in progress");
  },
};
