/**
 * The renderer's diagnostics in Japanese.
 *
 * @since 0.3.0
 */
import type { RenderMessages } from "./RenderMessages.ts"

const code = (text: string): string => `\`${text}\``
const codes = (texts: ReadonlyArray<string>): string => texts.map(code).join("、")

const OPTION_NAMES = { language: "言語", format: "出力形式" } as const

export const ja: RenderMessages = {
  missingTranslation: ({ found }) => ({
    message: `${found} に英語のテキストがありません`,
    help: "`ja` の隣に `en` を書き加えるか、翻訳のないテキストを許して（`--allow-missing`）出力に印を付けてください"
  }),
  unresolvedReference: ({ reason, placeholder, candidates }) => {
    switch (reason) {
      case "no-such-fee":
        return { message: `${code(placeholder)} が指す手数料がありません`, expected: candidates.length === 0 ? "`fees` の手数料" : codes(candidates) }
      case "fee-without-amount":
        return { message: `${code(placeholder)} が指す手数料に \`amount\` がありません`, expected: "手数料の `amount`" }
      case "no-such-section":
        return { message: `${code(placeholder)} が指す節がこの出力にありません`, expected: codes(candidates) }
    }
  },
  feeAmountInText: ({ amount, feeId }) => ({
    message: `手数料のテキストが金額 ${code(amount)} を直接書いており、\`amount\` と食い違うおそれがあります`,
    help: `金額の位置に \`{fee: ${feeId}}\` と書いてください。公表される文書ではそこに \`amount\` の値が入ります`
  }),
  invalidOption: ({ option, value, allowed }) => ({
    message:
      option.kind === "style-name"
        ? `${code(value)} というスタイルの項目はありません`
        : `${code(value)} は${option.kind === "style" ? `スタイル \`${option.key}\` の値` : OPTION_NAMES[option.kind]}として使えません`,
    expected: codes(allowed)
  })
}
