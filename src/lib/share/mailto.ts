/**
 * `mailto:` links that open the visitor's own mail app with a message filled in: the site
 * has no server, so a mail app is how a visitor writes to the editors.
 */

/** A message to fill in: address, subject, and the body as lines. */
export interface MailDraft {
  to: string;
  subject: string;
  /** Lines of the body; an empty string is an empty line. */
  body: readonly string[];
}

/**
 * A `mailto:` link (RFC 6068) with a subject and body. Both are percent-encoded with
 * `encodeURIComponent` (a space is `%20`, never `+`, which mail apps would show as is), and
 * the body's lines are joined with CRLF, the line break RFC 6068 asks for. The `@` of the
 * address stays readable; anything else unusual in it is encoded.
 *
 * @example mailtoHref({ to: 'info@example.org', subject: 'Hi there', body: ['a', 'b & c'] })
 * // 'mailto:info@example.org?subject=Hi%20there&body=a%0D%0Ab%20%26%20c'
 */
export function mailtoHref(draft: MailDraft): string {
  const to = draft.to.split('@').map(encodeURIComponent).join('@');
  const body = draft.body.map((line) => line.replace(/\r?\n/g, '\r\n')).join('\r\n');
  return `mailto:${to}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * An e-mail address setting, trimmed; an unset or blank setting is `''` (the feature it
 * drives is then off). Anything else that is not one plain address fails the build,
 * naming the setting, so a typo never ships as a link that goes nowhere.
 *
 * @example emailSetting(' editors@example.org ', 'FEEDBACK_EMAIL') // 'editors@example.org'
 * @example emailSetting(undefined, 'FEEDBACK_EMAIL')               // ''
 */
export function emailSetting(value: string | undefined, name: string): string {
  const address = (value ?? '').trim();
  if (address === '') return '';
  if (!/^[^\s@,;?&#<>"]+@[^\s@,;?&#<>"]+\.[^\s@,;?&#<>".]+$/.test(address)) {
    throw new Error(`${name} must be one e-mail address such as editors@example.org (got "${address}"); leave it empty to turn the link off.`);
  }
  return address;
}
