// Finds a Chromium to test with. Nothing here downloads a browser: on these machines only the
// operating system's package works (`apt-get install chromium` on Debian).
import { existsSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
];

/**
 * Flags every Chromium we start needs on these machines: root needs --no-sandbox, small /dev/shm
 * and no GPU need the next two, and the closed network refuses Chromium's background chatter.
 */
export const CHROMIUM_ARGS = Object.freeze([
  "--no-sandbox",
  "--disable-dev-shm-usage",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
]);

/** Path of a Chromium executable, or undefined. `CHROMIUM_PATH` wins when set. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Path of Chromium for configs that need one now; throws with what to install. */
export function chromiumPath() {
  const path = findChromium();
  if (!path) throw new Error(missingMessage());
  return path;
}

function missingMessage() {
  return [
    "No Chromium found for the browser tests.",
    "Install your system's package (Debian/Ubuntu: `sudo apt-get install -y chromium`),",
    "or point CHROMIUM_PATH at a Chromium or Chrome executable.",
    "Test tools' own browser downloads (`npx playwright install`) are not used.",
  ].join("\n");
}

function isDebian() {
  try {
    return (
      existsSync("/etc/debian_version") || /debian/i.test(readFileSync("/etc/os-release", "utf8"))
    );
  } catch {
    return false;
  }
}

/**
 * Makes sure Chromium is there: finds it, or, as root on Debian, installs Debian's `chromium`.
 * Otherwise exits with a message that says exactly what to install.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() === 0 && isDebian() && !process.env.CHROMIUM_PATH) {
    console.log("Chromium not found: installing Debian's chromium package (root on Debian)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "chromium"], {
      stdio: "inherit",
      env,
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(missingMessage());
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
