/**
 * Facts taken from the five original policy documents (the "seeds") that the
 * tests need, kept in the repository as data (`seed-facts.json`): the seeds
 * themselves live outside it, and a clone has none.
 *
 * - `patternFacts`: what can be found by shape in a seed (phones, e-mails,
 *   postal codes, amounts of yen, dates); the renderings must print each.
 * - `clauseWords`: a digest of every clause-map `contains` that was checked to
 *   be words of the seed, so a clause map cannot invent text unnoticed: an
 *   edited or new `contains` has no digest until it is checked against the
 *   original again (`npm run seeds -- <dir with the seed documents>`).
 */
import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { squash } from "./clause-map.ts"

/** What the repository keeps of one seed. */
export interface SeedFacts {
  /** File name of the original document. */
  readonly document: string
  /** `sha256:` of the original document's bytes, to tell when it changed. */
  readonly sha256: string
  readonly patternFacts: ReadonlyArray<string>
  /** Sorted digests (`wordsDigest`) of the clause-map words found in the seed. */
  readonly clauseWords: ReadonlyArray<string>
}

/** The seeds by number, and the example each is encoded as. */
export const SEED_EXAMPLES = {
  "000": "000-genesis",
  "001": "001-smilemore",
  "002": "002-unnamed-services",
  "003": "003-centrex",
  "004": "004-k-zone"
} as const

/** A seed's number. */
export type SeedNumber = keyof typeof SEED_EXAMPLES

export const SEED_NUMBERS = Object.keys(SEED_EXAMPLES) as ReadonlyArray<SeedNumber>

const PATTERNS: ReadonlyArray<RegExp> = [
  /0\d{1,4}-\d{1,4}-\d{3,4}/gu, // phone numbers
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, // e-mail addresses
  /〒\s*\d{3}-\d{4}/gu, // postal codes
  /\d[\d,]*円/gu, // amounts
  /(?:平成|令和)\s*\d+\s*年\s*\d+\s*月\s*\d+\s*日|\d{4}\s*年\s*\d+\s*月\s*\d+\s*日/gu // dates (seed 000 spaces them out)
]

/** The facts a seed's text shows by their shape, white space removed, in order of pattern then position. */
export const findPatternFacts = (seedText: string): ReadonlyArray<string> =>
  // Matched in the text as printed (squashing first would join a number to the next line's), then squashed.
  PATTERNS.flatMap((pattern) => seedText.match(pattern) ?? []).map(squash)

/** The digest kept for a clause map's `contains`: white space ignored, 16 hex digits of SHA-256. */
export const wordsDigest = (words: string): string => createHash("sha256").update(squash(words)).digest("hex").slice(0, 16)

/** `sha256:` of a document's bytes. */
export const documentDigest = (bytes: Uint8Array): string => `sha256:${createHash("sha256").update(bytes).digest("hex")}`

/** The committed facts of every seed. */
export const readSeedFacts = (): Readonly<Record<SeedNumber, SeedFacts>> =>
  JSON.parse(readFileSync(join(import.meta.dirname, "seed-facts.json"), "utf8")) as Record<SeedNumber, SeedFacts>
