"use client";
import type { ReactNode } from "react";
import { formatMessage } from "../../strings";
import { markStrings } from "../../strings/defaultStrings";
import type { PhaseStringsOverrides } from "../../strings";
import { readCacheStatus } from "../../internal/cacheStatus";
import { useComponentStrings } from "../../internal/readPhase";

/** A count of attempts as the wire gives it (uint32: a number; JSON may quote it). */
function readCount(value: unknown): number | undefined {
  const count = typeof value === "string" && value !== "" ? Number(value) : value;
  return typeof count === "number" && Number.isSafeInteger(count) && count > 0 ? count : undefined;
}

/** Marks for {@link PhaseBadge}'s `marks` prop, made by {@link usePhaseBadgeMarks}. */
export interface PhaseBadgeMarks {
  /** The mark elements, shown after the label. */
  readonly nodes: ReactNode;
  /** What each mark says ("attempt 3 of 3", "from cache"), for an icon-only badge's name. */
  readonly text: readonly string[];
}

/** Options of {@link usePhaseBadgeMarks}. */
export interface UsePhaseBadgeMarksOptions {
  /**
   * How many times the action ran (`ActionStatus.attempts`). From 2 on there is a retry mark,
   * "↻3", said "attempt 3 of 3". Anything but a positive whole number is ignored.
   * @default undefined (no retry mark)
   */
  attempts?: unknown;
  /**
   * Which attempt the badge shows (e.g. `ActionAttempt.attempt`); ignored unless 1 ≤ attempt ≤
   * attempts.
   * @default `attempts` (the latest)
   */
  attempt?: unknown;
  /**
   * `CatalogCacheStatus` as protobuf number (`2`) or name (`"CACHE_HIT"`). CACHE_HIT shows
   * "from cache"; CACHE_POPULATED ("saved to cache"), CACHE_LOOKUP_FAILURE, CACHE_PUT_FAILURE
   * and CACHE_EVICTED a quiet text mark; CACHE_DISABLED, CACHE_MISS and CACHE_SKIPPED none (the
   * ordinary cases). Unknown values are ignored. Texts come from `PhaseStrings.marks` (keyed by name); an
   * empty text hides a mark.
   * @default undefined (no cache mark)
   */
  cacheStatus?: unknown;
  /** Strings for these marks only, over the provider's. @default undefined */
  strings?: PhaseStringsOverrides;
}

/**
 * The retry and cache marks of a {@link PhaseBadge}: pass the result to its `marks` prop. A hook
 * (it reads the strings provider) kept apart from the badge, so pages that show no marks do not
 * ship their code. Returns `undefined` when no mark applies, and the badge keeps its exact size.
 *
 * @example
 * const marks = usePhaseBadgeMarks({ attempts: status.attempts, cacheStatus: status.cacheStatus });
 * <PhaseBadge phase={status.phase} marks={marks} />
 */
export function usePhaseBadgeMarks({
  attempt: attemptInput,
  attempts: attemptsInput,
  cacheStatus,
  strings: stringsProp,
}: UsePhaseBadgeMarksOptions): PhaseBadgeMarks | undefined {
  const strings = useComponentStrings(stringsProp);
  const attempts = readCount(attemptsInput);
  const cache = readCacheStatus(cacheStatus);
  const texts = markStrings(strings);
  const nodes: ReactNode[] = [];
  const text: string[] = [];
  if (attempts !== undefined && attempts > 1) {
    const own = readCount(attemptInput);
    const values = { attempt: own !== undefined && own <= attempts ? own : attempts, attempts };
    const label = formatMessage(texts.attemptLabel, values, strings.locale);
    text.push(label);
    nodes.push(
      <span key="attempt" className="fpu-PhaseBadge-mark" data-mark="attempt">
        <span aria-hidden="true">{formatMessage(texts.attempt, values, strings.locale)}</span>
        <span className="fpu-visually-hidden">, {label}</span>
      </span>,
    );
  }
  const cacheText = cache && texts[cache];
  if (cacheText) {
    text.push(cacheText);
    nodes.push(
      <span key="cache" className="fpu-PhaseBadge-mark" data-mark="cache" data-cache={cache}>
        <span className="fpu-visually-hidden">, </span>
        {cacheText}
      </span>,
    );
  }
  return nodes.length > 0 ? { nodes, text } : undefined;
}
