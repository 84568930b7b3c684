"use client";
import { forwardRef, useMemo } from "react";
import type { CSSProperties, HTMLAttributes } from "react";
import { withClassName } from "../../internal/classNames";
import { PhaseIcon } from "../../icons";
import { formatMessage } from "../../strings";
import { timelineStrings } from "../../strings/defaultStrings";
import type { PhaseStringsOverrides } from "../../strings";
import { PHASE_TONES } from "../../internal/phaseTone";
import { useComponentStrings } from "../../internal/readPhase";
import { useNow } from "../../internal/useTick";
import { hasOpenPhase, readTimeline } from "./readTimeline";
import type { PhaseTimelineAttempt, TimelineModel } from "./readTimeline";
import { rowSentence, rowTexts } from "./describeRow";
import { toMillis } from "../../phases";

/** Props of {@link PhaseTimeline}. Other `<div>` attributes (`id`, `style`, `data-*`, …) pass through. */
export interface PhaseTimelineProps extends Omit<HTMLAttributes<HTMLDivElement>, "children"> {
  /**
   * `ActionDetails.attempts`: protobuf-es `ActionAttempt` messages or their proto3 JSON. Each
   * becomes a row; its `phaseTransitions` become segments. Anything unreadable is skipped, and
   * with nothing readable the timeline shows its empty state.
   */
  attempts: readonly PhaseTimelineAttempt[] | null | undefined;
  /**
   * The time an open phase runs until on the server and while hydrating, in any Timestamp form
   * (epoch ms, `Date`, RFC 3339, `{ seconds, nanos }`). Pass the server's time when rendering on
   * the server, so the browser hydrates the same text; after that the open phase follows the
   * shared clock (unless `live` is false).
   * @default the current time at the first render
   */
  now?: unknown;
  /**
   * Let the open phase grow every second on the library's one shared ticker. Only a timeline with
   * an open phase subscribes; `false` freezes it at `now` (screenshots, a past snapshot).
   * @default true
   */
  live?: boolean;
  /**
   * Accessible name of the timeline.
   * @default strings.timeline.label ("Phase timeline")
   */
  label?: string;
  /**
   * Strings for this timeline only, laid over those of the nearest `PhaseStringsProvider`.
   * @default undefined (the provider's strings)
   */
  strings?: PhaseStringsOverrides;
}

/**
 * Where an action's time went: a row per attempt, a segment per phase (queued, waiting for
 * resources, initializing, running, paused) on one time axis shared by every row, and a marker
 * for the terminal phase. The latest attempt stands out; each row reads as one sentence to
 * screen readers ("Attempt 2 of 2: queued 2s, …, failed (user error)"). Nothing in it is
 * interactive, so it adds no tab stops.
 *
 * @example
 * <PhaseTimeline attempts={actionDetails.attempts} />
 */
export const PhaseTimeline = forwardRef<HTMLDivElement, PhaseTimelineProps>(function PhaseTimeline(
  { attempts, now: nowProp, live = true, label, strings: stringsProp, className, ...divProps },
  ref,
) {
  const strings = useComponentStrings(stringsProp);
  const text = timelineStrings(strings);
  // Whether a phase is open does not depend on the time: only then subscribe to the clock.
  const open = useMemo(() => hasOpenPhase(attempts), [attempts]);
  const now = useNow(live && open, toMillis(nowProp));
  const model = readTimeline(attempts, now);
  const empty = model.rows.every((row) => row.segments.length === 0 && !row.terminal);

  return (
    <div
      role="group"
      aria-label={label ?? text.label}
      {...divProps}
      ref={ref}
      className={withClassName("fpu-PhaseTimeline", className)}
      data-empty={empty ? "true" : undefined}
    >
      {empty ? (
        <p className="fpu-PhaseTimeline-empty">{text.empty}</p>
      ) : (
        <ol className="fpu-PhaseTimeline-attempts">
          {model.rows.map((row, index) => {
            const current = index === model.rows.length - 1;
            const texts = rowTexts(row, strings, false);
            return (
              <li
                key={`${row.attempt}-${index}`}
                className="fpu-PhaseTimeline-attempt"
                data-current={current ? "true" : undefined}
                aria-current={current && model.rows.length > 1 ? "true" : undefined}
              >
                <span className="fpu-visually-hidden">
                  {rowSentence(row, model.attempts, strings)}
                </span>
                {/* The same facts drawn: hidden from screen readers, which read the sentence. */}
                <div className="fpu-PhaseTimeline-row" aria-hidden="true">
                  <span className="fpu-PhaseTimeline-heading">
                    {formatMessage(
                      text.attempt,
                      { attempt: row.attempt, attempts: model.attempts },
                      strings.locale,
                    )}
                  </span>
                  <span className="fpu-PhaseTimeline-track">
                    {row.segments.map((segment, i) => (
                      <span
                        key={i}
                        className="fpu-PhaseTimeline-segment"
                        data-phase={segment.phase}
                        data-tone={PHASE_TONES[segment.phase]}
                        data-open={segment.open ? "true" : undefined}
                        style={place(model, segment.start, segment.end)}
                        title={texts.segments[i]}
                      />
                    ))}
                    {row.terminal && (
                      <span
                        className="fpu-PhaseTimeline-end"
                        data-phase={row.terminal.phase}
                        data-tone={PHASE_TONES[row.terminal.phase]}
                        style={place(model, row.terminal.at)}
                        title={texts.terminal}
                      >
                        <PhaseIcon phase={row.terminal.phase} />
                      </span>
                    )}
                  </span>
                  <span className="fpu-PhaseTimeline-legend">
                    {row.segments.map((segment, i) => (
                      <span key={i} className="fpu-PhaseTimeline-item">
                        <span className="fpu-PhaseTimeline-swatch" data-phase={segment.phase} />
                        {texts.segments[i]}
                      </span>
                    ))}
                    {row.terminal && (
                      <span
                        className="fpu-PhaseTimeline-item"
                        data-tone={PHASE_TONES[row.terminal.phase]}
                      >
                        <PhaseIcon phase={row.terminal.phase} />
                        {texts.terminal}
                      </span>
                    )}
                    {texts.segments.length === 0 && !texts.terminal && text.attemptEmpty}
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
});
PhaseTimeline.displayName = "PhaseTimeline";

/** Position on the shared axis, as logical properties so right-to-left pages mirror it. */
function place(model: TimelineModel, start: number, end = start): CSSProperties {
  const span = model.end - model.start;
  const percent = (ms: number) => (span > 0 ? ((ms - model.start) / span) * 100 : 0);
  return {
    insetInlineStart: `${percent(start)}%`,
    inlineSize: end > start ? `${percent(end) - percent(start)}%` : undefined,
  };
}
