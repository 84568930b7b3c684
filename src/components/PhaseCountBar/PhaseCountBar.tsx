"use client";
import { forwardRef } from "react";
import type { HTMLAttributes } from "react";
import { withClassName } from "../../internal/classNames";
import { ACTION_PHASES, normalizePhases } from "../../phases";
import { readPhaseCountsChecked } from "../../phases/counts";
import type { ActionPhase, PhaseCountsInput } from "../../phases";
import { PhaseIcon } from "../../icons";
import { formatMessage } from "../../strings";
import type { PhaseStringsOverrides } from "../../strings";
import { countBarStrings } from "../../strings/defaultStrings";
import { PHASE_TONES } from "../../internal/phaseTone";
import { useComponentStrings } from "../../internal/readPhase";
import { warnUnreadableCounts } from "../../internal/warnInDevelopment";
import { countList, formatCompactCount } from "../../internal/countText";

/** Props of {@link PhaseCountBar}. Other `<div>` attributes (`id`, `style`, `data-*`, …) pass through. */
export interface PhaseCountBarProps extends Omit<HTMLAttributes<HTMLDivElement>, "children"> {
  /**
   * How many actions are in each phase: a `PhaseCounts` (`countByPhase`), a record keyed by any
   * phase spelling (`EnrichedAction.childrenPhaseCounts`, keyed by protobuf number), a `Map`, or
   * a list of `{ phase, count }` (`TaskGroup.phaseCounts`, counts as number, bigint or decimal
   * string). Counts that are not non-negative integers are ignored; keys that are not phases
   * count as unknown. `null` and `undefined` show the empty state.
   */
  counts: PhaseCountsInput | null | undefined;
  /**
   * The phases to show, in any wire form; drawn in lifecycle order whatever the order given.
   * The total and the text alternative cover only these.
   * @default all ten phases, plus "Unknown" when some actions have an unknown phase
   */
  phases?: Iterable<unknown>;
  /**
   * Makes each legend entry a toggle button (`aria-pressed` from `selected`) that calls this
   * with its phase, e.g. to set a PhaseFilter's selection. Without it nothing is focusable.
   * The compact variant has no legend and ignores it.
   * @default undefined
   */
  onPhaseClick?: (phase: ActionPhase) => void;
  /**
   * The phases shown as pressed when `onPhaseClick` is set.
   * @default []
   */
  selected?: readonly ActionPhase[];
  /**
   * `bar`: a stacked bar with a legend (icon, label and count per phase). `compact`: a thin bar
   * and the total, for a table cell; the counts are in its tooltip and its text alternative.
   * @default "bar"
   */
  variant?: "bar" | "compact";
  /**
   * List phases with no action in the legend too.
   * @default false
   */
  showZero?: boolean;
  /**
   * The accessible name of the bar.
   * @default strings.countBar.label ("Actions by phase")
   */
  label?: string;
  /**
   * Strings for this bar only, laid over those of the nearest `PhaseStringsProvider`.
   * @default undefined (the provider's strings)
   */
  strings?: PhaseStringsOverrides;
}

interface Entry {
  readonly key: ActionPhase | "unknown";
  readonly count: number;
}

/**
 * How many actions are in each phase, as a stacked bar in lifecycle order with a legend, or as
 * a thin bar with the total in a table cell. Colour is never the only signal: the legend shows
 * each phase's icon, label and count, and the text alternative reads "140 actions: 12 failed,
 * 1 timed out, 7 running, 120 succeeded" — failures first, then what is in progress (most
 * advanced first), then successes, then unknown. Any non-zero count is at least a few pixels
 * wide, so one failure among 10,000 stays visible. Reads counts in every wire form; never throws.
 *
 * @example
 * <PhaseCountBar counts={enrichedAction.childrenPhaseCounts} />
 * <PhaseCountBar counts={counts} selected={phases} onPhaseClick={(phase) => setPhases([phase])} />
 * <PhaseCountBar counts={taskGroup.phaseCounts} variant="compact" />
 */
