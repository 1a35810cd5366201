/** Where a committed text first differs from a fresh one, for a message that a 900 kB diff would drown. */
export function findFirstDifference(committed: string, fresh: string): string | undefined {
  if (committed === fresh) return undefined;
  const before = committed.split("\n");
  const now = fresh.split("\n");
  const line = before.findIndex((text, i) => text !== now[i]);
  const at = line === -1 ? before.length : line;
  const show = (text: string | undefined) => JSON.stringify(text ?? "<end of file>");
  return `line ${at + 1}: committed ${show(before[at])}, now ${show(now[at])}`;
}
