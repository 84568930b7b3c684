"use client";
import type { ReactNode, SVGProps } from "react";

/**
 * The frame every glyph of this library is drawn in: a 16×16 grid, 1em square, a 1.5 stroke in
 * `currentColor`, decorative unless the caller says otherwise (props spread after these win).
 * @internal
 */
export const GLYPH_FRAME = {
  viewBox: "0 0 16 16",
  width: "1em",
  height: "1em",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.5,
  strokeLinecap: "round",
  strokeLinejoin: "round",
  "aria-hidden": "true",
  focusable: "false",
} as const satisfies SVGProps<SVGSVGElement>;

/**
 * Question mark: a value that is not a phase (or a phase this library does not know yet). Shared
 * by PhaseIcon and TerminalIcon, so "unknown" looks the same everywhere.
 * @internal
 */
export const UNKNOWN_GLYPH: ReactNode = (
  <>
    <path d="M5.5 5.75a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.45v.75" />
    <circle cx="8" cy="12.75" r="1" fill="currentColor" stroke="none" />
  </>
);
