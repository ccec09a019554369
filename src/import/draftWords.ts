/**
 * The Japanese the importer writes into a draft where the source is silent:
 * placeholders a reviewer must replace, and the plain names it gives an
 * unnamed form, window or party. The draft is the policy's own Japanese
 * text, so these are in Japanese only.
 *
 * @since 0.3.0
 */

/** @since 0.3.0 */
export const DRAFT_WORDS = {
  /** A required text the policy does not give. */
  missing: "（記載なし：要確認）",
  /** A postal code given without an address. */
  noAddress: "（住所の記載なし）",
  form: "お問い合わせフォーム",
  contactWindow: "お問い合わせ窓口",
  thirdParty: "第三者"
} as const
