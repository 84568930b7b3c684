/** Flags every Chromium these tests and scripts start is given. */
export const CHROMIUM_ARGS: readonly string[];
/** Path of a Chromium executable, or undefined. `CHROMIUM_PATH` wins when set. */
export function findChromium(): string | undefined;
/** Path of Chromium; throws with what to install when there is none. */
export function chromiumPath(): string;
/** Finds Chromium or, as root on Debian, installs it; otherwise exits with a message. */
export function ensureChromium(): string;
