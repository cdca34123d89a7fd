/**
 * A `tel:` link for a number as printed: spaces removed, a leading + kept.
 *
 * @example telHref('+995 32 2 25 22 16') // 'tel:+995322252216'
 * @example telHref('1505') // 'tel:1505'
 */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/**
 * A web address shown without its scheme and trailing slash, for link text.
 *
 * @example displayUrl('https://georgia.iom.int/') // 'georgia.iom.int'
 */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
