/// <reference types="vite/client" />
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import tokensCss from "../../src/styles/tokens.css?raw";
import { parseTokens } from "./parseTokens";
import { TokenTable } from "./TokenTable";

const meta = {
  title: "Theming/Tokens/Table",
  component: TokenTable,
  tags: ["!autodocs"],
} satisfies Meta<typeof TokenTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The table the Theming/Tokens page shows, one row per token of tokens.css. */
export const Table: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table", { name: "Theme tokens" });
    const count = parseTokens(tokensCss).length;
    await expect(within(table).getAllByRole("row")).toHaveLength(count + 1);
    // Every row names a token the page's stylesheet really defines.
    const style = getComputedStyle(document.documentElement);
    for (const row of table.querySelectorAll<HTMLElement>("[data-token]")) {
      await expect(style.getPropertyValue(row.dataset.token ?? "").trim()).not.toBe("");
    }
    const failure = within(table).getByRole("rowheader", { name: "--fpu-failure-fg" });
    await expect(failure.closest("tr")).toHaveTextContent(/#[0-9a-f]{6}.*#[0-9a-f]{6}/);
  },
};
