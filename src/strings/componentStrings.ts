import type {
  PhaseDurationStrings,
  PhaseMarkStrings,
  PhaseStrings,
  PhaseTimelineStrings,
} from "./defaultStrings";

/*
 * English defaults of the string groups only some components use. Each lives in its own export,
 * not inside `defaultStrings`, so a bundle with only PhaseBadge does not carry PhaseDuration's
 * texts: a component lays the provider's overrides over its own group's defaults.
 */

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

/** The English tab title template of `usePhaseDocumentTitle`. */
export const defaultDocumentTitle = "{glyph} {title}";

/** PhaseDuration's strings in effect: the provider's over English. @internal */
export function durationStrings(strings: PhaseStrings): PhaseDurationStrings {
  return strings.duration
    ? { ...defaultDurationStrings, ...strings.duration }
    : defaultDurationStrings;
}

/** The marks' strings in effect: the provider's over English. @internal */
export function markStrings(strings: PhaseStrings): PhaseMarkStrings {
  return strings.marks ? { ...defaultMarkStrings, ...strings.marks } : defaultMarkStrings;
}

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

/** The timeline's strings in effect: the provider's over English. @internal */
export function timelineStrings(strings: PhaseStrings): PhaseTimelineStrings {
  return strings.timeline
    ? { ...defaultTimelineStrings, ...strings.timeline }
    : defaultTimelineStrings;
}
