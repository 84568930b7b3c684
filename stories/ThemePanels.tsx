import type { CSSProperties, HTMLAttributes, ReactNode } from "react";

const THEMES = ["light", "dark"] as const;

/** A colour scheme a gallery shows, as `data-theme` takes it. */
export type Theme = (typeof THEMES)[number];

/** Panels in a row, wrapping when the page is narrow: the galleries' usual layout. */
export const SIDE_BY_SIDE: CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  gap: 16,
  padding: 16,
};

/**
 * A rounded panel on its theme's own page colour: `data-theme` sets the panel's
 * `color-scheme`, which `Canvas` follows, and the text takes the library's surface colour.
 */
export const CANVAS_PANEL: CSSProperties = {
  padding: 16,
  borderRadius: 8,
  background: "Canvas",
  color: "var(--fpu-surface-fg)",
};

/** The Storybook page's own background (.storybook/preview.css), in the panel's scheme. */
export const PAGE_BACKGROUND = "light-dark(#ffffff, #18181b)";

/** Props of {@link ThemePanels}; other props go to the row's `<div>`. */
export interface ThemePanelsProps extends Omit<HTMLAttributes<HTMLDivElement>, "children"> {
  /** What one panel shows; called once for "light", then once for "dark". */
  children: (theme: Theme) => ReactNode;
  /** When set, each panel is a grid that stacks its children with this gap (px). */
  gap?: number;
  /** Width of each panel (px); without it a panel is as wide as its content. */
  width?: number;
  /**
   * Each panel's look (background, padding, corners, font); `gap` and `width` go on top.
   * @default CANVAS_PANEL
   */
  panelStyle?: CSSProperties;
  /**
   * Style of the row that holds the panels.
   * @default SIDE_BY_SIDE
   */
  style?: CSSProperties;
}

/**
 * Light and dark side by side: one `<section data-theme>` per theme, a region named
 * "light theme" or "dark theme". The visual tests (test/visual/harness.tsx) and
 * scripts/gallery-screenshots.mjs find the panel they photograph by that name.
 */
export function ThemePanels({
  children,
  gap,
  width,
  panelStyle = CANVAS_PANEL,
  style = SIDE_BY_SIDE,
  ...props
}: ThemePanelsProps) {
  const grid: CSSProperties = gap === undefined ? {} : { display: "grid", gap };
  return (
    <div {...props} style={style}>
      {THEMES.map((theme) => (
        <section
          key={theme}
          data-theme={theme}
          aria-label={`${theme} theme`}
          style={{ ...panelStyle, ...grid, width }}
        >
          {children(theme)}
        </section>
      ))}
    </div>
  );
}
