import { describe, expect, it } from 'vitest';
import { fragmentId } from '~/search/highlight';

describe('the statement a meeting URL fragment names', () => {
  it('reads plain and percent-encoded fragments', () => {
    expect(fragmentId('#s001')).toBe('s001');
    expect(fragmentId('#%E7%99%BA%E8%A8%80')).toBe('発言');
  });

  it('takes a fragment that is not valid percent-encoding as written instead of throwing', () => {
    expect(fragmentId('#%')).toBe('%');
    expect(fragmentId('#s001%E3')).toBe('s001%E3');
  });

  it('has no ID for an empty fragment', () => {
    expect(fragmentId('')).toBeUndefined();
    expect(fragmentId('#')).toBeUndefined();
  });
});
