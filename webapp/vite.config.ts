import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/** Absolute path of the webapp folder (this file's directory). */
const webappDir = fileURLToPath(new URL(".", import.meta.url));
/** Repository root: the Mini App imports locales/*\/webapp.ftl from there. */
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/**
 * The Fluent files are bundled as strings; their comments are for translators,
 * so they are left out of the bundle (a column-0 "#" line is always a comment).
 */
function fluentWithoutComments(): Plugin {
  return {
    name: "fluent-without-comments",
    enforce: "pre",
    async load(id) {
      const [file, query] = id.split("?");
      if (!file?.endsWith(".ftl") || query !== "raw") return null;
      const source = await readFile(file, "utf8");
      const text = source
        .split("\n")
        .filter((line) => !line.startsWith("#"))
        .join("\n")
        .replace(/\n{2,}/g, "\n");
      return `export default ${JSON.stringify(text)};`;
    },
  };
}

export default defineConfig({
  root: webappDir,
  base: "/",
  plugins: [fluentWithoutComments(), react()],
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
