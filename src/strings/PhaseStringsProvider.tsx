"use client";
import { createContext, useContext, useMemo } from "react";
import type { ReactNode } from "react";
import { defaultStrings, mergeStrings } from "./defaultStrings";
import type { PhaseStrings, PhaseStringsOverrides } from "./defaultStrings";

const PhaseStringsContext = createContext<PhaseStrings>(defaultStrings);

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

/** The strings in effect here: the nearest {@link PhaseStringsProvider}'s, or English. */
export function usePhaseStrings(): PhaseStrings {
  return useContext(PhaseStringsContext);
}
