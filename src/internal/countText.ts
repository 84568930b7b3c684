"use client";
import type { ActionPhase } from "../phases";
import { ATTENTION_ORDER } from "../phases/rollup";
import { formatMessage } from "../strings";
import { phaseCountStrings } from "../strings/defaultStrings";
import type { ProvidedStrings } from "../strings/strings";
import { cachedIntl, numberFormat } from "../strings/intl";

// Built once per locale (a table shows a thousand bars), through the strings' shared cache.
const compactFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/**
 * A count as shown on screen: exact below 10,000 ("1,234"), compact above ("12K", "1.2M"),
 * where the exact digits would not fit a legend or a table cell. Accessible text always uses
 * the exact number instead.
 * @internal
 */
export function formatCompactCount(count: number, locale: string): string {
  if (count < 10_000) return numberFormat(locale).format(count);
  return cachedIntl(
    compactFormats,
    locale,
    (tag) => new Intl.NumberFormat(tag, { notation: "compact", maximumFractionDigits: 1 }),
  ).format(count);
}

const SUMMARY_KEYS: readonly (ActionPhase | "unknown")[] = [...ATTENTION_ORDER, "unknown"];

/** Counts per phase plus `unknown`, as the count texts read them. @internal */
export type CountsByKey = Readonly<Record<ActionPhase | "unknown", number>>;

/**
 * "12 failed, 1 timed out, 7 running, 120 succeeded": each non-zero count in
 * `strings.phaseCounts`, most urgent first (failures, then in progress, then successes, then
 * unknown), joined the locale's way (`Intl.ListFormat`, unit style: no "and").
 * @internal
 */
export function countList(counts: CountsByKey, strings: ProvidedStrings): string {
  const texts = phaseCountStrings(strings);
  const parts: string[] = [];
  for (const key of SUMMARY_KEYS) {
    const count = counts[key];
    if (count > 0) parts.push(formatMessage(texts[key], { count }, strings.locale));
  }
  return cachedIntl(
    listFormats,
    strings.locale,
    (tag) => new Intl.ListFormat(tag, { type: "unit", style: "short" }),
  ).format(parts);
}
