"use client";

const warned = new Set<string>();

/** True in a production build; bundlers replace `process.env.NODE_ENV`. Without `process` (a
 * plain browser) the lookup throws, which counts as development. */
function isProduction(): boolean {
  try {
    return process.env.NODE_ENV === "production";
  } catch {
    return false;
  }
}

/**
 * Warns once per distinct message with a `flyte-phase-ui:` prefix, in development only.
 * @internal
 */
export function warnInDevelopment(message: string): void {
  if (isProduction() || warned.has(message)) return;
  warned.add(message);
  console.warn(`flyte-phase-ui: ${message}`);
}

/** Forgets which messages were shown. For tests. @internal */
export function resetDevelopmentWarnings(): void {
  warned.clear();
}
