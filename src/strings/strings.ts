import { ACTION_PHASES } from "../phases";
import { PHASE_FACTS } from "../phases/facts";
import type { ActionPhase } from "../phases";
import type { CatalogCacheStatusName } from "../internal/cacheStatus";
import type { Message } from "./message";

/**
 * Every visible string of the library, in one place. Replace any of them for another language
 * with {@link PhaseStringsProvider}; every component reads the same labels, so a phase has one
 * label everywhere. Each component's own group (`filter`, `countBar`, …) falls back to its English
 * defaults (`defaultFilterStrings`, …), which only that component's bundle carries.
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
   * Strings of the PhaseTimeline; what is missing is English ({@link defaultTimelineStrings}),
   * kept apart so a page without timelines does not ship them.
   * @default undefined (English)
   */
  readonly timeline?: Partial<PhaseTimelineStrings>;
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
  /**
   * How many actions are in one phase, as a summary says it ("12 failed"). Used by the text
   * alternatives of PhaseCountBar and PhaseHistory; `unknown` for those whose phase is unknown.
   * @default "{count} " and the English label in lower case: "{count} timed out", "{count} unknown"
   */
  readonly phaseCounts: Readonly<Record<ActionPhase | "unknown", Message<{ count: number }>>>;
  /** Strings of the PhaseCountBar. */
  readonly countBar: PhaseCountBarStrings;
  /** Strings of the PhaseHistory. */
  readonly history: PhaseHistoryStrings;
}

/** The PhaseCountBar's strings: plain data (templates and plural forms). */
export interface PhaseCountBarStrings {
  /** Accessible name of the bar. @default "Actions by phase" */
  readonly label: string;
  /** The total. @default { one: "{count} action", other: "{count} actions" } */
  readonly total: Message<{ count: number }>;
  /**
   * The text alternative: `total` followed by the list of `phaseCounts`, most urgent first.
   * @default "{total}: {list}"
   */
  readonly summary: Message<{ total: string; list: string }>;
  /** Shown when every count is zero. @default "No actions" */
  readonly empty: string;
}

