/**
 * The guard tooling's words in English.
 *
 * @since 0.3.0
 */
import type { ToolingWords } from "./ToolingWords.ts"

const subject = (field: string | undefined): string => (field === undefined ? "the request" : `\`${field}\``)

export const en: ToolingWords = {
  notKnown: (why) => {
    switch (why.kind) {
      case "no-request-argument":
        return "the call has no request argument"
      case "not-an-object":
        return "the request is not an object"
      case "spread":
        return `${subject(why.field)} has a spread`
      case "computed-key":
        return `${subject(why.field)} has a computed key`
      case "not-constant":
        return `${subject(why.field)} is not a literal or a constant (type \`${why.type}\`)`
    }
  },
  scanProblem: (problem) => (problem.kind === "no-tsconfig" ? `no tsconfig.json at \`${problem.path}\`` : `cannot read \`${problem.path}\`: ${problem.cause}`)
}
