"use client";
import { useEffect } from "react";
import { parsePhase } from "../phases";
import type { ActionPhase } from "../phases";
import { formatMessage } from "../strings";
import { documentTitleStrings } from "../strings/defaultStrings";
import type { PhaseStringsOverrides } from "../strings";
import { useComponentStrings } from "../internal/readPhase";
import { phaseFaviconUrl, showFavicon } from "./phaseFavicon";

/**
 * Text cue per phase for the tab title, by shape rather than colour (a title has no colour):
 * hollow while setting up, filled while running, bars when paused, a tick when done, a cross
 * when failed, a stop square when aborted, a stopwatch when timed out.
 */
const TITLE_GLYPHS: Readonly<Record<ActionPhase, string>> = {
  queued: "○",
  waiting_for_resources: "○",
  initializing: "○",
  running: "●",
  paused: "⏸",
  succeeded: "✓",
  recovered: "✓",
  failed: "✗",
  aborted: "■",
  timed_out: "⏱",
};

/** Options of {@link usePhaseDocumentTitle}. */
export interface UsePhaseDocumentTitleOptions {
  /**
   * Also show the phase as the tab's icon: the badge's own shape (check, cross, pause bars, …)
   * in white on the tone's colour, so it reads without telling colours apart. The page's icons
   * come back on unmount.
   * @default false
   */
  favicon?: boolean;
  /** Strings for this title only (`documentTitle`, `phaseLabels`, …). @default undefined */
  strings?: PhaseStringsOverrides;
}

/**
 * Puts a run's phase in the browser tab's title — "✓ train-42 · Flyte", "● Running" — so a
 * background tab shows when a run finishes. The title in place before is restored on unmount.
 * Safe to call while server rendering (it only acts in effects). Unknown phases show "?" and
 * "Unknown".
 *
 * @param phase The phase in any wire form (`parsePhase`).
 * @param title The page's own title; the phase's label when omitted.
 * @example
 * usePhaseDocumentTitle(run.action.status.phase, `${run.name} · Flyte`, { favicon: true });
 */
export function usePhaseDocumentTitle(
  phase: unknown,
  title?: string,
  { favicon = false, strings: own }: UsePhaseDocumentTitleOptions = {},
): void {
  const strings = useComponentStrings(own);
  const parsed = parsePhase(phase);
  const label = parsed === undefined ? strings.unknown : strings.phaseLabels[parsed];
  const text = formatMessage(
    documentTitleStrings(strings),
    { glyph: parsed === undefined ? "?" : TITLE_GLYPHS[parsed], label, title: title ?? label },
    strings.locale,
  );

  // Declared first, so on mount it reads the title before the next effect replaces it.
  useEffect(() => {
    const before = document.title;
    return () => {
      document.title = before;
    };
  }, []);
  useEffect(() => {
    document.title = text;
  }, [text]);
  useEffect(() => (favicon ? showFavicon(phaseFaviconUrl(parsed)) : undefined), [favicon, parsed]);
}
