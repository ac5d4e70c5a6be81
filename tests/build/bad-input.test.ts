import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBrokenCopy, replaceOnce } from '../helpers/broken-build';

/**
 * Runs the real `astro build` on a broken copy of the fixture record and returns what it printed.
 * This proves the failures are wired into the build, not only into the functions the unit tests call.
 */
const scratch = mkdtempSync(join(tmpdir(), 'record-bad-input-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const MEETING = 'meetings/2020-01-01-test-task-force-01.md';

function buildWith(name: string, file: string, edit: (text: string) => string) {
  return buildBrokenCopy(scratch, name, (content) => {
    const path = join(content, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  });
}

describe('a bad record fails the build, naming the file, the field and the fix', () => {
  it('an unknown reference', () => {
    const { status, output } = buildWith('unknown-reference', MEETING, (t) =>
      replaceOnce(t, 'person=tanaka', 'person=tanka'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${MEETING} → proceedings[2].speaker.person (line 47, #s001): unknown people reference "tanka". Did you mean "tanaka"?`,
    );
    expect(output).toContain('Fix: use the slug of a file in content/people/, or create content/people/tanka.yaml.');
  });

  it('an unknown statement in a recommendation', () => {
    const { status, output } = buildWith('unknown-statement', 'recommendations/test-gateway-wording.yaml', (t) =>
      replaceOnce(t, 'test-task-force-01#s002', 'test-task-force-01#s007'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'recommendations/test-gateway-wording.yaml → response: meeting "2020-01-01-test-task-force-01" has no statement "s007".',
    );
    expect(output).toContain('Fix: use the ID of a :::statement in that meeting file.');
  });

  it('a duplicate statement ID', () => {
    const { status, output } = buildWith('duplicate-id', MEETING, (t) => replaceOnce(t, '{#s002 ', '{#s001 '));
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /meetings\/2020-01-01-test-task-force-01\.md:51:1: duplicate ID "s001" \(first used on line 47\)/,
    );
    expect(output).toContain('give this one the next unused number');
  });

  it('a malformed date', () => {
    const { status, output } = buildWith('malformed-date', MEETING, (t) =>
      replaceOnce(t, 'date: 2020-01-01\nstart', 'date: 2020-02-30\nstart'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('meetings → 2020-01-01-test-task-force-01 data does not match collection schema');
    expect(output).toContain('date: is not a real calendar date: check the month and day');
    expect(output).toMatch(/Location:\s+\S*meetings\/2020-01-01-test-task-force-01\.md/);
  });

  it('a missing required field', () => {
    const { status, output } = buildWith('missing-field', 'topics/liability.md', (t) =>
      replaceOnce(t, 'title_en: Liability\n', ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('topics → liability data does not match collection schema');
    expect(output).toContain('title_en: is required but missing. Fix: add this field');
    expect(output).toMatch(/Location:\s+\S*topics\/liability\.md/);
  });

  it("a meeting draft whose English title is still the importer's placeholder", () => {
    const { status, output } = buildWith('placeholder', MEETING, (t) =>
      replaceOnce(t, 'title_en: Test Task Force, 1st meeting', 'title_en: "TODO: English title (editorial)"'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('meetings → 2020-01-01-test-task-force-01 data does not match collection schema');
    expect(output).toContain(`title_en: is still the importer's placeholder`);
    expect(output).toMatch(/Location:\s+\S*meetings\/2020-01-01-test-task-force-01\.md/);
  });

  it('a draft with undecided topic suggestions and a doubted speaker (npm run draft, the importer)', () => {
    const { status, output } = buildWith('undecided', MEETING, (t) =>
      replaceOnce(
        replaceOnce(t, 'topics="gateways"}', 'topics="gateways" suggested-topics="liability"}'),
        'reply=s001 topics="gateways liability"}',
        'reply=s001 topics="gateways liability" doubt="事務局 is not in the attendee list"}',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('meetings → 2020-01-01-test-task-force-01 data does not match collection schema');
    expect(output).toContain('holds topic suggestions not yet decided (liability)');
    expect(output).toContain('move the slugs you accept into topics="…" and delete suggested-topics="…"');
    expect(output).toContain('the importer doubted who speaks (事務局 is not in the attendee list)');
  });

  it('a recommendation stub whose summary and status are still placeholders', () => {
    const { status, output } = buildWith('recommendation-stub', 'recommendations/test-gateway-wording.yaml', (t) =>
      t
        .replace(/^summary: .*$/m, 'summary: "TODO: what it asks, in the editors\' words"')
        .replace(/^status: .*$/m, 'status: TODO-status'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain("summary: is still the importer's placeholder");
    expect(output).toMatch(/status: must be one of adopted, under-consideration, deferred, no-response/);
  });

  it('an unknown frontmatter key', () => {
    const { status, output } = buildWith(
      'unknown-key',
      'people/tanaka.yaml',
      (t) => `${t}affiliation: test-ministry\n`,
    );
    expect(status).not.toBe(0);
    expect(output).toContain('people → tanaka data does not match collection schema');
    expect(output).toContain(
      'unknown key "affiliation". Fix: remove it or correct its spelling; allowed here: name, organization, note',
    );
    expect(output).toMatch(/Location:\s+\S*people\/tanaka\.yaml/);
  });

  it('raw HTML in a statement', () => {
    const { status, output } = buildWith('raw-html', MEETING, (t) =>
      replaceOnce(t, 'そのように修正する。', 'そのように<img src=x onerror="alert(1)">修正する。'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /2020-01-01-test-task-force-01\.md:52:\d+: raw HTML is not allowed in records: "<img src=x onerror=\\"alert\(1\)\\">"/,
    );
  });
});

describe('a failed build leaves nothing behind', () => {
  const leftovers = () => [
    ...readdirSync('.').filter((name) => name.startsWith('.search-index')),
    ...(existsSync('node_modules/.astro/search-index') ? ['node_modules/.astro/search-index'] : []),
  ];
  it('no search index folder in the project or the cache, when the record fails to load mid-build', () => {
    const before = leftovers();
    // The record loads after the build has started: this fails there, before any index is written.
    const { status, output } = buildWith('leftovers', MEETING, (t) => replaceOnce(t, 'person=tanaka', 'person=tanka'));
    expect(status).not.toBe(0);
    expect(output).toContain('unknown people reference "tanka"');
    expect(leftovers()).toEqual(before.filter((name) => !name.startsWith('node_modules/')));
  });

  it('no search index folder in the project when a build is stopped while Pagefind writes', async () => {
    const content = join(scratch, 'stopped');
    cpSync('tests/fixtures/valid', content, { recursive: true });
    // Pagefind writes the fixture's index in a fraction of a second, after every page: a build that
    // ends before it is caught writing is tried again.
    let caught = false;
    for (let attempt = 0; attempt < 3 && !caught; attempt += 1) caught = await stopBuildWhileIndexing(content);
    expect(caught).toBe(true);
    expect(readdirSync('.').filter((name) => name.startsWith('.search-index'))).toEqual([]);
  }, 300_000);
});

/** Builds `content`, and stops the build while its search index is being written; false if it ended first. */
async function stopBuildWhileIndexing(content: string): Promise<boolean> {
  const staging = 'node_modules/.astro/search-index';
  // A build stopped earlier may have left its staging folder in the cache; it must not count.
  rmSync(staging, { recursive: true, force: true });
  const build = spawn('npx', ['astro', 'build', '--force', '--outDir', join(scratch, 'stopped-dist')], {
    env: { ...process.env, RECORD_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const state = { ended: false };
  build.once('close', () => {
    state.ended = true;
  });
  while (!existsSync(staging) && !state.ended) await sleep(5);
  if (state.ended) return false;
  process.kill(-(build.pid ?? 0), 'SIGTERM');
  await once(build, 'close');
  return true;
}
