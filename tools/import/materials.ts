import { joinPrintedLines } from './pdf-text.ts';
import { toAsciiDigits } from './era-date.ts';
import type { AttendeeGroup } from './attendees.ts';
import type { Ledger } from './ledger.ts';
import type { Section } from './outline.ts';
import { MATERIAL_NUMBER } from './patterns.ts';
import type { DraftMaterial, PieceKind, SourceLine } from './types.ts';

interface MaterialContext {
  attendees: AttendeeGroup[];
  publisher?: string;
  warnings: string[];
}

const MATERIAL = new RegExp(String.raw`^\s*(${MATERIAL_NUMBER})\s*(.*)$`);

/** Reads 配布資料: each 資料 number with its title over as many lines as it takes, and who presented it. */
export function readMaterials(section: Section, header: MaterialContext, ledger: Ledger): DraftMaterial[] {
  const materials: DraftMaterial[] = [];
  ledger.add(section.line.number, section.head, 'structure');
  const lines = [...(section.rest.trim() ? [{ ...section.line, text: section.rest }] : []), ...section.lines];
  const found: { number: string; lines: SourceLine[]; first: SourceLine; rest: string }[] = [];
  for (const line of lines) {
    const match = MATERIAL.exec(line.text);
    if (match) {
      found.push({ number: match[1] ?? '', lines: [], first: line, rest: match[2] ?? '' });
    } else if (found.length > 0) {
      found.at(-1)?.lines.push(line);
    } else {
      ledger.add(line.number, line.text, 'unclassified');
      header.warnings.push(`line ${line.number}: text in 配布資料 that is no material`);
    }
  }
  for (const { number, lines, first, rest } of found) {
    const printed = [rest, ...lines.map((line) => line.text)];
    let title = joinPrintedLines(printed);
    let presenter: DraftMaterial['presenter'];
    let presenterPart: [string, string, string] | undefined;
    // The presenter is printed in brackets after the title: （事務局）, (名和構成員).
    const bracket = /^(.*?)\s*([（(])([^()（）]+)([)）])\s*$/.exec(title);
    const who = bracket?.[3] ?? '';
    if (
      bracket &&
      ((who === '事務局' && header.publisher) || header.attendees.some((g) => g.members.some((m) => m.label === who)))
    ) {
      title = bracket[1] ?? title;
      const member = header.attendees.flatMap((g) => g.members).find((m) => m.label === who);
      presenter = member ? { ...member.party, label: who } : { organization: header.publisher ?? '', label: who };
      presenterPart = [bracket[2] ?? '', who, bracket[4] ?? ''];
    }
    const all = [first, ...lines];
    all.forEach((line, index) => {
      const text = index === 0 ? rest : line.text;
      const parts: [string, PieceKind][] = index === 0 ? [[number, 'field']] : [];
      const last = index === all.length - 1;
      const cut = presenterPart && last ? text.lastIndexOf(presenterPart[0]) : -1;
      if (presenterPart && cut !== -1) {
        parts.push([text.slice(0, cut), 'field'], [presenterPart[0], 'structure'], [presenterPart[1], 'field']);
        parts.push([text.slice(cut + presenterPart[0].length + presenterPart[1].length), 'structure']);
      } else {
        parts.push([text, 'field']);
      }
      ledger.split(line, parts);
    });
    const digits = toAsciiDigits(number)
      .replace(/^(参考)?資料\s*/, '')
      .replace(/\s*[－\-ー‐]\s*/, '-');
    const id = `${number.startsWith('参考') ? 'ref-' : ''}${digits}`;
    materials.push({ id, number, title, ...(presenter ? { presenter } : {}) });
  }
  return materials;
}
