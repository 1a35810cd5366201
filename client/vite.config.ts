import react from "@vitejs/plugin-react";
import path from "node:path";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
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
