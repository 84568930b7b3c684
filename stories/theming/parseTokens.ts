/**
 * Reads the token declarations out of src/styles/tokens.css, so the Theming/Tokens page lists
 * exactly what the stylesheet defines and cannot drift from it.
 */

/** One `--fpu-*` token with its value in each theme (size tokens have one value for both). */
export interface TokenRow {
  readonly name: string;
  readonly light: string;
  readonly dark: string;
  /** True for colour tokens, which differ per theme. */
  readonly themed: boolean;
}

/** The declarations of each block of tokens.css, keyed by which theme the block sets. */
export interface TokenBlocks {
  readonly base: ReadonlyMap<string, string>;
  readonly light: ReadonlyMap<string, string>;
  readonly darkMedia: ReadonlyMap<string, string>;
  readonly dark: ReadonlyMap<string, string>;
}

const SELECTORS: Record<string, keyof TokenBlocks> = {
  ":where(:root)": "base",
  ':where(:root, [data-theme="light"])': "light",
  ':where(:root:not([data-theme="light"]))': "darkMedia",
  ':where([data-theme="dark"])': "dark",
};

/** Splits tokens.css into its four blocks; throws on a block it does not expect. */
export function parseTokenBlocks(css: string): TokenBlocks {
  const blocks: Record<keyof TokenBlocks, Map<string, string>> = {
    base: new Map(),
    light: new Map(),
    darkMedia: new Map(),
    dark: new Map(),
  };
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  // Innermost blocks only: a selector and declarations without braces inside.
  for (const [, selector = "", body = ""] of text.matchAll(/([^{};]+)\{([^{}]*)\}/g)) {
    const key = SELECTORS[selector.trim().replace(/\s+/g, " ")];
    if (key === undefined) throw new Error(`tokens.css: unexpected block "${selector.trim()}"`);
    for (const [, name = "", value = ""] of body.matchAll(/(--fpu-[\w-]+)\s*:\s*([^;]+);/g)) {
      blocks[key].set(name, value.trim());
    }
  }
  return blocks;
}

/** Every token, in the order tokens.css declares them: sizes first, then colours. */
export function parseTokens(css: string): TokenRow[] {
  const { base, light, dark } = parseTokenBlocks(css);
  return [
    ...[...base].map(([name, value]) => ({ name, light: value, dark: value, themed: false })),
    ...[...light].map(([name, value]) => ({
      name,
      light: value,
      dark: dark.get(name) ?? value,
      themed: true,
    })),
  ];
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
  "--fpu-page-bg": "the page background the outline variant and indicator are checked against",
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
