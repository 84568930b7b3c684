"use client";
import { forwardRef, useState } from "react";
import type {
  ForwardedRef,
  HTMLAttributes,
  KeyboardEvent,
  ReactElement,
  RefAttributes,
} from "react";
import { withClassName } from "../../internal/classNames";
import type { ActionPhase } from "../../phases";
import { PhaseIcon } from "../../icons";
import { formatMessage } from "../../strings";
import type { PhaseStringsOverrides } from "../../strings";
import { historyStrings } from "../../strings/defaultStrings";
import { PHASE_TONES } from "../../internal/phaseTone";
import { readPhase, useComponentStrings } from "../../internal/readPhase";
import { countList } from "../../internal/countText";
import type { CountsByKey } from "../../internal/countText";
import { nextMark } from "./roving";

/** Props of {@link PhaseHistory}. Other `<div>` attributes (`id`, `style`, `data-*`, …) pass through. */
export interface PhaseHistoryProps<T = unknown> extends Omit<
  HTMLAttributes<HTMLDivElement>,
  "children"
> {
  /**
   * Phases of recent runs, newest first (as `TaskGroup.recentStatuses` gives them), in any wire
   * form; what is not a phase shows as "Unknown". Ignored when `items` is set.
   * @default []
   */
  phases?: readonly unknown[] | null;
  /**
   * Recent runs, newest first, read with `getPhase`, `getLabel` and `getHref`, e.g.
   * `taskGroup.recentStatuses`.
   * @default undefined
   */
  items?: readonly T[] | null;
  /**
   * The phase of an item, in any wire form.
   * @default the item's `phase` field, or the item itself when it is not an object
   */
  getPhase?: (item: T) => unknown;
  /**
   * The name of an item's run, e.g. `(status) => status.runName`; a mark is then named and
   * titled "run-42: Failed".
   * @default undefined (marks are named by their phase)
   */
  getLabel?: (item: T) => string | undefined;
  /**
   * The address of an item's run. With it every mark is a link, the strip is one tab stop and
   * the arrow keys, Home and End move between the marks.
   * @default undefined (one image, nothing focusable)
   */
  getHref?: (item: T) => string | undefined;
  /**
   * At most this many runs, the newest ones.
   * @default all
   */
  max?: number;
  /**
   * Where the newest run goes: `newest-last` puts the oldest at the inline start and the newest
   * at the end, like a timeline; `newest-first` the other way round.
   * @default "newest-last"
   */
  direction?: "newest-last" | "newest-first";
  /**
   * Strings for this strip only, laid over those of the nearest `PhaseStringsProvider`.
   * @default undefined (the provider's strings)
   */
  strings?: PhaseStringsOverrides;
}

interface Mark {
  /** Position in the newest-first list: stable while runs are only added at the front. */
  readonly index: number;
  readonly phase: ActionPhase | undefined;
  readonly name: string;
  readonly href: string | undefined;
}

/** The item's own `phase` field, or the item itself. */
const defaultGetPhase = (item: unknown): unknown =>
  item !== null && typeof item === "object" ? (item as { phase?: unknown }).phase : item;

/** A caller's getter that throws on a bad item (`null` in the list) gives `undefined` instead. */
function read<T, R>(get: ((item: T) => R) | undefined, item: T): R | undefined {
  try {
    return get?.(item);
  } catch {
    return undefined;
  }
}

