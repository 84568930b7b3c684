// src/styles/tokens.css: the public --fpu-* tokens, each written once, and what uses them.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseTokens } from "../../stories/theming/parseTokens";

const root = join(__dirname, "../..");
const tokensCss = readFileSync(join(root, "src/styles/tokens.css"), "utf8");
const tokens = parseTokens(tokensCss);
const byName = new Map(tokens.map((token) => [token.name, token]));

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith(".css") ? [path] : [];
  });
}
/** Every `var(--fpu-…)` outside tokens.css, as "name in file". */
const uses = cssFiles(join(root, "src"))
  .filter((file) => !file.endsWith("tokens.css"))
  .flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/var\((--fpu-[\w-]+)\s*\)/g)].map(
      ([, name]) => `${name} in ${file.slice(root.length + 1)}`,
    ),
  );
const usedNames = new Set(uses.map((use) => use.split(" ")[0]));

const BADGE_TONES = ["pending", "running", "paused", "success", "failure", "aborted", "timeout"];
const PARTS = ["fg", "bg", "border", "solid-bg", "solid-fg"];

describe("tokens.css", () => {
  it("defines every part of every badge tone and of unknown, and the finished text colour", () => {
    for (const tone of [...BADGE_TONES, "unknown"]) {
      for (const part of PARTS) expect(byName.get(`--fpu-${tone}-${part}`)?.themed).toBe(true);
    }
    expect(byName.get("--fpu-finished-fg")?.themed).toBe(true);
  });

  it("writes each colour once, as light-dark(light, dark) with two different values", () => {
    const colours = tokens.filter((token) => token.themed);
    expect(colours.length).toBeGreaterThan(40);
    for (const { name, light, dark } of colours) {
      expect({ name, light }).toEqual({ name, light: expect.stringMatching(/^#[0-9a-f]{6}$/) });
      expect({ name, dark }).toEqual({ name, dark: expect.stringMatching(/^#[0-9a-f]{6}$/) });
      expect({ name, dark }).not.toEqual({ name, dark: light });
    }
    // No second palette anywhere: hex colours appear only inside light-dark().
    const outside = tokensCss.replace(/\/\*[\s\S]*?\*\//g, "").replace(/light-dark\([^)]*\)/g, "");
    expect(outside.match(/#[0-9a-f]{3,8}\b/gi)).toBeNull();
  });

  it("never follows the OS on its own: no prefers-color-scheme, data-theme only sets color-scheme", () => {
    expect(tokensCss).not.toMatch(/@media\s*\(prefers-color-scheme/);
    expect(tokensCss.replace(/\/\*[\s\S]*?\*\//g, "")).toMatch(
      /:where\(\[data-theme="dark"\]\)\s*\{\s*color-scheme:\s*dark;\s*\}/,
    );
  });

  it("every --fpu-* token a stylesheet uses without a fallback is defined", () => {
    expect(uses.length).toBeGreaterThan(20);
    expect(uses.filter((use) => !byName.has(use.split(" ")[0]!))).toEqual([]);
  });

  it("every token it defines is used by a stylesheet", () => {
    expect(tokens.map((token) => token.name).filter((name) => !usedNames.has(name))).toEqual([]);
  });

  it("the Tokens page lists every declaration once", () => {
    const names = tokens.map((token) => token.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBe(tokensCss.match(/^\s*--fpu-[\w-]+\s*:/gm)?.length);
  });

  it("rejects a block it does not know, so the page cannot silently miss tokens", () => {
    expect(() => parseTokens(".other { --fpu-x: red; }")).toThrow(/unexpected block/);
  });
});
