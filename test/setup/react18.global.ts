// Global setup of the React 18 projects (unit-react18, ssr-react18): installs test/react18's
// dependencies when missing or stale. Only these projects pay for it, and only when selected.
import { ensureReact18Deps } from "../../scripts/react18-deps.mjs";

export default function setup() {
  ensureReact18Deps();
}
