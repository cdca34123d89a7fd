import type { Body, Place } from '../content/schemas';
import type { ConfirmedDate } from '../content/confirmed-date';

/**
 * The way in to a place, in the order to try it: the place's own phone and
 * address, then the bodies behind it (its municipality, IOM Georgia), each with
 * the reason it can help. Every place has one; the content check makes sure.
 */

/** Why a body can help with a place; each has a sentence in the UI strings (`contact.reason.*`). */
export type ContactReason = 'iomOffice' | 'viaIom' | 'plannedViaIom' | 'viaMunicipality' | 'plannedViaMunicipality' | 'viaAgency' | 'closedVia';

/** One body on a place's contact path. */
export interface ContactVia {
  id: string;
  body: Body;
  reason: ContactReason;
}

/** A place's contact path. */
export interface ContactPath {
  /** True when the place gives a phone, address, e-mail or website of its own. */
  own: boolean;
  via: ContactVia[];
}

/** The first number to call (or, failing that, the website to open) for a place, and whose it is. */
export type FirstContact =
  | { kind: 'phone'; number: string; confirmed: ConfirmedDate; bodyId?: string }
  | { kind: 'website'; url: string; bodyId?: string };

/**
 * Why a body can put a visitor in touch with a place, from what each is.
 *
 * @example contactReason({ type: 'iom-office', status: 'open' }, 'iom') // 'iomOffice'
 */
export function contactReason(place: Pick<Place, 'type' | 'status'>, kind: Body['kind']): ContactReason {
  if (place.status === 'closed') return 'closedVia';
  if (kind === 'iom') return place.type === 'iom-office' ? 'iomOffice' : place.status === 'planned' ? 'plannedViaIom' : 'viaIom';
  if (kind === 'municipality') return place.status === 'planned' ? 'plannedViaMunicipality' : 'viaMunicipality';
  return 'viaAgency';
}

/** True when the content gives at least one way to reach the place itself. */
export function hasOwnContacts(place: Place): boolean {
  return Boolean(place.address || place.phones?.length || place.email || place.website);
}

/**
 * The place's contact path. `bodies` holds every body by id (the content check
 * has already stopped the build on an unknown id).
 *
 * @example contactPath(akhmetaHub, bodies).via.map((v) => v.id) // ['akhmeta-municipality', 'iom-georgia']
 */
export function contactPath(place: Place, bodies: ReadonlyMap<string, Body>): ContactPath {
  const via = (place.contactVia ?? []).flatMap((id): ContactVia[] => {
    const body = bodies.get(id);
    return body ? [{ id, body, reason: contactReason(place, body.kind) }] : [];
  });
  return { own: hasOwnContacts(place), via };
}

/**
 * The first phone number on the path, else the first website: what a finder
 * result or a contact card offers first.
 *
 * @example firstContact(ownPhonePlace, path) // { kind: 'phone', number: '1505', confirmed: … }
 */
export function firstContact(place: Place, path: ContactPath): FirstContact | undefined {
  const ownPhone = place.phones?.[0];
  if (ownPhone) return { kind: 'phone', number: ownPhone.number, confirmed: ownPhone.confirmed };
  for (const { id, body } of path.via) {
    const phone = body.phones?.[0];
    if (phone) return { kind: 'phone', number: phone.number, confirmed: phone.confirmed, bodyId: id };
  }
  if (place.website) return { kind: 'website', url: place.website };
  const withSite = path.via.find((v) => v.body.website);
  return withSite?.body.website ? { kind: 'website', url: withSite.body.website, bodyId: withSite.id } : undefined;
}
