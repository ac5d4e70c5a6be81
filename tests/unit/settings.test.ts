import { describe, expect, it } from 'vitest';
import { readSettings } from '~/site/settings';

describe('settings', () => {
  it('take their defaults when unset or empty', () => {
    const defaults = { site: 'https://cyber-council-record.jp', contentDir: 'content', searchShardRecords: 10_000 };
    expect(readSettings({})).toEqual(defaults);
    expect(readSettings({ SITE_URL: '', RECORD_CONTENT_DIR: '', SEARCH_SHARD_RECORDS: '' })).toEqual(defaults);
  });

  it('read each variable', () => {
    expect(
      readSettings({ SITE_URL: 'https://example.org/', RECORD_CONTENT_DIR: '/tmp/corpus', SEARCH_SHARD_RECORDS: '40' }),
    ).toEqual({ site: 'https://example.org/', contentDir: '/tmp/corpus', searchShardRecords: 40 });
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
});
