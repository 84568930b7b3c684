"use client";

import { warnInDevelopment } from "./warnInDevelopment";

/** A short, stable text for any value, used both as the dedupe key and in the message. */
function describe(value: unknown): string {
  try {
    switch (typeof value) {
      case "string":
        return JSON.stringify(value);
      case "bigint":
        return `${value}n`;
      case "function":
        return "a function";
      case "object": {
        if (value === null) return "null";
        const json = JSON.stringify(value);
        return json === undefined ? Object.prototype.toString.call(value) : json.slice(0, 80);
      }
      default:
        return String(value);
    }
  } catch {
    // Cyclic objects, BigInt inside objects, throwing toJSON/getters, revoked proxies.
    return "an unreadable object";
  }
}

/**
 * Warns once per distinct value that a component could not read as a phase. Never throws. Call it
 * only behind `typeof process !== "undefined" && process.env.NODE_ENV !== "production"`, the
 * form bundlers fold, so production builds drop it with its text.
 * @internal
 */
export function warnUnknownPhase(component: string, value: unknown): void {
  const description = describe(value);
  // Keyed by the value alone: a value unknown to the badge is not warned again by the indicator.
  warnInDevelopment(
    `<${component}> got ${description}, which is not a phase it knows, and shows ` +
      `"Unknown". Pass an ActionPhase ("running"), a protobuf number (4) or name ` +
      `("ACTION_PHASE_RUNNING"). This warning appears once per value and not in production.`,
    `unknown phase ${description}`,
  );
}
