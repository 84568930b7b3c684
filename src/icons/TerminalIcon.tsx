"use client";
import type { ReactNode, SVGProps } from "react";
import clsx from "clsx";

/** Whether an action is finished: the three states of the TerminalIndicator. */
export type TerminalState = "true" | "false" | "unknown";

/** Props of {@link TerminalIcon}; other SVG attributes pass through. */
export interface TerminalIconProps extends Omit<SVGProps<SVGSVGElement>, "ref" | "children"> {
  /** `"true"` finished, `"false"` in progress, `"unknown"` not a phase. */
  state: TerminalState;
}

// Shapes distinct from the ten phase glyphs: a finish flag and a half-filled circle. "Unknown"
// reuses the question mark of PhaseIcon, so "unknown" looks the same everywhere.
const SHAPES: Readonly<Record<TerminalState, ReactNode>> = {
  true: (
    <>
      <path d="M3.5 14.5V2" />
      <path d="M3.5 2.5h8.75l-2 3 2 3H3.5" fill="currentColor" />
    </>
  ),
  false: (
    <>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" fill="currentColor" />
    </>
  ),
  unknown: (
    <>
      <path d="M5.5 5.75a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.45v.75" />
      <circle cx="8" cy="12.75" r="1" fill="currentColor" stroke="none" />
    </>
  ),
};

/**
 * The glyph of the TerminalIndicator: a flag for finished, a half-filled circle for in progress,
 * a question mark for unknown. Decorative (`aria-hidden`); the indicator carries the text.
 * @internal
 */
export function TerminalIcon({ state, className, ...svgProps }: TerminalIconProps) {
  return (
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
      data-terminal-icon={state}
      className={clsx("fpu-PhaseIcon", className)}
      {...svgProps}
    >
      {SHAPES[state]}
    </svg>
  );
}
