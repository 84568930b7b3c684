import type { Decorator, Preview } from "@storybook/react-vite";
import "../src/styles.css";
import "./preview.css";

// Vitest runs every story twice, with __STORY_THEME__ set to "light" and to "dark" (see
// vitest.config.ts), so axe checks both themes. In `npm start` the toolbar decides.
declare const __STORY_THEME__: string | undefined;
const testTheme = typeof __STORY_THEME__ === "string" ? __STORY_THEME__ : undefined;

/**
 * Puts `data-theme` on <html>, where the library's tokens pick it up like in a real app. Done in
 * render, not an effect, so the first paint (and the axe scan) already has the theme.
 */
const withTheme: Decorator = (Story, context) => {
  const theme = testTheme ?? (context.globals.theme as string | undefined) ?? "light";
  document.documentElement.dataset.theme = theme;
  return <Story />;
};

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: "Colour theme (sets data-theme on <html>)",
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
