/**
 * Lets plain Node run the site's own modules (src/), as the search index's worker thread and the
 * tools that share the record reader do: `~/` is src/ (the tsconfig's `paths`), and an import
 * without an extension is a `.ts` file. Astro and Vitest resolve the same way. The hooks apply to
 * the thread that registers them.
 */
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const src = new URL('../', import.meta.url);

/** The file a source import names, or undefined to let Node resolve it. */
function sourceFile(specifier: string, parentURL: string | undefined): URL | undefined {
  const base = specifier.startsWith('~/') ? new URL(specifier.slice(2), src) : undefined;
  const relative =
    /^\.\.?\//.test(specifier) && parentURL?.startsWith('file:') ? new URL(specifier, parentURL) : undefined;
  const url = base ?? relative;
  if (!url || !fileURLToPath(url).startsWith(fileURLToPath(src).slice(0, -4))) return undefined;
  if (/\.[cm]?[jt]s$|\.json$/.test(url.pathname) && existsSync(url)) return url;
  for (const candidate of [`${url.href}.ts`, `${url.href}/index.ts`]) {
    if (existsSync(new URL(candidate))) return new URL(candidate);
  }
  return undefined;
}

/** Registers the resolution of `~/` and extensionless imports for the calling thread. */
export function registerPlainNodeImports(): void {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const url = sourceFile(specifier, context.parentURL);
      return url
        ? { url: pathToFileURL(fileURLToPath(url)).href, shortCircuit: true }
        : nextResolve(specifier, context);
    },
  });
}
