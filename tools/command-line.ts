import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * A script's command line, read by Node's parseArgs. `--help` prints the usage and exits 0; an
 * unknown option or a missing value is named with the usage and exits 2, not with a stack trace.
 */
export function readCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
