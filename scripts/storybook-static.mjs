// Storybook built (or reused) and served from a throwaway local HTTP server, for the scripts
// that photograph stories for the README (module scripts do not load from file://).
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
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

export function buildStorybook() {
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

export function serve(dir) {
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
