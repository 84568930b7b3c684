"use client";
import { createContext, useContext, useMemo } from "react";
import type { ReactNode } from "react";
import { completeStrings } from "./defaultStrings";
import { mergeStrings, sharedStrings } from "./strings";
import type { PhaseStrings, PhaseStringsOverrides, ProvidedStrings } from "./strings";

// Holds the shared strings and only the component groups a provider set: each component fills
// the rest of its own group from its English defaults, so the context pulls no group into a bundle.
const PhaseStringsContext = createContext<ProvidedStrings>(sharedStrings);

/** Props of {@link PhaseStringsProvider}. */
export interface PhaseStringsProviderProps {
  /** The strings to replace; the rest keep the value of the enclosing provider (or English). */
  strings: PhaseStringsOverrides;
  children?: ReactNode;
}

/**
 * Replaces the library's strings for everything inside it: one place to translate phase labels,
 * "Unknown", "Finished", "In progress" and the filter's texts. Providers nest; the inner one wins.
 *
 * @example
 * <PhaseStringsProvider strings={{ phaseLabels: { failed: "Fehlgeschlagen" }, unknown: "Unbekannt" }}>
 *   <RunTable />
 * </PhaseStringsProvider>
 */
export function PhaseStringsProvider({ strings, children }: PhaseStringsProviderProps) {
  const parent = useContext(PhaseStringsContext);
  // Callers usually pass an object literal; merging is cheap and keyed on identity like any
  // context value, so an app that hoists its strings avoids re-rendering consumers.
  const value = useMemo(() => mergeStrings(parent, strings), [parent, strings]);
  return <PhaseStringsContext.Provider value={value}>{children}</PhaseStringsContext.Provider>;
}
PhaseStringsProvider.displayName = "PhaseStringsProvider";

/**
 * The strings in effect here, complete: the nearest {@link PhaseStringsProvider}'s over English.
 * (Components read only their own group; this hook brings every group's English defaults.)
 */
export function usePhaseStrings(): PhaseStrings {
  const provided = useContext(PhaseStringsContext);
  return useMemo(() => completeStrings(provided), [provided]);
}

/** The strings as provided, each component group only as far as a provider set it. @internal */
export function useProvidedStrings(): ProvidedStrings {
  return useContext(PhaseStringsContext);
}
