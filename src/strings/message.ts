/**
 * A translatable text that may hold numbers. Plain data, so a React Server Component can pass it
 * across the server/client boundary:
 * - a template: `"{count} of {total} selected"`; each `{name}` is replaced by that value
 *   (numbers formatted for the locale with `Intl.NumberFormat`);
 * - plural forms keyed by the `Intl.PluralRules` category of `count`:
 *   `{ one: "{count} action", other: "{count} actions" }` (`other` is required);
 * - on the client only, a function of the values.
 */
export type Message<Values extends MessageValues = MessageValues> =
  string | PluralMessage | ((values: Values) => string);

/** Values a {@link Message} can refer to. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Forms of a message per `Intl.PluralRules` category; `other` is the fallback. */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};

import { numberFormat, pluralRules } from "./intl";

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The text of `message` for `values` in `locale`. Never throws: a placeholder with no value
 * stays as written, and a plural form missing for the category falls back to `other`.
 *
 * @example
 * formatMessage({ one: "{count} action", other: "{count} actions" }, { count: 1200 }, "en");
 * // "1,200 actions"
 */
export function formatMessage<Values extends MessageValues>(
  message: Message<Values>,
  values: Values,
  locale?: string,
): string {
  if (typeof message === "function") return message(values);
  let template: string;
  if (typeof message === "string") {
    template = message;
  } else {
    const count = values.count;
    const category =
      typeof count === "number" ? pluralRules(locale).select(count) : ("other" as const);
    template = message[category] ?? message.other;
  }
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? numberFormat(locale).format(value) : value;
  });
}
