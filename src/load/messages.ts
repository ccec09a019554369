/**
 * The loader's diagnostics in Japanese: one entry per code, built from the
 * diagnostic's structured fields (`found`, `expected`, `path`), so that
 * `validate --lang ja` and `lint --lang ja` speak Japanese from the first
 * byte. The English is the diagnostic as the loader writes it. What comes
 * from elsewhere verbatim (the YAML parser's own error text, a JSON syntax
 * expectation) stays as it is, inside a Japanese sentence.
 *
 * @since 0.3.0
 */
import type { Diagnostic } from "../core/Diagnostic.ts"
import { MAX_BYTES } from "./decodeText.ts"
import { MAX_DEPTH } from "./nesting.ts"
import { MAX_DIAGNOSTICS } from "./parsePolicy.ts"
import { MAX_ALIAS_COUNT, MAX_SEPARATORS } from "./parseSource.ts"
import type { Lang } from "../core/Lang.ts"

/** Every code the loader reports. @since 0.3.0 */
export type LoadCode =
  | "cannot-read"
  | "too-large"
  | "not-utf8"
  | "empty"
  | "too-deep"
  | "too-many-entries"
  | "json-syntax"
  | "yaml-syntax"
  | "yaml-version"
  | "alias-limit"
  | "not-a-mapping"
  | "lone-surrogate"
  | "control-character"
  | "bidi-control"
  | "complex-key"
  | "duplicate-key"
  | "forbidden-key"
  | "non-finite-number"
  | "unsupported-schema-version"
  | "missing-key"
  | "unknown-key"
  | "invalid-value"
  | "duplicate-id"
  | "duplicate-value"
  | "dangling-reference"
  | "invalid-date"
  | "too-many-problems"

interface Localized {
  readonly message: string
  readonly help?: string
}

const number = (n: number): string => n.toLocaleString("en-US")
/** The first `` `quoted` `` part of a text, quotes kept. */
const quoted = (text: string | undefined): string | undefined => /`[^`]*`/u.exec(text ?? "")?.[0]
/** The numbers of a text, in order. */
const numbers = (text: string): ReadonlyArray<string> => text.match(/\d[\d,]*/gu) ?? []
/** `U+001B` and the like. */
const codePoint = (text: string): string => /U\+[0-9A-F]{4,6}/u.exec(text)?.[0] ?? ""
/** A spelling hint (`did you mean \`x\`?`) in Japanese. */
const didYouMean = (help: string | undefined): string | undefined => {
  const suggestion = /did you mean (`[^`]*`)\?/u.exec(help ?? "")?.[1]
  return suggestion === undefined ? undefined : `${suggestion} の誤りではありませんか`
}
/** A space after a value that ends in Latin text, a digit or a backtick, before the Japanese that follows. */
const spaced = (text: string): string => (/[\x21-\x7e]$/u.test(text) ? `${text} ` : text)
const withHelp = (message: string, help: string | undefined): Localized => (help === undefined ? { message } : { message, help })

/** How the loader describes values and types (`a string`, `one of \`a\`, \`b\``, `nothing`), in Japanese. */
const valueJa = (text: string | undefined): string => {
  if (text === undefined) return "値"
  const oneOf = /^one of (.+)$/su.exec(text)
  if (oneOf !== null) return `${oneOf[1]} のいずれか`
  const list = /^a list of (\d+)$/u.exec(text)
  if (list !== null) return `${list[1]} 個の要素のリスト`
  const theNumber = /^the number (.+)$/u.exec(text)
  if (theNumber !== null) return `数値 ${theNumber[1]}`
  const words: Readonly<Record<string, string>> = {
    nothing: "何もない",
    null: "null",
    "an empty list": "空のリスト",
    "an empty string": "空の文字列",
    "a list": "リスト",
    "a mapping": "マッピング",
    "a string": "文字列",
    "a number": "数値",
    "`true` or `false`": "`true` または `false`",
    "a non-empty text without leading or trailing white space": "前後に空白のない、空でない文字列",
    // The model's own checks (`expected` of each pattern in src/model/).
    "a kebab-case id such as `contact-form`": "`contact-form` のようなケバブケースの id",
    "a month-day such as `12-31`": "`12-31` のような月日",
    "a phone number such as `045-319-1785`": "`045-319-1785` のような電話番号",
    "a postal code such as `221-0834`": "`221-0834` のような郵便番号",
    "a time such as `09:30`": "`09:30` のような時刻",
    "a version such as `2` or `2.1.0`": "`2` や `2.1.0` のような版",
    "an ISO 3166-1 alpha-2 country code such as `US`": "`US` のような ISO 3166-1 の2文字の国コード",
    "an ISO date such as `2005-05-13`": "`2005-05-13` のような ISO 形式の日付",
    "an e-mail address such as `privacy@example.co.jp`": "`privacy@example.co.jp` のような電子メールアドレス",
    "an http(s) URL": "http(s) の URL"
  }
  return words[text] ?? text
}

const cannotRead = (message: string): string =>
  message === "no such file"
    ? "ファイルがありません"
    : message === "permission denied"
      ? "読み取りの権限がありません"
      : message === "not a file"
        ? "ファイルではありません"
        : `ファイルを読めません（${message}）`

/**
 * The Japanese text of each loader diagnostic, by its code.
 *
 * @since 0.3.0
 */
