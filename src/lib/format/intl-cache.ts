/**
 * Shared `Intl` formatters, one per locale and options. Making a formatter
 * costs far more than formatting with it, and a build formats dates, weekdays
 * and numbers on thousands of pages (the scale bench spent seconds making them).
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(store: Map<string, T>, locale: string, options: object, make: () => T): T {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = store.get(key);
  if (formatter === undefined) {
    formatter = make();
    store.set(key, formatter);
  }
  return formatter;
}

/**
 * `new Intl.DateTimeFormat(locale, options)`, made once per locale and options.
 *
 * @example dateTimeFormat('ka-GE', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1, 12))) // 'ორშაბათი'
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached(dateTimeFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/**
 * `new Intl.NumberFormat(locale, options)`, made once per locale and options.
 *
 * @example numberFormat('en-GB').format(1234) // '1,234'
 */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}
