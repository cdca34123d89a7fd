import { isLocale, localeCodes } from '../../i18n/locales';

/** Thrown for a content file whose path cannot become a stable URL. */
export class ContentPathError extends Error {
  override name = 'ContentPathError';
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Turns a content file path into its entry id, and stops the build when two
 * files would get the same id (e.g. `samgori.yaml` and `samgori.yml`), when a
 * file name is not a URL-safe slug, or when a per-language file is not inside a
 * language folder. Ids become URLs that municipalities link to, so they must be
 * unique and predictable.
 *
 * @example slugIdGenerator('news', { perLanguage: true })({ entry: 'ka/batumi-cooperation.mdx' }) // 'ka/batumi-cooperation'
 */
export function slugIdGenerator(collection: string, options: { perLanguage: boolean }) {
  const seen = new Map<string, string>();
  return ({ entry }: { entry: string }): string => {
    const where = `content/${collection}/${entry}`;
    const parts = entry.replace(/\.[a-z]+$/, '').split('/');
    const slug = parts.at(-1) ?? '';
    if (!slugPattern.test(slug)) {
      throw new ContentPathError(
        `${where}: file name "${slug}" must be a URL slug: lower-case Latin letters, digits and single hyphens (it becomes the page address)`,
      );
    }
    let id = slug;
    if (options.perLanguage) {
      const lang = parts.length === 2 ? parts[0] : undefined;
      if (!isLocale(lang)) {
        throw new ContentPathError(
          `${where}: must sit directly in a language folder (${localeCodes.map((l) => `content/${collection}/${l}/`).join(' or ')})`,
        );
      }
      id = `${lang}/${slug}`;
    } else if (parts.length !== 1) {
      throw new ContentPathError(`${where}: must sit directly in content/${collection}/ (no sub-folders)`);
    }
    const previous = seen.get(id);
    if (previous !== undefined && previous !== entry) {
      throw new ContentPathError(
        `${where}: duplicate slug "${slug}": content/${collection}/${previous} already uses it. Rename one of the files`,
      );
    }
    seen.set(id, entry);
    return id;
  };
}
