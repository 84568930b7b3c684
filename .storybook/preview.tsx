import type { Decorator, Preview } from "@storybook/react-vite";
import "../src/styles.css";
import "./preview.css";

// Vitest runs every story twice, with __STORY_THEME__ set to "light" and to "dark" (see
// vitest.config.ts), so axe checks both colour schemes. In `npm start` the toolbar decides.
declare const __STORY_THEME__: string | undefined;
const testTheme = typeof __STORY_THEME__ === "string" ? __STORY_THEME__ : undefined;

/**
 * Declares the page's colour scheme on <html> (`color-scheme: dark`), as a dark app does; the
 * library's light-dark() tokens and preview.css follow it. Stories that show `data-theme` set it
 * on their own wrappers. Done in render, not an effect, so the first paint (and the axe scan)
 * already has the scheme.
 */
const withTheme: Decorator = (Story, context) => {
  const theme = testTheme ?? (context.globals.theme as string | undefined) ?? "light";
  document.documentElement.style.colorScheme = theme;
  return <Story />;
};

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: "Colour scheme of the page (color-scheme on <html>)",
      toolbar: {
        title: "Theme",
        icon: "mirror",
        items: [
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "light" },
  parameters: {
    // Every story is an accessibility test: an axe violation fails it in `npm test`.
    a11y: { test: "error" },
    controls: { expanded: true },
    options: {
      storySort: { order: ["Phases", "Components", "Theming", "Guides", "Examples", "*"] },
    },
  },
  tags: ["autodocs"],
};

export default preview;
