import { ACTION_PHASES, getPhaseInfo } from "../phases";
import type { ActionPhase } from "../phases";
import type { CatalogCacheStatusName } from "../internal/cacheStatus";
import type { Message } from "./message";

/**
 * Every visible string of the library, in one place. Replace any of them for another language
 * with {@link PhaseStringsProvider}; the badge, the terminal indicator and the filter all read
 * the same object, so a phase has one label everywhere.
 */
export interface PhaseStrings {
  /**
   * BCP 47 language tag of these strings: picks the plural forms and number formatting of every
   * {@link Message}. @default "en"
   */
  readonly locale: string;
  /** Label of each phase. @default the English labels of `getPhaseInfo` ("Timed out", …) */
  readonly phaseLabels: Readonly<Record<ActionPhase, string>>;
  /** Shown for a value that is not a phase. @default "Unknown" */
  readonly unknown: string;
  /** TerminalIndicator text for a terminal phase. @default "Finished" */
  readonly finished: string;
  /** TerminalIndicator text for a phase that is not terminal. @default "In progress" */
  readonly inProgress: string;
  /** Strings of the PhaseFilter. */
  readonly filter: PhaseFilterStrings;
  /**
   * Strings of PhaseDuration; what is missing is English ({@link defaultDurationStrings}). Kept
   * apart from this object's defaults so a page with only badges does not ship them.
   * @default undefined (English)
   */
  readonly duration?: Partial<PhaseDurationStrings>;
  /**
   * Strings of PhaseBadge's retry and cache marks; what is missing is English
   * ({@link defaultMarkStrings}).
   * @default undefined (English)
   */
  readonly marks?: Partial<PhaseMarkStrings>;
  /**
   * The tab title set by `usePhaseDocumentTitle`: `{glyph}` is the phase's shape cue ("✓", "●",
   * …), `{label}` the phase label, `{title}` the page's own title (the label when none is given).
   * @default "{glyph} {title}"
   */
  readonly documentTitle?: Message<{ glyph: string; label: string; title: string }>;
}

/**
 * PhaseDuration's strings. The four unit templates receive their numbers as text (`{ss}` is
 * two digits); while they keep their English defaults the text comes from `formatDuration`.
 */
export interface PhaseDurationStrings {
  /** Under a minute. @default "{s}s" */
  readonly seconds: Message<{ s: string }>;
  /** Under an hour. @default "{m}m {ss}s" */
  readonly minutes: Message<{ m: string; ss: string }>;
  /** Under a day. @default "{h}h {mm}m" */
  readonly hours: Message<{ h: string; mm: string }>;
  /** A day or more. @default "{d}d {hh}h" */
  readonly days: Message<{ d: string; hh: string }>;
  /** Said (and shown as "—") when no duration can be read. @default "Duration unknown" */
  readonly unknown: string;
  /** Added to the text alternative when a typical duration is given. @default "typically {expected}" */
  readonly typically: Message<{ expected: string }>;
  /** Replaces `typically` once the typical duration is passed. @default "longer than the typical {expected}" */
  readonly longerThanTypical: Message<{ expected: string }>;
  /** Tooltip line with the exact start time. @default "Started {time}" */
  readonly started: Message<{ time: string }>;
  /** Tooltip line with the exact end time. @default "Ended {time}" */
  readonly ended: Message<{ time: string }>;
}

/**
 * PhaseBadge's marks. The cache marks are keyed by `CatalogCacheStatus` name; an empty text
 * shows no mark. Every key is listed so `Record<CatalogCacheStatusName, …>` stays complete.
 */
export interface PhaseMarkStrings extends Readonly<Record<CatalogCacheStatusName, string>> {
  /** Visible retry mark, shown when the action ran more than once. @default "↻{attempt}" */
  readonly attempt: Message<{ attempt: number; attempts: number }>;
  /** Accessible text of the retry mark. @default "attempt {attempt} of {attempts}" */
  readonly attemptLabel: Message<{ attempt: number; attempts: number }>;
  /** Cache mark for CACHE_HIT. @default "from cache" */
  readonly CACHE_HIT: string;
  /** Quiet cache mark for CACHE_POPULATED. @default "saved to cache" */
  readonly CACHE_POPULATED: string;
  /** Quiet cache mark for CACHE_LOOKUP_FAILURE. @default "cache lookup failed" */
  readonly CACHE_LOOKUP_FAILURE: string;
  /** Quiet cache mark for CACHE_PUT_FAILURE. @default "cache write failed" */
  readonly CACHE_PUT_FAILURE: string;
  /** Quiet cache mark for CACHE_EVICTED. @default "cache evicted" */
  readonly CACHE_EVICTED: string;
  /** No mark by default: the task has no cache. @default "" */
  readonly CACHE_DISABLED: string;
  /** No mark by default: the ordinary run of a cached task. @default "" */
  readonly CACHE_MISS: string;
  /** No mark by default: the cache was bypassed on purpose. @default "" */
  readonly CACHE_SKIPPED: string;
}

