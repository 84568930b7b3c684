"use client";
import { forwardRef } from "react";
import type { ReactNode, SVGProps } from "react";
import { withClassName } from "../internal/classNames";
import type { ActionPhase } from "../phases";
import { GLYPH_FRAME, UNKNOWN_GLYPH } from "./glyph";

/** Props of {@link PhaseIcon}. Every other SVG attribute passes through to the `<svg>`. */
export interface PhaseIconProps extends Omit<SVGProps<SVGSVGElement>, "ref" | "children"> {
  /** The phase whose shape to draw; `undefined` draws the "unknown" question mark. */
  phase: ActionPhase | undefined;
  /**
   * Lets the RUNNING glyph spin (`data-animate="true"`). The stylesheet stops it under
   * `prefers-reduced-motion: reduce`. Other shapes never move.
   * @default false
   */
  animate?: boolean;
}

// One shape per phase, drawn on a 16×16 grid with a 1.5 stroke so every glyph has the same
// visual weight at 1em. Shapes differ in outline, not only in colour: colour is never the only
// signal. Strokes and fills use currentColor, so the icon takes the text colour of its parent.
const SHAPES: Readonly<Record<ActionPhase, ReactNode>> = {
  // Clock: waiting in line for its turn.
  queued: (
    <>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M8 4.5V8l2.5 1.75" />
    </>
  ),
  // Hourglass: waiting for CPU, memory or GPU.
  waiting_for_resources: (
    <>
      <path d="M3.5 1.75h9M3.5 14.25h9" />
      <path d="M5 1.75h6L8 8l3 6.25H5L8 8z" />
    </>
  ),
  // Dashed circle: something is starting to take shape.
  initializing: <circle cx="8" cy="8" r="6" strokeDasharray="2.71 2" />,
  // Three-quarter arc: the spinner (may rotate, see `animate`).
  running: <path d="M8 1.75A6.25 6.25 0 1 1 1.75 8" />,
  // Two bars: paused.
  paused: (
    <>
      <rect x="3.75" y="2.5" width="3" height="11" rx="0.75" fill="currentColor" stroke="none" />
      <rect x="9.25" y="2.5" width="3" height="11" rx="0.75" fill="currentColor" stroke="none" />
    </>
  ),
  // Check in a circle: done, successfully.
  succeeded: (
    <>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M5 8.25l2.1 2.1L11 6" />
    </>
  ),
  // Check inside a circular arrow: done, with outputs reused from an earlier run.
  recovered: (
    <>
      <path d="M14.25 8A6.25 6.25 0 1 1 12.4 3.6" />
      <path d="M12.75 1v3h-3" />
      <path d="M5.5 8.25l1.75 1.75L10.5 6.5" />
    </>
  ),
  // Cross: failed.
  failed: <path d="M3.5 3.5l9 9M12.5 3.5l-9 9" strokeWidth="2" />,
  // Stop square: aborted by a user.
  aborted: <rect x="3" y="3" width="10" height="10" rx="1.5" fill="currentColor" stroke="none" />,
  // Alarm clock (bells and feet): ran out of time.
  timed_out: (
    <>
      <circle cx="8" cy="9" r="5" />
      <path d="M8 6.5V9h2" />
      <path d="M1.75 4.25l2.5-2.5M14.25 4.25l-2.5-2.5M4.5 14.5l-1 1M11.5 14.5l1 1" />
    </>
  ),
};

/** The shapes, for the favicon of `usePhaseDocumentTitle` (drawn outside React). @internal */
export const PHASE_SHAPES = SHAPES;

/**
 * The glyph of a phase as inline SVG: one distinct shape for each of the ten phases plus a
 * question mark for "unknown". Sized `1em` and drawn in `currentColor`, so it follows the
 * surrounding text. Decorative by default (`aria-hidden="true"`, `focusable="false"`): put the
 * label next to it, or pass `aria-hidden={false}` with `aria-label` or `role="img"` yourself.
 *
 * @example
 * <PhaseIcon phase={parsePhase(action.phase)} />
 */
export const PhaseIcon = forwardRef<SVGSVGElement, PhaseIconProps>(function PhaseIcon(
  { phase, animate = false, className, ...svgProps },
  ref,
) {
  const shape = phase === undefined ? undefined : SHAPES[phase];
  return (
    <svg
      ref={ref}
      {...GLYPH_FRAME}
      data-phase-icon={shape === undefined ? "unknown" : phase}
      data-animate={animate && phase === "running" ? "true" : undefined}
      className={withClassName("fpu-PhaseIcon", className)}
      {...svgProps}
    >
      {shape ?? UNKNOWN_GLYPH}
    </svg>
  );
});
PhaseIcon.displayName = "PhaseIcon";
