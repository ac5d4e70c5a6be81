import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRegistryProblems, readSite, type Redirects, type Registry } from '~/site/registry';
import { DIST } from '../helpers/dist';

const registry = JSON.parse(readFileSync('registry/urls.json', 'utf8')) as Registry;
const redirects = JSON.parse(readFileSync('registry/redirects.json', 'utf8')) as Redirects;
const site = readSite(DIST);
const [meetingPage = '', anchors = []] = Object.entries(registry.anchors)[0] ?? [];
const [anchor = ''] = anchors;

/** The site with one anchor gone, as if a statement had been deleted or renumbered. */
function withoutAnchor() {
  const pageAnchors = new Set(site.anchors.get(meetingPage));
  pageAnchors.delete(anchor);
  return { pages: site.pages, anchors: new Map([...site.anchors, [meetingPage, pageAnchors]]) };
}

describe('permalink registry', () => {
  it('lists every meeting, statement page and statement anchor', () => {
    expect(registry.urls.length).toBeGreaterThan(100);
    expect(anchor).toMatch(/^(?:s\d{3}|p\d{2})$/);
    expect(registry.urls).toContain(`${meetingPage}${anchor}/`);
  });

  it('lists every URL the built site publishes (run `npm run registry:update` after adding pages)', () => {
    expect([...site.pages].filter((page) => !registry.urls.includes(page))).toEqual([]);
  });

  it('leaves out the search index and the assets, whose file names change with every build', () => {
    expect([...site.pages].filter((page) => /^\/(?:pagefind|_astro)\//.test(page))).toEqual([]);
    expect(site.pages).toContain('/sitemap-1.xml');
  });

  it('resolves against the built site', () => {
    expect(findRegistryProblems(registry, redirects, site)).toEqual([]);
  });

  it('fails when an anchor disappears without a redirect', () => {
    expect(findRegistryProblems(registry, redirects, withoutAnchor())).toEqual([
      expect.stringContaining(`${meetingPage}#${anchor} is registered but no longer published`),
    ]);
  });

  it('passes when a redirect says where the anchor moved', () => {
    const moved = { ...redirects, [`${meetingPage}#${anchor}`]: `${meetingPage}#${anchors[1] ?? ''}` };
    expect(findRegistryProblems(registry, moved, withoutAnchor())).toEqual([]);
  });

  it('fails when a page disappears without a redirect', () => {
    const pages = new Set(site.pages);
    pages.delete('/topics/insurance/');
    expect(findRegistryProblems(registry, redirects, { ...site, pages })).toHaveLength(1);
  });

  describe('the check script npm test runs', () => {
    const copy = mkdtempSync(join(tmpdir(), 'dist-'));
    afterAll(() => {
      rmSync(copy, { recursive: true, force: true });
    });

    it('exits non-zero when an anchor is removed from a built page', () => {
      cpSync(DIST, copy, { recursive: true });
      const file = join(copy, meetingPage, 'index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll(`id="${anchor}"`, 'id="removed"'));
      let status = 0;
      let stderr = '';
      try {
        execFileSync(process.execPath, ['tools/check/registry.ts', copy], { stdio: 'pipe' });
      } catch (error) {
        status = (error as { status: number }).status;
        stderr = String((error as { stderr: Buffer }).stderr);
      }
      expect(status).toBe(1);
      expect(stderr).toContain(`${meetingPage}#${anchor}`);
    });
  });
});
