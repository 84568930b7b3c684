import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseTokenBlocks, parseTokens } from "../../stories/theming/parseTokens";

const root = join(__dirname, "../..");
const tokensCss = readFileSync(join(root, "src/styles/tokens.css"), "utf8");
const blocks = parseTokenBlocks(tokensCss);

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith(".css") ? [path] : [];
  });
}

const TONES = [
  "pending",
  "running",
  "paused",
  "success",
  "failure",
  "aborted",
  "timeout",
  "finished",
  "unknown",
];
const PARTS = ["fg", "bg", "border", "solid-bg", "solid-fg"];
const SURFACE = [
  "--fpu-page-bg",
  "--fpu-surface-bg",
  "--fpu-surface-fg",
  "--fpu-surface-border",
  "--fpu-focus-ring",
  "--fpu-muted-fg",
  "--fpu-selected-bg",
];

describe("tokens.css", () => {
  it("defines the agreed per-tone and surface tokens", () => {
    for (const tone of TONES) {
      for (const part of PARTS) expect(blocks.light.has(`--fpu-${tone}-${part}`)).toBe(true);
    }
    for (const name of SURFACE) expect(blocks.light.has(name)).toBe(true);
  });

  it("the dark theme sets exactly the colour tokens of the light theme", () => {
    expect([...blocks.dark.keys()]).toEqual([...blocks.light.keys()]);
  });

  it("dark via prefers-color-scheme and dark via data-theme are the same values", () => {
    expect([...blocks.darkMedia]).toEqual([...blocks.dark]);
  });

  it("dark differs from light for every colour that sits on a background", () => {
    for (const [name, light] of blocks.light) {
      if (name.endsWith("-fg") || name.endsWith("-bg")) {
        expect({ name, dark: blocks.dark.get(name) }).not.toEqual({ name, dark: light });
      }
    }
  });

  it("every --fpu-* token a stylesheet uses without a fallback is defined", () => {
    const defined = new Set([...blocks.base.keys(), ...blocks.light.keys()]);
    const used = cssFiles(join(root, "src"))
      .filter((file) => !file.endsWith("tokens.css"))
      .flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/var\((--fpu-[\w-]+)\s*\)/g)].map(
          ([, name]) => `${name} in ${file.slice(root.length + 1)}`,
        ),
      );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((entry) => !defined.has(entry.split(" ")[0]!))).toEqual([]);
  });

  it("the Tokens page lists every token once", () => {
    const names = parseTokens(tokensCss).map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBe(blocks.base.size + blocks.light.size);
  });

  it("rejects a block it does not know, so the page cannot silently miss tokens", () => {
    expect(() => parseTokenBlocks(".other { --fpu-x: red; }")).toThrow(/unexpected block/);
  });
});
