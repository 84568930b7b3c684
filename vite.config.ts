// Library build only. Storybook uses .storybook/vite.config.ts and Vitest uses vitest.config.ts,
// so nothing here leaks into either. `npm run build` = this + `tsc -p tsconfig.build.json`
// (declarations with their TSDoc).
//
// Output (dist/):
// - ES modules, one file per source module (preserveModules). Each component module keeps its own
//   `"use client";` directive, while `phases/` and `strings/defaultStrings` stay plain modules a
//   server can import. Bundlers of consumers tree-shake per file.
// - styles.css (unlayered) and styles.layer.css (in `@layer flyte-phase-ui`): src/styles.css and
//   src/styles.layer.css with every `@import` inlined (one file each, minified, with a source map).
//   The JS never imports CSS: consumers import `flyte-phase-ui/styles.css` (or the layered one) once.
import { readFileSync } from "node:fs";
import { bundle } from "lightningcss";
import { defineConfig } from "vite";
import type { Plugin } from "vite";
import react from "@vitejs/plugin-react";

/**
 * The two stylesheets consumers import. styles.css is unlayered (zero-specificity `:where()` rules
 * that a reset imported before it cannot beat); styles.layer.css is the same rules inside
 * `@layer flyte-phase-ui` for apps that manage cascade layers.
 */
const STYLESHEETS = [
  { source: "src/styles.css", fileName: "styles.css", layered: false },
  { source: "src/styles.layer.css", fileName: "styles.layer.css", layered: true },
] as const;

/** Emits each stylesheet to dist/ with lightningcss's bundler (imports inlined), and its types. */
function stylesheets(): Plugin {
  return {
    name: "flyte-phase-ui:stylesheets",
    apply: "build",
    generateBundle(_options, output) {
      // A component that imported its own CSS would make Vite emit a stylesheet that no export
      // points to: refuse it, the entries are the files above.
      const stray = Object.keys(output).filter((name) => name.endsWith(".css"));
      if (stray.length > 0) {
        this.error(
          `CSS imported from JS (${stray.join(", ")}): add it to src/styles.css with @import instead.`,
        );
      }
      for (const { source, fileName, layered } of STYLESHEETS) {
        const result = bundle({
          filename: source,
          minify: true,
          sourceMap: true,
          projectRoot: process.cwd(),
        });
        for (const warning of result.warnings) this.warn(`${source}: ${warning.message}`);
        const css = result.code.toString();
        if (css.includes("@layer") !== layered) {
          this.error(
            layered
              ? `${source} bundled without its "flyte-phase-ui" cascade layer.`
              : `${source} must stay unlayered (a layered rule loses to any unlayered reset).`,
          );
        }
        // Watch the stylesheet and what it imports (the map lists them) in `vite build --watch`.
        const map = JSON.parse(result.map!.toString()) as { sources: string[] };
        for (const file of map.sources) this.addWatchFile(file);
        this.emitFile({
          type: "asset",
          fileName,
          source: `${css}\n/*# sourceMappingURL=${fileName}.map */\n`,
        });
        this.emitFile({ type: "asset", fileName: `${fileName}.map`, source: JSON.stringify(map) });
        // Types for the export: a side-effect import type-checks even under
        // `noUncheckedSideEffectImports`.
        this.emitFile({
          type: "asset",
          fileName: `${fileName}.d.ts`,
          source: `// flyte-phase-ui's stylesheet${layered ? " in @layer flyte-phase-ui" : ""}: import it once for its side effect.\nexport {};\n`,
        });
      }
    },
  };
}

const packageJson = JSON.parse(readFileSync("package.json", "utf8")) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
// Every dependency and peer (and their subpaths: react/jsx-runtime, react-dom/client) stays an
// import: the consumer's bundler resolves the one React of the app.
const externalPackages = Object.keys({
  ...packageJson.dependencies,
  ...packageJson.peerDependencies,
});
const external = (id: string) =>
  externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig({
  plugins: [react(), stylesheets()],
  build: {
    lib: {
      entry: { index: "src/index.ts", "phases/index": "src/phases/index.ts" },
      formats: ["es"],
    },
    target: "es2022",
    sourcemap: true,
    emptyOutDir: true,
    // A library ships readable code; the consumer's bundler minifies the app as a whole.
    minify: false,
    copyPublicDir: false,
    rolldownOptions: {
      external,
      // Our modules only declare things (package.json says so too: "sideEffects" lists CSS
      // only), so barrels need no bare `import "./x.js"` lines to keep evaluation order.
      treeshake: { moduleSideEffects: (_id: string, isExternal: boolean) => isExternal },
      output: {
        preserveModules: true,
        preserveModulesRoot: "src",
        entryFileNames: "[name].js",
      },
    },
  },
});
