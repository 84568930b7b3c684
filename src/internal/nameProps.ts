"use client";
import type { HTMLAttributes } from "react";

/**
 * Role and naming attributes shared by PhaseBadge and TerminalIndicator.
 *
 * - Default: a plain `<span>` with visible text. Not a live region, so a table of 500 badges
 *   stays silent.
 * - `iconOnly`: `role="img"` named by `aria-label` (the label), so the element has a name even
 *   though no text is shown.
 * - `announce`: `role="status"` (polite, atomic). A live region announces changes of its content,
 *   not the content it is first rendered with, so each phase change is one polite announcement
 *   and mounting is silent. No effect, timer or listener is needed.
 * @internal
 */
export function nameProps(
  label: string,
  iconOnly: boolean,
  announce: boolean,
): HTMLAttributes<HTMLSpanElement> {
  if (announce) {
    return {
      role: "status",
      "aria-live": "polite",
      "aria-atomic": true,
      ...(iconOnly ? { "aria-label": label } : undefined),
    };
  }
  return iconOnly ? { role: "img", "aria-label": label } : {};
}
