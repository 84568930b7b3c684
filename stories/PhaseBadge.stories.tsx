import { useEffect, useState } from "react";
import type { CSSProperties, ReactNode } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { PhaseBadge, PhaseStringsProvider, TerminalIndicator, usePhaseBadgeMarks } from "../src";
import type { PhaseBadgeProps, UsePhaseBadgeMarksOptions } from "../src";
import { ACTION_PHASES, getPhaseInfo } from "../src/phases";
import type { ActionPhase } from "../src/phases";
import { GERMAN } from "./german";
import { CANVAS_PANEL, PAGE_BACKGROUND, SIDE_BY_SIDE, ThemePanels } from "./ThemePanels";
import type { Theme } from "./ThemePanels";

const VARIANTS = ["subtle", "solid", "outline"] as const;
const SIZES = ["sm", "md", "lg"] as const;

// Raw wire values for the Playground's phase control: labels in the menu, values passed through.
const PHASE_OPTIONS: Record<string, unknown> = {
  ...Object.fromEntries(ACTION_PHASES.map((phase) => [phase, phase])),
  "5 (protobuf number)": 5,
  '"ACTION_PHASE_FAILED" (proto3 JSON)': "ACTION_PHASE_FAILED",
  "11 (unknown number)": 11,
  "0 (UNSPECIFIED)": 0,
  null: null,
  '"bogus"': "bogus",
};

const meta = {
  title: "Components/PhaseBadge",
  component: PhaseBadge,
  args: { phase: "running" },
  argTypes: {
    phase: {
      control: "select",
      options: Object.keys(PHASE_OPTIONS),
      mapping: PHASE_OPTIONS,
    },
    size: { control: "inline-radio", options: SIZES },
    variant: { control: "inline-radio", options: VARIANTS },
  },
} satisfies Meta<typeof PhaseBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

const row: CSSProperties = { display: "flex", flexWrap: "wrap", gap: 8, alignItems: "center" };

/** The badge as a run table shows it: icon and label, subtle tint. */
export const Default: Story = {
  args: { phase: "running" },
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector(".fpu-PhaseBadge");
    await expect(badge).toHaveTextContent("Running");
    await expect(badge).toHaveAttribute("data-phase", "running");
    await expect(within(canvasElement).queryByRole("status")).toBeNull();
  },
};

/** Every prop as a control. The phase menu also offers raw wire values. */
export const Playground: Story = {
  args: {
    phase: "failed",
    size: "md",
    variant: "subtle",
    iconOnly: false,
    hideIcon: false,
    announce: false,
  },
};

// data-theme sets each panel's color-scheme, so light-dark() picks that theme's page colour.
const galleryPanel: CSSProperties = {
  ...CANVAS_PANEL,
  background: PAGE_BACKGROUND,
  font: "13px/1.4 system-ui, sans-serif",
};

/** One side of the gallery: a whole theme on its own page background. */
function ThemeGallery({ theme }: { theme: Theme }) {
  return (
    <>
      <h2 style={{ margin: "0 0 12px", fontSize: 15 }}>{theme === "light" ? "Light" : "Dark"}</h2>
      <div style={{ display: "grid", gridTemplateColumns: "repeat(3, auto)", gap: "6px 20px" }}>
        {VARIANTS.map((variant) => (
          <div key={variant} style={{ display: "grid", gap: 6, alignContent: "start" }}>
            <h3 style={{ margin: 0, fontSize: 13 }}>{variant}</h3>
            {[...ACTION_PHASES, undefined].map((phase) => (
              <div key={phase ?? "unknown"} style={{ ...row, flexWrap: "nowrap" }}>
                {SIZES.map((size) => (
                  <PhaseBadge key={size} phase={phase} variant={variant} size={size} />
                ))}
              </div>
            ))}
          </div>
        ))}
      </div>
      <div style={{ ...row, marginTop: 12 }}>
        <TerminalIndicator phase="running" />
        <TerminalIndicator phase="succeeded" />
        <TerminalIndicator phase={undefined} />
      </div>
    </>
  );
}

/**
 * All ten phases and "Unknown" × three variants × three sizes, light and dark side by side.
 * Each side sets `data-theme` on its own wrapper, which is all a page needs to force a theme.
 */
