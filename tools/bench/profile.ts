/**
 * Where the build's Node CPU time goes, read from the V8 CPU profiles of its threads
 * (`npm run bench -- --profile`). The main thread's by phase: before the pages (start, content sync, bundling),
 * the pages (from the first sample to the last with Astro's page generation on its stack), and
 * after them (astro:build:done); the search index's worker thread as one. In each phase, each sample is charged to the code it was in: a
 * package, a Node module, our own code (sources, or the chunks Astro bundled them into), the
 * garbage collector, or idle (the thread waiting: for file writes, for another process or thread).
 * Figures, not a test.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** What a frame's URL is: a package, a Node module, our own code, or V8's own (GC, idle). */
export function codeOf(url: string, functionName: string): string {
  if (url === '') return functionName === '' ? '(anonymous)' : functionName;
  if (url.startsWith('node:')) return url;
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(url);
  if (inPackage?.[1]) return inPackage[1];
  const inSource = /\/((?:src|tools)\/.*)$/u.exec(url);
  if (inSource?.[1]) return inSource[1];
  // Astro bundles the pages and what they import into chunks of its build output.
  const chunk = /\/\.prerender\/(.*)$/u.exec(url);
  return chunk?.[1] ? `bundle: ${chunk[1]}` : url;
}

/** Astro's page generation: a sample with this on its stack is rendering or writing pages. */
const PAGES_MARKER = 'astro/dist/core/build/generate.js';

export interface Phase {
  name: string;
  seconds: number;
  /** Milliseconds per code the samples of this phase were in. */
  self: Map<string, number>;
}

/** The samples' times (ms from the start), codes, and whether each was rendering pages. */
function readSamples(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const onStack = (id: number, marker: string) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (byId.get(at)?.callFrame.url.includes(marker)) return true;
    }
    return false;
  };
  let at = 0;
  return profile.samples.map((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    at += ms;
    const frame = byId.get(id)?.callFrame ?? { url: '', functionName: '(unknown)' };
    return { at, ms, code: codeOf(frame.url, frame.functionName), pages: onStack(id, PAGES_MARKER) };
  });
}

/** The profile's samples cut into the three phases of a build. */
export function phasesOf(profile: CpuProfile): Phase[] {
  const samples = readSamples(profile);
  const first = samples.findIndex((s) => s.pages);
  const last = samples.findLastIndex((s) => s.pages);
  // A thread that renders no page (the search index's worker) is one phase.
  const phases =
    first < 0
      ? [{ name: 'the whole thread', from: 0, to: samples.length }]
      : [
          { name: 'before the pages (start, content sync, bundling)', from: 0, to: first },
          { name: 'the pages', from: first, to: last + 1 },
          { name: 'after the pages (astro:build:done)', from: last + 1, to: samples.length },
        ];
  return phases.map(({ name, from, to }) => {
    const self = new Map<string, number>();
    for (const s of samples.slice(from, to)) self.set(s.code, (self.get(s.code) ?? 0) + s.ms);
    return { name, seconds: [...self.values()].reduce((sum, ms) => sum + ms, 0) / 1000, self };
  });
}

/** One phase's lines: its time, then its largest codes with their share of it. */
function phaseLines(phase: Phase, count: number): string[] {
  const total = phase.seconds * 1000;
  const rows = [...phase.self].sort((a, b) => b[1] - a[1]).slice(0, count);
  return [
    `profile: ${phase.name}: ${phase.seconds.toFixed(1)} s`,
    ...rows.map(
      ([code, ms]) =>
        `  ${(ms / 1000).toFixed(1).padStart(6)} s ${((100 * ms) / Math.max(total, 1)).toFixed(0).padStart(3)} %  ${code}`,
    ),
  ];
}

/** Lines for `npm run bench -- --profile`: each phase of one thread's profile file. */
export function profileLines(file: string, thread: string, count = 12): string[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  return phasesOf(profile).flatMap((phase) => phaseLines({ ...phase, name: `${thread}, ${phase.name}` }, count));
}

if (import.meta.main)
  for (const line of profileLines(process.argv[2] ?? '', process.argv[3] ?? 'thread')) console.log(line);
