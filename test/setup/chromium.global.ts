// Global setup of the projects that run in Chromium (Vitest runs it only for projects that are
// selected): fails early with what to install when there is no Chromium, instead of Playwright's
// advice to download a browser. `npx vitest --project unit` never gets here.
import { chromiumPath } from "../../scripts/chromium.mjs";

export default function setup() {
  chromiumPath();
}
