/**
 * Takes the facts the tests need from the original seed documents and writes
 * them to `examples/seed-facts.json` (or, with `--check`, compares them with
 * what is committed). Only maintainers who hold the originals run this; the
 * tests read the committed file.
 *
 *     npx tsx scripts/seed-facts.ts <seeds-dir>           # write
 *     npx tsx scripts/seed-facts.ts <seeds-dir> --check   # exit 1 when the committed facts differ
 *
 * `<seeds-dir>` holds the documents as `NNN_<anything>.txt`. Every clause-map
 * `contains` must be words of its seed (white space ignored), else nothing is written.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { loadClauseMap, squash } from "../examples/clause-map.ts"
import { documentDigest, findPatternFacts, readSeedFacts, SEED_NUMBERS, type SeedFacts, type SeedNumber, wordsDigest } from "../examples/seedFacts.ts"

const output = join(import.meta.dirname, "..", "examples", "seed-facts.json")

const factsOf = (directory: string, seed: SeedNumber, problems: Array<string>): SeedFacts => {
  const document = readdirSync(directory).find((name) => name.startsWith(`${seed}_`))
  if (document === undefined) throw new Error(`no document for seed ${seed} in ${directory} (expected ${seed}_*.txt)`)
  const bytes = readFileSync(join(directory, document))
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes)
  const words = squash(text)
  const { clauses } = loadClauseMap(seed)
  const digests = new Set<string>()
  for (const { clause, contains } of clauses) {
    if (contains === undefined) continue
    if (words.includes(squash(contains))) digests.add(wordsDigest(contains))
    else problems.push(`seed ${seed}, clause ${clause}: the words are not in ${document}`)
  }
  return { document, sha256: documentDigest(bytes), patternFacts: findPatternFacts(text), clauseWords: [...digests].sort() }
}

const main = (args: ReadonlyArray<string>): number => {
  const check = args.includes("--check")
  const [directory, ...extra] = args.filter((arg) => arg !== "--check")
  if (directory === undefined || extra.length > 0) {
    console.error("usage: scripts/seed-facts.ts <seeds-dir> [--check]")
    return 2
  }
  const problems: Array<string> = []
  const facts: Record<string, SeedFacts> = {}
  for (const seed of SEED_NUMBERS) facts[seed] = factsOf(directory, seed, problems)
  if (problems.length > 0) {
    console.error(problems.join("\n"))
    return 1
  }
  const content = `${JSON.stringify(facts, null, 2)}\n`
  if (check) {
    const same = JSON.stringify(readSeedFacts()) === JSON.stringify(facts)
    console.log(same ? "examples/seed-facts.json agrees with the seed documents" : "examples/seed-facts.json is stale: run scripts/seed-facts.ts without --check")
    return same ? 0 : 1
  }
  writeFileSync(`${output}.tmp`, content)
  renameSync(`${output}.tmp`, output)
  console.log(`wrote examples/seed-facts.json (${SEED_NUMBERS.length} seeds)`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
