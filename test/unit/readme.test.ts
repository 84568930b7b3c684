import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as domain from "../../src/phases";

// The README's domain example runs here as written, so the README cannot lie about the API.
const README = readFileSync(resolve(__dirname, "../../README.md"), "utf8");

function codeBlockAfter(marker: string): string {
  const start = README.indexOf(marker);
  const match = /```ts\n([\s\S]*?)```/.exec(README.slice(start));
  if (start < 0 || !match?.[1]) throw new Error(`no \`\`\`ts block after ${marker}`);
  return match[1];
}

describe("README", () => {
  it("domain example prints what its comments say", () => {
    const code = codeBlockAfter("<!-- example:domain -->");
    const body = code.replace(/^import [^;]*;$/gm, "");
    const logged: unknown[] = [];
    const log = (value: unknown) => logged.push(value);
    new Function(...Object.keys(domain), "console", body)(...Object.values(domain), { log });
    const expected = [...code.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) =>
      JSON.parse(m[1]!),
    );
    expect(expected.length).toBeGreaterThan(5);
    expect(logged).toEqual(expected);
  });

  it("quick start is two commands: start Storybook, run every test", () => {
    const quick = README.slice(README.indexOf("## Quick start"));
    const block = /```sh\n([\s\S]*?)```/.exec(quick)?.[1] ?? "";
    const commands = block.split("\n").filter((line) => line.trim() && !line.startsWith("#"));
    expect(commands).toEqual(["npm ci && npm start", "npm ci && npm test"]);
  });

  // scripts/consumer/ writes these blocks into the Next.js and Tailwind apps it builds and checks
  // in Chromium: the README is their source. A copy of one of them in the fixture folder would be
  // overwritten by the README's block, and mislead whoever edits it.
  it.each([
    ["next", ["app/layout.tsx", "app/page.tsx", "app/RunFilter.tsx", "app/api/phase/route.ts"]],
    ["tailwind", ["src/index.css", "vite.config.ts", "src/App.tsx"]],
  ])("the %s consumer app's source files are README code blocks", (app, expected) => {
    const marker = new RegExp(`<!-- consumer:${app} (\\S+) -->\\s*\`\`\`(\\w+)\\n`, "g");
    const blocks = [...README.matchAll(marker)].map(([, path]) => path ?? "");
    expect(blocks).toEqual(expected);
    for (const path of blocks) {
      expect(existsSync(resolve(__dirname, "../consumer", app, path))).toBe(false);
    }
  });
});
