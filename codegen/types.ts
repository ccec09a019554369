/**
 * TypeScript declarations of a policy document (`schema/appi-policy.d.ts`),
 * generated from the JSON Schema with json-schema-to-typescript, for users who
 * write or read policies in TypeScript without the library.
 *
 * Three adjustments make the output match the model's own `Policy` type:
 * - a property typed by a definition plus its own description (Effect writes
 *   `allOf: [{ $ref }, { description }]`) is handed over as a plain `$ref`:
 *   otherwise the ref parser merges the two into a copy, and every copy
 *   becomes another type (`LocalizedText1`, `LocalizedText2`, …); the
 *   description is put back as the property's doc comment afterwards;
 * - types are named after their `$defs` key (the model's `identifier`), not their title;
 * - properties and arrays are `readonly`, as the model's values are
 *   (json-schema-to-typescript has no option for it, so the declarations are
 *   edited through the TypeScript syntax tree); `minItems` is not turned into
 *   tuple types, which the model's `ReadonlyArray`s could not be assigned to.
 *
 * @since 0.1.0
 */
import type { JsonSchema } from "effect"
import type * as Jstt from "json-schema-to-typescript"
import type * as Ts from "typescript"
import { importPeer, PEER_FEATURES } from "../src/core/peers.ts"
import type { PolicyJsonSchema } from "./jsonSchema.ts"


/** The file the declarations are written to, relative to the repository root. @since 0.1.0 */
export const TYPES_FILE = "schema/appi-policy.d.ts"

const BANNER = `/**
 * Types of an appi-policy document, generated from schema/appi-policy.schema.json
 * (itself generated from the Effect Schema model in src/model/).
 *
 * DO NOT EDIT. Regenerate with \`npx tsx codegen/main.ts\` (npm run codegen).
 */`

const ANNOTATIONS = new Set(["title", "description"])

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value)

/** `{ allOf: [{ $ref }, { description }] }` → the `$ref` and the annotations, or undefined for any other schema. */
const annotatedRef = (schema: Record<string, unknown>): { readonly $ref: string; readonly annotations: Record<string, unknown> } | undefined => {
  const allOf = schema["allOf"]
  if (!Array.isArray(allOf) || allOf.length !== 2 || Object.keys(schema).length !== 1) return undefined
  const [ref, annotations] = allOf as [unknown, unknown]
  if (!isRecord(ref) || typeof ref["$ref"] !== "string" || Object.keys(ref).length !== 1) return undefined
  if (!isRecord(annotations) || !Object.keys(annotations).every((key) => ANNOTATIONS.has(key))) return undefined
  return { $ref: ref["$ref"], annotations }
}

/** A copy of the schema with each annotated reference reduced to its `$ref`. */
const simplify = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(simplify)
  if (!isRecord(node)) return node
  const annotated = annotatedRef(node)
  if (annotated !== undefined) return { $ref: annotated.$ref }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, simplify(value)]))
}

/** The description of a property of a definition, wherever Effect put it. */
const propertyDescription = (definitions: JsonSchema.Definitions, type: string, property: string): string | undefined => {
  const properties = definitions[type]?.["properties"]
  const schema = isRecord(properties) ? properties[property] : undefined
  if (!isRecord(schema)) return undefined
  const description = annotatedRef(schema)?.annotations["description"] ?? schema["description"]
  return typeof description === "string" ? description : undefined
}

/**
 * Makes every property and array `readonly` and gives each property without a
 * doc comment the description the schema has for it.
 */
const finish = (ts: typeof Ts, source: string, definitions: JsonSchema.Definitions): string => {
  const file = ts.createSourceFile("appi-policy.d.ts", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const inserts: Array<{ readonly at: number; readonly text: string }> = []
  const visit = (node: Ts.Node): void => {
    if (ts.isPropertySignature(node)) {
      const owner = node.parent
      const start = node.getStart(file)
      if (ts.isInterfaceDeclaration(owner) && ts.getJSDocCommentsAndTags(node).length === 0 && ts.isIdentifier(node.name)) {
        const description = propertyDescription(definitions, owner.name.text, node.name.text)
        if (description !== undefined) {
          const indent = " ".repeat(start - source.lastIndexOf("\n", start) - 1)
          inserts.push({ at: start, text: `/**\n${indent} * ${description.replaceAll("*/", "*\\/")}\n${indent} */\n${indent}` })
        }
      }
      if (!node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ReadonlyKeyword)) inserts.push({ at: start, text: "readonly " })
    }
    if (ts.isArrayTypeNode(node) && !(ts.isTypeOperatorNode(node.parent) && node.parent.operator === ts.SyntaxKind.ReadonlyKeyword)) {
      inserts.push({ at: node.getStart(file), text: "readonly " })
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  // apply from the end so that earlier positions stay valid; equal positions keep their order
  let out = source
  for (const { at, text } of inserts.map((insert, i) => ({ ...insert, i })).sort((a, b) => b.at - a.at || b.i - a.i)) {
    out = out.slice(0, at) + text + out.slice(at)
  }
  return out
}

/**
 * Generates the declarations from the JSON Schema. Deterministic and offline:
 * every `$ref` is internal and external resolution is switched off.
 *
 * @since 0.1.0
 */
export const policyTypes = async (schema: PolicyJsonSchema): Promise<string> => {
  const [{ compile }, typescript] = await Promise.all([importPeer<typeof Jstt>("json-schema-to-typescript", "declarations"), importPeer<typeof Ts & { default?: typeof Ts }>("typescript", "declarations")])
  // the root is the `Policy` definition; the document's own $id, title and description are for editors
  const { $schema: _dialect, $id: _id, title: _title, description: _description, ...rest } = schema
  const input = simplify(rest) as Parameters<typeof compile>[0]
  const options: Partial<Jstt.Options> = {
    bannerComment: BANNER,
    // a definition's name is its key in $defs (the model's identifier); the root is `Policy`
    customName: (node, keyNameFromDefinition) => keyNameFromDefinition ?? ("$defs" in node ? "Policy" : undefined),
    ignoreMinAndMaxItems: true,
    strictIndexSignatures: true,
    unknownAny: true,
    additionalProperties: false,
    $refOptions: { resolve: { external: false } }
  }
  // TypeScript is CommonJS: its namespace is the module's `default` when imported from ESM.
  const ts = typescript.default ?? typescript
  if (typeof ts.createSourceFile !== "function") {
    // TypeScript 7 (the native compiler) has no JavaScript compiler API.
    throw new Error(`${PEER_FEATURES.declarations} needs the compiler API of \`typescript\` 5 or 6; the installed one (${String(ts.version)}) has none: npm install --save-dev typescript@6`)
  }
  return finish(ts, await compile(input, "Policy", options), schema.$defs)
}
