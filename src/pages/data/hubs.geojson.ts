import { loadSiteContent } from '../../lib/content/site-content';
import { hubsGeoJson, openPlaces } from '../../lib/places/open-data';
import { siteUrl } from '../../site.config';

/** `/data/hubs.geojson`: the places as RFC 7946 Point features, for GIS tools and web maps. */
export async function GET() {
  const { hubs } = await loadSiteContent();
  return new Response(`${JSON.stringify(hubsGeoJson(openPlaces(hubs, siteUrl)))}\n`, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
}
