/**
 * Rendering a policy as prose: `render` (and `renderEffect`) for Markdown,
 * HTML and text in Japanese, English or both. `buildParts` and the
 * `partsTo*` functions are the two halves of `render` for callers who want
 * the typed parts in between; the part types are the `RenderParts`
 * namespace and the bilingual clause catalog is `Clauses`.
 *
 * @example
 * ```ts
 * import { loadPolicyFile, render } from "appi-policy"
 *
 * const loaded = loadPolicyFile("policy.yaml")
 * if (loaded.ok) {
 *   const page = render(loaded.policy, { lang: "ja+en", format: "html" })
 *   if (page.ok) console.log(page.output)
 * }
 * ```
 * @since 0.1.0
 * @module
 */
export { type BuildOptions, buildParts } from "./build.ts"
export * as Clauses from "./clauses/index.ts"
export { gregorianJapaneseDate, japaneseEraDate, longEnglishDate, yen } from "./values.ts"
export { escapeHtml, partsToHtml } from "./html.ts"
export { escapeMarkdown } from "../core/markdown.ts"
export { partsToMarkdown } from "./markdown.ts"
export { missingTranslations, type MissingTranslation } from "./missing.ts"
export * as RenderParts from "./parts.ts"
export { RENDER_FORMATS, RENDER_LANGS, render, renderEffect, RenderError, type RenderFormat, type RenderLang, type RenderOptions, type RenderResult } from "./render.ts"
export { DEFAULT_STYLE, type RenderStyle, STYLE_VALUES } from "./style.ts"
export { partsToText } from "./text.ts"
