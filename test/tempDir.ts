/**
 * Temporary directories for tests, removed when the test file finishes
 * (`test/setup.ts` registers the clean-up), so test runs leave nothing in /tmp.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const created: Array<string> = []

/** A new empty directory whose name starts with `prefix`. */
export const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  created.push(dir)
  return dir
}

/** Removes every directory made so far. */
export const removeTempDirs = (): void => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true })
}
