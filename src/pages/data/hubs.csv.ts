import { placesCsv } from '../../lib/places/open-data';
import { siteOpenPlaces } from '../../lib/places/site-open-data';

/** `/data/hubs.csv`: one row per place (RFC 4180, UTF-8, header row), for spreadsheets. */
export async function GET() {
  const places = await siteOpenPlaces();
  return new Response(placesCsv(places), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
}
