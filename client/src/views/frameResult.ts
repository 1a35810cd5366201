/**
 * After a console result is drawn, each of its actors is labelled: a result is often a small
 * cluster in a large graph. (The camera moves onto it as onto any new subset: useViewFraming.)
 * The console asks; GraphView's framing controller (graph/framing.ts) listens (one listener:
 * there is one graph view).
 */
type Listener = (ids: string[]) => void;
let listener: Listener | null = null;

export function onFrameRequest(next: Listener): () => void {
  listener = next;
  return () => {
    if (listener === next) listener = null;
  };
}

export function requestFrame(ids: string[]): void {
  listener?.(ids);
}
