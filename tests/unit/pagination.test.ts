import { describe, expect, it } from 'vitest';
import { firstPages, pageCount, pageNumber, pageOf, pagePaths, pagedUrl } from '~/site/pagination';

describe('pagination', () => {
  const items = Array.from({ length: 250 }, (_, i) => i);

  it('needs enough pages for the longest list, and at least one', () => {
    expect(pageCount({ items, perPage: 100 })).toBe(3);
    expect(pageCount({ items, perPage: 100 }, { items: items.slice(0, 10), perPage: 1 })).toBe(10);
    expect(pageCount({ items: [], perPage: 100 })).toBe(1);
  });

  it('puts every item on exactly one page, in order', () => {
    const pages = [1, 2, 3, 4].map((page) => pageOf({ items, perPage: 100 }, page));
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50, 0]);
    expect(pages.flat()).toEqual(items);
  });

  it('keeps the record URL for page 1 and round-trips page numbers', () => {
    expect(pagedUrl('/topics/x/', 1)).toBe('/topics/x/');
    expect(pagedUrl('/topics/x/', 3)).toBe('/topics/x/3/');
    expect(pagePaths({ topic: 'x' }, 2)).toEqual([
      { params: { topic: 'x', page: undefined } },
      { params: { topic: 'x', page: '2' } },
    ]);
    expect([undefined, '2', '17', '1', 'x'].map(pageNumber)).toEqual([1, 2, 17, 1, 1]);
  });
});

describe('firstPages', () => {
  it('gives the page each group of a run starts on, and page 1 for empty groups', () => {
    const groups = [
      ['a', Array(250).fill(0)],
      ['b', []],
      ['c', Array(60).fill(0)],
      ['d', Array(1).fill(0)],
    ] as const;
    expect([...firstPages(groups, 100)]).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
      ['d', 4],
    ]);
  });
});
