import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { readSettings } from '~/site/settings';
import { allPagePaths, fileForPath } from '../helpers/dist';

const { site } = readSettings(process.env);

// Official Japanese council names are long; the title limit in .htmlvalidate.json allows for them.
const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData);

describe('valid HTML', () => {
  it.each(allPagePaths())('%s has no errors', async (path) => {
    const report = await validator.validateString(readFileSync(fileForPath(path), 'utf8'), fileForPath(path));
    const errors = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} [${m.selector ?? ''}]`),
    );
    expect(errors).toEqual([]);
  });
});

describe('nothing is loaded from elsewhere', () => {
  it.each(allPagePaths())('%s loads scripts, styles, images and fonts only from the site', (path) => {
    const html = readFileSync(fileForPath(path), 'utf8');
    const resources = [
      ...html.matchAll(/<(?:script|img|link|iframe|source|video|audio)\b[^>]*\b(?:src|href)="([^"]+)"/g),
    ].map((m) => m[1] ?? '');
    expect(
      resources.filter((url) => /^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith(`${new URL(site).origin}/`)),
    ).toEqual([]);
    expect(html).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';/);
  });

  it.each(allPagePaths())('%s runs no inline script or style: they are cached files of the site', (path) => {
    const html = readFileSync(fileForPath(path), 'utf8');
    // Data blocks (JSON-LD, JSON) are not run; every script that runs comes from a file under /_astro/.
    const inline = [...html.matchAll(/<script\b([^>]*)>/g)]
      .map((m) => m[1] ?? '')
      .filter((attributes) => !/\bsrc="/.test(attributes) && !/type="application\/(?:ld\+)?json"/.test(attributes));
    expect(inline).toEqual([]);
    expect(html).not.toMatch(/<style\b/);
  });
});
