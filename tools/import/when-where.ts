import { findIsoDate, findTimes, whyNoDate } from './era-date.ts';
import { ImportError } from './errors.ts';
import type { Ledger } from './ledger.ts';
import type { Section } from './outline.ts';
import { CLOCK_PART, INNER_WHEN_WHERE } from './patterns.ts';
import type { SourceLine } from './types.ts';

export interface WhenWhere {
  date?: string;
  start?: string;
  end?: string;
  venue?: string;
}

/**
 * Reads 日時 and 場所, whether each has its own label or they share one (日時・場所) with 日時：
 * and 場所： lines under it, and whether the value is on the label's line or the next.
 */
export function readWhenWhere(section: Section, found: WhenWhere, ledger: Ledger): void {
  ledger.add(section.line.number, section.head, 'structure');
  const values: { line: SourceLine; head: string; text: string; kind: 'when' | 'where' }[] = [];
  const kind = section.kind === 'where' ? 'where' : 'when';
  if (section.rest.trim() !== '') values.push({ line: section.line, head: '', text: section.rest, kind });
  for (const line of section.lines) {
    const inner = section.kind === 'whenWhere' ? INNER_WHEN_WHERE.exec(line.text) : null;
    if (inner) {
      values.push({
        line,
        head: inner[1] ?? '',
        text: inner[3] ?? '',
        kind: inner[2]?.startsWith('日') ? 'when' : 'where',
      });
    } else if (values.length > 0 && values.at(-1)?.kind === 'where') {
      // A venue printed over two lines.
      values.push({ line, head: '', text: line.text, kind: 'where' });
    } else {
      values.push({ line, head: '', text: line.text, kind });
    }
  }
  for (const value of values) {
    ledger.add(value.line.number, value.head, 'structure');
    if (value.kind === 'where') readVenue(value.text, found, value.line, ledger);
    else readWhen(value.text, found, value.line, ledger);
  }
  // The times may span lines: 自 午後１時２７分 on the date's line, 至 午後２時５５分 on the next.
  const times = findTimes(
    values
      .filter((value) => value.kind === 'when')
      .map((value) => value.text)
      .join(' '),
  );
  if (times.start && !found.start) found.start = times.start;
  if (times.end && !found.end) found.end = times.end;
  if (section.kind !== 'where' && !found.date) {
    const value = values.find((candidate) => candidate.kind === 'when');
    throw new ImportError(
      `the ${section.name} section has no date: ${whyNoDate(value?.text ?? '(nothing after the label)')}`,
      value?.line.number ?? section.line.number,
    );
  }
}

function readWhen(text: string, found: WhenWhere, line: SourceLine, ledger: Ledger) {
  const date = findIsoDate(text);
  if (date && !found.date) found.date = date.iso;
  const read = (date !== undefined && found.date === date.iso) || findTimes(text).start !== undefined;
  ledger.add(line.number, text, read || CLOCK_PART.test(text) ? 'converted' : 'unclassified');
}

function readVenue(text: string, found: WhenWhere, line: SourceLine, ledger: Ledger) {
  const venue = text.trim();
  if (venue) found.venue = found.venue ? `${found.venue}${venue}` : venue;
  ledger.add(line.number, text, 'field');
}
