/** Which quote is open in its document (the passage dialog), from the details panel or search. */
import { create } from "zustand";
import type { EvidenceDto } from "../../api/types.ts";

interface PassageState {
  open: EvidenceDto | null;
  show(evidence: EvidenceDto): void;
  close(): void;
}

export const usePassage = create<PassageState>((set) => ({
  open: null,
  show: (evidence) => set({ open: evidence }),
  close: () => set({ open: null }),
}));
