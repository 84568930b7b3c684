"use client";
import type { ReactNode, SVGProps } from "react";
import { withClassName } from "../internal/classNames";
import { GLYPH_FRAME, UNKNOWN_GLYPH } from "./glyph";

/** Whether an action is finished: the three states of the TerminalIndicator. */
export type TerminalState = "true" | "false" | "unknown";

/** Props of {@link TerminalIcon}; other SVG attributes pass through. */
export interface TerminalIconProps extends Omit<SVGProps<SVGSVGElement>, "ref" | "children"> {
  /** `"true"` finished, `"false"` in progress, `"unknown"` not a phase. */
  state: TerminalState;
}

// Shapes distinct from the ten phase glyphs: a finish flag and a half-filled circle; "unknown"
// is the same question mark as PhaseIcon's.
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
  unknown: UNKNOWN_GLYPH,
};

/**
 * The glyph of the TerminalIndicator: a flag for finished, a half-filled circle for in progress,
 * a question mark for unknown. Decorative (`aria-hidden`); the indicator carries the text.
 * @internal
 */
export function TerminalIcon({ state, className, ...svgProps }: TerminalIconProps) {
  return (
    <svg
      {...GLYPH_FRAME}
      data-terminal-icon={state}
      className={withClassName("fpu-PhaseIcon", className)}
      {...svgProps}
    >
      {SHAPES[state]}
    </svg>
  );
}