function PhaseHistoryWithRef<T>(
  {
    phases,
    items,
    getPhase = defaultGetPhase,
    getLabel,
    getHref,
    max,
    direction = "newest-last",
    strings: stringsProp,
    className,
    onKeyDown,
    ...divProps
  }: PhaseHistoryProps<T>,
  ref: ForwardedRef<HTMLDivElement>,
) {
  const strings = useComponentStrings(stringsProp);
  const texts = historyStrings(strings);
  // The tab stop of the links: a mark's index, the newest until the user moves.
  const [active, setActive] = useState(0);

  const source: readonly unknown[] =
    items != null ? (Array.isArray(items) ? items : []) : Array.isArray(phases) ? phases : [];
  const limit = typeof max === "number" && max >= 0 ? Math.floor(max) : source.length;
  const tally = { unknown: 0 } as Record<ActionPhase | "unknown", number>;
  const marks: Mark[] = source.slice(0, limit).map((item, index) => {
    const phase = readPhase("PhaseHistory", items != null ? read(getPhase, item as T) : item);
    tally[phase ?? "unknown"] = (tally[phase ?? "unknown"] ?? 0) + 1;
    const phaseLabel = phase === undefined ? strings.unknown : strings.phaseLabels[phase];
    const label = items != null ? read(getLabel, item as T) : undefined;
    return {
      index,
      phase,
      name:
        typeof label === "string" && label !== ""
          ? formatMessage(texts.mark, { label, phase: phaseLabel }, strings.locale)
          : phaseLabel,
      href: items != null ? read(getHref, item as T) : undefined,
    };
  });
  if (direction === "newest-last") marks.reverse();

  const summary =
    marks.length === 0
      ? texts.empty
      : formatMessage(
          texts.summary,
          { count: marks.length, list: countList(tally as CountsByKey, strings) },
          strings.locale,
        );
  const links = marks.filter((mark) => typeof mark.href === "string");
  const tabStop = links.some((mark) => mark.index === active) ? active : links[0]?.index;
  const linked = links.length > 0;

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || !linked) return;
    const target = nextMark(event);
    if (target === undefined) return;
    event.preventDefault();
    target.focus();
  };

  return (
    <div
      role={linked ? "toolbar" : "img"}
      aria-label={summary}
      {...divProps}
      ref={ref}
      className={withClassName("fpu-PhaseHistory", className)}
      data-direction={direction}
      data-empty={marks.length === 0 ? "true" : undefined}
      onKeyDown={linked ? handleKeyDown : onKeyDown}
    >
      {marks.length === 0 ? <span className="fpu-PhaseHistory-empty">{summary}</span> : null}
      {marks.map((mark) => {
        const common = {
          className: "fpu-PhaseHistory-mark",
          title: mark.name,
          "data-phase": mark.phase ?? "unknown",
          "data-tone": mark.phase === undefined ? "unknown" : PHASE_TONES[mark.phase],
        };
        const icon = <PhaseIcon phase={mark.phase} className="fpu-PhaseHistory-icon" />;
        if (linked && typeof mark.href === "string") {
          return (
            <a
              key={mark.index}
              {...common}
              href={mark.href}
              aria-label={mark.name}
              tabIndex={mark.index === tabStop ? 0 : -1}
              onFocus={() => setActive(mark.index)}
            >
              {icon}
            </a>
          );
        }
        // Inside a toolbar a mark without a link still needs a name; inside the image it is
        // presentational and the image's summary speaks for it.
        return (
          <span
            key={mark.index}
            {...common}
            {...(linked ? { role: "img", "aria-label": mark.name } : undefined)}
          >
            {icon}
          </span>
        );
      })}
    </div>
  );
}

/**
 * The phases of a task's recent runs as a strip of small marks, each in its phase's tone and
 * with its phase's icon shape (not colour alone), named and titled "run-42: Failed". The strip's
 * accessible summary reads "Last 10 runs: 8 succeeded, 2 failed". With `getHref` each mark links
 * to its run: one tab stop, arrow keys, Home and End move between them (roving tabindex);
 * without, the strip is one image and nothing is focusable. Never throws on bad input.
 *
 * @example
 * <PhaseHistory phases={["succeeded", "failed", 5]} />
 * <PhaseHistory
 *   items={taskGroup.recentStatuses}
 *   getLabel={(status) => status.runName}
 *   getHref={(status) => `/runs/${status.runName}`}
 * />
 */
export const PhaseHistory = forwardRef(PhaseHistoryWithRef) as (<T = unknown>(
  props: PhaseHistoryProps<T> & RefAttributes<HTMLDivElement>,
) => ReactElement | null) & { displayName?: string };
PhaseHistory.displayName = "PhaseHistory";