/**
 * The PhaseFilter's strings. Texts with numbers are {@link Message}s: templates or plural forms
 * (plain data, so a server layout can pass them), or functions on the client.
 */
export interface PhaseFilterStrings {
  /** Name of the filter, first part of the trigger's accessible name. @default "Phase" */
  readonly label: string;
  /** Summary when no phase is chosen (no filter: every phase shows). @default "All phases" */
  readonly summaryAll: string;
  /** Summary when more phases are chosen than fit by name. @default "{count} phases" */
  readonly summaryCount: Message<{ count: number }>;
  /** Live announcement after a change. @default "{count} of {total} selected" */
  readonly selectedCount: Message<{ count: number; total: number }>;
  /** Option text with a count ("Failed, 12"). @default "{label}, {count}" */
  readonly optionWithCount: Message<{ label: string; count: number }>;
  /** Preset that selects the five phases that are not terminal. @default "In progress" */
  readonly presetInProgress: string;
  /** Preset that selects SUCCEEDED and RECOVERED. @default "Succeeded" */
  readonly presetSucceeded: string;
  /** Preset that selects FAILED, ABORTED and TIMED_OUT. @default "Failed" */
  readonly presetFailed: string;
  /** Preset that selects the five terminal phases. @default "Finished" */
  readonly presetFinished: string;
  /** Selects every enabled phase. @default "Select all" */
  readonly selectAll: string;
  /** Clears the selection. @default "Clear" */
  readonly clear: string;
  /** Accessible name of the group of preset buttons in the popup. @default "Quick selections" */
  readonly presetsLabel: string;
}

/** The English strings every component uses unless a provider replaces them. */
export const defaultStrings: PhaseStrings = Object.freeze({
  phaseLabels: Object.freeze(
    Object.fromEntries(ACTION_PHASES.map((phase) => [phase, getPhaseInfo(phase).label])) as Record<
      ActionPhase,
      string
    >,
  ),
  locale: "en",
  unknown: "Unknown",
  finished: "Finished",
  inProgress: "In progress",
  filter: Object.freeze({
    label: "Phase",
    summaryAll: "All phases",
    summaryCount: "{count} phases",
    selectedCount: "{count} of {total} selected",
    optionWithCount: "{label}, {count}",
    presetInProgress: "In progress",
    presetSucceeded: "Succeeded",
    presetFailed: "Failed",
    presetFinished: "Finished",
    selectAll: "Select all",
    clear: "Clear",
    presetsLabel: "Quick selections",
  }),
});

/** Any part of {@link PhaseStrings}; what is left out keeps its current value. */
export interface PhaseStringsOverrides {
  readonly locale?: string;
  readonly phaseLabels?: Partial<Record<ActionPhase, string>>;
  readonly unknown?: string;
  readonly finished?: string;
  readonly inProgress?: string;
  readonly filter?: Partial<PhaseFilterStrings>;
  readonly duration?: Partial<PhaseDurationStrings>;
  readonly marks?: Partial<PhaseMarkStrings>;
  readonly documentTitle?: PhaseStrings["documentTitle"];
}

// The nested groups, merged one level deep (a nested provider overriding one filter text keeps
// the outer provider's other filter texts).
const GROUPS = ["phaseLabels", "filter", "duration", "marks"] as const;

/** `base` with `overrides` laid over it, one level deep for the nested groups. */
export function mergeStrings(base: PhaseStrings, overrides: PhaseStringsOverrides): PhaseStrings {
  const merged: Record<string, unknown> = { ...base, ...overrides };
  for (const group of GROUPS) merged[group] = { ...base[group], ...overrides[group] };
  return merged as unknown as PhaseStrings;
}
