import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  hasProceedings,
  keepOnlyProceedings,
  proceedingsFolder,
  readProceedings,
  writeProceedings,
} from '~/content/loaders/meeting-store';

const cacheDirs: string[] = [];
afterEach(() => {
  for (const dir of cacheDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function newFolder(): URL {
  const dir = mkdtempSync(join(tmpdir(), 'meeting-store-'));
  cacheDirs.push(dir);
  return proceedingsFolder(pathToFileURL(`${dir}/`));
}

const items = [
  { type: 'heading', text: '議題' },
  {
    type: 'statement',
    id: 's001',
    text: '「通信の秘密」との関連について。\n\n二段落目。',
    speaker: { label: '岡村構成員' },
  },
];

describe('proceedings files', () => {
  it('give back what was written for the same meeting and digest', async () => {
    const folder = newFolder();
    expect(hasProceedings(folder, '2020-01-01-a-01', 'abc123')).toBe(false);
    await writeProceedings(folder, '2020-01-01-a-01', 'abc123', items);
    expect(hasProceedings(folder, '2020-01-01-a-01', 'abc123')).toBe(true);
    expect(readProceedings(folder, '2020-01-01-a-01', 'abc123')).toEqual(items);
  });

  it('never pair a meeting with the proceedings of another version of its file', async () => {
    const folder = newFolder();
    await writeProceedings(folder, '2020-01-01-a-01', 'old', items);
    expect(hasProceedings(folder, '2020-01-01-a-01', 'new')).toBe(false);
    expect(() => readProceedings(folder, '2020-01-01-a-01', 'new')).toThrow(
      /meeting 2020-01-01-a-01: its proceedings are not in .*2020-01-01-a-01\.new\.json\..*Fix: run `astro build --force`/,
    );
    expect(() => readProceedings(folder, '2020-01-01-a-01', undefined)).toThrow(/Fix: run `astro build --force`/);
  });

  it('keep only the current version of each meeting', async () => {
    const folder = newFolder();
    await writeProceedings(folder, '2020-01-01-a-01', 'old', items);
    await writeProceedings(folder, '2020-01-01-a-01', 'new', items);
    await writeProceedings(folder, '2020-01-01-a-02', 'same', items);
    await writeProceedings(folder, '2020-01-01-gone-01', 'any', items);
    await keepOnlyProceedings(
      folder,
      new Map([
        ['2020-01-01-a-01', 'new'],
        ['2020-01-01-a-02', 'same'],
      ]),
    );
    expect(readdirSync(folder).sort()).toEqual(['2020-01-01-a-01.new.json', '2020-01-01-a-02.same.json']);
  });

  it('clean up nothing, without an error, before any file was written', async () => {
    await expect(keepOnlyProceedings(newFolder(), new Map())).resolves.toBeUndefined();
  });
});
