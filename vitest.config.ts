import { defineConfig } from "vitest/config"

// `npm test`, the fast suite. Files share one module graph per worker (`isolate: false`): importing
// effect and the model once per worker instead of once per file is most of a minute on two cores.
// No test mocks modules or patches globals for longer than its own body.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "codegen/**/*.test.ts", "examples/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/full/**", "**/node_modules/**"],
    setupFiles: ["test/setup.ts"],
    // The CLI speaks the locale's language (LC_ALL, LC_MESSAGES, LANG): the tests, and the CLI processes they start,
    // run in a neutral one whatever the machine's, and set a Japanese one where they test it.
    env: { LC_ALL: "C.UTF-8" },
    isolate: false,
    // Vitest's default on two cores is one worker; two overlap one file's waiting (child processes, files)
    // with another's work: 39 s → 30 s here.
    maxWorkers: 2,
    testTimeout: 60_000
  }
})
