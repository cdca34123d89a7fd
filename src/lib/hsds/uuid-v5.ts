import { createHash } from 'node:crypto';

/**
 * Name-based UUIDs, version 5 (RFC 9562 §5.5, formerly RFC 4122 §4.3): the
 * SHA-1 of a namespace UUID and a name, so the same name always gives the same
 * id. The HSDS export uses them to give each place, body and programme an id
 * that stays the same from build to build and in every language.
 */

/** The DNS namespace of RFC 9562 Appendix C (for the test vectors). */
export const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

/** The URL namespace of RFC 9562 Appendix C. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The version-5 UUID of `name` (UTF-8) in `namespace`, lower case.
 *
 * @example uuidV5('www.example.com', DNS_NAMESPACE) // '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 */
export function uuidV5(name: string, namespace: string): string {
  if (!uuidPattern.test(namespace)) throw new Error(`uuidV5: namespace "${namespace}" is not a UUID`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // variant 10xx (RFC 9562)
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
