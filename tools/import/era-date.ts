import { ERA_DATE, ERAS, TIME_OPEN_CLOSE, TIME_RANGE, TIME_START, WESTERN_DATE } from './patterns.ts';

/** Full-width digits to ASCII. Only for reading numbers: verbatim fields keep the source's digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/**
 * The first Japanese date in a text (平成 29 年３月 27 日, 令和元年8月2日, 2019年8月2日) as YYYY-MM-DD,
 * or undefined when there is none or it names no real day of that era.
 */
export function findIsoDate(text: string): { iso: string; match: string } | undefined {
  const era = ERA_DATE.exec(text);
  let year: number;
  let month: number;
  let day: number;
  let match: string;
  if (era) {
    const [whole, name = '', eraYear = '', m = '', d = ''] = era;
    const start = ERAS[name];
    if (!start) return undefined;
    year = start[0] - 1 + (eraYear === '元' ? 1 : Number(toAsciiDigits(eraYear)));
    month = Number(toAsciiDigits(m));
    day = Number(toAsciiDigits(d));
    match = whole;
    // 平成31年5月1日 does not exist: that day is 令和元年5月1日.
    const names = Object.keys(ERAS);
    const next = ERAS[names[names.indexOf(name) + 1] ?? ''];
    const key = (y: number, mo: number, da: number) => y * 10_000 + mo * 100 + da;
    const beforeStart = key(year, month, day) < key(...start);
    const afterEnd = next !== undefined && key(year, month, day) >= key(...next);
    if (beforeStart || afterEnd) return undefined;
  } else {
    const western = WESTERN_DATE.exec(text);
    if (!western) return undefined;
    const [whole, y = '', m = '', d = ''] = western;
    [year, month, day] = [y, m, d].map((part) => Number(toAsciiDigits(part))) as [number, number, number];
    match = whole;
  }
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso)) return undefined;
  return { iso, match };
}

const hhmm = (half = '', h = '', m = '') => {
  const hour = Number(h) + (half === '午後' && Number(h) < 12 ? 12 : 0);
  const minute = m === '半' ? '30' : m === '' ? '00' : m.padStart(2, '0');
  return `${String(hour).padStart(2, '0')}:${minute}`;
};

/**
 * Start and end times as HH:MM: 15:00～17:00, 16 時 00 分~ 19 時 30 分, 16時から17時45分まで,
 * 午後2時～4時, 自 午後1時27分 至 午後2時55分, 午後2時開会 午後4時閉会; a start alone where no end is given.
 */
export function findTimes(text: string): { start?: string; end?: string } {
  const plain = toAsciiDigits(text).replace(/：/g, ':').replace(/正午/g, '12時');
  const range = TIME_RANGE.exec(plain);
  if (range) {
    const [, half1, h1, m1, half2, h2, m2] = range;
    // 午後1時～3時: the end is in the afternoon too.
    return { start: hhmm(half1, h1, m1), end: hhmm(half2 ?? half1, h2, m2) };
  }
  const openClose = TIME_OPEN_CLOSE.exec(plain);
  if (openClose) {
    // Two spellings of each clock: the one that matched holds the digits.
    const [, a1, a2, a3, b1, b2, b3, c1, c2, c3, d1, d2, d3] = openClose;
    const start = a2 ? hhmm(a1, a2, a3) : hhmm(b1, b2, b3);
    const startHalf = a2 ? a1 : b1;
    const end = c2 ? hhmm(c1 ?? startHalf, c2, c3) : hhmm(d1 ?? startHalf, d2, d3);
    return { start, end };
  }
  const start = TIME_START.exec(plain);
  if (!start) return {};
  const [, a1, a2, a3, b1, b2, b3] = start;
  return { start: a2 ? hhmm(a1, a2, a3) : hhmm(b1, b2, b3) };
}

/**
 * Why a 日時 value holds no date, in words the editor can act on: 平成 29 10 月4日 lacks 年.
 * Used when findIsoDate found nothing.
 */
export function whyNoDate(value: string): string {
  const text = toAsciiDigits(value).replace(/\s/g, '');
  const shown = value.trim();
  if (!/(昭和|平成|令和|\d{4})/.test(text)) return `"${shown}" names no year (平成29年, 令和元年 or 2019年)`;
  const missing = ['年', '月', '日'].filter((unit) => !text.includes(unit));
  if (missing.length > 0) return `${shown} lacks ${missing.join(', ')}`;
  if (/(昭和|平成|令和)(\d+|元)年\d+月\d+日/.test(text) || /\d{4}年\d+月\d+日/.test(text)) {
    return `${shown} is no day of the calendar or of that era (平成31年5月1日 was 令和元年5月1日)`;
  }
  return `${shown} is not a date written 平成29年3月27日 or 2017年3月27日`;
}
