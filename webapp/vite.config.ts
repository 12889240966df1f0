import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Absolute path of the webapp folder (this file's directory). */
const webappDir = fileURLToPath(new URL(".", import.meta.url));
/** Repository root: the Mini App imports locales/*\/webapp.ftl from there. */
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root: webappDir,
  base: "/",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    host: "127.0.0.1",
    // Allow the dev server to read ../locales (outside the Vite root).
    fs: { allow: [repoRoot] },
    proxy: {
      "/api": "http://127.0.0.1:3000",
    },
  },
  preview: {
    host: "127.0.0.1",
    proxy: {
      "/api": "http://127.0.0.1:3000",
    },
  },
});
