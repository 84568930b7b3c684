// The one static file server of the repository: built consumer apps (scripts/consumer/), the
// gallery screenshots (Storybook) and the benchmark pages (bench/) are all served by it, on a
// free local port, because module scripts do not load from file://.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/** The file for a URL path under `root`, or undefined for paths that leave it. */
async function fileFor(root, pathname) {
  const path = normalize(decodeURIComponent(pathname));
  let file = join(root, path);
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = join(file, "index.html");
  return file;
}

/**
 * Serves the folder `root` on 127.0.0.1 and a free port. Directories answer with their
 * index.html, /favicon.ico with 204 (no console error for a missing icon).
 * Resolves to `{ url, close }`; `url` has no trailing slash.
 */
export function serve(root) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, "http://x");
    if (pathname === "/favicon.ico") return void response.writeHead(204).end();
    const file = await fileFor(root, pathname);
    if (!file) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
