// Makes the README's pictures of the "Examples/Flyte run page" story:
// docs/images/run-page-light.png and docs/images/run-page-dark.png.
//
//   node scripts/run-page-screenshots.mjs          build Storybook into a temp dir, then shoot
//   node scripts/run-page-screenshots.mjs --reuse  shoot the existing storybook-static/
//
// The page is live (a simulated WatchActions stream): it is photographed once the selected
// action's timeline has arrived, with reduced motion so nothing is caught mid-animation.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";
import { serve } from "./lib/serve.mjs";
import { buildStorybook } from "./storybook-static.mjs";

const root = resolve(import.meta.dirname, "..");
const STORY = "examples-flyte-run-page--run-page";
const OUT = join(root, "docs/images");

const { dir, cleanup } = buildStorybook();
const server = await serve(dir);
let browser;
try {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  mkdirSync(OUT, { recursive: true });
  const context = await browser.newContext({
    viewport: { width: 1000, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  for (const theme of ["light", "dark"]) {
    const url = `${server.url}/iframe.html?id=${STORY}&viewMode=story&globals=theme:${theme}`;
    await page.goto(url, { waitUntil: "networkidle" });
    const main = page.locator("main.fpu-run");
    // The story's play function clicks through the table and ends on train-model: wait for it.
    await page.locator("body[data-play-done]").waitFor({ state: "attached", timeout: 60_000 });
    await page.getByText(/^Attempt 2 of 2:/).waitFor({ state: "attached", timeout: 30_000 });
    await page.evaluate(() => globalThis.document.activeElement?.blur());
    await page.evaluate(() => globalThis.document.fonts.ready);
    const file = join(OUT, `run-page-${theme}.png`);
    await main.screenshot({ path: file });
    console.log(`wrote ${file.slice(root.length + 1)}`);
  }
} finally {
  await browser?.close();
  await server.close();
  cleanup();
}
