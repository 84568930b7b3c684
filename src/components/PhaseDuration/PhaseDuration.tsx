"use client";
import { forwardRef, useImperativeHandle, useRef } from "react";
import type { HTMLAttributes } from "react";
import { withClassName } from "../../internal/classNames";
import { formatMessage } from "../../strings";
import { durationStrings } from "../../strings/defaultStrings";
import type { PhaseStringsOverrides } from "../../strings";
import { durationToMillis, toMillis } from "../../phases";
import { useComponentStrings } from "../../internal/readPhase";
import { useTick } from "../../internal/useTick";
import { useIsomorphicLayoutEffect } from "../../internal/useControllableState";
import { durationFormatter, formatInstant, isoDuration } from "./durationText";
import { readDuration } from "./readDuration";

/** Props of {@link PhaseDuration}. Other `<span>` attributes pass through to the root. */
export interface PhaseDurationProps extends Omit<HTMLAttributes<HTMLSpanElement>, "children"> {
  /**
   * An `ActionStatus`-shaped object: `phase`, `startTime`, `endTime`, `durationMs` (protobuf-es
   * or proto3 JSON forms). A terminal phase never ticks. Unreadable fields count as missing.
   * @default undefined
   */
  status?: unknown;
  /** Start time in any Timestamp form (wins over `status.startTime`). @default undefined */
  start?: unknown;
  /** End time in any Timestamp form (wins over `status.endTime`). @default undefined */
  end?: unknown;
  /** Run time as int64 ms or a Duration (wins over `status.durationMs`, and over end − start). @default undefined */
  durationMs?: unknown;
  /**
   * The typical run time (e.g. `TaskGroup.averageDuration`), as milliseconds or a Duration:
   * draws a thin progress line and adds "typically 5m" to the text alternative.
   * @default undefined (no line)
   */
  expectedMs?: unknown;
  /**
   * The time the first render shows, in any Timestamp form. Pass the same value to the server
   * render and to hydration so both agree; after mount a running duration follows the
   * browser's clock unless `live` is `false`.
   * @default Date.now() at render
   */
  now?: unknown;
  /**
   * Follow the clock while running, on the one shared ticker (one timer for every instance,
   * paused while the tab is hidden). `false` keeps the value at `now` (screenshots, print).
   * @default true
   */
  live?: boolean;
  /** Strings for this instance, laid over the provider's. @default undefined */
  strings?: PhaseStringsOverrides;
  /** Tooltip. @default the exact start and end, in the reader's time zone */
  title?: string;
}

/**
 * How long a Flyte action has run, as `<time dateTime="PT3M5S">3m 05s</time>`. A running action
 * ticks every second; a finished one shows `durationMs`, else end − start. Missing or unreadable
 * times show "—" and say "Duration unknown"; nothing throws.
 *
 * Ten thousand running rows cost one timer: each instance writes its own text node on the shared
 * tick, and React does not re-render per second.
 *
 * @example
 * <PhaseDuration status={action.status} expectedMs={taskGroup.averageDuration} />
 * <PhaseDuration start="2026-11-30T10:00:00Z" end="2026-11-30T10:03:05Z" />
 */
export const PhaseDuration = forwardRef<HTMLSpanElement, PhaseDurationProps>(function PhaseDuration(
  {
    status,
    start,
    end,
    durationMs,
    expectedMs,
    now,
    live = true,
    strings: stringsProp,
    title,
    className,
    ...spanProps
  },
  ref,
) {
  const strings = useComponentStrings(stringsProp);
  const { locale } = strings;
  const texts = durationStrings(strings);
  const format = durationFormatter(texts, locale);
  const facts = readDuration(status, { start, end, durationMs }, toMillis(now) ?? Date.now());
  const expectedRaw = durationToMillis(expectedMs);
  const expected = expectedRaw !== undefined && expectedRaw > 0 ? expectedRaw : undefined;

  const root = useRef<HTMLSpanElement>(null);
  const time = useRef<HTMLTimeElement>(null);
  const bar = useRef<HTMLSpanElement>(null);
  const hint = useRef<HTMLSpanElement>(null);
  useImperativeHandle(ref, () => root.current!, []);

  const hintText = (ms: number) => {
    if (expected === undefined) return "";
    const message = ms > expected ? texts.longerThanTypical : texts.typically;
    return `, ${formatMessage(message, { expected: format(expected) }, locale)}`;
  };

  // Per tick: write only what changed, straight into the nodes React rendered. The <time> has a
  // single text child, which React itself sets as textContent, so both writers agree.
  let shownSecond = facts.ms === undefined ? -1 : Math.floor(facts.ms / 1000);
  useTick(
    live &&
      facts.running &&
      ((nowMs: number) => {
        const ms = Math.max(0, nowMs - facts.startMs!);
        const second = Math.floor(ms / 1000);
        const node = time.current;
        if (second === shownSecond || node === null) return;
        shownSecond = second;
        node.textContent = format(ms);
        node.dateTime = isoDuration(ms);
        if (expected !== undefined)
          writeProgress(ms, expected, root.current, bar.current, hint.current, hintText(ms));
      }),
  );

  // The tooltip is set after mount: it depends on the reader's time zone, which the server does
  // not know, so rendering it would make hydration mismatch.
  const { startMs, endMs } = facts;
  useIsomorphicLayoutEffect(() => {
    const node = root.current;
    if (node === null || title !== undefined) return;
    const lines = [];
    if (startMs !== undefined)
      lines.push(formatMessage(texts.started, { time: formatInstant(startMs, locale) }, locale));
    if (endMs !== undefined)
      lines.push(formatMessage(texts.ended, { time: formatInstant(endMs, locale) }, locale));
    if (lines.length > 0) node.title = lines.join("\n");
    else node.removeAttribute("title");
  }, [startMs, endMs, title, locale, texts.started, texts.ended]);

  const rootProps = {
    ...spanProps,
    ref: root,
    title,
    className: withClassName("fpu-PhaseDuration", className),
  };
  if (facts.ms === undefined) {
    return (
      <span {...rootProps} data-state="unknown">
        <span aria-hidden="true">—</span>
        <span className="fpu-visually-hidden">{texts.unknown}</span>
      </span>
    );
  }
  const ms = facts.ms;
  const over = expected !== undefined && ms > expected;
  return (
    <span
      {...rootProps}
      data-state={facts.running ? "running" : "finished"}
      data-over-typical={over ? "true" : undefined}
    >
      <time ref={time} className="fpu-PhaseDuration-time" dateTime={isoDuration(ms)}>
        {format(ms)}
      </time>
      {expected !== undefined && (
        <>
          <span ref={hint} className="fpu-visually-hidden">
            {hintText(ms)}
          </span>
          <span className="fpu-PhaseDuration-track" aria-hidden="true">
            <span
              ref={bar}
              className="fpu-PhaseDuration-bar"
              style={{ transform: `scaleX(${Math.min(1, ms / expected)})` }}
            />
          </span>
        </>
      )}
    </span>
  );
});
PhaseDuration.displayName = "PhaseDuration";

function writeProgress(
  ms: number,
  expected: number,
  root: HTMLSpanElement | null,
  bar: HTMLSpanElement | null,
  hint: HTMLSpanElement | null,
  hintText: string,
): void {
  if (bar) bar.style.transform = `scaleX(${Math.min(1, ms / expected)})`;
  const over = ms > expected;
  if (root && (root.dataset.overTypical === "true") !== over) {
    if (over) root.dataset.overTypical = "true";
    else delete root.dataset.overTypical;
    if (hint) hint.textContent = hintText;
  }
}
