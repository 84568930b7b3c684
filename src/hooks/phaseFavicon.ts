"use client";
import { isValidElement } from "react";
import type { ReactNode } from "react";
import type { ActionPhase } from "../phases";
import { PHASE_SHAPES } from "../icons/PhaseIcon";
import { UNKNOWN_GLYPH } from "../icons/glyph";
import { PHASE_TONES } from "../internal/phaseTone";

/**
 * SVG markup of one of the icon shapes (plain elements and fragments), so the favicon draws the
 * very shapes the badges use instead of a second copy of them.
 */
function markup(node: ReactNode): string {
  if (Array.isArray(node)) return node.map(markup).join("");
  if (!isValidElement(node)) return "";
  const { children, ...attributes } = node.props as Record<string, unknown>;
  if (typeof node.type !== "string") return markup(children as ReactNode);
  const text = Object.entries(attributes)
    .filter(([name]) => name !== "className")
    .map(([name, value]) => ` ${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${value}"`)
    .join("");
  return `<${node.type}${text}>${markup(children as ReactNode)}</${node.type}>`;
}

/**
 * The tone's solid-badge colours in the light theme, read from the tokens (so a restyled app
 * gets its own colours in the tab too). A tab strip may be light or dark: the shape sits on a
 * filled square with a light outline, readable on both.
 */
function toneColours(phase: ActionPhase | undefined): { fill: string; ink: string } {
  const probe = document.createElement("span");
  probe.className = "fpu-PhaseBadge";
  probe.dataset.theme = "light";
  probe.dataset.variant = "solid";
  probe.dataset.tone = phase === undefined ? "unknown" : PHASE_TONES[phase];
  probe.hidden = true;
  document.body.append(probe);
  const style = getComputedStyle(probe);
  const fill = style.backgroundColor;
  const ink = style.color;
  probe.remove();
  // Without the stylesheet there is no colour: a dark square with a white shape.
  const transparent = !fill || fill === "rgba(0, 0, 0, 0)" || fill === "transparent";
  return transparent ? { fill: "#333", ink: "#fff" } : { fill, ink };
}

/** A `data:` URL of the phase's favicon: its shape in white-on-tone. @internal */
export function phaseFaviconUrl(phase: ActionPhase | undefined): string {
  const { fill, ink } = toneColours(phase);
  const shape = markup(phase === undefined ? UNKNOWN_GLYPH : PHASE_SHAPES[phase]);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-1 -1 18 18" fill="none" stroke="${ink}" ` +
    `color="${ink}" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">` +
    `<rect x="-0.5" y="-0.5" width="17" height="17" rx="4" fill="${fill}" stroke="#fff" ` +
    `stroke-width="1"/>${shape}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/**
 * Shows `href` as the page's icon and returns how to put the previous icons back: every
 * `<link rel~="icon">` gets it (browsers pick among them), or one is added and later removed.
 * @internal
 */
export function showFavicon(href: string): () => void {
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')];
  if (links.length === 0) {
    const link = document.createElement("link");
    link.rel = "icon";
    link.href = href;
    document.head.append(link);
    return () => link.remove();
  }
  const previous = links.map((link) => [link, link.getAttribute("href"), link.type] as const);
  for (const link of links) {
    link.href = href;
    link.type = "image/svg+xml";
  }
  return () => {
    for (const [link, old, type] of previous) {
      if (old === null) link.removeAttribute("href");
      else link.setAttribute("href", old);
      link.type = type;
    }
  };
}
