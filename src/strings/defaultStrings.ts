import { ACTION_PHASES } from "../phases";
import type { ActionPhase } from "../phases";
import { sharedStrings } from "./strings";
import type {
  PhaseCountBarStrings,
  PhaseDurationStrings,
  PhaseFilterStrings,
  PhaseHistoryStrings,
  PhaseMarkStrings,
  PhaseStrings,
  PhaseTimelineStrings,
  ProvidedStrings,
} from "./strings";
import type { Message } from "./message";

/*
 * The English defaults, one export per component group. A component lays the provider's texts
 * for its group over its own defaults (`filterStrings(strings)`, …), so a bundle holds only the
 * groups of the components it uses: a page with only PhaseBadge does not carry the filter's texts.
 */

/** The PhaseFilter's English strings. */
export const defaultFilterStrings: PhaseFilterStrings = /* @__PURE__ */ Object.freeze({
  label: "Phase",
  summaryAll: "All phases",
  summaryMore: "+{count}",
  selectedCount: "{count} of {total} selected",
  optionWithCount: /* @__PURE__ */ Object.freeze({
    one: "{label}, {count} action",
    other: "{label}, {count} actions",
  }),
  unavailable: "Unavailable",
  popupLabel: "{label} filter",
  presetsHint: "Shift+Tab for quick selections",
  presetDescription: "Selects {phases}",
  presetInProgress: "In progress",
  presetSucceeded: "Succeeded",
  presetFailed: "Failed",
  presetFinished: "Finished",
  selectAll: "Select all",
  clear: "Clear",
  presetsLabel: "Quick selections",
});

/** How PhaseCountBar and PhaseHistory count a phase in English: "{count} timed out". */
export const defaultPhaseCountStrings: Readonly<
  Record<ActionPhase | "unknown", Message<{ count: number }>>
> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.fromEntries(
    /* @__PURE__ */ [...ACTION_PHASES, "unknown" as const].map((key) => [
      key,
      `{count} ${(key === "unknown" ? sharedStrings.unknown : sharedStrings.phaseLabels[key]).toLowerCase()}`,
    ]),
  ) as Record<ActionPhase | "unknown", string>,
);

/** The PhaseCountBar's English strings. */
export const defaultCountBarStrings: PhaseCountBarStrings = /* @__PURE__ */ Object.freeze({
  label: "Actions by phase",
  total: /* @__PURE__ */ Object.freeze({ one: "{count} action", other: "{count} actions" }),
  summary: "{total}: {list}",
  empty: "No actions",
});

/** The PhaseHistory's English strings. */
export const defaultHistoryStrings: PhaseHistoryStrings = /* @__PURE__ */ Object.freeze({
  summary: /* @__PURE__ */ Object.freeze({
    one: "Last run: {list}",
    other: "Last {count} runs: {list}",
  }),
  empty: "No runs",
  mark: "{label}: {phase}",
});

/** PhaseDuration's English strings. */
export const defaultDurationStrings: PhaseDurationStrings = /* @__PURE__ */ Object.freeze({
  seconds: "{s}s",
  minutes: "{m}m {ss}s",
  hours: "{h}h {mm}m",
  days: "{d}d {hh}h",
  unknown: "Duration unknown",
  typically: "typically {expected}",
  longerThanTypical: "longer than the typical {expected}",
  started: "Started {time}",
  ended: "Ended {time}",
});

/** PhaseBadge marks' English strings. */
export const defaultMarkStrings: PhaseMarkStrings = /* @__PURE__ */ Object.freeze({
  attempt: "↻{attempt}",
  attemptLabel: "attempt {attempt} of {attempts}",
  CACHE_DISABLED: "",
  CACHE_MISS: "",
  CACHE_HIT: "from cache",
  CACHE_POPULATED: "saved to cache",
  CACHE_LOOKUP_FAILURE: "cache lookup failed",
  CACHE_PUT_FAILURE: "cache write failed",
  CACHE_SKIPPED: "",
  CACHE_EVICTED: "cache evicted",
});

/** PhaseTimeline's English strings. */
export const defaultTimelineStrings: PhaseTimelineStrings = /* @__PURE__ */ Object.freeze({
  label: "Phase timeline",
  attempt: "Attempt {attempt}",
  attemptSummary: "Attempt {attempt} of {attempts}: {phases}",
  segment: "{phase} {duration}",
  terminalWithError: "{phase} ({kind})",
  userError: "user error",
  systemError: "system error",
  separator: ", ",
  attemptEmpty: "no phases recorded",
  empty: "No phase history yet",
});

/** The English tab title template of `usePhaseDocumentTitle`. */
export const defaultDocumentTitle = "{glyph} {title}";

// A provided group → the same group over its English defaults. Keyed by the provided object,
// which a provider keeps for as long as its value, so a render merges nothing and allocates
// nothing; a component's own `strings` prop makes a new key per render, freed with it.
const completed = new WeakMap<object, object>();

function withDefaults<Group extends object>(provided: Partial<Group> | undefined, defaults: Group) {
  if (provided === undefined) return defaults;
  let group = completed.get(provided) as Group | undefined;
  if (group === undefined) completed.set(provided, (group = { ...defaults, ...provided }));
  return group;
}

// One resolver per group, not a table of groups: a table would pull every group's English
// defaults into every bundle.

/** The filter's strings in effect: the provider's over English. @internal */
export const filterStrings = (strings: ProvidedStrings): PhaseFilterStrings =>
  withDefaults(strings.filter, defaultFilterStrings);

/** The count bar's strings in effect. @internal */
export const countBarStrings = (strings: ProvidedStrings): PhaseCountBarStrings =>
  withDefaults(strings.countBar, defaultCountBarStrings);

/** The history's strings in effect. @internal */
export const historyStrings = (strings: ProvidedStrings): PhaseHistoryStrings =>
  withDefaults(strings.history, defaultHistoryStrings);

/** The per-phase count texts in effect. @internal */
export const phaseCountStrings = (strings: ProvidedStrings): PhaseStrings["phaseCounts"] =>
  withDefaults(strings.phaseCounts, defaultPhaseCountStrings);

/** PhaseDuration's strings in effect. @internal */
export const durationStrings = (strings: ProvidedStrings): PhaseDurationStrings =>
  withDefaults(strings.duration, defaultDurationStrings);

/** The marks' strings in effect. @internal */
export const markStrings = (strings: ProvidedStrings): PhaseMarkStrings =>
  withDefaults(strings.marks, defaultMarkStrings);

/** The tab title template in effect. @internal */
export const documentTitleStrings = (
  strings: ProvidedStrings,
): PhaseStrings["documentTitle"] & {} => strings.documentTitle ?? defaultDocumentTitle;

/** The timeline's strings in effect. @internal */
export const timelineStrings = (strings: ProvidedStrings): PhaseTimelineStrings =>
  withDefaults(strings.timeline, defaultTimelineStrings);

/**
 * `strings` with the groups every `PhaseStrings` holds filled in from English: what
 * `usePhaseStrings()` returns. Pulls every default in, so components do not call it. @internal
 */
export function completeStrings(strings: ProvidedStrings): PhaseStrings {
  return {
    ...strings,
    filter: filterStrings(strings),
    phaseCounts: phaseCountStrings(strings),
    countBar: countBarStrings(strings),
    history: historyStrings(strings),
  };
}

/**
 * Every English string, complete: the shared ones and every component's group. For reading (a
 * translation starts from it); components take only their own group's defaults.
 */
export const defaultStrings: PhaseStrings = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ completeStrings(sharedStrings),
);
