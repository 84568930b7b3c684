"use client";

// What was already said, by key: a table that renders the same bad value in five hundred rows
// warns once, not five hundred times. One store for every component's warnings.
const warned = new Set<string>();

/**
 * Warns once per distinct `key` (the message itself by default) with a `flyte-phase-ui:` prefix.
 * Call it only behind `typeof process !== "undefined" && process.env.NODE_ENV !== "production"`,
 * the form bundlers fold, so production builds drop it with its text.
 * @internal
 */
export function warnInDevelopment(message: string, key: string = message): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`flyte-phase-ui: ${message}`);
}

/** Forgets which warnings were shown. For tests. @internal */
export function resetDevelopmentWarnings(): void {
  warned.clear();
}
