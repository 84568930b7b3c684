/* global process -- Next.js loads this file in Node */
// The test's one knob: the app's TypeScript is checked by the first (Turbopack) build; the
// webpack build of the same sources skips that step to keep `npm test` within its time budget.
/** @type {import("next").NextConfig} */
const config = {
  typescript: { ignoreBuildErrors: process.env.CONSUMER_SKIP_TYPECHECK === "1" },
};

export default config;
