import type { Locale } from '../../i18n/locales';
import { localizedPath } from '../../i18n/routes';
import { locales } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { type SiteContent, inLanguage, slugOf } from './site-content';

/** A page of the site as listed in the A–Z site map. */
export interface IndexedPage {
  title: string;
  href: string;
}

/**
 * Every page of one language, sorted alphabetically the way a reader of that
 * language expects (Georgian alphabet order for `ka`).
 */
export function siteIndex(content: SiteContent, locale: Locale): IndexedPage[] {
  const t = useTranslations(locale);
  const pages: IndexedPage[] = [
    { title: t('nav.home'), href: localizedPath(locale, 'home') },
    { title: t('places.title'), href: localizedPath(locale, 'places') },
    { title: t('programs.title'), href: localizedPath(locale, 'programs') },
    { title: t('check.title'), href: localizedPath(locale, 'check') },
    { title: t('news.title'), href: localizedPath(locale, 'news') },
    { title: t('forMunicipalities.title'), href: localizedPath(locale, 'forMunicipalities') },
    ...inLanguage(content.pages, locale).map((p) => ({ title: p.data.title, href: `/${locale}/${slugOf(p)}/` })),
    ...inLanguage(content.news, locale).map((n) => ({ title: n.data.title, href: localizedPath(locale, 'news', slugOf(n)) })),
    ...content.places.map((p) => ({ title: p.data.name[locale], href: localizedPath(locale, 'places', p.id) })),
    ...content.programs.map((p) => ({ title: p.data.title[locale], href: localizedPath(locale, 'programs', p.id) })),
  ];
  const collator = new Intl.Collator(locales[locale].intl);
  return pages.sort((a, b) => collator.compare(a.title, b.title));
}
