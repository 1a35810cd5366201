/** Sigma only watches the window; the consoles opening below also resize the graph. */
import type { AtlasSigma } from "./createSigma.ts";

export function observeResize(sigma: AtlasSigma, element: HTMLElement): () => void {
  const observer = new ResizeObserver(() => {
    sigma.resize();
    sigma.refresh({ skipIndexation: true });
  });
  observer.observe(element);
  return () => observer.disconnect();
}