export const LOAD_MESSAGES_JA: { readonly [C in LoadCode]: (diagnostic: Diagnostic) => Localized } = {
  "cannot-read": (d) => ({ message: cannotRead(d.message) }),
  "too-large": (d) => ({
    message: `ファイルが ${numbers(d.message)[0] ?? "?"} バイトあります。上限は ${number(MAX_BYTES)} バイト（1 MiB）です`,
    help: "プライバシーポリシーは数十 KB です。生成した内容を分けるか、渡したファイルが正しいかを確かめてください"
  }),
  "not-utf8": (d) =>
    withHelp(`ファイルが UTF-8 ではありません（${d.found ?? "UTF-8 でないバイト列"}）`, quoted(d.help) === undefined ? "UTF-8 で保存し直してください" : `UTF-8 に変換してください。例: ${quoted(d.help)}`),
  empty: () => ({ message: "ファイルが空です" }),
  "too-deep": () => ({ message: `入れ子が ${MAX_DEPTH} 段を超えています`, help: "ポリシーに要る入れ子は十段ほどです。生成された、又は悪意のある入力に見えます" }),
  "too-many-entries": () => ({
    message: `行とカンマ（項目の区切り）が合わせて ${number(MAX_SEPARATORS)} を超えています。ポリシーは数百行です`,
    help: "生成された、又は悪意のある入力に見えます"
  }),
  "json-syntax": (d) => ({ message: `JSON として正しくありません: ${d.expected ?? "?"} が必要な位置に ${d.found ?? "?"} があります` }),
  "yaml-syntax": (d) => ({ message: `YAML の構文の誤り: ${d.message}` }),
  "yaml-version": (d) => ({
    message: `文書が ${d.found ?? "YAML 1.2 以外"} を指定しています。ポリシーは YAML 1.2 として読みます`,
    help: "指定を削除してください（YAML 1.1 では `01750` が8進数に、`yes` が真偽値になります）"
  }),
  "alias-limit": () => ({ message: "エイリアスの展開が多すぎます", help: `展開できるエイリアスは ${MAX_ALIAS_COUNT} 個未満です。繰り返す内容は書き出してください` }),
  "not-a-mapping": (d) => ({ message: `文書はキーと値のマッピングでなければなりません（${valueJa(d.found)} です）` }),
  "lone-surrogate": (d) => ({ message: `${d.message.startsWith("key") ? "キー" : "テキスト"}が対になっていない UTF-16 サロゲートを含みます（\`\\uD800\` のようなエスケープ）` }),
  "control-character": (d) => ({
    message: `${d.message.startsWith("key") ? "キー" : "テキスト"}が制御文字 ${codePoint(d.message)} を含みます`,
    help: "テキストに使えるのはタブと改行だけです。改行は YAML の改行（引用符の中では `\\n`）で書きます"
  }),
  "bidi-control": (d) => ({
    message: `${d.message.startsWith("key") ? "キー" : "テキスト"}が双方向テキストの制御文字 ${codePoint(d.message)} を含みます`,
    help: "電話番号や金額の表示の順序を入れ替えうるため、削除してください"
  }),
  "complex-key": () => ({ message: "キーは単純な文字列でなければなりません" }),
  "duplicate-key": () => ({ message: "キーが重複しています。同じマッピングに同じキーは一度しか書けません" }),
  "forbidden-key": () => ({ message: "キー `__proto__` は使えません", help: "利用側のオブジェクトのプロトタイプを変えうるためです" }),
  "non-finite-number": (d) => ({
    message: `${quoted(d.message) ?? "値"} は有限の数ではありません`,
    help: "JSON には NaN も Infinity もありません。金額や件数は有限の整数です"
  }),
  "unsupported-schema-version": (d) => ({
    message: `schemaVersion ${d.found ?? "?"} には対応していません。この版の appi-policy が読むのは schemaVersion ${d.expected ?? "?"} です`,
    help: d.help === "upgrade appi-policy" ? "appi-policy を更新してください" : "文書を移行してください"
  }),
  "missing-key": (d) => ({ message: `必須のキー \`${String(d.path[d.path.length - 1] ?? "?")}\` がありません` }),
  "unknown-key": (d) => withHelp(`不明なキー ${d.found ?? "?"}`, didYouMean(d.help)),
  "invalid-value": (d) => withHelp(`${spaced(valueJa(d.expected))}が必要ですが、${spaced(valueJa(d.found))}です`, didYouMean(d.help)),
  "duplicate-id": (d) => ({ message: `id ${d.found ?? "?"} が重複しています` }),
  "duplicate-value": (d) => ({ message: `${d.found ?? "?"} が二度挙げられています` }),
  "dangling-reference": (d) => ({
    message: `${d.found ?? "?"} は宣言されていません（${d.expected === undefined || d.expected === "" ? "この種類のものは一つも宣言されていません" : `宣言済み: ${d.expected}`}）`
  }),
  "invalid-date": (d) => ({ message: `${d.found ?? "?"} は暦にない日付です` }),
  "too-many-problems": (d) => ({ message: `問題は全部で ${numbers(d.message)[0] ?? "?"} 件あります。最初の ${MAX_DIAGNOSTICS} 件を示します`, help: "これらを直してから、もう一度実行してください" })
}

const isLoadCode = (code: string): code is LoadCode => Object.hasOwn(LOAD_MESSAGES_JA, code)

/**
 * A loader diagnostic in the language asked for: `en` as it is; `ja` with
 * its message and help from {@link LOAD_MESSAGES_JA}. Diagnostics of other
 * rooms (and unknown codes) are returned unchanged.
 *
 * @example
 * ```ts
 * localizeLoadDiagnostic(diagnostic, "ja").message // "不明なキー `adress`"
 * ```
 * @since 0.3.0
 */
export const localizeLoadDiagnostic = (diagnostic: Diagnostic, lang: Lang): Diagnostic => {
  if (lang === "en" || !isLoadCode(diagnostic.code)) return diagnostic
  const { message, help } = LOAD_MESSAGES_JA[diagnostic.code](diagnostic)
  const { help: _english, ...rest } = diagnostic
  return help === undefined ? { ...rest, message } : { ...rest, message, help }
}
