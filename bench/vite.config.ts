// Builds the benchmark pages (bench/pages/*.html) as a production app: `mode: "production"` makes
// React use its production build, which is what users ship. Never measure React's development
// build: it is several times slower and its cost would hide ours. The output goes to a temporary
// folder outside the repository (bench/run.mjs passes `build.outDir`).
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const root = fileURLToPath(new URL("./pages", import.meta.url));

/** Every `pages/*.html` is one entry: `badges.html` → `/badges.html`. */
const input = Object.fromEntries(
  readdirSync(root)
    .filter((name) => name.endsWith(".html"))
    .map((name) => [name.slice(0, -".html".length), `${root}/${name}`]),
);

export default defineConfig({
  root,
  mode: "production",
  logLevel: "warn",
  plugins: [react()],
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    target: "es2022",
    emptyOutDir: true,
    // Minified like an app in production; source maps keep CPU profiles readable.
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    rolldownOptions: { input },
  },
});
