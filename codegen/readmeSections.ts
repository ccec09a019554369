/**
 * Sections of the README generated from the code, between marker comments
 * (`<!-- generated:<name> -->` … `<!-- /generated:<name> -->`), so the
 * documentation of the decision table cannot drift from the steps the
 * conformance suite checks, the grounds the checker reports, or the one
 * citation formatter.
 *
 * @since 0.2.0
 */
import { readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { formatCitations, type Citation } from "../src/core/citation.ts"
import { GROUNDS } from "../src/guard/catalog/grounds.ts"
import { STEPS_EN } from "../src/guard/catalog/steps.en.ts"
import { DECISION_STEPS, type DecisionStep, type StepId } from "../src/guard/steps.ts"
import type { Artifact } from "./index.ts"

const root = resolve(import.meta.dirname, "..")

type Step = DecisionStep & { readonly id: StepId }

const codeList = (codes: ReadonlyArray<string>): string => codes.map((code) => `\`${code}\``).join(", ")

/** `allowed \`a\` / denied \`b\`, \`c\``, in the step's order. */
const decisionOf = (step: Step): string => {
  const allowed = step.codes.filter((code) => GROUNDS[code].allowed)
  const denied = step.codes.filter((code) => !GROUNDS[code].allowed)
  return [allowed.length > 0 ? `allowed ${codeList(allowed)}` : "", denied.length > 0 ? `denied ${codeList(denied)}` : ""].filter((part) => part !== "").join(" / ")
}

/** The step's own citations, or its codes' grounds: the policy's clauses and the statute's provisions. */
const restsOn = (step: Step): string => {
  const parts: Array<string> = []
  const citations: Array<Citation> = [...(step.citations ?? [])]
  for (const code of step.codes) {
    const ground = GROUNDS[code]
    if (ground.basis === "policy") parts.push(`policy: \`${step.clause ?? ground.clause}\``)
    else if (step.citations === undefined) citations.push(...ground.citations.filter((c) => !citations.some((seen) => JSON.stringify(seen) === JSON.stringify(c))))
  }
  if (citations.length > 0) parts.push(formatCitations(citations, "en"))
  const note = STEPS_EN[step.id].note
  const text = parts.length === 0 ? "–" : [...new Set(parts)].join("; ")
  return note === undefined ? text : `${text} (${note})`
}

/** The guard's decision procedure as a Markdown table. */
const decisionStepsMarkdown = (): string =>
  [
    "| # | request | condition | decision | rests on |",
    "| --- | --- | --- | --- | --- |",
    ...DECISION_STEPS.map((step, i) => {
      const words = STEPS_EN[step.id]
      return `| ${i + 1} | ${words.request} | ${words.condition} | ${decisionOf(step)} | ${restsOn(step)} |`
    })
  ].join("\n")

const SECTIONS: Readonly<Record<string, () => string>> = {
  "guard-table": decisionStepsMarkdown
}

/** The README with every generated section replaced by its current text. */
export const readmeArtifact = (): Artifact => {
  let text = readFileSync(join(root, "README.md"), "utf8")
  for (const [name, generate] of Object.entries(SECTIONS)) {
    const start = `<!-- generated:${name} -->`
    const end = `<!-- /generated:${name} -->`
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    if (from < 0 || to < from) throw new Error(`README.md has no section ${start} … ${end}`)
    text = `${text.slice(0, from + start.length)}\n${generate()}\n${text.slice(to)}`
  }
  return { path: "README.md", content: text }
}
