// Intl objects are costly to build and a table formats thousands of cells: one per locale (and
// kind), shared by every text the library formats.
const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/**
 * The object `make` builds for `locale`, built once. An invalid language tag (RangeError) gets
 * English rather than a crashed table.
 * @internal
 */
export function cachedIntl<T>(cache: Map<string, T>, locale: string, make: (tag: string) => T): T {
  let made = cache.get(locale);
  if (made === undefined) {
    try {
      made = make(locale);
    } catch {
      made = make("en");
    }
    cache.set(locale, made);
  }
  return made;
}

/** Plural rules of `locale`. @internal */
export function pluralRules(locale = "en"): Intl.PluralRules {
  return cachedIntl(plurals, locale, (tag) => new Intl.PluralRules(tag));
}

/** The plain number format of `locale` ("1,234"). @internal */
export function numberFormat(locale = "en"): Intl.NumberFormat {
  return cachedIntl(numbers, locale, (tag) => new Intl.NumberFormat(tag));
}
