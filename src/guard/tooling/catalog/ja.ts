/**
 * The guard tooling's words in Japanese.
 *
 * @since 0.3.0
 */
import type { ToolingWords } from "./ToolingWords.ts"

/** The subject of a sentence, with the space a code span wants before its particle. */
const subject = (field: string | undefined): string => (field === undefined ? "リクエスト" : `\`${field}\` `)

export const ja: ToolingWords = {
  notKnown: (why) => {
    switch (why.kind) {
      case "no-request-argument":
        return "呼び出しにリクエストの引数がありません"
      case "not-an-object":
        return "リクエストがオブジェクトではありません"
      case "spread":
        return `${subject(why.field)}にスプレッド構文があります`
      case "computed-key":
        return `${subject(why.field)}に計算されたキーがあります`
      case "not-constant":
        return `${subject(why.field)}はリテラルでも定数でもなく、型は \`${why.type}\` です`
    }
  },
  scanProblem: (problem) =>
    problem.kind === "no-tsconfig" ? `\`${problem.path}\` に tsconfig.json がありません` : `\`${problem.path}\` を読めません: ${problem.cause}`
}
