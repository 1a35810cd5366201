/**
 * Waiting on state instead of time, for tests that start and kill processes: no guessed sleeps,
 * and the test's own timeout is the one deadline unless a caller gives a sooner one.
 */

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls every 250 ms until the check holds; a failing check counts as "not yet". */
export async function pollUntil(
  check: () => Promise<boolean> | boolean,
  what = "the state held",
  deadline = Number.POSITIVE_INFINITY,
): Promise<void> {
  while (
    !(await Promise.resolve()
      .then(check)
      .catch(() => false))
  ) {
    if (Date.now() > deadline) throw new Error(`gave up waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
