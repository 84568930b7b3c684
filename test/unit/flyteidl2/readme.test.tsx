// The README's "With @flyteorg/flyteidl2" example runs here as written, with real messages: each
// console.log must print what its comment says, and each component line must render the texts
// its comment names. The example goes through Vite like app code (it imports .ts sources).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { cloneElement } from "react";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";

const ROOT = resolve(__dirname, "../../..");
const README = readFileSync(resolve(ROOT, "README.md"), "utf8");

function codeBlockAfter(marker: string): string {
  const start = README.indexOf(marker);
  const match = /```tsx?\n([\s\S]*?)```/.exec(README.slice(start));
  if (start < 0 || !match?.[1]) throw new Error(`no code block after ${marker}`);
  return match[1];
}

interface Collected {
  logged: unknown[];
  rendered: [ReactElement<{ defaultOpen?: boolean }>, string][];
}

declare global {
  var __readmeExample: Collected | undefined;
}

describe("README: With @flyteorg/flyteidl2", () => {
  const code = codeBlockAfter("<!-- example:flyteidl2 -->");

  it("runs as written and prints and renders what its comments say", async () => {
    const collected: Collected = { logged: [], rendered: [] };
    globalThis.__readmeExample = collected;
    const runnable =
      "const console = { log: (value: unknown) => globalThis.__readmeExample!.logged.push(value) };\n" +
      code
        .replace(/from "flyte-phase-ui"/, `from ${JSON.stringify(resolve(ROOT, "src/index.ts"))}`)
        // A component line `<X … />; // texts` is kept as an element to render below.
        .replace(
          /^(<[A-Z][^\n]*\/>);(?: \/\/ (.*))?$/gm,
          (_, jsx: string, comment = "") =>
            `globalThis.__readmeExample!.rendered.push([${jsx}, ${JSON.stringify(comment)}]);`,
        );
    const file = resolve(ROOT, ".cache/readme/flyteidl2-example.tsx");
    mkdirSync(resolve(file, ".."), { recursive: true });
    writeFileSync(file, runnable);
    await import(/* @vite-ignore */ file);

    const expected = [...code.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) =>
      JSON.parse(m[1]!),
    );
    expect(expected.length).toBeGreaterThan(8);
    expect(collected.logged).toEqual(expected);

    expect(collected.rendered.length).toBeGreaterThanOrEqual(4);
    for (const [element, comment] of collected.rendered) {
      // Open, so that a filter's options (and their counts) are in the markup.
      // Raw markup: an option's accessible name ("Running, 3") is an attribute.
      const html = renderToString(cloneElement(element, { defaultOpen: true }));
      const texts = comment.includes('"')
        ? [...comment.matchAll(/"([^"]*)"/g)].map((m) => m[1]!)
        : comment
            .split(",")
            .map((part) => part.replace("…", "").trim())
            .filter(Boolean);
      for (const shown of texts) expect(html).toContain(shown);
    }
  });
});
