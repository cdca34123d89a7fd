import { localizedPath } from '../../i18n/routes';
import { placesJson } from '../../lib/places/open-data';
import { siteOpenPlaces } from '../../lib/places/site-open-data';
import { siteUrl } from '../../site.config';

/** `/data/hubs.json`: every place with all its fields in both languages. */
export async function GET() {
  const places = await siteOpenPlaces();
  const documentation = `${siteUrl}${localizedPath('en', 'forMunicipalities')}#open-data`;
  return new Response(placesJson(places, documentation), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
