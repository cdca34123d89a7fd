import { placesGeoJson } from '../../lib/places/open-data';
import { siteOpenPlaces } from '../../lib/places/site-open-data';

/** `/data/hubs.geojson`: the places as RFC 7946 Point features, for GIS tools and web maps. */
export async function GET() {
  const places = await siteOpenPlaces();
  return new Response(`${JSON.stringify(placesGeoJson(places))}\n`, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
}
