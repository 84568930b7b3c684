// React 18 for the `unit-react18` Vitest project lives in test/react18/ with its own lockfile
// (the root can't hold it: react-dom@18 peer-depends on react ^18, the root has React 19).
// `ensureReact18Deps()` runs `npm ci --prefix test/react18` only when that folder's node_modules
// is missing or was installed from another lockfile.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const REACT18_DIR = fileURLToPath(new URL("../test/react18/", import.meta.url));
const LOCK = `${REACT18_DIR}package-lock.json`;
const STAMP = `${REACT18_DIR}node_modules/.installed-from-lock`;

const lockHash = () => createHash("sha256").update(readFileSync(LOCK)).digest("hex");

/** True when test/react18/node_modules was installed from the current lockfile. */
export function react18DepsFresh() {
  return existsSync(STAMP) && readFileSync(STAMP, "utf8") === lockHash();
}

/** Installs test/react18's dependencies when missing or stale; returns whether it installed. */
export function ensureReact18Deps({ quiet = false } = {}) {
  if (react18DepsFresh()) return false;
  if (!quiet) console.log("test/react18: installing React 18 (npm ci)…");
  execFileSync(
    "npm",
    ["ci", "--prefix", REACT18_DIR, "--prefer-offline", "--no-audit", "--no-fund"],
    { stdio: quiet ? "ignore" : "inherit" },
  );
  writeFileSync(STAMP, lockHash());
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const installed = ensureReact18Deps();
  const { version } = JSON.parse(
    readFileSync(`${REACT18_DIR}node_modules/react/package.json`, "utf8"),
  );
  console.log(`test/react18: react ${version} ${installed ? "installed" : "up to date"}`);
}
