import { useMemo, useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import {
  PhaseBadge,
  PhaseCountBar,
  PhaseDuration,
  PhaseFilter,
  PhaseTimeline,
  TerminalIndicator,
  countByPhase,
  filterByPhase,
  usePhaseBadgeMarks,
  usePhaseDocumentTitle,
} from "../../src";
import type { ActionPhase } from "../../src";
import type {
  ActionStatus,
  EnrichedAction,
} from "@flyteorg/flyteidl2/flyteidl2/workflow/run_definition_pb.ts";
import { RUN_NAME } from "./flyteRun/scenario";
import { runClock } from "./flyteRun/stream";
import { useWatchedActions, useWatchedDetails } from "./flyteRun/useRun";
import "./FlyteRunPage.css";

const phaseOf = (enriched: EnrichedAction) => enriched.action?.status?.phase;
const nameOf = (enriched: EnrichedAction) => enriched.action?.id?.name ?? "";

/** A phase badge with its retry ("↻2") and cache ("from cache") marks. */
function StatusBadge({ status, size }: { status: ActionStatus | undefined; size?: "sm" | "lg" }) {
  const marks = usePhaseBadgeMarks({
    attempts: status?.attempts,
    cacheStatus: status?.cacheStatus,
  });
  return <PhaseBadge phase={status?.phase} size={size} marks={marks} announce={size === "lg"} />;
}

/**
 * A Flyte run page built from the whole kit, fed by a simulated WatchActions stream of real
 * encoded flyteidl2 messages (see flyteRun/stream.ts): the run header, its children's counts,
 * the actions table with a phase filter, and the timeline of the selected action.
 */
function FlyteRunPage() {
  const { runStartMs } = useMemo(() => runClock(), []);
  const actions = useWatchedActions(runStartMs);
  const [phases, setPhases] = useState<ActionPhase[]>([]);
  const [selected, setSelected] = useState("train-model");
  const details = useWatchedDetails(selected, runStartMs);

  const root = actions.get("a0");
  const children = useMemo(
    () => [...actions.values()].filter((a) => nameOf(a) !== "a0"),
    [actions],
  );
  const counts = useMemo(() => countByPhase(children, phaseOf), [children]);
  const rows = useMemo(() => filterByPhase(children, phases, phaseOf), [children, phases]);
  const status = root?.action?.status;
  usePhaseDocumentTitle(status?.phase, `${RUN_NAME} · Flyte`);
  const toggle = (phase: ActionPhase) =>
    setPhases((now) => (now.includes(phase) ? now.filter((p) => p !== phase) : [...now, phase]));

  return (
    <main className="fpu-run">
      <header className="fpu-run-header">
        <h1 className="fpu-run-title">{RUN_NAME}</h1>
        <StatusBadge status={status} size="lg" />
        <TerminalIndicator phase={status?.phase} />
        <PhaseDuration status={status} />
      </header>

      <section aria-labelledby="fpu-run-children" className="fpu-run-section">
        <h2 id="fpu-run-children">Children</h2>
        <PhaseCountBar
          counts={root?.childrenPhaseCounts ?? {}}
          selected={phases}
          onPhaseClick={toggle}
          label="Children of train-42 by phase"
        />
      </section>

      <section aria-labelledby="fpu-run-actions" className="fpu-run-section">
        <div className="fpu-run-toolbar">
          <h2 id="fpu-run-actions">Actions</h2>
          <PhaseFilter value={phases} onValueChange={setPhases} counts={counts} />
        </div>
        <table className="fpu-run-table">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Phase</th>
              <th scope="col">Duration</th>
              <th scope="col">Attempts</th>
              <th scope="col">Children</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((enriched) => {
              const name = nameOf(enriched);
              const rowStatus = enriched.action?.status;
              const hasChildren = Object.keys(enriched.childrenPhaseCounts).length > 0;
              return (
                <tr key={name} data-selected={name === selected ? "true" : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="fpu-run-select"
                      aria-pressed={name === selected}
                      onClick={() => setSelected(name)}
                    >
                      {name}
                    </button>
                  </th>
                  <td>
                    <StatusBadge status={rowStatus} size="sm" />
                  </td>
                  <td>
                    <PhaseDuration status={rowStatus} />
                  </td>
                  <td>{rowStatus?.attempts ?? 0}</td>
                  <td>
                    {hasChildren ? (
                      <PhaseCountBar
                        counts={enriched.childrenPhaseCounts}
                        variant="compact"
                        label={`Children of ${name} by phase`}
                      />
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="fpu-run-timeline" className="fpu-run-section">
        <h2 id="fpu-run-timeline">Timeline of {selected}</h2>
        <PhaseTimeline attempts={details?.attempts} label={`Phase timeline of ${selected}`} />
      </section>
    </main>
  );
}

// The streams answer within a second, but a loaded CI machine can be slower than that.
const SLOW = { timeout: 8000 };

const meta = {
  title: "Examples/Flyte run page",
  component: FlyteRunPage,
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof FlyteRunPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Run "train-42", opened 200 seconds after it started: data prepared (from cache), 48 shards
 * being processed, the model's second attempt running after a system error. Over the next
 * 40 seconds the phases move on until the run succeeds.
 */
export const RunPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const timeline = await canvas.findByRole(
      "group",
      { name: "Phase timeline of train-model" },
      SLOW,
    );
    await waitFor(
      () =>
        expect(
          within(timeline).getByText(
            "Attempt 1 of 2: queued 1s, waiting for resources 39s, initializing 6s, running 54s, failed (system error)",
          ),
        ).toBeInTheDocument(),
      SLOW,
    );
    await expect(canvas.getByRole("row", { name: /process-shards/ })).toBeInTheDocument();
    // The retried action's badge says which attempt it shows; the cached one where it came from.
    await expect(canvas.getByRole("row", { name: /train-model/ })).toHaveTextContent("↻2");
    await expect(canvas.getByRole("row", { name: /prepare-data/ })).toHaveTextContent("from cache");
    await expect(canvasElement.ownerDocument.title).toMatch(/train-42 · Flyte$/);
    await userEvent.click(canvas.getByRole("button", { name: "prepare-data" }));
    await expect(canvas.getByRole("button", { name: "prepare-data" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    const prepared = await canvas.findByRole(
      "group",
      { name: "Phase timeline of prepare-data" },
      SLOW,
    );
    await waitFor(
      () =>
        expect(
          within(prepared).getByText(
            "Attempt 1 of 1: queued 2s, initializing 4s, running 3s, succeeded",
          ),
        ).toBeInTheDocument(),
      SLOW,
    );
    // Back to the retried action, the page's default view (and its README picture).
    await userEvent.click(canvas.getByRole("button", { name: "train-model" }));
    await canvas.findByRole("group", { name: "Phase timeline of train-model" }, SLOW);
    canvasElement.ownerDocument.body.dataset.playDone = "true";
  },
};
