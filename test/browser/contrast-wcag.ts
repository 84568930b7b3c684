/**
 * WCAG 2.x contrast from computed styles. Chromium reports colours as `rgb()`/`rgba()` for sRGB
 * values and as `color(srgb …)` for some mixes; both are read here. Alpha is composited over
 * what lies underneath, as the eye sees it.
 */

/** Red, green, blue in 0–255 and alpha in 0–1. */
export type Rgba = readonly [number, number, number, number];

const WHITE: Rgba = [255, 255, 255, 1];

/** Parses a computed colour: `rgb(…)`, `rgba(…)`, `color(srgb …)` or `transparent`. */
export function parseColor(value: string): Rgba {
  const text = value.trim().toLowerCase();
  if (text === "transparent") return [0, 0, 0, 0];
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    text,
  );
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha(rgb[4])];
  const srgb =
    /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (srgb) {
    return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, alpha(srgb[4])];
  }
  throw new Error(`Cannot read the colour "${value}"`);
}

function alpha(text: string | undefined): number {
  if (text === undefined) return 1;
  return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/** `top` painted over the opaque colour `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [
    top[0] * a + bottom[0] * (1 - a),
    top[1] * a + bottom[1] * (1 - a),
    top[2] * a + bottom[2] * (1 - a),
    1,
  ];
}

/** WCAG relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours, from 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The opaque colour behind `element`'s content: its background and its ancestors', composited. */
export function backgroundOf(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    layers.push(parseColor(getComputedStyle(node).backgroundColor));
  }
  return layers.reduceRight<Rgba>((under, layer) => composite(layer, under), WHITE);
}

/** Contrast of `color` (possibly translucent) painted on the opaque `background`. */
export function contrastOn(color: string, background: Rgba): number {
  return contrast(composite(parseColor(color), background), background);
}
