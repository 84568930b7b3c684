import type { Meta, StoryObj } from "@storybook/react-vite";
import type { CSSProperties, ReactNode } from "react";
import { expect } from "storybook/test";
import { PhaseBadge, TerminalIndicator } from "../../src";

/**
 * One panel of the Theming page: what a part of a page declares, and what the library shows
 * there. Its page colour uses light-dark() too, so it follows the same scheme as the badges.
 */
function Panel({
  title,
  css,
  style,
  theme,
  children,
}: {
  title: string;
  css: string;
  style?: CSSProperties;
  theme?: "light" | "dark";
  children?: ReactNode;
}) {
  return (
    <section
      aria-label={title}
      data-theme={theme}
      data-testid="panel"
      style={{
        ...style,
        background: "light-dark(#ffffff, #18181b)",
        color: "light-dark(#18181b, #f4f4f5)",
        border: "1px solid #8a8a93",
        borderRadius: 8,
        padding: 16,
        display: "grid",
        gap: 10,
        font: "13px/1.4 system-ui, sans-serif",
      }}
    >
      <code>{css}</code>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap", alignItems: "center" }}>
        <PhaseBadge phase="failed" data-testid="probe" />
        <PhaseBadge phase="running" />
        <PhaseBadge phase="succeeded" variant="solid" />
        <TerminalIndicator phase="timed_out" />
      </div>
      {children}
    </section>
  );
}

/** The scheme a failed badge inside `panel` is drawn in, told by its background. */
function schemeOf(panel: Element): "light" | "dark" {
  const reference = (scheme: string) => {
    const probe = document.createElement("span");
    probe.style.colorScheme = scheme;
    probe.style.color = "var(--fpu-failure-bg)";
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  };
  const badge = panel.querySelector('[data-testid="probe"]')!;
  const colour = getComputedStyle(badge).backgroundColor;
  if (colour === reference("light")) return "light";
  if (colour === reference("dark")) return "dark";
  throw new Error(`the badge is neither light nor dark: ${colour}`);
}

const meta = {
  title: "Theming/Color scheme",
  component: Panel,
  tags: ["!autodocs"],
  parameters: { controls: { disable: true } },
} satisfies Meta<typeof Panel>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A page (or part of one) that declares no colour scheme gets the light colours — also when the
 * operating system is in dark mode, because the page's own colours are light. (`normal` resets
 * this panel to "declares nothing" inside a dark Storybook page.)
 */
export const DeclaresNothing: Story = {
  args: {
    title: "Declares nothing",
    css: "color-scheme: normal",
    style: { colorScheme: "normal" },
  },
  play: async ({ canvasElement }) => {
    await expect(schemeOf(canvasElement.querySelector("[data-testid=panel]")!)).toBe("light");
  },
};

/** A dark page says so with `color-scheme: dark`, as it must for native inputs anyway. */
export const DarkPage: Story = {
  args: { title: "Dark page", css: "color-scheme: dark", style: { colorScheme: "dark" } },
  play: async ({ canvasElement }) => {
    await expect(schemeOf(canvasElement.querySelector("[data-testid=panel]")!)).toBe("dark");
  },
};

/**
 * `color-scheme: light dark` lets the browser follow the operating system: dark colours when the
 * OS prefers dark, light otherwise.
 */
export const FollowsTheOs: Story = {
  args: {
    title: "Follows the OS",
    css: "color-scheme: light dark",
    style: { colorScheme: "light dark" },
  },
  play: async ({ canvasElement }) => {
    const os = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    await expect(schemeOf(canvasElement.querySelector("[data-testid=panel]")!)).toBe(os);
  },
};

/**
 * `data-theme` sets the colour scheme of its subtree, whatever the page around it declares: a
 * dark panel inside a light page, and a light one inside that.
 */
export const DataTheme: Story = {
  args: {
    title: 'data-theme="dark" inside a light page',
    css: '<section data-theme="dark">',
    theme: "dark",
    children: (
      <Panel title='data-theme="light" inside it' css='<div data-theme="light">' theme="light" />
    ),
  },
  // The light page around it, whatever scheme the Storybook page has.
  decorators: [
    (Story) => (
      <div style={{ colorScheme: "light" }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const [outer, inner] = canvasElement.querySelectorAll("[data-testid=panel]");
    await expect(schemeOf(outer!)).toBe("dark");
    await expect(schemeOf(inner!)).toBe("light");
  },
};
