import react from "@vitejs/plugin-react";
import path from "node:path";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  // The console's CSV download uses the server's csvText module (one formula-safe rule); in the
  // browser its csv-stringify comes as the build that carries its own Buffer.
  resolve: { alias: { "csv-stringify/sync": "csv-stringify/browser/esm/sync" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        main: path.resolve(import.meta.dirname, "index.html"),
        graphiql: path.resolve(import.meta.dirname, "graphiql.html"),
        bench: path.resolve(import.meta.dirname, "bench.html"),
        benchRenderers: path.resolve(import.meta.dirname, "bench-renderers.html"),
      },
    },
  },
  server: { proxy: { "/graphql": "http://localhost:4000", "/healthz": "http://localhost:4000" } },
});
