import { defaultDurationStrings, formatMessage } from "../../strings";
import type { PhaseDurationStrings } from "../../strings";
import { formatDuration } from "../../phases";

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * The function that turns milliseconds into the visible text: `formatDuration` while the unit
 * templates are the English defaults (the common case, and the cheapest per tick), else the
 * provider's templates. Built once per render, called once per tick.
 * @internal
 */
export function durationFormatter(
  strings: PhaseDurationStrings,
  locale: string,
): (ms: number) => string {
  const english = defaultDurationStrings;
  if (
    strings.seconds === english.seconds &&
    strings.minutes === english.minutes &&
    strings.hours === english.hours &&
    strings.days === english.days
  ) {
    return formatDuration;
  }
  return (ms) => {
    const t = ms > 0 && ms < Infinity ? Math.floor(ms / 1000) : 0;
    if (t < 60) return formatMessage(strings.seconds, { s: `${t}` }, locale);
    if (t < 3600) {
      return formatMessage(
        strings.minutes,
        { m: `${Math.floor(t / 60)}`, ss: pad(t % 60) },
        locale,
      );
    }
    if (t < 86_400) {
      const mm = pad(Math.floor(t / 60) % 60);
      return formatMessage(strings.hours, { h: `${Math.floor(t / 3600)}`, mm }, locale);
    }
    const hh = pad(Math.floor(t / 3600) % 24);
    return formatMessage(strings.days, { d: `${Math.floor(t / 86_400)}`, hh }, locale);
  };
}

/**
 * An HTML/ISO 8601 duration for `<time dateTime>`, to the whole second: `"PT3M5S"`,
 * `"P2DT3H"`, `"PT0S"`. Machines read the exact value even when the text shows "1h 02m".
 * @internal
 */
export function isoDuration(ms: number): string {
  let t = ms > 0 && ms < Infinity ? Math.floor(ms / 1000) : 0;
  const days = Math.floor(t / 86_400);
  t %= 86_400;
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = t % 60;
  const time = `${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s || (!h && !m && !days) ? `${s}S` : ""}`;
  return `P${days ? `${days}D` : ""}${time ? `T${time}` : ""}`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The exact time for the tooltip, in the reader's time zone and language. Only ever called in
 * the browser (after mount), so the server's time zone never reaches the markup.
 * @internal
 */
export function formatInstant(ms: number, locale: string): string {
  let format = dateTimeFormats.get(locale);
  if (format === undefined) {
    const options = { dateStyle: "medium", timeStyle: "medium" } as const;
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat("en", options);
    }
    dateTimeFormats.set(locale, format);
  }
  return format.format(ms);
}
