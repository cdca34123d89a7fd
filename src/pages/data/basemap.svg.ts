import { basemapDrawing } from '../../lib/geo/basemap-file';

/** `/data/basemap.svg`: the interactive map's basemap, drawn at build time from basemap.topo.json. */
export function GET() {
  return new Response(basemapDrawing().svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
