/**
 * A worker thread running one of the server's TypeScript modules. tsx's loader is registered in
 * the worker itself: a worker does not inherit its parent's --import on Node 20.
 */
import { Worker, type WorkerOptions } from "node:worker_threads";

export function startTsxWorker(module: URL, options: Omit<WorkerOptions, "eval"> = {}): Worker {
  const boot = `import("tsx/esm/api").then((tsx) => {
  tsx.register();
  return import(${JSON.stringify(module.href)});
});`;
  return new Worker(boot, { ...options, eval: true });
}
