import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_ORIGIN, readSettings } from '~/site/settings';

describe('settings', () => {
  it('take their defaults when unset or empty: the reserved placeholder origin, said to be unset, at the root', () => {
    const defaults = {
      site: 'https://example.org',
      siteUrlSet: false,
      basePath: '/',
      contentDir: 'content',
      searchShardRecords: 2_500,
      deployHost: 'github-pages',
    };
    expect(PLACEHOLDER_ORIGIN).toBe('https://example.org');
    expect(readSettings({})).toEqual(defaults);
    expect(
      readSettings({ SITE_URL: '', BASE_PATH: '', RECORD_CONTENT_DIR: '', SEARCH_SHARD_RECORDS: '', DEPLOY_HOST: '' }),
    ).toEqual(defaults);
  });

  it('read each variable, and write a folder with slashes at both ends', () => {
    expect(
      readSettings({
        SITE_URL: 'https://org.github.io/',
        BASE_PATH: 'record',
        RECORD_CONTENT_DIR: '/tmp/corpus',
        SEARCH_SHARD_RECORDS: '40',
        DEPLOY_HOST: 'cloudflare-pages',
      }),
    ).toEqual({
      site: 'https://org.github.io/',
      siteUrlSet: true,
      basePath: '/record/',
      contentDir: '/tmp/corpus',
      searchShardRecords: 40,
      deployHost: 'cloudflare-pages',
    });
    expect(readSettings({ BASE_PATH: '/a/b' }).basePath).toBe('/a/b/');
    expect(readSettings({ BASE_PATH: '/' }).basePath).toBe('/');
  });

  it('refuse a host whose limits are not known, naming the hosts that are', () => {
    expect(() => readSettings({ DEPLOY_HOST: 'geocities' })).toThrow('DEPLOY_HOST="geocities"');
    expect(() => readSettings({ DEPLOY_HOST: 'geocities' })).toThrow(
      'Fix: set it to one of github-pages, gitlab-pages, cloudflare-pages, cloudflare-pages-free, object-store',
    );
  });

  it('refuse a shard size that is not a whole number of records, naming the variable, the value and the fix', () => {
    for (const bad of ['abc', '0', '2.5', '-3']) {
      expect(() => readSettings({ SEARCH_SHARD_RECORDS: bad })).toThrow(`SEARCH_SHARD_RECORDS="${bad}"`);
      expect(() => readSettings({ SEARCH_SHARD_RECORDS: bad })).toThrow('Fix: set it to a whole number above 0');
    }
  });

  it('refuse a site URL that is not an http(s) origin, and list every bad variable at once', () => {
    const error = (() => {
      try {
        readSettings({ SITE_URL: 'ftp://example.org', SEARCH_SHARD_RECORDS: '0' });
      } catch (caught) {
        return String(caught);
      }
      return '';
    })();
    expect(error).toContain('SITE_URL="ftp://example.org"');
    expect(error).toContain('SEARCH_SHARD_RECORDS="0"');
  });

  it('refuse a site URL with a folder, pointing to BASE_PATH, and a base path that is not a plain folder', () => {
    expect(() => readSettings({ SITE_URL: 'https://org.github.io/record/' })).toThrow(/BASE_PATH/);
    for (const bad of ['/re cord/', '/../etc/', 'https://x/']) {
      expect(() => readSettings({ BASE_PATH: bad })).toThrow(`BASE_PATH="${bad}"`);
    }
  });
});

describe('SITE_URL is an origin and nothing else, since every page publishes it', () => {
  const refusal = (value: string) => {
    try {
      readSettings({ SITE_URL: value });
    } catch (caught) {
      return String(caught);
    }
    return '';
  };
  const FIX = 'Fix: set it to the origin the site is served from, only a scheme and a host';

  it('refuses a user name or password, and does not print the password', () => {
    for (const bad of [
      'https://user:s3cret@host.example',
      'https://user@host.example/',
      'https://:s3cret@host.example',
    ]) {
      const message = refusal(bad);
      expect(message).toContain('it holds a user name or password');
      expect(message).toContain(FIX);
      expect(message).not.toContain('s3cret');
    }
  });

  it('refuses a query or a fragment, empty ones too', () => {
    for (const bad of [
      'https://host.example/?utm=x',
      'https://host.example?',
      'https://host.example/#top',
      'https://host.example#',
    ]) {
      expect(refusal(bad)).toMatch(/it has a (query|fragment)/);
      expect(refusal(bad)).toContain(FIX);
    }
  });

  it('refuses another scheme, naming it, and an origin written otherwise than browsers write it', () => {
    expect(refusal('javascript:alert(1)')).toContain('the scheme is javascript: where it must be https:');
    expect(refusal('file:///etc/passwd')).toContain('the scheme is file:');
    expect(refusal(' https://host.example')).toContain('it is not written as the origin https://host.example is');
    expect(refusal('https://Host.Example:443')).toContain('it is not written as the origin https://host.example is');
  });

  it('takes an origin with a port, with or without the slash', () => {
    expect(readSettings({ SITE_URL: 'https://host.example:8443' }).site).toBe('https://host.example:8443');
    expect(readSettings({ SITE_URL: 'http://localhost:4321/' }).site).toBe('http://localhost:4321/');
  });
});
