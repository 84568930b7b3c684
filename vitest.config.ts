// Kinds of test, one run:
// - unit: jsdom, fast, behaviour through Testing Library, against React 19 (the root's);
// - types: type tests (test/types/*.test-d.ts) checked by tsc through Vitest's typecheck mode;
// - unit-react18: the same component tests against React 18 (installed in test/react18/);
// - browser: real Chromium for what jsdom cannot know (computed styles, contrast, media queries);
// - ssr / ssr-react18: server rendering in Node, hydration in Chromium, React 19 and 18;
// - visual: screenshots of the gallery stories against references in test/visual/references/;
// - storybook-light / storybook-dark: every story as a test in Chromium, axe failing on any
//   violation, once per theme.
import { defineConfig } from "vitest/config";
import type { TestProjectInlineConfiguration } from "vitest/config";
import { runnerImport } from "vite";
import react from "@vitejs/plugin-react";
import { createRequire } from "node:module";
import * as React19 from "react";
import type { ComponentType } from "react";
import * as ReactDOMServer19 from "react-dom/server";
import { playwright } from "@vitest/browser-playwright";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.mjs";
import { REACT18_DIR } from "./scripts/react18-deps.mjs";

// Loading this file needs neither Chromium nor React 18: `npx vitest --project unit` runs on a
// machine without them. Each project that needs one checks or installs it in its own global
// setup, which Vitest runs only for the projects it runs.
const CHROMIUM_SETUP = "test/setup/chromium.global.ts";
const REACT18_SETUP = "test/setup/react18.global.ts";

// React 18 comes from test/react18/node_modules (its own lockfile: npm would refuse react-dom@18
// next to the root's React 19), installed by REACT18_SETUP when missing or stale.
const react18 = (pkg: string) => ({
  find: new RegExp(`^${pkg}(/.*)?$`),
  replacement: `${REACT18_DIR}node_modules/${pkg}$1`,
});
const react18Aliases = () => [
  react18("react"),
  react18("react-dom"),
  react18("@testing-library/react"),
  react18("@testing-library/dom"),
];
const react18Require = createRequire(`${REACT18_DIR}package.json`);

// A factory, not a shared object: Vitest registers each browser instance by name per project.
function browser(contextOptions?: {
  reducedMotion?: "reduce";
  viewport?: { width: number; height: number };
}) {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      ...(contextOptions ? { contextOptions } : {}),
      launchOptions: {
        // Looked up, not required, here: CHROMIUM_SETUP reports a missing one.
        executablePath: findChromium(),
        args: [...CHROMIUM_ARGS],
      },
    }),
    instances: [{ browser: "chromium" as const }],
    screenshotFailures: false,
  };
}

// Server rendering for the `ssr` projects: test/ssr/App.tsx loaded by Vite's module runner the way
// a Node server app loads it (React from node_modules, no DOM), then rendered to a string with
// the same React major the browser side hydrates with. The browser project's own Vite server
// resolves for the browser, so it can't do this.
async function renderSsrApp(reactMajor: 18 | 19): Promise<{ html: string; reactVersion: string }> {
  // React stays external (loaded by Node from node_modules). For React 18 the runner's root is
  // test/react18 and `dedupe` makes every import of react/react-dom resolve from there.
  const { module } = await runnerImport<{ App: ComponentType }>(
    `${process.cwd()}/test/ssr/App.tsx`,
    {
      configFile: false,
      root: reactMajor === 18 ? REACT18_DIR : process.cwd(),
      plugins: [react()],
      resolve: { dedupe: ["react", "react-dom"] },
      logLevel: "warn",
    },
  );
  const server =
    reactMajor === 18
      ? {
          React: react18Require("react") as typeof React19,
          ReactDOMServer: react18Require("react-dom/server") as typeof ReactDOMServer19,
        }
      : { React: React19, ReactDOMServer: ReactDOMServer19 };
  // App shows one deliberately unknown phase; its development warning is expected here.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes("which is not a phase it knows")) warn(...args);
  };
  try {
    const html = server.ReactDOMServer.renderToString(server.React.createElement(module.App));
    return { html, reactVersion: server.React.version };
  } finally {
    console.warn = warn;
  }
}

function ssrProject(reactMajor: 18 | 19): TestProjectInlineConfiguration {
  return {
    plugins: [react()],
    resolve: { alias: reactMajor === 18 ? react18Aliases() : [] },
    test: {
      name: reactMajor === 18 ? "ssr-react18" : "ssr",
      globals: true,
      globalSetup: reactMajor === 18 ? [CHROMIUM_SETUP, REACT18_SETUP] : [CHROMIUM_SETUP],
      include: ["test/ssr/**/*.test.{ts,tsx}"],
      provide: { reactMajor: String(reactMajor) },
      browser: {
        ...browser(),
        commands: { renderApp: () => renderSsrApp(reactMajor) },
      },
    },
  };
}

