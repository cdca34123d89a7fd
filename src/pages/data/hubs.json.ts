import { localizedPath } from '../../i18n/routes';
import { loadSiteContent } from '../../lib/content/site-content';
import { hubsJson, openPlaces } from '../../lib/places/open-data';
import { siteUrl } from '../../site.config';

/** `/data/hubs.json`: every place with all its fields in both languages. */
export async function GET() {
  const { hubs } = await loadSiteContent();
  const documentation = `${siteUrl}${localizedPath('en', 'forMunicipalities')}#open-data`;
  return new Response(hubsJson(openPlaces(hubs, siteUrl), documentation), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
