/**
 * The renderer's diagnostics in English.
 *
 * @since 0.3.0
 */
import type { RenderMessages } from "./RenderMessages.ts"

const code = (text: string): string => `\`${text}\``
const codes = (texts: ReadonlyArray<string>): string => texts.map(code).join(", ")

export const en: RenderMessages = {
  missingTranslation: ({ found }) => ({
    message: `no English text for ${found}`,
    help: "add `en` beside `ja`, or allow missing translations (`--allow-missing`) to mark them in the output"
  }),
  unresolvedReference: ({ reason, placeholder, candidates }) => {
    switch (reason) {
      case "no-such-fee":
        return { message: `${code(placeholder)} names no fee`, expected: candidates.length === 0 ? "a fee in `fees`" : codes(candidates) }
      case "fee-without-amount":
        return { message: `${code(placeholder)}: the fee has no \`amount\``, expected: "an `amount` on the fee" }
      case "no-such-section":
        return { message: `${code(placeholder)} names no section of this rendering`, expected: codes(candidates) }
    }
  },
  feeAmountInText: ({ amount, feeId }) => ({
    message: `the fee's text states the amount ${code(amount)} itself, which can disagree with its \`amount\``,
    help: `write \`{fee: ${feeId}}\` where the amount goes: the page prints the \`amount\` field there`
  }),
  invalidOption: ({ option, value, allowed }) => ({
    message: `${code(value)} is not a valid ${option.kind === "style" ? `style.${option.key}` : option.kind === "style-name" ? "style option" : option.kind}`,
    expected: codes(allowed)
  })
}
