"use client";

const warned = new Set<string>();

/**
 * Warns once per distinct message with a `flyte-phase-ui:` prefix. Call it only behind
 * `typeof process !== "undefined" && process.env.NODE_ENV !== "production"`, the form bundlers
 * fold, so production builds drop it with its text.
 * @internal
 */
export function warnInDevelopment(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`flyte-phase-ui: ${message}`);
}

/** Forgets which messages were shown. For tests. @internal */
export function resetDevelopmentWarnings(): void {
  warned.clear();
}
