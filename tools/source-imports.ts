/**
 * Lets plain Node run the site's own modules (src/), as the tools that share the record reader do.
 * Loaded with `node --import ./tools/source-imports.ts`.
 */
import { registerPlainNodeImports } from '../src/integrations/plain-node-imports.ts';

registerPlainNodeImports();
