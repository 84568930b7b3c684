import { useCallback, useMemo, useRef, useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useVirtualizer } from "@tanstack/react-virtual";
import { expect, userEvent, waitFor, within } from "storybook/test";
import {
  PhaseBadge,
  PhaseCountBar,
  PhaseFilter,
  TerminalIndicator,
  countByPhase,
  filterByPhase,
  formatPhaseParam,
  parsePhaseParam,
} from "../../src";
import type { ActionPhase } from "../../src";
import { formatDuration, generateActions } from "./runData";
import type { SampleAction } from "./runData";
import "./RunTable.css";

/** The query parameter the selection lives in, like the Flyte consoles (`?status=`). */
const PARAM = "status";
const ROW_HEIGHT = 36;
const getPhase = (action: SampleAction) => action.phase;

function readUrlSelection(): ActionPhase[] {
  return parsePhaseParam(new URLSearchParams(window.location.search).get(PARAM));
}

/** Writes the selection into the page URL without a history entry, so the view can be shared. */
function writeUrlSelection(phases: readonly ActionPhase[]): void {
  const url = new URL(window.location.href);
  const param = formatPhaseParam(phases);
  if (param === "") url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, param);
  window.history.replaceState(window.history.state, "", url);
}

interface RunTableProps {
  /** How many actions to generate. */
  count: number;
}

function RunTable({ count }: RunTableProps) {
  const actions = useMemo(() => generateActions(count), [count]);
  // Counts describe the whole list, not the filtered rows: they say what each choice would show.
  const counts = useMemo(() => countByPhase(actions, getPhase), [actions]);
  const [phases, setPhases] = useState<ActionPhase[]>(readUrlSelection);
  const rows = useMemo(() => filterByPhase(actions, phases, getPhase), [actions, phases]);

  const onValueChange = useCallback((next: ActionPhase[]) => {
    setPhases(next);
    writeUrlSelection(next);
  }, []);
  // A count in the bar toggles its phase in the same selection the filter shows.
  const onPhaseClick = useCallback(
    (phase: ActionPhase) =>
      onValueChange(
        phases.includes(phase) ? phases.filter((chosen) => chosen !== phase) : [...phases, phase],
      ),
    [phases, onValueChange],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  // Only the rows in view (plus a few) are in the DOM, however many match.
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to re-render
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // The sticky header row sits above the first row inside the scroller.
    scrollMargin: ROW_HEIGHT,
    overscan: 8,
  });

  return (
    <div className="RunTable">
      <div className="RunTable-toolbar">
        <PhaseFilter value={phases} onValueChange={onValueChange} counts={counts} name={PARAM} />
        <span className="RunTable-status" data-testid="shown">
          Showing {rows.length.toLocaleString("en-US")} of {actions.length.toLocaleString("en-US")}{" "}
          actions
        </span>
      </div>
      <PhaseCountBar
        counts={counts}
        selected={phases}
        onPhaseClick={onPhaseClick}
        label="Actions by phase, click to filter"
      />
      {/* Focusable so keyboard users can scroll it; the header row sticks to its top. */}
      <div
        ref={scrollRef}
        className="RunTable-scroll"
        // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-label="Actions, scrollable"
        data-testid="scroll"
      >
        <div role="table" aria-label="Actions" aria-rowcount={rows.length + 1}>
          <div role="rowgroup" className="RunTable-headGroup">
            <div role="row" aria-rowindex={1} className="RunTable-row RunTable-head">
              <span role="columnheader">Name</span>
              <span role="columnheader">Phase</span>
              <span role="columnheader">Finished?</span>
              <span role="columnheader" className="RunTable-duration">
                Duration
              </span>
            </div>
          </div>
          <div
            role="rowgroup"
            className="RunTable-body"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const action = rows[item.index] as SampleAction;
              return (
                <div
                  key={action.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className="RunTable-row"
                  style={{ transform: `translateY(${item.start - ROW_HEIGHT}px)` }}
                >
                  <span role="cell" className="RunTable-name" title={action.name}>
                    {action.name}
                  </span>
                  <span role="cell">
                    <PhaseBadge phase={action.phase} size="sm" />
                  </span>
                  <span role="cell">
                    <TerminalIndicator phase={action.phase} size="sm" />
                  </span>
                  <span role="cell" className="RunTable-duration">
                    {formatDuration(action.durationMs)}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
        {rows.length === 0 && <p className="RunTable-empty">No action in these phases.</p>}
      </div>
    </div>
  );
}

const meta = {
  title: "Examples/Run table",
  component: RunTable,
  args: { count: 10_000 },
  argTypes: { count: { control: { type: "number", min: 0, max: 100_000, step: 1_000 } } },
  parameters: {
    docs: {
      description: {
        component:
          "10,000 generated actions (deterministic, `stories/examples/runData.ts`) filtered by " +
          "PhaseFilter: counts from `countByPhase` over the whole list, rows from " +
          "`filterByPhase`; a PhaseCountBar above the table sets the same selection when a count " +
          "is clicked. The selection is kept in the page URL as `?status=` (written with " +
          "`formatPhaseParam` via `history.replaceState`, read on load with `parsePhaseParam`, " +
          "which also accepts `?status=QUEUED;RUNNING;` from other Flyte UIs). Rows are " +
          "virtualized with @tanstack/react-virtual, so only the rows in view are in the DOM. " +
          "The card has `overflow: hidden`; the filter's popup is in the top layer and is not clipped.",
      },
    },
  },
  beforeEach: () => {
    // Each story starts from a URL without the parameter, and leaves none behind.
    writeUrlSelection([]);
    return () => writeUrlSelection([]);
  },
} satisfies Meta<typeof RunTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const shownCount = (canvas: HTMLElement) =>
  Number(
    within(canvas)
      .getByTestId("shown")
      .textContent?.match(/Showing ([\d,]+)/)?.[1]
      ?.replace(/,/g, ""),
  );

/**
 * Choose phases and the table narrows; the URL follows. Only the visible rows are rendered.
 */
export const RunTableExample: Story = {
  name: "Run table",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(shownCount(canvasElement)).toBe(10_000);
    // Virtualized: a screenful of rows, not ten thousand.
    await expect(canvas.getAllByRole("row").length).toBeLessThan(40);
    const trigger = canvas.getByRole("button", { name: /^Phase:/ });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const failed = canvas.getByRole("option", { name: /^Failed, [\d,]+$/ });
    const failedCount = Number(failed.getAttribute("aria-label")?.replace(/\D/g, ""));
    await userEvent.click(failed);
    await waitFor(() => expect(shownCount(canvasElement)).toBe(failedCount));
    await expect(new URLSearchParams(window.location.search).get("status")).toBe("failed");
    const firstRow = canvas.getAllByRole("row")[1] as HTMLElement;
    await expect(within(firstRow).getByText("Failed")).toBeVisible();
    await userEvent.keyboard("{Escape}");
    await expect(trigger).toHaveAccessibleName("Phase: Failed");
  },
};

