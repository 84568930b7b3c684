// Three kinds of test, one run:
// - unit: jsdom, fast, behaviour through Testing Library;
// - browser: real Chromium for what jsdom cannot know (computed styles, contrast, media queries);
// - storybook-light / storybook-dark: every story as a test in Chromium, axe failing on any
//   violation, once per theme.
import { defineConfig } from "vitest/config";
import type { TestProjectInlineConfiguration } from "vitest/config";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { chromiumPath } from "./scripts/chromium.mjs";

// A factory, not a shared object: Vitest registers each browser instance by name per project.
function browser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: chromiumPath(),
        args: [
          "--no-sandbox",
          "--disable-dev-shm-usage",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
        ],
      },
    }),
    instances: [{ browser: "chromium" as const }],
    screenshotFailures: false,
  };
}

function storybookProject(theme: "light" | "dark"): TestProjectInlineConfiguration {
  return {
    plugins: [storybookTest({ configDir: ".storybook" })],
    define: { __STORY_THEME__: JSON.stringify(theme) },
    test: { name: `storybook-${theme}`, browser: browser() },
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: "unit",
          environment: "jsdom",
          globals: true,
          include: ["test/unit/**/*.test.{ts,tsx}"],
          setupFiles: ["test/setup.ts"],
        },
      },
      {
        plugins: [react()],
        test: {
          name: "browser",
          globals: true,
          include: ["test/browser/**/*.test.{ts,tsx}"],
          browser: browser(),
        },
      },
      storybookProject("light"),
      storybookProject("dark"),
    ],
  },
});
