// The baseline for the compact PhaseCountBar: the same DOM (element for element, attribute for
// attribute, same stylesheet) written by hand in plain React, as an app without this library
// would: English strings inline, a fixed order, no strings context, no wire parsing of the
// counts. countbars.tsx checks that it renders exactly what PhaseCountBar renders.
import type { ActionPhase } from "../../src";
// The tone table an app would write once and use for both its badges and its bars.
import { TONES } from "./HandBadge";

type Counts = Partial<Record<ActionPhase, number>>;

const LIFECYCLE: readonly ActionPhase[] = [
  "queued",
  "waiting_for_resources",
  "initializing",
  "running",
  "paused",
  "succeeded",
  "recovered",
  "failed",
  "aborted",
  "timed_out",
];
const URGENT_FIRST: readonly ActionPhase[] = [
  "failed",
  "timed_out",
  "aborted",
  "running",
  "paused",
  "initializing",
  "waiting_for_resources",
  "queued",
  "succeeded",
  "recovered",
];
const WORDS: Record<ActionPhase, string> = {
  queued: "queued",
  waiting_for_resources: "waiting for resources",
  initializing: "initializing",
  running: "running",
  paused: "paused",
  succeeded: "succeeded",
  recovered: "recovered",
  failed: "failed",
  aborted: "aborted",
  timed_out: "timed out",
};
const exact = new Intl.NumberFormat("en");
const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

export function HandCountBar({ counts, label }: { counts: Counts; label: string }) {
  let total = 0;
  for (const phase of LIFECYCLE) total += counts[phase] ?? 0;
  if (total === 0) {
    return (
      <div
        role="group"
        aria-label={label}
        className="fpu-PhaseCountBar"
        data-variant="compact"
        data-empty="true"
        title="No actions"
      >
        <span className="fpu-PhaseCountBar-empty">No actions</span>
      </div>
    );
  }
  const parts: string[] = [];
  for (const phase of URGENT_FIRST) {
    const count = counts[phase] ?? 0;
    if (count > 0) parts.push(`${exact.format(count)} ${WORDS[phase]}`);
  }
  const summary = `${exact.format(total)} ${total === 1 ? "action" : "actions"}: ${parts.join(", ")}`;
  return (
    <div
      role="group"
      aria-label={label}
      title={summary}
      className="fpu-PhaseCountBar"
      data-variant="compact"
    >
      <span className="fpu-visually-hidden">{summary}</span>
      <span className="fpu-PhaseCountBar-track" aria-hidden="true">
        {LIFECYCLE.map((phase) => {
          const count = counts[phase] ?? 0;
          return count > 0 ? (
            <span
              key={phase}
              className="fpu-PhaseCountBar-segment"
              data-phase={phase}
              data-tone={TONES[phase]}
              style={{ flexGrow: count }}
            />
          ) : null;
        })}
      </span>
      <span className="fpu-PhaseCountBar-total" aria-hidden="true">
        {(total >= 10_000 ? compact : exact).format(total)}
      </span>
    </div>
  );
}
