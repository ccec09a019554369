/**
 * Prose that carries no structure the law attaches duties to: titles, the
 * preamble, section intros, the basic principles, purpose groups, paragraphs
 * restating a section, names and descriptions of categories.
 *
 * @since 0.1.0
 */
import { defineChange, NO_ARTICLE, within } from "../ChangeRule.ts"
import type { PolicyShape } from "../PolicyShape.ts"

/** Fields whose value is wording, wherever they occur. */
const PROSE: ReadonlySet<string> = new Set(["text", "intro", "preamble", "preambleTitle", "title", "subtitle", "explanation", "description", "name", "wording", "notes", "summary"])

/** Top-level fields that are wording or document metadata. */
const DOCUMENT: ReadonlyArray<PolicyShape> = ["$schema", "schemaVersion", "id", "version", "title", "subtitle", "preamble", "preambleTitle", "sectionIntros", "principles", "purposes.intro", "purposes.groups"]

const lastField = (shape: string): string => shape.split(".").filter((segment) => segment !== "#" && segment !== "*").pop() ?? ""

export default defineChange({
  id: "wording-changed",
  impact: "editorial",
  article: NO_ARTICLE,
  explain: {
    en: "wording only: no change in meaning can be detected from the structure",
    ja: "表記の変更のみ。構造上、意味の変更は検出されない"
  },
  hint: {
    en: "prose can still change meaning: read the new text",
    ja: "文章で意味が変わる場合もある。新しい文言を確認すること"
  },
  matches: (edit) => within(edit, ...DOCUMENT) || PROSE.has(lastField(edit.shape))
})