function storybookProject(theme: "light" | "dark"): TestProjectInlineConfiguration {
  return {
    plugins: [storybookTest({ configDir: ".storybook" })],
    define: { __STORY_THEME__: JSON.stringify(theme) },
    test: { name: `storybook-${theme}`, globalSetup: [CHROMIUM_SETUP], browser: browser() },
  };
}

// A test's time limit is a guard against hangs, not a speed claim (speed is `npm run bench`).
// `npm test` runs every project at once on 2 cores, where the first render of a jsdom file, a
// fast-check property or a Node-side server render can take longer than Vitest's default 5 s.
const UNIT_TIMEOUT_MS = 20_000;

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: "unit",
          environment: "jsdom",
          globals: true,
          include: ["test/unit/**/*.test.{ts,tsx}", "test/react-versions/*.test.tsx"],
          setupFiles: ["test/setup.ts"],
          env: { EXPECTED_REACT_MAJOR: "19" },
          testTimeout: UNIT_TIMEOUT_MS,
        },
      },
      {
        // Type tests (*.test-d.ts): `tsc` checks each expectTypeOf and @ts-expect-error, and each
        // `it` counts as a test that passes or fails like any other. Nothing is executed.
        test: {
          name: "types",
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ["test/types/**/*.test-d.ts"],
            tsconfig: "test/types/tsconfig.json",
          },
        },
      },
      {
        // The component tests (the .tsx ones) again, with every import of React, ReactDOM and
        // Testing Library resolved to React 18: our sources through these aliases, Testing
        // Library (loaded by Node from test/react18/node_modules) by its own resolution.
        plugins: [react()],
        resolve: { alias: react18Aliases() },
        test: {
          name: "unit-react18",
          environment: "jsdom",
          globals: true,
          globalSetup: [REACT18_SETUP],
          include: ["test/unit/**/*.test.tsx", "test/react-versions/*.test.tsx"],
          setupFiles: ["test/setup.ts"],
          env: { EXPECTED_REACT_MAJOR: "18" },
          testTimeout: UNIT_TIMEOUT_MS,
          // user-event goes through Vite so that its @testing-library/dom is the React 18 one,
          // the copy Testing Library configures to wrap events in act().
          server: { deps: { inline: ["@testing-library/user-event"] } },
        },
      },
      {
        plugins: [react()],
        test: {
          name: "browser",
          globals: true,
          globalSetup: [CHROMIUM_SETUP],
          include: ["test/browser/**/*.test.{ts,tsx}"],
          browser: browser(),
        },
      },
      // Server rendering: test/ssr/App.tsx rendered to a string in Node (the `renderApp` command)
      // and hydrated in Chromium, with React 19 and with React 18.
      ssrProject(19),
      ssrProject(18),
      {
        // Visual review: the gallery stories photographed in Chromium and compared with the
        // references committed in test/visual/references/ (small tolerance for anti-aliasing).
        // After an intended change: `npm run test:update-screenshots`, then review the PNGs.
        plugins: [react()],
        test: {
          name: "visual",
          // Room for the screenshot's own 20 s wait for a stable picture (below).
          testTimeout: 30_000,
          globals: true,
          globalSetup: [CHROMIUM_SETUP],
          include: ["test/visual/**/*.test.{ts,tsx}"],
          browser: {
            // Reduced motion: the RUNNING icon would otherwise spin and never hold still.
            // The page is larger than the test frame so the frame is never scaled down.
            ...browser({ reducedMotion: "reduce", viewport: { width: 2000, height: 1500 } }),
            viewport: { width: 1900, height: 1400 },
            expect: {
              toMatchScreenshot: {
                // Time to find two equal screenshots in a row: 5 s by default, which a full
                // `npm test` on 2 cores overran once (the gallery renders 90 badges).
                timeout: 20_000,
                comparatorName: "pixelmatch",
                comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.001 },
                resolveScreenshotPath: ({ root, arg, ext }) =>
                  `${root}/test/visual/references/${arg}${ext}`,
                resolveDiffPath: ({ root, arg, ext }) => `${root}/.cache/visual-diff/${arg}${ext}`,
              },
            },
          },
        },
      },
      storybookProject("light"),
      storybookProject("dark"),
    ],
  },
});
