import { defineConfig } from "tsup"

// Optional peers, loaded on first use by the commands and functions that need them.
const peers = ["ts-morph", "typescript", "json-schema-to-typescript"]

export default defineConfig([
  // The library: ESM first, CJS for older consumers, .d.ts for both. effect and yaml stay
  // dependencies (a user's Effect program shares our effect), so they are not bundled.
  {
    entry: { index: "src/index.ts", core: "src/browser.ts", codegen: "codegen/index.ts", import: "src/import/index.ts" },
    format: ["esm", "cjs"],
    // tsup sets `baseUrl`, which TypeScript 6 reports as deprecated.
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    target: "node20",
    // index re-uses core's code (one copy, one class identity for errors and schemas), CJS too.
    splitting: true,
    treeshake: true,
    external: peers,
    // The country names are data, read at build time: bundled, so the published files import no JSON.
    noExternal: [/^i18n-iso-countries\//u]
  },
  // The guard alone, for hot paths and browsers: one file that imports nothing (CI checks it),
  // so it is built apart from the shared chunks above.
  {
    entry: { guard: "src/guard/index.ts" },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    target: "es2022",
    splitting: false,
    treeshake: true
  },
  // The command: its own bundle, split per command (`dist/cli/`), with effect and yaml inside and
  // tree-shaken, so `check --table` loads the checker alone and `validate` the loader alone: start-up
  // is what scripts and hooks pay on every call (README, "Start-up").
  {
    entry: { main: "src/cli/main.ts" },
    outDir: "dist/cli",
    format: ["esm"],
    target: "node20",
    platform: "node",
    splitting: true,
    treeshake: true,
    minify: true,
    noExternal: [/^(?!ts-morph$|typescript$|json-schema-to-typescript$).*/u],
    external: peers,
    // Bundled CommonJS (yaml) calls `require` for Node's built-ins; ESM has none of its own.
    banner: { js: 'import { createRequire as __appiCreateRequire } from "node:module"; const require = __appiCreateRequire(import.meta.url);' }
  }
])
