import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { build, defineConfig, type Plugin } from "vite";

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

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes `.br` and `.gz` beside every text asset, at the highest levels (done once per build, so
 * the time is spent here and not on each request); the server sends them to clients that accept
 * them. Files below 1 kB, or that do not shrink, are left as they are.
 */
function precompress(): Plugin {
  let outDir = "";
  return {
    name: "precompress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => /\.(js|css|html|svg|json|txt)$/.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(outDir, name);
          const source = await readFile(path);
          if (source.length < 1024) return;
          const [br, gz] = await Promise.all([
            brotli(source, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: source.length } }),
            gzipAsync(source, { level: 9 }),
          ]);
          if (br.length < source.length) await writeFile(`${path}.br`, br);
          if (gz.length < source.length) await writeFile(`${path}.gz`, gz);
        }),
      );
    },
  };
}

/**
 * The sandbox page (webapp/sandbox.html, served at /sandbox: the desk tried without Telegram) is
 * built after the Mini App, as a build of its own: the two share no chunk, so the Mini App's first
 * load stays exactly what it is.
 */
function sandboxPage(): Plugin {
  return {
    name: "sandbox-page",
    apply: "build",
    async closeBundle() {
      await build({
        configFile: false,
        root: webappDir,
        base: "/",
        logLevel: "warn",
        build: {
          outDir: fileURLToPath(new URL("./dist", import.meta.url)),
          emptyOutDir: false,
          rolldownOptions: { input: { sandbox: join(webappDir, "sandbox.html") } },
        },
      });
    },
  };
}

export default defineConfig({
  root: webappDir,
  base: "/",
  // Fast refresh is React's own machinery; with Preact underneath, a change reloads the page.
  plugins: [fluentWithoutComments(), react({ refreshExclude: /./ }), precompress(), sandboxPage()],
  resolve: {
    // The app is written against React's API (and type-checked with React's types), and runs on
    // Preact's compatible implementation: 4 kB instead of React DOM's 60 kB (gzipped), which is
    // most of what a phone on a slow connection waits for before the first view.
    alias: [
      { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
      { find: /^react-dom$/, replacement: "preact/compat" },
      { find: /^react\/jsx-runtime$/, replacement: "preact/jsx-runtime" },
      { find: /^react\/jsx-dev-runtime$/, replacement: "preact/jsx-dev-runtime" },
      { find: /^react$/, replacement: "preact/compat" },
    ],
  },
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
