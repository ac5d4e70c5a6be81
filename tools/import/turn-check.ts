import { SPEAKER_MARK_LINE } from './patterns.ts';
import { roleOfLine, type LineRole } from './proceedings-lines.ts';
import type { DraftItem, SourceLine } from './types.ts';

/** A line of the source, quoted in the report. */
export interface QuotedLine {
  line: number;
  text: string;
}

/**
 * What the importer saw against what it wrote, so that a draft with every character kept but the
 * speakers wrong does not pass for right: speaker markers in the proceedings, turns written, turns
 * with no one to attribute them to, and markers that opened no turn.
 */
export interface TurnCheck {
  /** Lines of the proceedings that open with a speaker mark (○, 〇) or read as a speaker's label. */
  markers: number;
  /** Of those, the lines that name a speaker. */
  namingMarkers: number;
  /** Statements and presentations written. */
  turns: number;
  /** Turns written without a person or organization: an anonymous comment, a catch-all label. */
  unattributed: QuotedLine[];
  /** Marker lines that opened no turn (a ○ note naming no one, or a label the reading missed). */
  notTurns: QuotedLine[];
  /** Naming markers that opened no turn: each is a turn lost or merged into another. */
  lost: QuotedLine[];
}

export function checkTurns(lines: readonly SourceLine[], items: readonly DraftItem[], listed?: RegExp): TurnCheck {
  const turns = items.filter(
    (item): item is Extract<DraftItem, { type: 'statement' | 'presentation' }> =>
      item.type === 'statement' || item.type === 'presentation',
  );
  const turnLines = new Set(turns.map((item) => item.line));
  const marked = lines.map((line) => ({ line, naming: namesSpeaker(roleOfLine(line.text, listed)) }));
  const markers = marked.filter(({ line, naming }) => naming || SPEAKER_MARK_LINE.test(line.text));
  const quote = (line: SourceLine): QuotedLine => ({ line: line.number, text: line.text.trim() });
  return {
    markers: markers.length,
    namingMarkers: markers.filter(({ naming }) => naming).length,
    turns: turns.length,
    unattributed: turns
      .filter((item) => 'anonymous' in item.speaker)
      .map((item) => ({ line: item.line, text: `${item.label}: ${item.paragraphs[0]?.slice(0, 40) ?? ''}` })),
    notTurns: markers.filter(({ line }) => !turnLines.has(line.number)).map(({ line }) => quote(line)),
    lost: markers.filter(({ line, naming }) => naming && !turnLines.has(line.number)).map(({ line }) => quote(line)),
  };
}

/** A speaker's line, but for the secretariat's report (事務局から…説明があった), which the reading keeps as a note. */
function namesSpeaker(role: LineRole): boolean {
  return role.kind === 'speaker' && !(role.reported && role.label === '事務局');
}
