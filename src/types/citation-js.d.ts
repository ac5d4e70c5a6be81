// citation-js ships no type declarations; these cover only what src/citation uses.
declare module '@citation-js/core' {
  export interface CslDate {
    'date-parts': [number, number?, number?][];
  }
  export type CslItem = Record<string, unknown> & { id: string; type: string };
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: CslItem[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
  }
  export const plugins: {
    input: { chain(data: unknown, options: { target: string; generateGraph?: boolean }): unknown };
    config: {
      get(name: '@bibtex'): { format: { asciiOnly: boolean } };
      get(name: '@csl'): { styles: Register<string>; locales: Register<string> };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
