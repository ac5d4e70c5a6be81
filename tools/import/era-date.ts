/** Full-width digits to ASCII. Only for reading numbers: verbatim fields keep the source's digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/** First day of each era, as [gregorian year of year 1, first month, first day]. */
const ERAS: Record<string, readonly [number, number, number]> = {
  昭和: [1926, 12, 25],
  平成: [1989, 1, 8],
  令和: [2019, 5, 1],
};

const ERA_DATE = /(昭和|平成|令和)\s*([0-9０-９]+|元)\s*年\s*([0-9０-９]+)\s*月\s*([0-9０-９]+)\s*日/;
const WESTERN_DATE = /([0-9０-９]{4})\s*年\s*([0-9０-９]+)\s*月\s*([0-9０-９]+)\s*日/;

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

/** Start and end times such as 15:00～17:00 or 10時30分～12時30分, as HH:MM. */
export function findTimes(text: string): { start?: string; end?: string } {
  const ascii = toAsciiDigits(text).replace(/：/g, ':');
  const time = String.raw`(\d{1,2})\s*(?::|時)\s*(\d{2})?\s*分?`;
  const match = new RegExp(`${time}\\s*[～~〜－\\-ー]\\s*${time}`).exec(ascii);
  if (!match) return {};
  const hhmm = (h = '', m = '') => `${h.padStart(2, '0')}:${m === '' ? '00' : m}`;
  return { start: hhmm(match[1], match[2]), end: hhmm(match[3], match[4]) };
}
