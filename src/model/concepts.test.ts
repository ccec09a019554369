/**
 * The concept registry agrees with the rooms that stand on it: every section
 * the renderer can print belongs to exactly one concept, every concept a
 * section stands for is printed in that section whenever an example holds
 * it, and the changelog names each concept as the registry does.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { conceptLabel } from "../diff/changelog/labels.ts"
import { parsePolicy } from "../load/parsePolicy.ts"
import { buildParts } from "../render/build.ts"
import { resolveStyle } from "../render/build.ts"
import { POLICY_CONCEPTS } from "./concepts.ts"
import { SECTION_KEYS } from "./Presentation.ts"

const examples = join(import.meta.dirname, "..", "..", "examples")
const entries = Object.entries(POLICY_CONCEPTS)

describe("the concept registry", () => {
  it("every section the renderer prints belongs to exactly one concept", () => {
    const claimed = entries.flatMap(([, concept]) => ("section" in concept.rendered ? [concept.rendered.section] : []))
    expect([...claimed].sort()).toEqual([...SECTION_KEYS].sort())
  })

  it("a concept an example holds is printed in its section", () => {
    for (const file of readdirSync(examples).filter((name) => /^\d{3}-.*\.yaml$/u.test(name))) {
      const loaded = parsePolicy(readFileSync(join(examples, file)), { file })
      if (!loaded.ok) throw new Error(`${file} does not load`)
      const policy = loaded.policy
      const parts = buildParts(policy, resolveStyle(policy))
      const printed = new Set(parts.sections.flatMap((section) => [section.id, ...section.sections.map((sub) => sub.id)]))
      for (const [key, concept] of entries) {
        const value = (policy as Record<string, unknown>)[key]
        // Held: anything but nothing, an empty list or an empty mapping (seed 002's `operator: {}`).
        const held = value !== undefined && !(Array.isArray(value) && value.length === 0) && !(typeof value === "object" && value !== null && Object.keys(value).length === 0)
        if (held && "section" in concept.rendered) expect(printed.has(concept.rendered.section), `${file}: ${key} → section ${concept.rendered.section}`).toBe(true)
      }
    }
  })

  it("the changelog names every concept as the registry does", () => {
    for (const [key, concept] of entries) expect(conceptLabel(key)).toEqual(concept.label)
  })
})
