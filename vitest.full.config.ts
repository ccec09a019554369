import { defineConfig } from "vitest/config"
import base from "./vitest.config.ts"

// `npm run test:full`: the fast suite at full size (exhaustive property runs, the whole Cedar
// agreement, every generated request) plus what needs a build, a browser or an install (test/full/).
export default defineConfig({
  test: {
    ...base.test,
    include: [...(base.test?.include ?? []), "test/full/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    env: { ...base.test?.env, APPI_TEST_FULL: "1" },
    // One worker, as before: the browser and budget tests time what they run, and two CPU-bound files side by side on
    // two cores would halve what they measure.
    maxWorkers: 1,
    globalSetup: ["test/full/build.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000
  }
})
