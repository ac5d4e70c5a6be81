import { describe, expect, it } from 'vitest';
import { codeOf, phasesOf, type CpuProfile } from '../../tools/bench/profile';

const frame = (functionName: string, url: string) => ({ functionName, url });
const GENERATE = 'file:///p/node_modules/astro/dist/core/build/generate.js';

/**
 * Sampled in order: content sync (yaml), then pages (generate → our page chunk → citeproc, and
 * idle between them), then Pagefind's wait after the pages (idle, our tokenizer).
 */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 3, 6, 7] },
    { id: 2, callFrame: frame('parse', 'file:///p/node_modules/yaml/dist/index.js') },
    { id: 3, callFrame: frame('generatePages', GENERATE), children: [4] },
    { id: 4, callFrame: frame('statementPage', 'file:///p/dist/.prerender/chunks/statement_abc.mjs'), children: [5] },
    { id: 5, callFrame: frame('format', 'file:///p/node_modules/citeproc/citeproc_commonjs.js') },
    { id: 6, callFrame: frame('(idle)', '') },
    { id: 7, callFrame: frame('recordContent', 'file:///p/src/search/tokenize.ts') },
  ],
  samples: [2, 2, 4, 6, 5, 4, 6, 7, 6],
  timeDeltas: [1000, 1000, 2000, 500, 3000, 1000, 4000, 1500, 6000],
};

describe('bench profile', () => {
  it('names the code a frame is in: a package, our source, a bundle chunk, V8', () => {
    expect(codeOf('file:///p/node_modules/@citation-js/core/lib/index.js', 'format')).toBe('@citation-js/core');
    expect(codeOf('file:///p/node_modules/astro/dist/x.js', 'f')).toBe('astro');
    expect(codeOf('file:///p/src/search/documents.ts', 'f')).toBe('src/search/documents.ts');
    expect(codeOf('file:///p/dist/.prerender/chunks/a.mjs', 'f')).toBe('bundle: chunks/a.mjs');
    expect(codeOf('node:fs', 'writeFileSync')).toBe('node:fs');
    expect(codeOf('', '(garbage collector)')).toBe('(garbage collector)');
  });

  it("keeps a thread that renders no page, the search index's worker, as one phase", () => {
    const worker: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 3] },
        { id: 2, callFrame: frame('recordContent', 'file:///p/src/search/tokenize.ts') },
        { id: 3, callFrame: frame('(idle)', '') },
      ],
      samples: [2, 3, 2],
      timeDeltas: [1000, 2000, 1000],
    };
    expect(phasesOf(worker).map(({ name, self }) => ({ name, self: Object.fromEntries(self) }))).toEqual([
      { name: 'the whole thread', self: { 'src/search/tokenize.ts': 2, '(idle)': 2 } },
    ]);
  });

  it('cuts the samples into phases at the first and last with page generation on the stack', () => {
    const phases = phasesOf(profile).map(({ name, seconds, self }) => ({
      name,
      seconds,
      self: Object.fromEntries(self),
    }));
    expect(phases).toEqual([
      { name: 'before the pages (start, content sync, bundling)', seconds: 0.002, self: { yaml: 2 } },
      {
        name: 'the pages',
        seconds: 0.0065,
        self: { 'bundle: chunks/statement_abc.mjs': 3, '(idle)': 0.5, citeproc: 3 },
      },
      {
        name: 'after the pages (astro:build:done)',
        seconds: 0.0115,
        self: { '(idle)': 10, 'src/search/tokenize.ts': 1.5 },
      },
    ]);
  });
});
