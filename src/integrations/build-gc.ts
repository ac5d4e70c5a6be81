/**
 * Tells V8 when to collect garbage during a build, through two of its flags (set at run time:
 * Node does not accept them in NODE_OPTIONS).
 *
 * Astro passes every page it writes through ArrayBuffers, memory outside the JavaScript heap
 * (the response body, then `Buffer.from(await response.arrayBuffer())` in its generate.js). By
 * default V8 starts a full collection whenever a fixed amount more of such memory is held than
 * after the last one, whatever the size of the heap, so most full collections of a build come from
 * the pages written (`--trace-incremental-marking` says "external memory pressure"). Each marks the
 * whole record, which stays in the heap for the whole build; both the count and the heap grow with
 * the archive, so the collector's work would grow with its square (docs/benchmarks.md, "Measured
 * choices in the code").
 *
 * `--external-memory-accounted-in-global-limit` counts that memory against the limit V8 sets from
 * the live heap instead. V8 would then let the heap grow to four times what stayed live, so
 * `--heap-growing-percent` holds the limit at one and a half times.
 */
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/** The heap may grow by half of what stayed live after the last full collection. */
export const HEAP_GROWING_PERCENT = 50;

export default function buildGc(): AstroIntegration {
  return {
    name: 'build-gc',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        setFlagsFromString('--external-memory-accounted-in-global-limit');
        setFlagsFromString(`--heap-growing-percent=${String(HEAP_GROWING_PERCENT)}`);
      },
    },
  };
}
