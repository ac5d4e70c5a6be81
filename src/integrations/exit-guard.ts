/**
 * Awaits a promise that depends on another process, and fails this one if Node is about to exit
 * first. Node exits when nothing is left to wait for, and a promise that only another process can
 * settle never settles once that process is gone: Pagefind's Node API does not reject its pending
 * answers when Pagefind's process dies, so `astro build` used to end with exit code 0 and no
 * search index. `onExitFirst` says what was lost; the exit code becomes 1.
 */
export async function awaitOrFailOnExit<T>(promise: Promise<T>, onExitFirst: () => void): Promise<T> {
  const exitFirst = () => {
    onExitFirst();
    process.exitCode = 1;
  };
  process.once('beforeExit', exitFirst);
  try {
    return await promise;
  } finally {
    process.off('beforeExit', exitFirst);
  }
}
