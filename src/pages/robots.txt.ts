import { siteUrl } from '../site.config';

/** Everything may be indexed; the sitemap lists every page in both languages. */
export function GET() {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap-index.xml\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