/**
 * Click a count in the bar: the filter shows that phase, the table narrows to it, the URL
 * follows. Each count is a toggle: a second count adds its phase, a second click removes it.
 */
export const ClickACount: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const bar = canvas.getByRole("group", { name: "Actions by phase, click to filter" });
    const timedOut = within(bar).getByRole("button", { name: /^Timed out [\d,]+$/ });
    const timedOutCount = Number(timedOut.textContent?.replace(/\D/g, ""));
    await userEvent.click(timedOut);
    await expect(timedOut).toHaveAttribute("aria-pressed", "true");
    await waitFor(() => expect(shownCount(canvasElement)).toBe(timedOutCount));
    await expect(canvas.getByRole("button", { name: /^Phase:/ })).toHaveAccessibleName(
      "Phase: Timed out",
    );
    await expect(new URLSearchParams(window.location.search).get("status")).toBe("timed_out");
    for (const row of canvas.getAllByRole("row").slice(1)) {
      await expect(row).toHaveTextContent("Timed out");
    }
    await userEvent.click(timedOut);
    await expect(timedOut).toHaveAttribute("aria-pressed", "false");
    await waitFor(() => expect(shownCount(canvasElement)).toBe(10_000));
  },
};

/**
 * Opened from a URL another Flyte UI wrote: `?status=QUEUED;RUNNING;`. Off the docs page, where
 * both examples would share one URL.
 */
export const FromSharedUrl: Story = {
  tags: ["!autodocs"],
  beforeEach: () => {
    const url = new URL(window.location.href);
    url.searchParams.set("status", "QUEUED;RUNNING;");
    window.history.replaceState(window.history.state, "", url);
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: /^Phase:/ })).toHaveAccessibleName(
      "Phase: Queued, Running",
    );
    const rows = canvas.getAllByRole("row").slice(1);
    for (const row of rows) {
      await expect(row).toHaveTextContent(/Queued|Running/);
    }
  },
};
