import { beforeEach, expect, it, vi } from "vitest";
import type * as ExplorerStartModule from "./explorerStart.ts";

const api = vi.hoisted(() => ({ fetchExplorerStart: vi.fn() }));
vi.mock("./graphQueries.ts", () => api);

const answer = (maxActors: number) => ({ stats: { actors: 1, relationships: 0 }, graph: null, sources: [], maxActors });

let explorerStart: typeof ExplorerStartModule;
beforeEach(async () => {
  vi.resetModules();
  api.fetchExplorerStart.mockReset().mockImplementation(async (maxActors: number) => answer(maxActors));
  explorerStart = await import("./explorerStart.ts");
});

it("hands the early answer to the first load that asks with the same threshold, once", async () => {
  explorerStart.sendExplorerStart(5000);
  expect(await explorerStart.takeExplorerStart(5000)).toEqual(answer(5000));
  expect(api.fetchExplorerStart).toHaveBeenCalledTimes(1);
  await explorerStart.takeExplorerStart(5000);
  expect(api.fetchExplorerStart).toHaveBeenCalledTimes(2);
});

it("asks again when the load wants another threshold", async () => {
  explorerStart.sendExplorerStart(5000);
  expect(await explorerStart.takeExplorerStart(50_000)).toEqual(answer(50_000));
  expect(api.fetchExplorerStart.mock.calls).toEqual([[5000], [50_000]]);
});

it("lets the load that takes a failed early answer report it", async () => {
  api.fetchExplorerStart.mockRejectedValueOnce(new Error("The server answered 502"));
  explorerStart.sendExplorerStart(5000);
  await expect(explorerStart.takeExplorerStart(5000)).rejects.toThrow("The server answered 502");
});
