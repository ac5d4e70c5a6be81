import { describe, expect, it } from 'vitest';
import { flattenReferences } from '~/open-data/exports';
import { anchorAliases, anchorsIn, extendRegistry, findRegistryProblems, pageRedirects } from '~/site/registry';
import { lastChangedByFile, parseGitLog, stableJson, versionId } from '~/record/versions';

describe('versions', () => {
  it('hashes content regardless of key order', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    expect(versionId({ a: 1, b: 2 })).toBe(versionId({ b: 2, a: 1 }));
    expect(versionId({ a: 1 })).not.toBe(versionId({ a: 2 }));
    expect(versionId('x')).toMatch(/^[0-9a-f]{12}$/);
  });

  it('reads git log output, newest first, into last-change dates per file', () => {
    const log =
      '\u001eaaa\t2026-02-01\tFix a label\n\ncontent/meetings/m.md\n' +
      '\u001ebbb\t2026-01-01\tFirst records\n\ncontent/meetings/m.md\ncontent/topics/t.md\n';
    const changes = parseGitLog(log);
    expect(changes).toEqual([
      { commit: 'aaa', date: '2026-02-01', subject: 'Fix a label', files: ['content/meetings/m.md'] },
      {
        commit: 'bbb',
        date: '2026-01-01',
        subject: 'First records',
        files: ['content/meetings/m.md', 'content/topics/t.md'],
      },
    ]);
    expect(lastChangedByFile(changes)).toEqual(
      new Map([
        ['content/meetings/m.md', '2026-02-01'],
        ['content/topics/t.md', '2026-01-01'],
      ]),
    );
    expect(parseGitLog('')).toEqual([]);
  });
});

describe('permalink registry', () => {
  const site = {
    pages: new Set(['/', '/meetings/m/', '/topics/new/']),
    anchors: new Map([['/meetings/m/', new Set(['s001', 's002'])]]),
  };
  const registry = { urls: ['/', '/meetings/m/'], anchors: { '/meetings/m/': ['s001', 's002'] } };

  it('finds statement anchors in HTML, aliases included', () => {
    expect(anchorsIn('<article id="s001"></article><span id="s009" class="anchor-alias"></span><h3 id="h-1">')).toEqual(
      ['s001', 's009'],
    );
  });

  it('passes when everything registered is published', () => {
    expect(findRegistryProblems(registry, {}, site)).toEqual([]);
  });

  it('fails when an anchor or page disappears, unless a redirect says where it went', () => {
    const withGone = {
      ...registry,
      urls: [...registry.urls, '/topics/old/'],
      anchors: { '/meetings/m/': ['s001', 's003'] },
    };
    expect(findRegistryProblems(withGone, {}, site)).toHaveLength(2);
    expect(
      findRegistryProblems(
        withGone,
        { '/topics/old/': '/topics/new/', '/meetings/m/#s003': '/meetings/m/#s002' },
        site,
      ),
    ).toEqual([]);
    expect(findRegistryProblems(withGone, { '/topics/old/': '/topics/gone/' }, site)[0]).toContain(
      'which is not published',
    );
  });

  it('only grows', () => {
    const grown = extendRegistry({ urls: ['/old/'], anchors: { '/meetings/m/': ['s009'] } }, site);
    expect(grown.urls).toEqual(['/', '/meetings/m/', '/old/', '/topics/new/']);
    expect(grown.anchors).toEqual({ '/meetings/m/': ['s001', 's002', 's009'] });
  });

  it('splits redirects into page redirects and anchor aliases on the same page', () => {
    const redirects = { '/topics/old/': '/topics/new/', '/meetings/m/#s009': '/meetings/m/#s002' };
    expect(pageRedirects(redirects)).toEqual({ '/topics/old/': '/topics/new/' });
    // Astro serves the old page under the base path; the new one must be written with it.
    expect(pageRedirects(redirects, '/record/')).toEqual({ '/topics/old/': '/record/topics/new/' });
    expect(anchorAliases(redirects)).toEqual(new Map([['/meetings/m/', new Map([['s002', ['s009']]])]]));
  });
});

describe('open data', () => {
  it('writes references as slugs', () => {
    expect(
      flattenReferences({ body: { collection: 'bodies', id: 'x' }, list: [{ collection: 'topics', id: 't' }], n: 1 }),
    ).toEqual({
      body: 'x',
      list: ['t'],
      n: 1,
    });
  });
});
