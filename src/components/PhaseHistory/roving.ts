import type { KeyboardEvent } from "react";

/**
 * The link a key moves focus to in a strip of marks (WAI-ARIA toolbar pattern, roving
 * tabindex): ArrowRight/ArrowLeft go to the next/previous mark on screen — mirrored in a
 * right-to-left layout — and stop at the ends; Home and End jump to the first and last.
 * `undefined` for any other key.
 * @internal
 */
export function nextMark(event: KeyboardEvent<HTMLElement>): HTMLElement | undefined {
  const strip = event.currentTarget;
  const links = [...strip.querySelectorAll<HTMLElement>("a.fpu-PhaseHistory-mark")];
  const at = links.indexOf(document.activeElement as HTMLElement);
  const rtl = getComputedStyle(strip).direction === "rtl";
  switch (event.key) {
    case "Home":
      return links[0];
    case "End":
      return links[links.length - 1];
    case "ArrowRight":
      return links[Math.min(links.length - 1, Math.max(0, at + (rtl ? -1 : 1)))];
    case "ArrowLeft":
      return links[Math.min(links.length - 1, Math.max(0, at + (rtl ? 1 : -1)))];
    default:
      return undefined;
  }
}
