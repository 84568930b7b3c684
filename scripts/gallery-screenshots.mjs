// Makes the README's pictures from the Gallery story: docs/images/gallery-light.png and
// docs/images/gallery-dark.png, each the story's light or dark panel on a page in that theme.
//
//   node scripts/gallery-screenshots.mjs          build Storybook into a temp dir, then shoot
//   node scripts/gallery-screenshots.mjs --reuse  shoot the existing storybook-static/
//
// Storybook is served from a throwaway local HTTP server (module scripts do not load from
// file://) and photographed with Playwright driving the system's Chromium (Playwright gives it a
// fresh temporary profile).
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";

const root = resolve(import.meta.dirname, "..");
const STORY = "components-phasebadge--gallery";
const OUT = join(root, "docs/images");
const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

function buildStorybook() {
  if (process.argv.includes("--reuse")) {
    const dir = join(root, "storybook-static");
    if (!existsSync(join(dir, "iframe.html"))) throw new Error("No storybook-static/ to reuse.");
    return { dir, cleanup: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), "fpu-storybook-"));
  console.log(`building Storybook into ${dir} …`);
  execFileSync(join(root, "node_modules/.bin/storybook"), ["build", "--quiet", "-o", dir], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
    let file = join(dir, path);
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

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
  const { port } = server.address();
  for (const theme of ["light", "dark"]) {
    const url = `http://127.0.0.1:${port}/iframe.html?id=${STORY}&viewMode=story&globals=theme:${theme}`;
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
  server.close();
  cleanup();
}