export const PhaseCountBar = forwardRef<HTMLDivElement, PhaseCountBarProps>(function PhaseCountBar(
  {
    counts: input,
    phases,
    onPhaseClick,
    selected,
    variant = "bar",
    showZero = false,
    label,
    strings: stringsProp,
    className,
    title,
    ...divProps
  },
  ref,
) {
  const strings = useComponentStrings(stringsProp);
  const { locale } = strings;
  const texts = countBarStrings(strings);
  const { counts, readable } = readPhaseCountsChecked(input);
  // During render, like the badge's warning: no effect runs on mount. Production drops it.
  if (!readable && typeof process !== "undefined" && process.env.NODE_ENV !== "production") {
    warnUnreadableCounts("PhaseCountBar", `it shows "No actions"`);
  }
  const shown: readonly (ActionPhase | "unknown")[] =
    phases === undefined
      ? counts.unknown > 0
        ? [...ACTION_PHASES, "unknown"]
        : ACTION_PHASES
      : normalizePhases(phases);
  const entries: Entry[] = shown.map((key) => ({ key, count: counts[key] }));
  const total = entries.reduce((sum, entry) => sum + entry.count, 0);
  const interactive = onPhaseClick !== undefined && variant === "bar";

  let summary = texts.empty;
  if (total > 0) {
    const listed = { ...counts };
    // Only what is shown is summed up: zero the counts of the phases left out.
    for (const key of [...ACTION_PHASES, "unknown" as const]) {
      if (!shown.includes(key)) listed[key] = 0;
    }
    summary = formatMessage(
      texts.summary,
      {
        total: formatMessage(texts.total, { count: total }, locale),
        list: countList(listed, strings),
      },
      locale,
    );
  }

  return (
    <div
      role="group"
      aria-label={label ?? texts.label}
      {...divProps}
      ref={ref}
      title={title ?? (variant === "compact" ? summary : undefined)}
      className={withClassName("fpu-PhaseCountBar", className)}
      data-variant={variant}
      data-empty={total === 0 ? "true" : undefined}
    >
      {total === 0 ? (
        <span className="fpu-PhaseCountBar-empty">{summary}</span>
      ) : (
        <>
          <span className="fpu-visually-hidden">{summary}</span>
          <span className="fpu-PhaseCountBar-track" aria-hidden="true">
            {entries.map(({ key, count }) =>
              count > 0 ? (
                <span
                  key={key}
                  className="fpu-PhaseCountBar-segment"
                  data-phase={key}
                  data-tone={key === "unknown" ? "unknown" : PHASE_TONES[key]}
                  // Widths are data, not theming: each segment grows by its share of the total.
                  style={{ flexGrow: count }}
                />
              ) : null,
            )}
          </span>
          {variant === "compact" ? (
            <span className="fpu-PhaseCountBar-total" aria-hidden="true">
              {formatCompactCount(total, locale)}
            </span>
          ) : (
            <ul className="fpu-PhaseCountBar-legend" aria-hidden={interactive ? undefined : "true"}>
              {entries.map(({ key, count }) => {
                if (count === 0 && !showZero) return null;
                const text = key === "unknown" ? strings.unknown : strings.phaseLabels[key];
                const shownCount = formatCompactCount(count, locale);
                const exactCount = formatMessage("{count}", { count }, locale);
                // The name comes from the content ("Failed 12,345"), so it always contains what
                // is seen; a compact count is shown but the exact one is what is said.
                const content = (
                  <>
                    <PhaseIcon
                      phase={key === "unknown" ? undefined : key}
                      className="fpu-PhaseCountBar-icon"
                    />
                    <span className="fpu-PhaseCountBar-label">{text}</span>{" "}
                    {shownCount === exactCount ? (
                      <span className="fpu-PhaseCountBar-count">{shownCount}</span>
                    ) : (
                      <>
                        <span className="fpu-PhaseCountBar-count" aria-hidden="true">
                          {shownCount}
                        </span>
                        <span className="fpu-visually-hidden">{exactCount}</span>
                      </>
                    )}
                  </>
                );
                const common = {
                  className: "fpu-PhaseCountBar-entry",
                  "data-phase": key,
                  "data-tone": key === "unknown" ? "unknown" : PHASE_TONES[key],
                };
                return (
                  <li key={key}>
                    {interactive && key !== "unknown" ? (
                      <button
                        type="button"
                        {...common}
                        aria-pressed={selected?.includes(key) === true}
                        onClick={() => onPhaseClick(key)}
                      >
                        {content}
                      </button>
                    ) : (
                      <span {...common}>{content}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </div>
  );
});
PhaseCountBar.displayName = "PhaseCountBar";
