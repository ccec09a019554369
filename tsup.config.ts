import { defineConfig } from "tsup"

// ESM first, CJS for older consumers, .d.ts for both. The CLI is ESM only.
export default defineConfig([
  {
    entry: { index: "src/index.ts", guard: "src/guard/index.ts", codegen: "codegen/index.ts" },
    format: ["esm", "cjs"],
    // tsup sets `baseUrl`, which TypeScript 6 reports as deprecated.
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: false,
    treeshake: true
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    sourcemap: true,
    splitting: false
  }
])
