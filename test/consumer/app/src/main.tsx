// A consumer app as the README tells people to write it: the package from its tarball, the CSS
// imported once, components from the root entry and the domain from `flyte-phase-ui/phases`.
// scripts/consumer-test.mjs builds it with Vite and drives it in Chromium.
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { PhaseBadge, PhaseFilter } from "flyte-phase-ui";
import type { ActionPhase } from "flyte-phase-ui";
import { parsePhase } from "flyte-phase-ui/phases";
import "flyte-phase-ui/styles.css";

function App() {
  const [phases, setPhases] = useState<ActionPhase[]>([]);
  return (
    <main>
      <h1>Runs</h1>
      <PhaseBadge phase={parsePhase("ACTION_PHASE_RUNNING")} data-testid="badge" />
      <PhaseFilter value={phases} onValueChange={setPhases} />
      <section data-theme="dark">
        <PhaseBadge phase="failed" data-testid="dark-badge" />
      </section>
      <output data-testid="selected">{phases.join(",") || "none"}</output>
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
