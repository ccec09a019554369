/**
 * Prose that carries no structure the law attaches duties to: titles, the
 * preamble, section intros, the basic principles, purpose groups, paragraphs
 * restating a section, names and descriptions of categories.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"
import type { PolicyShape } from "../PolicyShape.ts"

/** Fields whose value is wording, wherever they occur. */
const PROSE: ReadonlySet<string> = new Set(["text", "intro", "preamble", "preambleTitle", "title", "subtitle", "explanation", "description", "name", "wording", "notes", "summary"])

/** Top-level fields that are wording or document metadata. */
const DOCUMENT: ReadonlyArray<PolicyShape> = ["$schema", "schemaVersion", "id", "version", "title", "subtitle", "preamble", "preambleTitle", "sectionIntros", "principles", "purposes.intro", "purposes.groups"]

const lastField = (shape: string): string => shape.split(".").filter((segment) => segment !== "#" && segment !== "*").pop() ?? ""

export default defineChange({
  id: "wording-changed",
  impact: "editorial",
  matches: (edit) => within(edit, ...DOCUMENT) || PROSE.has(lastField(edit.shape))
})
