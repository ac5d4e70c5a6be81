import { describe, expect, it } from 'vitest';
import { findIsoDate, findTimes, toAsciiDigits, whyNoDate } from '../../tools/import/era-date';

describe('findIsoDate', () => {
  it.each([
    ['平成 29 年３月 27 日（月）15:00～17:00', '2017-03-27'],
    ['令和元年8月2日（金）', '2019-08-02'],
    ['令和２年１月１０日', '2020-01-10'],
    ['平成元年1月8日', '1989-01-08'],
    ['平成31年4月30日', '2019-04-30'],
    ['2019年8月2日', '2019-08-02'],
  ])('reads %s as %s', (text, iso) => {
    expect(findIsoDate(text)?.iso).toBe(iso);
  });

  it.each([
    ['平成31年5月1日', 'a day that was already 令和'],
    ['令和元年4月30日', 'a day that was still 平成'],
    ['平成29年2月30日', 'no such day'],
    ['日時：未定', 'no date at all'],
  ])('finds nothing in %s (%s)', (text) => {
    expect(findIsoDate(text)).toBeUndefined();
  });
});

describe('findTimes', () => {
  it('reads both ways the ministries print times', () => {
    expect(findTimes('15:00～17:00')).toEqual({ start: '15:00', end: '17:00' });
    expect(findTimes('10時30分～12時30分')).toEqual({ start: '10:30', end: '12:30' });
    expect(findTimes('１０時～１２時')).toEqual({ start: '10:00', end: '12:00' });
    expect(findTimes('16 時 00 分~ 19 時 30 分')).toEqual({ start: '16:00', end: '19:30' });
    expect(findTimes('8:00~9:00')).toEqual({ start: '08:00', end: '09:00' });
    expect(findTimes('16時から17時45分まで')).toEqual({ start: '16:00', end: '17:45' });
    expect(findTimes('午後1時半～3時')).toEqual({ start: '13:30', end: '15:00' });
    expect(findTimes('午前10時～正午')).toEqual({ start: '10:00', end: '12:00' });
    expect(findTimes('終日')).toEqual({});
  });
});

describe('toAsciiDigits', () => {
  it('turns full-width digits into ASCII and leaves the rest', () => {
    expect(toAsciiDigits('第３回 27 日')).toBe('第3回 27 日');
  });
});

describe('whyNoDate', () => {
  it('names what a 日時 value lacks', () => {
    expect(whyNoDate('平成 29 10 月4日')).toBe('平成 29 10 月4日 lacks 年');
    expect(whyNoDate('平成31年5月1日')).toMatch(/is no day of the calendar or of that era/);
    expect(whyNoDate('未定')).toMatch(/names no year/);
  });
});
