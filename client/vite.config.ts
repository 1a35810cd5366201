import react from "@vitejs/plugin-react";
import path from "node:path";
import { defineConfig } from "vite";

/** The API server that `npm run dev` starts beside Vite, on the PORT they share. */
const api = `http://127.0.0.1:${process.env.PORT ?? 4000}`;

/**
 * The production client (`npm run build`: the app and GraphiQL, no benchmark page; those build
 * with vite.bench.config.ts) and the dev server of `npm run dev`, which forwards the API to `api`.
 */
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
      },
    },
  },
  // /graphiql is the client's own page (graphiql.html), so Vite serves it with hot reload too.
  server: { proxy: Object.fromEntries(["/api", "/graphql", "/healthz", "/readyz"].map((route) => [route, api])) },
});
