import { buildTime } from '../content/build-time';
import { type HubEntry, loadSiteContent } from '../content/site-content';
import { type ContactPath, contactPath } from './contact-path';
import { nearestOpenTo } from './nearest-open';

/** What a page about one place needs besides the place: how to reach it, and where to go instead when it is not open. */
export interface PlacePageProps {
  place: HubEntry;
  path: ContactPath;
  /** The nearest open place, for a planned or closed one. */
  nearestOpen: HubEntry | undefined;
}

/** The props of every place's page (the full page and its embed), in content order. */
export async function placePageProps(): Promise<PlacePageProps[]> {
  const { hubs, bodies } = await loadSiteContent();
  const bodiesById = new Map(bodies.map((b) => [b.id, b.data]));
  return hubs.map((place) => ({
    place,
    path: contactPath(place.data, bodiesById),
    nearestOpen: place.data.status === 'open' ? undefined : nearestOpenTo(place, hubs, buildTime),
  }));
}
