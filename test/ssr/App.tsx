import { useState } from "react";
import {
  ACTION_PHASES,
  PhaseBadge,
  PhaseDuration,
  PhaseFilter,
  PhaseIcon,
  PhaseStringsProvider,
  TerminalIndicator,
} from "../../src";
import type { ActionPhase } from "../../src";

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
