/** Undo/redo of view steps (expand, remove, focus, path, filters): a bounded stack of snapshots. */
export interface History<T> {
  past: T[];
  future: T[];
}

const LIMIT = 100;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [] };
}

/** Records `current` before a step replaces it; a new step clears what could be redone. */
export function recordStep<T>(history: History<T>, current: T): History<T> {
  return { past: [...history.past, current].slice(-LIMIT), future: [] };
}

export function undoStep<T>(history: History<T>, current: T): { history: History<T>; state: T } | null {
  const previous = history.past.at(-1);
  if (previous === undefined) return null;
  return { history: { past: history.past.slice(0, -1), future: [current, ...history.future] }, state: previous };
}

export function redoStep<T>(history: History<T>, current: T): { history: History<T>; state: T } | null {
  const next = history.future[0];
  if (next === undefined) return null;
  return { history: { past: [...history.past, current], future: history.future.slice(1) }, state: next };
}

/** Snapshots are plain data (arrays sorted where order means nothing): equal when their JSON is. */
export function isSameSnapshot<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
