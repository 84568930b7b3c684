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

/**
 * Says in development that a `counts` prop held nothing `readPhaseCounts` can read, which would
 * otherwise show no numbers without a word. Call it behind the same production check.
 * @internal
 */
export function warnUnreadableCounts(component: string, consequence: string): void {
  warnInDevelopment(
    `<${component}> could not read any count in \`counts\`, so ${consequence}. Pass what ` +
      `readPhaseCounts reads: a record or Map keyed by phase, or a list of { phase, count }. ` +
      `Not shown in production.`,
  );
}