export const Gallery: Story = {
  parameters: { layout: "fullscreen" },
  render: () => (
    <ThemePanels
      data-testid="gallery"
      style={{ ...SIDE_BY_SIDE, alignItems: "start" }}
      panelStyle={galleryPanel}
    >
      {(theme) => <ThemeGallery theme={theme} />}
    </ThemePanels>
  ),
  play: async ({ canvasElement }) => {
    for (const theme of ["light", "dark"]) {
      const panel = within(canvasElement).getByRole("region", { name: `${theme} theme` });
      // 11 rows (ten phases + unknown) × 3 variants × 3 sizes.
      await expect(panel.querySelectorAll(".fpu-PhaseBadge")).toHaveLength(99);
      await expect(within(panel).getAllByText("Timed out")).toHaveLength(9);
      await expect(within(panel).getAllByText("Unknown")).toHaveLength(10);
    }
  },
};

/**
 * Icon only: each badge is `role="img"` named by its label, with the label as tooltip. The
 * eleven shapes differ, so colour is not the only signal even without text.
 */
export const IconOnly: Story = {
  render: (args) => (
    <div style={row}>
      {[...ACTION_PHASES, undefined].map((phase) => (
        <PhaseBadge key={phase ?? "unknown"} {...args} phase={phase} iconOnly />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const phase of ACTION_PHASES) {
      const badge = canvas.getByRole("img", { name: getPhaseInfo(phase).label });
      await expect(badge).toHaveAttribute("title", getPhaseInfo(phase).label);
    }
    await expect(canvas.getByRole("img", { name: "Unknown" })).toBeInTheDocument();
  },
};

function Wire({ value, children }: { value: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">
        <code>{value}</code>
      </th>
      <td>{children}</td>
    </tr>
  );
}

/**
 * What the wire sends, as it arrives: a protobuf number, a proto3 JSON name, a number from a
 * newer server, `null`. Anything that is not a phase shows a neutral "Unknown" badge (and warns
 * once per value in the console during development).
 */
export const WireValues: Story = {
  render: () => (
    <table className="fpu-docs-table" aria-label="Raw wire values">
      <thead>
        <tr>
          <th scope="col">value</th>
          <th scope="col">badge</th>
        </tr>
      </thead>
      <tbody>
        <Wire value="5">
          <PhaseBadge phase={5} />
        </Wire>
        <Wire value='"ACTION_PHASE_FAILED"'>
          <PhaseBadge phase="ACTION_PHASE_FAILED" />
        </Wire>
        <Wire value='"RECOVERED"'>
          <PhaseBadge phase="RECOVERED" />
        </Wire>
        <Wire value="11">
          <PhaseBadge phase={11} />
        </Wire>
        <Wire value="0 (UNSPECIFIED)">
          <PhaseBadge phase={0} />
        </Wire>
        <Wire value="null">
          <PhaseBadge phase={null} />
        </Wire>
        <Wire value='"bogus"'>
          <PhaseBadge phase="bogus" />
        </Wire>
      </tbody>
    </table>
  ),
  play: async ({ canvasElement }) => {
    const rows = within(canvasElement).getAllByRole("row").slice(1);
    const texts = rows.map((r) => r.querySelector(".fpu-PhaseBadge")?.textContent);
    await expect(texts).toEqual([
      "Succeeded",
      "Failed",
      "Recovered",
      "Unknown",
      "Unknown",
      "Unknown",
      "Unknown",
    ]);
  },
};

const WALK: readonly ActionPhase[] = [
  "queued",
  "waiting_for_resources",
  "initializing",
  "running",
  "succeeded",
];

/** Walks through WALK on a timer, then starts again after a pause, like a polling run page. */
function LiveRun({ intervalMs }: { intervalMs: number }) {
  const [step, setStep] = useState(0);
  useEffect(() => {
    const last = step === WALK.length - 1;
    const timer = setTimeout(
      () => setStep(last ? 0 : step + 1),
      last ? intervalMs * 3 : intervalMs,
    );
    return () => clearTimeout(timer);
  }, [step, intervalMs]);
  const phase = WALK[step];
  return (
    <div style={row}>
      <PhaseBadge phase={phase} announce data-testid="live-badge" />
      <TerminalIndicator phase={phase} />
    </div>
  );
}

/**
 * A run going QUEUED → WAITING_FOR_RESOURCES → INITIALIZING → RUNNING → SUCCEEDED on a timer.
 * The badge has `announce`, so a screen reader hears each new phase once, politely.
 */
export const Live: StoryObj<{ intervalMs: number }> = {
  args: { intervalMs: 800 },
  argTypes: { intervalMs: { control: { type: "number", min: 200, step: 100 } } },
  render: ({ intervalMs }) => <LiveRun intervalMs={intervalMs} />,
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole("status");
    await expect(status).toHaveAttribute("aria-live", "polite");
    await expect(status).toHaveTextContent("Queued");
    await waitFor(() => expect(status).toHaveTextContent("Waiting for resources"), {
      timeout: 3000,
    });
  },
};

/** Every string replaced in one place with `PhaseStringsProvider`; the filter reads the same. */
export const German: Story = {
  render: (args) => (
    <PhaseStringsProvider strings={GERMAN}>
      <div lang="de" style={{ display: "grid", gap: 8 }}>
        <div style={row}>
          {[...ACTION_PHASES, undefined].map((phase) => (
            <PhaseBadge key={phase ?? "unknown"} {...args} phase={phase} />
          ))}
        </div>
        <div style={row}>
          <TerminalIndicator phase="running" />
          <TerminalIndicator phase="failed" />
          <TerminalIndicator phase={11} />
        </div>
      </div>
    </PhaseStringsProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Zeitüberschreitung")).toBeInTheDocument();
    await expect(canvas.getAllByText("Unbekannt")).toHaveLength(2);
    await expect(canvas.getByText("In Bearbeitung")).toBeInTheDocument();
    await expect(canvas.queryByText("Timed out")).toBeNull();
  },
};

/**
 * A label longer than the badge (`--fpu-badge-max-width`, here in a narrow cell) is cut with an
 * ellipsis; the full text stays the accessible content and the tooltip.
 */
export const LongLabel: Story = {
  args: {
    phase: "waiting_for_resources",
    label: "Waiting for resources in the GPU pool of cluster eu-west-4",
  },
  render: (args) => (
    <div style={{ width: 180 }}>
      <PhaseBadge {...args} data-testid="long" />
    </div>
  ),
  play: async ({ canvasElement, args }) => {
    const badge = within(canvasElement).getByTestId("long");
    await expect(badge).toHaveTextContent(args.label ?? "");
    await expect(badge).toHaveAttribute("title", args.label);
    const label = badge.querySelector(".fpu-PhaseBadge-label") as HTMLElement;
    await expect(label.scrollWidth).toBeGreaterThan(label.clientWidth);
    await expect(badge.getBoundingClientRect().width).toBeLessThanOrEqual(180);
  },
};

/** A badge with the marks of `usePhaseBadgeMarks`, as an app writes it. */
function MarkedBadge({
  marks,
  ...props
}: Omit<PhaseBadgeProps, "marks"> & { marks: UsePhaseBadgeMarksOptions }) {
  return <PhaseBadge {...props} marks={usePhaseBadgeMarks(marks)} />;
}

/**
 * Retry and cache marks, opt-in through `usePhaseBadgeMarks`: "↻3" (said "attempt 3 of 3")
 * only when the action ran more than once; "from cache" for CACHE_HIT; quiet texts for the
 * unusual cache statuses; nothing for CACHE_DISABLED, CACHE_MISS, CACHE_SKIPPED or unknown
 * values. Without marks the badge keeps its exact size.
 */
export const Marks: Story = {
  render: () => (
    <div style={{ display: "grid", gap: 8, justifyItems: "start" }}>
      <MarkedBadge phase="succeeded" marks={{ attempts: 3 }} />
      <MarkedBadge phase="succeeded" marks={{ cacheStatus: "CACHE_HIT" }} />
      <MarkedBadge phase="failed" marks={{ attempt: 2, attempts: 3, cacheStatus: 4 }} />
      <MarkedBadge phase="succeeded" variant="solid" marks={{ attempts: 2, cacheStatus: 3 }} />
      <MarkedBadge phase="running" variant="outline" size="sm" marks={{ attempts: 2 }} />
      <MarkedBadge phase="succeeded" iconOnly marks={{ attempts: 2, cacheStatus: 2 }} />
      <MarkedBadge phase="succeeded" marks={{ attempts: 1, cacheStatus: 1 }} />
      <MarkedBadge phase="succeeded" marks={{ cacheStatus: 42 }} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const badges = canvasElement.querySelectorAll(".fpu-PhaseBadge");
    await expect(badges[0]).toHaveTextContent("Succeeded↻3, attempt 3 of 3");
    await expect(badges[1]).toHaveTextContent("Succeeded, from cache");
    await expect(within(canvasElement).getByRole("img")).toHaveAccessibleName(
      "Succeeded, attempt 2 of 2, from cache",
    );
    await expect(badges[6]!.querySelector(".fpu-PhaseBadge-mark")).toBeNull();
    await expect(badges[7]!.querySelector(".fpu-PhaseBadge-mark")).toBeNull();
  },
};

/** The marks in German, from the same string table as the rest. */
export const MarksGerman: Story = {
  render: () => (
    <PhaseStringsProvider strings={GERMAN}>
      <MarkedBadge phase="succeeded" marks={{ attempts: 2, cacheStatus: 2 }} />
    </PhaseStringsProvider>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent("Erfolgreich↻2, Versuch 2 von 2, aus dem Cache");
  },
};
