/**
 * Running the CLI in-process for tests: the arguments, optional standard
 * input, and what it printed on each stream with its exit status.
 */
import { run } from "../src/cli/run.ts"

export const capture = async (argv: ReadonlyArray<string>, stdin = ""): Promise<{ readonly code: number; readonly out: string; readonly err: string }> => {
  const out: Array<string> = []
  const err: Array<string> = []
  const code = await run(argv, { out: (line) => out.push(line), err: (line) => err.push(line), stdin: () => new TextEncoder().encode(stdin) })
  return { code, out: out.join("\n"), err: err.join("\n") }
}
