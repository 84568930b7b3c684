"use client";
import { parsePhase } from "../phases";
import type { ActionPhase } from "../phases";
import { mergeStrings } from "../strings";
import type { PhaseStringsOverrides } from "../strings";
import { useProvidedStrings } from "../strings/PhaseStringsProvider";
import type { ProvidedStrings } from "../strings/strings";
import { warnUnknownPhase } from "./warnUnknownPhase";

/**
 * Reads whatever the wire gave with `parsePhase`; `undefined` means "show Unknown" (and warns
 * once per value in development).
 * @internal
 */
export function readPhase(component: string, input: unknown): ActionPhase | undefined {
  const phase = parsePhase(input);
  // The form bundlers fold: production builds drop the warning and its text.
  if (
    phase === undefined &&
    typeof process !== "undefined" &&
    process.env.NODE_ENV !== "production"
  ) {
    warnUnknownPhase(component, input);
  }
  return phase;
}

/**
 * The strings of the nearest provider, with a component's own `strings` prop laid over them.
 * @internal
 */
export function useComponentStrings(overrides: PhaseStringsOverrides | undefined): ProvidedStrings {
  const strings = useProvidedStrings();
  return overrides === undefined ? strings : mergeStrings(strings, overrides);
}
