/** Requests in flight: labels for spinners, and failures turned into a notice. */
import type { RequestsSlice, SetState, SliceCreator } from "./types.ts";

export const createRequestsSlice: SliceCreator<RequestsSlice> = (set) => ({
  pending: [],
  notice: null,
  dismissNotice: () => set({ notice: null }),
});

/** Runs a request with its label in `pending`, turning failures into a notice. */
export async function track<T>(set: SetState, label: string, run: () => Promise<T>): Promise<T | undefined> {
  set((s) => ({ pending: [...s.pending, label] }));
  try {
    return await run();
  } catch (error) {
    set({ notice: `${label} failed: ${(error as Error).message}` });
    return undefined;
  } finally {
    set((s) => ({ pending: s.pending.filter((p, i) => i !== s.pending.indexOf(label) || p !== label) }));
  }
}
