import { describe, expect, it } from 'vitest';
import { buildExcerpt } from '../../../../src/lib/search/excerpt';

const marked = (parts: ReturnType<typeof buildExcerpt>) => parts.filter((p) => p.mark).map((p) => p.text);
const text = (parts: ReturnType<typeof buildExcerpt>) => parts.map((p) => p.text).join('');

describe('buildExcerpt', () => {
  it('marks the inflected word a Latin query found through the hidden keys', () => {
    const parts = buildExcerpt('IOM-ის ოფისი ბათუმში მუშაობს.', 'batumi', 'ka');
    expect(parts).toEqual([
      { text: 'IOM-ის ოფისი ', mark: false },
      { text: 'ბათუმში', mark: true },
      { text: ' მუშაობს.', mark: false },
    ]);
  });

  it('marks syncopated, Mtavruli-queried and keyboard-typed matches', () => {
    expect(marked(buildExcerpt('სოფლის განვითარების სააგენტო', 'სოფელი', 'ka'))).toEqual(['სოფლის']);
    expect(marked(buildExcerpt('IOM-ის ქუთაისის ოფისი', 'ᲥᲣᲗᲐᲘᲡᲘ', 'ka'))).toEqual(['ქუთაისის']);
    expect(marked(buildExcerpt('ხელსაწყოების გაქირავება', 'xelsawyoebi', 'ka'))).toEqual(['ხელსაწყოების']);
  });

  it('marks every word of a multi-word query and keeps punctuation outside the mark', () => {
    const parts = buildExcerpt('პროფესიული განათლება (კოლეჯი).', 'განათლება კოლეჯები', 'ka');
    expect(marked(parts)).toEqual(['განათლება', 'კოლეჯი']);
    expect(text(parts)).toBe('პროფესიული განათლება (კოლეჯი).');
  });

  it('does not mark short-word fallbacks such as და', () => {
    expect(marked(buildExcerpt('ბიზნესი და დასაქმება', 'დასახლება', 'ka'))).toEqual([]);
  });

  it('marks English words and Latin place names on the English site', () => {
    expect(marked(buildExcerpt('In Ozurgeti, three returnees won grants.', 'ozurgeti', 'en'))).toEqual(['Ozurgeti']);
    expect(marked(buildExcerpt('Help with employment and training.', 'employment', 'en'))).toEqual(['employment']);
  });

  it('cuts a long page around the first match, with ellipses where text was left out', () => {
    const filler = Array.from({ length: 50 }, (_, i) => `სიტყვა${i}`);
    const content = [...filler, 'ფოთში', ...filler].join(' ');
    const parts = buildExcerpt(content, 'ფოთი', 'ka', 10);
    expect(text(parts).startsWith('… ')).toBe(true);
    expect(text(parts).endsWith(' …')).toBe(true);
    expect(marked(parts)).toEqual(['ფოთში']);
    expect(text(parts).split(' ').filter((w) => w !== '…')).toHaveLength(10);
  });

  it('shows the start of the page, unmarked, when no word matches', () => {
    expect(buildExcerpt('მოკლე ტექსტი', 'ზებრა', 'ka')).toEqual([{ text: 'მოკლე ტექსტი', mark: false }]);
  });
});
