/**
 * Reads the token declarations out of src/styles/tokens.css, so the Theming/Tokens page lists
 * exactly what the stylesheet defines and cannot drift from it.
 */

/** One `--fpu-*` token with its value in each colour scheme (sizes have one value for both). */
export interface TokenRow {
  readonly name: string;
  readonly light: string;
  readonly dark: string;
  /** True for colour tokens, written as `light-dark(light, dark)`. */
  readonly themed: boolean;
}

/**
 * The blocks tokens.css may hold: the sizes (and the scheme defaults for builds that lower
 * light-dark()), the colours (declared again on each data-theme element), and the colour scheme
 * each data-theme sets.
 */
const BLOCKS = new Set([
  ":where(:root)",
  ":where(:root, [data-theme])",
  ':where([data-theme="light"])',
  ':where([data-theme="dark"])',
]);

/** Every token, in the order tokens.css declares them; throws on a block it does not expect. */
export function parseTokens(css: string): TokenRow[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const rows: TokenRow[] = [];
  // Innermost blocks only: a selector and declarations without braces inside.
  for (const [, selector = "", body = ""] of text.matchAll(/([^{};]+)\{([^{}]*)\}/g)) {
    const name = selector.trim().replace(/\s+/g, " ");
    if (!BLOCKS.has(name)) throw new Error(`tokens.css: unexpected block "${name}"`);
    for (const [, token = "", value = ""] of body.matchAll(/(--fpu-[\w-]+)\s*:\s*([^;]+);/g)) {
      const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^,]+?)\s*\)$/.exec(value.trim());
      rows.push(
        pair
          ? { name: token, light: pair[1]!, dark: pair[2]!, themed: true }
          : { name: token, light: value.trim(), dark: value.trim(), themed: false },
      );
    }
  }
  return rows;
}

const PARTS: Record<string, string> = {
  fg: "text and icon on the tint and on the page (≥ 4.5:1)",
  bg: "background of the subtle badge",
  border: "border of the subtle and outline badge (≥ 3:1)",
  "solid-bg": "background of the solid badge",
  "solid-fg": "text and icon on the solid background (≥ 4.5:1)",
};

const NAMED: Record<string, string> = {
  "--fpu-badge-radius": "corner radius of the badge",
  "--fpu-badge-border-width": "border width of the badge",
  "--fpu-badge-font-size-sm": "font size, size sm",
  "--fpu-badge-font-size-md": "font size, size md",
  "--fpu-badge-font-size-lg": "font size, size lg",
  "--fpu-badge-max-width": "longest badge; longer labels truncate with an ellipsis",
  "--fpu-filter-font-size": "font size of the filter's trigger and popup",
  "--fpu-filter-preset-font-size": "font size of the filter's preset buttons",
  "--fpu-filter-icon-size": "size of the phase icons in the filter's options",
  "--fpu-filter-trigger-radius": "corner radius of the filter's trigger",
  "--fpu-filter-popup-radius": "corner radius of the filter's popup",
  "--fpu-filter-preset-radius": "corner radius of the preset buttons",
  "--fpu-filter-option-radius": "corner radius of an option (and its focus ring)",
  "--fpu-filter-check-radius": "corner radius of an option's check box",
  "--fpu-filter-presets-max-width": "widest row of preset buttons before they wrap",
  "--fpu-filter-popup-z-index":
    "stacking of the popup where the Popover API (top layer) is missing",
  "--fpu-count-bar-height": "height of PhaseCountBar's bar",
  "--fpu-count-bar-compact-height": "height of the compact (table cell) bar",
  "--fpu-count-bar-compact-width": "width of the compact bar",
  "--fpu-count-bar-min-segment": "narrowest segment: one action among thousands stays visible",
  "--fpu-count-bar-radius": "corner radius of the bar",
  "--fpu-duration-track-height": "thickness of PhaseDuration's progress line",
  "--fpu-history-mark-size": "size of a PhaseHistory mark",
  "--fpu-history-gap": "space between PhaseHistory marks",
  "--fpu-history-radius": "corner radius of a PhaseHistory mark",
  "--fpu-timeline-track-height": "height of a PhaseTimeline row's track",
  "--fpu-timeline-current-track-height": "height of the current attempt's track",
  "--fpu-timeline-heading-width": "width of the attempt headings",
  "--fpu-timeline-font-size": "font size of PhaseTimeline",
  "--fpu-surface-bg": "background of popups (the filter's listbox)",
  "--fpu-surface-fg": "text on surfaces",
  "--fpu-surface-border": "border of popups and controls (≥ 3:1)",
  "--fpu-focus-ring": "focus outline (≥ 3:1)",
  "--fpu-muted-fg": "secondary text, counts (≥ 4.5:1)",
  "--fpu-selected-bg": "background of a selected option",
};

/** What a token is for, from its name. */
export function describeToken(name: string): string {
  const named = NAMED[name];
  if (named !== undefined) return named;
  const match = /^--fpu-([a-z]+)-(fg|bg|border|solid-bg|solid-fg)$/.exec(name);
  return match ? `${match[1]} tone: ${PARTS[match[2] ?? ""]}` : "";
}
