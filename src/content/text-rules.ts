/**
 * What characters record text may hold, as pure functions of the decoded text: the byte check in
 * loaders/content-files.ts sees only the file, while YAML escapes ("\x1b", "\u202e") and Markdown
 * character references (&#7;) make characters the file's bytes do not show.
 */

/** A character a value must not hold, where it is and what to call it. */
export interface CharacterProblem {
  index: number;
  /** U+XXXX and a name, e.g. "U+001B (escape)". */
  character: string;
  /** Why it is refused, in a few words. */
  reason: string;
}

/**
 * Never text: C0 and C1 controls (but tab and line ends), a surrogate with no partner (the half of
 * a character: no encoding can write it) and the noncharacters.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_TEXT = /[\0-\x08\v\f\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]|\p{Cs}/u;

/** Characters that reorder the text around them on screen: bidi embeddings, overrides, isolates and marks. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Characters with no width: invisible in a name, they make two names that look the same differ. */
// eslint-disable-next-line no-misleading-character-class -- the class lists single characters, combining marks among them
const INVISIBLE = /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2064\u206a-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/u;

/** Line ends of every kind. */
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/u;

const names: Record<number, string> = {
  0x00: 'null',
  0x07: 'bell',
  0x08: 'backspace',
  0x09: 'tab',
  0x0a: 'line feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'delete',
  0x85: 'next line',
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0x061c: 'Arabic letter mark',
  0xfeff: 'zero width no-break space',
};

/** "U+202E (right-to-left override)": how messages name a character no one can see. */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = names[code] ?? (code >= 0xd800 && code <= 0xdfff ? 'half of a surrogate pair' : undefined);
  return name === undefined ? hex : `${hex} (${name})`;
}

function find(value: string, pattern: RegExp, reason: string): CharacterProblem | undefined {
  const match = pattern.exec(value);
  if (!match) return undefined;
  return { index: match.index, character: describeCharacter(match[0]), reason };
}

/**
 * The first character no record text may hold: one that is not text, or one that reorders what
 * readers see. Tab and line ends are text.
 */
export const findForbiddenInText = (value: string): CharacterProblem | undefined =>
  find(value, NOT_TEXT, 'a control character, not text') ??
  find(value, BIDI_CONTROL, 'a bidirectional control, which reorders what readers see');

/**
 * The first character a one-line value (a name, label, title, alias) must not hold: those of any
 * text, an invisible one (a name that looks like another but is not), or a line end.
 */
export const findForbiddenInLine = (value: string): CharacterProblem | undefined =>
  findForbiddenInText(value) ??
  find(value, INVISIBLE, 'an invisible character, which makes the text differ from what readers see') ??
  find(value, LINE_BREAK, 'a line break, and this field is one line');

/** The value with every character no one can see written as \u{…}, for messages. */
export const visibleText = (value: string): string =>
  value.replace(
    // eslint-disable-next-line no-misleading-character-class -- as INVISIBLE
    new RegExp(`${NOT_TEXT.source}|${BIDI_CONTROL.source}|${INVISIBLE.source}|${LINE_BREAK.source}`, 'gu'),
    (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`,
  );
