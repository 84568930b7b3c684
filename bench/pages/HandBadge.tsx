// The baseline for PhaseBadge: the same DOM (element for element, attribute for attribute, same
// stylesheet) written by hand in plain React, the way an app without this library would: a
// lookup table for label and tone, a switch of SVG shapes, no context, no wire parsing, no
// forwardRef. badges.tsx checks that it renders exactly what PhaseBadge renders.
import type { ReactNode } from "react";
import type { ActionPhase } from "../../src";

const LABELS: Record<ActionPhase, string> = {
  queued: "Queued",
  waiting_for_resources: "Waiting for resources",
  initializing: "Initializing",
  running: "Running",
  paused: "Paused",
  succeeded: "Succeeded",
  recovered: "Recovered",
  failed: "Failed",
  aborted: "Aborted",
  timed_out: "Timed out",
};

export const TONES: Record<ActionPhase, string> = {
  queued: "pending",
  waiting_for_resources: "pending",
  initializing: "pending",
  running: "running",
  paused: "paused",
  succeeded: "success",
  recovered: "success",
  failed: "failure",
  aborted: "aborted",
  timed_out: "timeout",
};

function shape(phase: ActionPhase): ReactNode {
  switch (phase) {
    case "queued":
      return (
        <>
          <circle cx="8" cy="8" r="6.25" />
          <path d="M8 4.5V8l2.5 1.75" />
        </>
      );
    case "waiting_for_resources":
      return (
        <>
          <path d="M3.5 1.75h9M3.5 14.25h9" />
          <path d="M5 1.75h6L8 8l3 6.25H5L8 8z" />
        </>
      );
    case "initializing":
      return <circle cx="8" cy="8" r="6" strokeDasharray="2.71 2" />;
    case "running":
      return <path d="M8 1.75A6.25 6.25 0 1 1 1.75 8" />;
    case "paused":
      return (
        <>
          <rect
            x="3.75"
            y="2.5"
            width="3"
            height="11"
            rx="0.75"
            fill="currentColor"
            stroke="none"
          />
          <rect
            x="9.25"
            y="2.5"
            width="3"
            height="11"
            rx="0.75"
            fill="currentColor"
            stroke="none"
          />
        </>
      );
    case "succeeded":
      return (
        <>
          <circle cx="8" cy="8" r="6.25" />
          <path d="M5 8.25l2.1 2.1L11 6" />
        </>
      );
    case "recovered":
      return (
        <>
          <path d="M14.25 8A6.25 6.25 0 1 1 12.4 3.6" />
          <path d="M12.75 1v3h-3" />
          <path d="M5.5 8.25l1.75 1.75L10.5 6.5" />
        </>
      );
    case "failed":
      return <path d="M3.5 3.5l9 9M12.5 3.5l-9 9" strokeWidth="2" />;
    case "aborted":
      return <rect x="3" y="3" width="10" height="10" rx="1.5" fill="currentColor" stroke="none" />;
    case "timed_out":
      return (
        <>
          <circle cx="8" cy="9" r="5" />
          <path d="M8 6.5V9h2" />
          <path d="M1.75 4.25l2.5-2.5M14.25 4.25l-2.5-2.5M4.5 14.5l-1 1M11.5 14.5l1 1" />
        </>
      );
  }
}

export function HandBadge({ phase }: { phase: ActionPhase }) {
  const label = LABELS[phase];
  return (
    <span
      title={label}
      className="fpu-PhaseBadge"
      data-phase={phase}
      data-tone={TONES[phase]}
      data-size="md"
      data-variant="subtle"
    >
      <svg
        viewBox="0 0 16 16"
        width="1em"
        height="1em"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.5}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        data-phase-icon={phase}
        data-animate={phase === "running" ? "true" : undefined}
        className="fpu-PhaseIcon fpu-PhaseBadge-icon"
      >
        {shape(phase)}
      </svg>
      <span className="fpu-PhaseBadge-label">{label}</span>
    </span>
  );
}
