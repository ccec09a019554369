/**
 * Writes the generated artifacts into `schema/`:
 *
 *     npx tsx codegen/main.ts           # regenerate
 *     npx tsx codegen/main.ts --check   # write nothing; exit 1 and list the stale files
 *
 * Everything is generated before anything is written, and each file is
 * written to a temporary file beside it and renamed, so a failure never
 * leaves a partial file behind.
 *
 * @since 0.1.0
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { type Artifact, generateArtifacts } from "./index.ts"
import { repoArtifacts } from "./repoArtifacts.ts"

const root = resolve(import.meta.dirname, "..")

/** The artifacts whose file is missing or differs from what the model generates. */
export const staleArtifacts = (artifacts: ReadonlyArray<Artifact>, directory: string = root): ReadonlyArray<Artifact> =>
  artifacts.filter(({ path, content }) => {
    const file = join(directory, path)
    return !existsSync(file) || readFileSync(file, "utf8") !== content
  })

const writeAtomically = (file: string, content: string): void => {
  mkdirSync(dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, file)
  } finally {
    rmSync(temporary, { force: true })
  }
}

const main = async (args: ReadonlyArray<string>): Promise<number> => {
  const unknown = args.filter((arg) => arg !== "--check")
  if (unknown.length > 0) {
    console.error(`unknown argument ${unknown.map((arg) => `\`${arg}\``).join(", ")}\nusage: codegen/main.ts [--check]`)
    return 2
  }
  const stale = staleArtifacts([...(await generateArtifacts()), ...(await repoArtifacts())])
  if (args.includes("--check")) {
    if (stale.length === 0) {
      console.log("generated files are up to date")
      return 0
    }
    console.error(`stale generated files (run \`npm run codegen\`):\n${stale.map(({ path }) => `  ${path}`).join("\n")}`)
    return 1
  }
  for (const { path, content } of stale) writeAtomically(join(root, path), content)
  console.log(stale.length === 0 ? "generated files are up to date" : `wrote ${stale.map(({ path }) => path).join(", ")}`)
  return 0
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2))
}
