import { useState } from "react";
import {
  ACTION_PHASES,
  PhaseBadge,
  PhaseCountBar,
  PhaseDuration,
  PhaseFilter,
  PhaseHistory,
  PhaseIcon,
  PhaseStringsProvider,
  PhaseTimeline,
  TerminalIndicator,
} from "../../src";
import type { ActionPhase } from "../../src";
import { RETRIED, RUNNING, msAt } from "../../stories/timelineData";

/**
 * Every component in the forms a server renders: rendered to a string in Node by the `renderApp`
 * command (vitest.config.ts), then hydrated in Chromium by hydration.test.tsx with this same tree.
 * Deterministic on purpose: the server and the client must produce the same HTML.
 */
export function App() {
  const [selected, setSelected] = useState<ActionPhase[]>(["running"]);
  return (
    <main>
      <h1>Runs</h1>
      <section aria-label="Badges">
        {ACTION_PHASES.map((phase) => (
          <PhaseBadge key={phase} phase={phase} />
        ))}
        <PhaseBadge phase={6} variant="solid" size="sm" />
        <PhaseBadge phase="ACTION_PHASE_PAUSED" variant="outline" size="lg" />
        <PhaseBadge phase="timed_out" iconOnly />
        <PhaseBadge phase="running" announce />
        <PhaseBadge phase={undefined} />
      </section>
      <section aria-label="Indicators">
        <TerminalIndicator phase="succeeded" />
        <TerminalIndicator phase="paused" />
        <TerminalIndicator phase="recovered" iconOnly />
        <PhaseIcon phase="failed" />
        <PhaseIcon phase={undefined} />
      </section>
      <section aria-label="Filters">
        <PhaseFilter
          value={selected}
          onValueChange={setSelected}
          counts={{ running: 3, failed: 2, succeeded: 40 }}
        />
        <output data-testid="selected">{selected.join(",") || "none"}</output>
        <PhaseFilter label="Uncontrolled" defaultValue={["failed", "timed_out"]} name="phase" />
        <PhaseFilter label="Disabled" disabled />
        <PhaseStringsProvider strings={{ phaseLabels: { failed: "Fehlgeschlagen" } }}>
          <PhaseBadge phase="failed" />
        </PhaseStringsProvider>
      </section>
      <section aria-label="Timelines">
        <PhaseTimeline attempts={RETRIED} label="Retried action" />
        <PhaseTimeline attempts={RUNNING} now={msAt(70)} live={false} label="Running action" />
        <PhaseTimeline attempts={[]} label="New action" />
      </section>
      <section aria-label="Counts">
        <PhaseCountBar
          counts={{ 5: 12_345, 6: 2, 4: 3 }}
          selected={selected}
          onPhaseClick={(phase) => setSelected([phase])}
        />
        <PhaseCountBar counts={{ succeeded: 40, failed: 2 }} variant="compact" label="Compact" />
        <PhaseCountBar counts={null} label="Empty" />
        <PhaseHistory phases={["succeeded", "failed", 5, null]} />
        <PhaseHistory
          items={[
            { runName: "run-3", phase: 4 },
            { runName: "run-2", phase: 6 },
            { runName: "run-1", phase: 5 },
          ]}
          getLabel={(run) => run.runName}
          getHref={(run) => `#${run.runName}`}
        />
      </section>
      <section aria-label="Durations">
        {/* Rendered at a fixed `now` on both sides; after hydration it follows the browser's
            clock, so the hydration test leaves this one element out of its HTML comparison. */}
        <PhaseDuration
          data-testid="live-duration"
          status={{ phase: "running", startTime: "2026-11-30T10:00:00Z" }}
          now="2026-11-30T10:03:05Z"
        />
        <PhaseDuration durationMs={45_000n} title="45 seconds" />
        <PhaseDuration
          start="2026-11-30T10:00:00Z"
          now="2026-11-30T10:03:05Z"
          live={false}
          expectedMs={300_000}
          title="fixed"
        />
        <PhaseDuration status={null} />
      </section>
    </main>
  );
}