/** The PhaseHistory's strings: plain data (templates and plural forms). */
export interface PhaseHistoryStrings {
  /**
   * The strip's accessible summary, `list` being the `phaseCounts` most urgent first.
   * @default { one: "Last run: {list}", other: "Last {count} runs: {list}" }
   */
  readonly summary: Message<{ count: number; list: string }>;
  /** Shown for an empty list. @default "No runs" */
  readonly empty: string;
  /** Name and tooltip of one mark with a label. @default "{label}: {phase}" */
  readonly mark: Message<{ label: string; phase: string }>;
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
  /**
   * Shown after the first chosen phase when more are chosen ("Failed +2"); `count` is how many
   * more. The trigger's accessible name and tooltip list them all. @default "+{count}"
   */
  readonly summaryMore: Message<{ count: number }>;
  /**
   * Live announcement after a change that leaves phases chosen; `total` is the number of options
   * shown (disabled ones included). An empty selection is announced as `summaryAll`.
   * @default "{count} of {total} selected"
   */
  readonly selectedCount: Message<{ count: number; total: number }>;
  /**
   * Accessible name of an option with a count ("Failed, 12 actions"), plural by `count`.
   * @default { one: "{label}, {count} action", other: "{label}, {count} actions" }
   */
  readonly optionWithCount: Message<{ label: string; count: number }>;
  /**
   * Tooltip and accessible description of a disabled option, unless the `disabledReason` prop
   * says why. @default "Unavailable"
   */
  readonly unavailable: string;
  /** Accessible name of the popup; `label` is the filter's label. @default "{label} filter" */
  readonly popupLabel: Message<{ label: string }>;
  /**
   * Accessible description of the listbox when presets are shown, so a screen-reader user
   * learns they exist. @default "Shift+Tab for quick selections"
   */
  readonly presetsHint: string;
  /**
   * Tooltip and accessible description of a group preset; `phases` lists the labels it selects.
   * @default "Selects {phases}"
   */
  readonly presetDescription: Message<{ phases: string }>;
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

/**
 * The PhaseTimeline's strings. Plain data (templates), so a server layout can pass them. Inside
 * a sentence, phase labels get a lower-case first letter ("running 3m 12s").
 */
export interface PhaseTimelineStrings {
  /** Accessible name of the timeline. @default "Phase timeline" */
  readonly label: string;
  /** Visible heading of a row. @default "Attempt {attempt}" */
  readonly attempt: Message<{ attempt: number; attempts: number }>;
  /**
   * A row as one sentence, for screen readers; `phases` is the list of phases joined by
   * `separator`. @default "Attempt {attempt} of {attempts}: {phases}"
   */
  readonly attemptSummary: Message<{ attempt: number; attempts: number; phases: string }>;
  /** A phase and how long it lasted. @default "{phase} {duration}" */
  readonly segment: Message<{ phase: string; duration: string }>;
  /** The terminal phase with the kind of error. @default "{phase} ({kind})" */
  readonly terminalWithError: Message<{ phase: string; kind: string }>;
  /** `ErrorInfo.kind` KIND_USER. @default "user error" */
  readonly userError: string;
  /** `ErrorInfo.kind` KIND_SYSTEM. @default "system error" */
  readonly systemError: string;
  /** Joins the phases of a row. @default ", " */
  readonly separator: string;
  /** A row whose attempt has no readable phase transitions. @default "no phases recorded" */
  readonly attemptEmpty: string;
  /** Shown when no attempt has a readable phase. @default "No phase history yet" */
  readonly empty: string;
}

const englishLabels = Object.fromEntries(
  // The facts table, not getPhaseInfo: that would bring the English descriptions into every bundle.
  ACTION_PHASES.map((phase) => [phase, PHASE_FACTS[phase].label]),
) as Record<ActionPhase, string>;

/** The strings every component uses: the phase labels and the few shared words. @internal */
export type SharedStrings = Pick<
  PhaseStrings,
  "locale" | "phaseLabels" | "unknown" | "finished" | "inProgress"
>;

/**
 * The strings as a provider passes them down: the shared ones in full, and of each component's
 * group only what a provider set. A component lays that over its own group's English defaults
 * (`defaultStrings.ts`), so a page with only badges does not ship the filter's texts.
 * @internal
 */
export type ProvidedStrings = SharedStrings & Omit<PhaseStringsOverrides, keyof SharedStrings>;

/** The shared English strings: what the provider chain starts from. @internal */
export const sharedStrings: SharedStrings = Object.freeze({
  phaseLabels: Object.freeze(englishLabels),
  locale: "en",
  unknown: "Unknown",
  finished: "Finished",
  inProgress: "In progress",
});

/** Any part of {@link PhaseStrings}; what is left out keeps its current value. */
export interface PhaseStringsOverrides {
  readonly locale?: string;
  readonly phaseLabels?: Partial<Record<ActionPhase, string>>;
  readonly unknown?: string;
  readonly finished?: string;
  readonly inProgress?: string;
  readonly filter?: Partial<PhaseFilterStrings>;
  readonly timeline?: Partial<PhaseTimelineStrings>;
  readonly duration?: Partial<PhaseDurationStrings>;
  readonly marks?: Partial<PhaseMarkStrings>;
  readonly documentTitle?: PhaseStrings["documentTitle"];
  readonly phaseCounts?: Partial<Record<ActionPhase | "unknown", Message<{ count: number }>>>;
  readonly countBar?: Partial<PhaseCountBarStrings>;
  readonly history?: Partial<PhaseHistoryStrings>;
}

// The nested groups, merged one level deep (a nested provider overriding one filter text keeps
// the outer provider's other filter texts).
const GROUPS = [
  "phaseLabels",
  "filter",
  "timeline",
  "duration",
  "marks",
  "phaseCounts",
  "countBar",
  "history",
] as const;

/** `base` with `overrides` laid over it, one level deep for the nested groups. */
export function mergeStrings(base: PhaseStrings, overrides: PhaseStringsOverrides): PhaseStrings;
/** @internal */
export function mergeStrings(
  base: ProvidedStrings,
  overrides: PhaseStringsOverrides,
): ProvidedStrings;
export function mergeStrings(
  base: ProvidedStrings,
  overrides: PhaseStringsOverrides,
): ProvidedStrings {
  const merged: Record<string, unknown> = { ...base, ...overrides };
  for (const group of GROUPS) {
    // A group neither sets stays absent: the component's English defaults fill it.
    if (base[group] || overrides[group]) merged[group] = { ...base[group], ...overrides[group] };
  }
  return merged as unknown as ProvidedStrings;
}
