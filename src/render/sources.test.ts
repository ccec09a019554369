/**
 * The renderer says only what the policy says. Walks every example's
 * rendered parts: a catalog clause that asserts something (a commitment in
 * the company's voice, or a statement of the law or a right) must name the
 * policy values that declared it, and they must be there; text taken from
 * the policy must be found at its path; text from nowhere cannot hold a
 * sentence.
 */
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import type { JsonPath } from "../core/Diagnostic.ts"
import { formatPath } from "../core/Diagnostic.ts"
import { loadPolicyFile } from "../load/loadPolicy.ts"
import type { Policy } from "../model/Policy.ts"
import { fullPolicy } from "../../test/renderFixture.ts"
import { buildParts } from "./build.ts"
import type { Block, DocumentParts, Inline, Run } from "./parts.ts"

const EXAMPLES = join(import.meta.dirname, "..", "..", "examples")
const examples = readdirSync(EXAMPLES)
  .filter((name) => /^\d{3}-.*\.yaml$/u.test(name))
  .sort()

const valueAt = (policy: Policy, path: JsonPath): unknown =>
  path.reduce<unknown>((node, segment) => (node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[segment] : undefined), policy)

/** Every run of the parts, with where it stands. */
const runsOf = (parts: DocumentParts): ReadonlyArray<Run> => {
  const runs: Array<Run> = []
  const inline = (content: Inline) => runs.push(...content)
  const blocks = (values: ReadonlyArray<Block>): void => {
    for (const block of values) {
      if (block.kind === "paragraph") (inline(block.text.ja), inline(block.text.en))
      else if (block.kind === "list") for (const item of block.items) (inline(item.text.ja), inline(item.text.en), blocks(item.blocks))
      else if (block.kind === "fields") for (const field of block.fields) (inline(field.label.ja), inline(field.label.en), blocks(field.value))
      else for (const row of block.rows) for (const cell of row) blocks(cell)
    }
  }
  const section = (value: DocumentParts["sections"][number]): void => {
    inline(value.title.ja)
    inline(value.title.en)
    blocks(value.blocks)
    value.sections.forEach(section)
  }
  blocks(parts.preamble.blocks)
  parts.sections.forEach(section)
  return runs
}

const loadExample = (name: string): Policy => {
  const loaded = loadPolicyFile(join(EXAMPLES, name))
  if (!loaded.ok) throw new Error(`${name} does not load`)
  return loaded.policy
}

// The examples mostly publish their own sentences; the fixture declares nearly every fact, so most clauses are said.
const policies: ReadonlyArray<readonly [string, Policy]> = [...examples.map((name) => [name, loadExample(name)] as const), ["the render fixture", fullPolicy()]]

describe.each(policies)("%s: every rendered statement has its source", (_, policy) => {
  const runs = runsOf(buildParts(policy))

  it("no commitment or statement of the catalog without the policy values that declare it", () => {
    const asserting = runs.filter((run) => run.source?.kind === "clause" && run.source.voice !== "frame")
    expect(asserting.length).toBeGreaterThan(0)
    for (const run of asserting) {
      const source = run.source as Extract<Run["source"], { kind: "clause" }>
      expect(source.facts.length, `${source.key} names no fact`).toBeGreaterThan(0)
      for (const fact of source.facts) {
        const value = valueAt(policy, fact)
        expect(value, `${source.key}: ${formatPath(fact)} is not in the policy`).not.toBeUndefined()
        if (Array.isArray(value)) expect(value.length, `${source.key}: ${formatPath(fact)} is empty`).toBeGreaterThan(0)
      }
    }
  })

  it("text taken from the policy is the policy's text at its path", () => {
    for (const run of runs) {
      if (run.source?.kind !== "policy" || run.kind !== "text") continue
      const value = valueAt(policy, run.source.path)
      expect(typeof value, formatPath(run.source.path)).toBe("string")
      // A placeholder ({num:purposes}, {fee:x}) is replaced by generated text.
      if (!(value as string).includes("{")) expect(value as string, formatPath(run.source.path)).toContain(run.text)
    }
  })

  it("text from no source holds no sentence", () => {
    for (const run of runs) if (run.source === undefined && run.kind === "text") expect(run.text, run.text).not.toMatch(/。/u)
  })
})
