// A Tailwind v4 + Vite app as the README's "Use with Tailwind" section writes it: preflight (in
// `@layer base`) and utilities (in `@layer utilities`) around the library's layered stylesheet.
// Checked in Chromium: preflight does not take the badge's or the trigger's padding, and the
// utility class `px-4` on a badge overrides the library's padding without !important.
/* global document, CSSLayerBlockRule -- page.evaluate() callbacks run in the browser */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { serve } from "../lib/serve.mjs";
import { checkBadge, checkFilter, openBrowser, setUpApp } from "./shared.mjs";
import { viteBuild } from "./vite.mjs";

export async function tailwindApp(check, app, tarball, measured) {
  setUpApp(check, {
    name: "tailwind",
    label: "Tailwind",
    app,
    tarball,
    packages: ["react", "react-dom", "vite", "@vitejs/plugin-react"],
    fromReadme: true,
    reportVersionOf: "tailwindcss",
  });
  if (!viteBuild(check, "Tailwind app", app)) return;

  const assets = join(app, "dist/assets");
  const css = readdirSync(assets)
    .filter((name) => name.endsWith(".css"))
    .map((name) => readFileSync(join(assets, name), "utf8"))
    .join("\n");
  // The override below must come from the cascade (layer order), not from !important.
  const utility = /\.px-4\{([^}]*)\}/.exec(css)?.[1];
  check(
    "Tailwind app: the px-4 utility is a plain rule, without !important",
    utility !== undefined && !utility.includes("!important"),
    utility ?? "no .px-4 rule in the built CSS",
  );

  const server = await serve(join(app, "dist"));
  const browser = await openBrowser();
  try {
    const { page, problems } = await browser.page();
    await page.goto(server.url);
    const badges = page.locator(".fpu-PhaseBadge");
    await badges.first().waitFor({ timeout: 10_000 });
    const plain = await checkBadge(check, "Tailwind app (preflight)", badges.nth(0));
    // px-4 is `padding-inline: calc(var(--spacing) * 4)`: 16px left and right.
    const overridden = await checkBadge(
      check,
      "Tailwind app, badge with class px-4",
      badges.nth(1),
      "1.625px 16px",
    );
    const layers = await page.evaluate(() => {
      const names = [];
      const walk = (rules, prefix) => {
        for (const rule of rules) {
          if (rule instanceof CSSLayerBlockRule) {
            names.push(`${prefix}${rule.name}`);
            walk(rule.cssRules, `${prefix}${rule.name}.`);
          }
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules, "");
      return [...new Set(names)];
    });
    check(
      "Tailwind app: the library's rules sit in the flyte-phase-ui layer",
      layers.includes("flyte-phase-ui"),
      layers.join(", "),
    );
    const filter = await checkFilter(check, "Tailwind app", page, /^Phase/);
    check("Tailwind app: no errors in the page", problems.length === 0, problems.join(" | "));
    measured.tailwind = {
      badge: plain.padding,
      badgeWithUtility: overridden.padding,
      trigger: filter.style,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
