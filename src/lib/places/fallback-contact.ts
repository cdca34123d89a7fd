import type { Hub, LocalizedText } from '../content/schemas';
import { iomGeorgiaUrl } from '../../site.config';

/** Who to contact about a place, with an optional website. */
export interface FallbackContact {
  name: LocalizedText;
  url?: string | undefined;
}

/** True when the content gives at least one way to reach the place itself. */
export function hasOwnContacts(place: Hub): boolean {
  return Boolean(place.address || place.phones?.length || place.email || place.website);
}

/**
 * Who to contact when a place has no contact details of its own: its
 * `contactInstead` (e.g. the municipality), otherwise IOM Georgia (FACTS §6).
 */
export function fallbackContact(place: Hub): FallbackContact {
  return (
    place.contactInstead ?? {
      name: { ka: 'მიგრაციის საერთაშორისო ორგანიზაცია (IOM) საქართველოში', en: 'IOM Georgia' },
      url: iomGeorgiaUrl,
    }
  );
}
