// Makes the README's pictures from the Gallery story: docs/images/gallery-light.png and
// docs/images/gallery-dark.png, each the story's light or dark panel on a page in that theme.
//
//   node scripts/gallery-screenshots.mjs          build Storybook into a temp dir, then shoot
//   node scripts/gallery-screenshots.mjs --reuse  shoot the existing storybook-static/
//
// Storybook is served from a throwaway local HTTP server (module scripts do not load from
// file://) and photographed with Playwright driving the system's Chromium (Playwright gives it a
// fresh temporary profile).
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";
import { serve } from "./lib/serve.mjs";
import { buildStorybook } from "./storybook-static.mjs";

const root = resolve(import.meta.dirname, "..");
const STORY = "components-phasebadge--gallery";
const OUT = join(root, "docs/images");
const { dir, cleanup } = buildStorybook();
const server = await serve(dir);
let browser;
try {
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS],
  });
  mkdirSync(OUT, { recursive: true });
  // Still pictures: reduced motion stops the running spinner mid-turn.
  const context = await browser.newContext({
    viewport: { width: 1800, height: 1000 },
    deviceScaleFactor: 1,
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  for (const theme of ["light", "dark"]) {
    const url = `${server.url}/iframe.html?id=${STORY}&viewMode=story&globals=theme:${theme}`;
    await page.goto(url, { waitUntil: "networkidle" });
    const panel = page.locator(`section[aria-label="${theme} theme"]`);
    await panel.waitFor({ state: "visible", timeout: 30_000 });
    await page.evaluate(() => globalThis.document.fonts.ready);
    const file = join(OUT, `gallery-${theme}.png`);
    await panel.screenshot({ path: file });
    console.log(`wrote ${file.slice(root.length + 1)}`);
  }
} finally {
  await browser?.close();
  await server.close();
  cleanup();
}
