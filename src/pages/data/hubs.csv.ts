import { loadSiteContent } from '../../lib/content/site-content';
import { hubsCsv, openPlaces } from '../../lib/places/open-data';
import { siteUrl } from '../../site.config';

/** `/data/hubs.csv`: one row per place (RFC 4180, UTF-8, header row), for spreadsheets. */
export async function GET() {
  const { hubs } = await loadSiteContent();
  return new Response(hubsCsv(openPlaces(hubs, siteUrl)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
}
