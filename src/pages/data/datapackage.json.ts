import { localizedPath } from '../../i18n/routes';
import { hubsDataPackage } from '../../lib/places/data-package';
import { siteUrl } from '../../site.config';

/** `/data/datapackage.json`: the columns of hubs.csv and their types (Frictionless Data Package), for data portals. */
export function GET() {
  const homepage = `${siteUrl}${localizedPath('en', 'forMunicipalities')}#open-data`;
  return new Response(`${JSON.stringify(hubsDataPackage(homepage), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
