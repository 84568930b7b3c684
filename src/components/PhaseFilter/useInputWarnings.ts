"use client";
import { useEffect } from "react";
import { parsePhase } from "../../phases";
import { warnInDevelopment, warnUnreadableCounts } from "../../internal/warnInDevelopment";

/** Entries of a phase-list prop that cannot be read as a phase (they are ignored). */
function unreadable(list: unknown): unknown[] {
  if (list === undefined || list === null) return [];
  if (
    typeof list === "string" ||
    typeof (list as Iterable<unknown>)[Symbol.iterator] !== "function"
  ) {
    return parsePhase(list) === undefined ? [list] : [];
  }
  return [...(list as Iterable<unknown>)].filter((entry) => parsePhase(entry) === undefined);
}

function describe(values: unknown[]): string {
  return values
    .map((value) => {
      try {
        return typeof value === "string" ? JSON.stringify(value) : String(value);
      } catch {
        return Object.prototype.toString.call(value);
      }
    })
    .join(", ");
}

/**
 * Bad input never throws; in development this says what was ignored, once per message.
 * @internal
 */
export function useInputWarnings(lists: Readonly<Record<string, unknown>>): void {
  const { value, phases, disabledPhases, counts, tally } = lists;
  useEffect(() => {
    // The form bundlers fold: production builds drop this check and its text.
    if (typeof process !== "undefined" && process.env.NODE_ENV !== "production") {
      for (const [prop, list] of Object.entries({ value, phases, disabledPhases })) {
        const ignored = unreadable(list);
        if (ignored.length === 0) continue;
        warnInDevelopment(
          `<PhaseFilter> ignored ${describe(ignored)} in \`${prop}\`: not a phase it knows. Pass ` +
            `ActionPhase values ("running"); parsePhase reads wire forms. Not shown in production.`,
        );
      }
      // Counts were given but not one could be read: most likely a shape this library does
      // not know, which would otherwise show no numbers without a word.
      if (counts !== undefined && counts !== null && tally === undefined) {
        warnUnreadableCounts("PhaseFilter", "no option shows one");
      }
    }
  }, [value, phases, disabledPhases, counts, tally]);
}
