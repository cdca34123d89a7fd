import { buildTime } from '../content/build-time';
import { type PlaceEntry, loadSiteContent } from '../content/site-content';
import { type ContactPath, contactPath } from './contact-path';
import { nearestOpenTo } from './nearest-open';

/** What a page about one place needs besides the place: how to reach it, and where to go instead when it is not open. */
export interface PlacePageProps {
  place: PlaceEntry;
  path: ContactPath;
  /** The nearest open place, for a planned or closed one. */
  nearestOpen: PlaceEntry | undefined;
}

/** The props of every place's page (the full page and its embed), in content order. */
export async function placePageProps(): Promise<PlacePageProps[]> {
  const { places, bodiesById } = await loadSiteContent();
  return places.map((place) => ({
    place,
    path: contactPath(place.data, bodiesById),
    nearestOpen: place.data.status === 'open' ? undefined : nearestOpenTo(place, places, buildTime),
  }));
}
