/**
 * Effect Schema issues to diagnostics: one per leaf, with the JSON path,
 * what was expected and what was found, and a spelling hint for unknown keys.
 *
 * @since 0.1.0
 */
import { SchemaAST, SchemaIssue } from "effect"
import { describeValue, type JsonPath } from "../core/Diagnostic.ts"
import { closest } from "../core/suggest.ts"

/** @since 0.1.0 */
export interface IssueFinding {
  readonly path: JsonPath
  readonly code: "missing-key" | "unknown-key" | "invalid-value"
  readonly message: string
  readonly expected?: string
  readonly found?: string
  readonly help?: string
}

const standard = SchemaIssue.makeFormatterStandardSchemaV1()

const valueAt = (root: unknown, path: JsonPath): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[key] : undefined), root)

/** Keys the schema at `ast` allows, when it is a struct. */
const allowedKeys = (ast: SchemaAST.AST): ReadonlyArray<string> =>
  SchemaAST.isObjects(ast) ? ast.propertySignatures.map((signature) => String(signature.name)) : []

/**
 * What a schema expects, in words, for types and unions: `one of \`a\`, \`b\``
 * instead of the identifier Effect would print (`DisclosureClass`).
 */
const expectedOf = (ast: SchemaAST.AST): string | undefined => {
  if (SchemaAST.isLiteral(ast)) return `\`${String(ast.literal)}\``
  if (SchemaAST.isUnion(ast)) {
    const members = ast.types.map(expectedOf)
    if (members.some((member) => member === undefined)) return undefined
    const literals = ast.types.every(SchemaAST.isLiteral)
    return literals && members.length > 1 ? `one of ${members.join(", ")}` : members.join(" or ")
  }
  if (SchemaAST.isArrays(ast)) return "a list"
  if (SchemaAST.isObjects(ast)) return "a mapping"
  if (SchemaAST.isString(ast)) return "a string"
  if (SchemaAST.isNumber(ast)) return "a number"
  if (SchemaAST.isBoolean(ast)) return "`true` or `false`"
  return undefined
}

/** Flattens the issue tree, keeping the node that produced each leaf message. */
const leaves = (issue: SchemaIssue.Issue, path: JsonPath): Array<{ readonly issue: SchemaIssue.Issue; readonly path: JsonPath }> => {
  switch (issue._tag) {
    case "Pointer":
      return leaves(issue.issue, [...path, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))])
    case "Composite":
      return issue.issues.flatMap((inner) => leaves(inner, path))
    default:
      return [{ issue, path }]
  }
}

/**
 * Diagnostics for a failed structural decode of `input`: the first `limit`
 * of them (a hostile file can hold 90,000 unknown keys; nobody reads past
 * the first screen, and each costs a spelling hint), and how many there are.
 *
 * @since 0.1.0
 */
export const findingsOfIssue = (issue: SchemaIssue.Issue, input: unknown, limit = Infinity): { readonly findings: ReadonlyArray<IssueFinding>; readonly total: number } => {
  const all = leaves(issue, [])
  return { findings: all.slice(0, limit).map((leaf) => findingOfLeaf(leaf, input)), total: all.length }
}

const findingOfLeaf = ({ issue: leaf, path }: { readonly issue: SchemaIssue.Issue; readonly path: JsonPath }, input: unknown): IssueFinding => {
    const found = describeValue(valueAt(input, path))
    if (leaf._tag === "MissingKey") {
      const key = String(path[path.length - 1])
      return { path, code: "missing-key", message: `missing required key \`${key}\``, expected: `a value for \`${key}\``, found: "nothing" }
    }
    if (leaf._tag === "UnexpectedKey") {
      const key = String(path[path.length - 1])
      const allowed = allowedKeys(leaf.ast)
      const hint = closest(key, allowed)
      return {
        path,
        code: "unknown-key",
        message: `unknown key \`${key}\``,
        expected: allowed.length > 0 ? `one of ${allowed.map((k) => `\`${k}\``).join(", ")}` : "no further keys",
        found: `\`${key}\``,
        ...(hint === undefined ? {} : { help: `did you mean \`${hint}\`?` })
      }
    }
    const text = standard(leaf).issues[0]?.message ?? "invalid value"
    const structural = leaf._tag === "InvalidType" || leaf._tag === "AnyOf" ? expectedOf(leaf.ast) : undefined
    const expected = structural ?? (text.startsWith("Expected ") ? text.slice("Expected ".length).replace(/, got .*$/su, "") : text)
    const actual = valueAt(input, path)
    const choices = (leaf._tag === "InvalidType" || leaf._tag === "AnyOf") && SchemaAST.isUnion(leaf.ast) && leaf.ast.types.every(SchemaAST.isLiteral)
      ? leaf.ast.types.map((member) => String((member as SchemaAST.Literal).literal))
      : []
    const hint = typeof actual === "string" && choices.length > 0 ? closest(actual, choices) : undefined
    return {
      path,
      code: "invalid-value",
      message: `expected ${expected}, found ${found}`,
      expected,
      found,
      ...(hint === undefined ? {} : { help: `did you mean \`${hint}\`?` })
    }
}
