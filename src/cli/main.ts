#!/usr/bin/env node
/**
 * The `appi-policy` command: a thin shell over the library. Exit codes:
 * 0 success, 1 a policy is invalid, 2 usage error.
 *
 * @since 0.1.0
 */
import { run } from "./run.ts"

process.exitCode = run(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n")
})
