/**
 * Ways to send a page's address to a phone that need no script: an `sms:` link and the
 * text it carries.
 */

/**
 * The text sent when a visitor shares a page: its title, then its address on a line of
 * its own (so a messaging app turns the address into a link).
 *
 * @example shareText('IOM Tbilisi', 'https://example.org/en/places/iom-tbilisi/')
 * // 'IOM Tbilisi\nhttps://example.org/en/places/iom-tbilisi/'
 */
export function shareText(title: string, url: string): string {
  return `${title.trim()}\n${url}`;
}

/**
 * An `sms:` link that opens the messaging app with `body` filled in and no recipient, so
 * the visitor picks one (or themselves). The `sms:?&body=` form is the one both Android
 * (which reads the query after `?`) and iOS (which reads `&body=`) understand.
 *
 * @example smsHref('Hi & bye') // 'sms:?&body=Hi%20%26%20bye'
 */
export function smsHref(body: string): string {
  return `sms:?&body=${encodeURIComponent(body)}`;
}
