// A Next.js App Router app as the README's "Use with Next.js" section writes it: the root layout
// imports create-next-app's globals.css (an unlayered `*` reset) BEFORE flyte-phase-ui/styles.css
// and passes German strings (plain data) from the server; the page is a Server Component with a
// PhaseBadge and a TerminalIndicator; a client component holds the PhaseFilter; a route handler
// uses flyte-phase-ui/phases. One npm install, built with Turbopack and with webpack, and each
// build started and checked in Chromium.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { checkBadge, checkFilter, openBrowser, run, setUpApp } from "./shared.mjs";

const NEXT_ENV = { NEXT_TELEMETRY_DISABLED: "1" };

export async function nextApp(check, app, tarball, measured) {
  setUpApp(check, {
    name: "next",
    label: "Next.js",
    app,
    tarball,
    packages: [
      "react",
      "react-dom",
      "typescript",
      "@types/react",
      "@types/react-dom",
      "@types/node",
    ],
    fromReadme: true,
    reportVersionOf: "next",
  });

  for (const bundler of ["turbopack", "webpack"]) {
    const label = `Next.js (${bundler})`;
    const buildStarted = Date.now();
    let output;
    try {
      // TypeScript is checked once, in the first build (test/consumer/next/next.config.mjs).
      const env = { ...NEXT_ENV, CONSUMER_SKIP_TYPECHECK: bundler === "webpack" ? "1" : "0" };
      output = run(process.execPath, [nextBin(app), "build", `--${bundler}`], app, env);
    } catch (error) {
      check(`${label}: next build`, false, `${error.stdout}${error.stderr}`);
      continue;
    }
    // Next marks warnings with ⚠; a clean build of this app has none. The one exception is about
    // the machine, not the app: a first build in a fresh folder has no .next/cache yet (CI).
    const warnings = output
      .split("\n")
      .filter((line) => /⚠|warn/i.test(line) && !line.includes("No build cache found"));
    check(
      `${label}: next build, no warnings`,
      warnings.length === 0,
      warnings.length ? warnings.join(" | ") : `${(Date.now() - buildStarted) / 1000}s`,
    );
    measured[bundler] = await startAndCheck(check, label, app);
  }
}

const nextBin = (app) => join(app, "node_modules/next/dist/bin/next");

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/** `next start` on a free port; resolves once it answers. `stop()` ends that process only. */
async function start(app) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [nextBin(app), "start", "--port", String(port), "--hostname", "127.0.0.1"],
    { cwd: app, env: { ...process.env, ...NEXT_ENV }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${log}`);
    if (Date.now() > deadline) throw new Error(`next start did not answer: ${log}`);
    const answered = await fetch(`${url}/api/phase`).then(
      () => true,
      () => false,
    );
    if (answered) break;
    await new Promise((done) => setTimeout(done, 250));
  }
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", done);
      child.kill("SIGTERM");
    });
  return { url, stop, log: () => log };
}

async function startAndCheck(check, label, app) {
  const server = await start(app);
  const browser = await openBrowser();
  try {
    const api = await fetch(`${server.url}/api/phase?value=ACTION_PHASE_FAILED`);
    const body = await api.json();
    check(
      `${label}: route handler uses flyte-phase-ui/phases`,
      body.phase === "failed" && body.terminal === true,
      JSON.stringify(body),
    );

    const { page, problems } = await browser.page();
    await page.goto(server.url);
    const html = await (await fetch(server.url)).text();
    // The server HTML already holds the German badge: a Server Component rendered it.
    check(`${label}: the server's HTML has the German badge`, html.includes(">Läuft<"));
    const badge = page.locator(".fpu-PhaseBadge", { hasText: "Läuft" });
    await badge.waitFor({ timeout: 15_000 });
    const badgeStyle = await checkBadge(check, label, badge);
    const indicator = page.locator(".fpu-TerminalIndicator");
    check(
      `${label}: TerminalIndicator says "In Bearbeitung"`,
      (await indicator.textContent())?.trim() === "In Bearbeitung",
    );
    const filter = await checkFilter(check, label, page, "Status: Alle Status");
    // The client component shows what the filter reports, and the summary is German.
    const output = (await page.locator("output").textContent()) ?? "";
    check(
      `${label}: the filter's selection reaches the app`,
      output !== "" && filter.selected !== undefined,
      `app shows "${output}", option "${filter.selected}"`,
    );
    check(
      `${label}: no console errors or hydration warnings`,
      problems.length === 0,
      problems.join(" | "),
    );
    return { badge: badgeStyle.padding, badgeHeight: badgeStyle.height, trigger: filter.style };
  } finally {
    await browser.close();
    await server.stop();
  }
}
