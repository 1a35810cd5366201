/**
 * Actors the user chose in search although the filters (or the focus) hide them: they are drawn
 * anyway, with their allowed collaborations to what is shown, until the filters change. Kept
 * apart from the filters themselves, which stay what the user set.
 */
import { create } from "zustand";
import { useExplorer } from "../store.ts";

interface RevealState {
  ids: ReadonlySet<string>;
  reveal(id: string): void;
  clear(): void;
}

export const useRevealed = create<RevealState>((set) => ({
  ids: new Set(),
  reveal: (id) => set((s) => ({ ids: new Set([...s.ids, id]) })),
  clear: () => set((s) => (s.ids.size === 0 ? s : { ids: new Set() })),
}));

// New filters or a new focus are a new question: what search revealed for the old one goes.
useExplorer.subscribe((state, previous) => {
  if (state.filters !== previous.filters || state.subset !== previous.subset) useRevealed.getState().clear();
});
