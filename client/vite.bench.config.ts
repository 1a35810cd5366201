/**
 * The benchmark pages (`npm run bench:explorer`, `bench:renderers` and `bench:metrics`): a build
 * of their own in dist-bench/, so that the production build holds no benchmark page.
 */
import path from "node:path";
import { defineConfig } from "vite";
import app from "./vite.config.ts";

export default defineConfig({
  ...app,
  build: {
    ...app.build,
    outDir: "dist-bench",
    rollupOptions: {
      input: {
        bench: path.resolve(import.meta.dirname, "bench.html"),
        benchRenderers: path.resolve(import.meta.dirname, "bench-renderers.html"),
        benchMetrics: path.resolve(import.meta.dirname, "bench-metrics.html"),
      },
    },
  },
});
