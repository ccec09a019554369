/**
 * The JSON Schema of an appi-policy document, derived from the Effect Schema
 * model (`Policy`, the structural schema). Editors use it through the
 * `# yaml-language-server: $schema=…` line of a policy; CI checks that the
 * committed `schema/appi-policy.schema.json` is what this module produces.
 *
 * The schema says what `Policy` says and nothing more: the semantic checks of
 * `PolicyDocument` (unique ids, references that resolve, dates that exist)
 * cannot be written in JSON Schema and are left to the library.
 *
 * @since 0.1.0
 */
import type { JsonSchema } from "effect"
import { Schema } from "effect"
import { Policy, SCHEMA_VERSION } from "../src/model/Policy.ts"

/**
 * Where the schema is published: its `$id`, and the one place that says so.
 *
 * @since 0.1.0
 */
export const SCHEMA_ID = "https://appi-policy.dev/schema/appi-policy.schema.json"

/** The file the schema is written to, relative to the repository root. @since 0.1.0 */
export const SCHEMA_FILE = "schema/appi-policy.schema.json"

/**
 * The JSON Schema dialect of the document (draft 2020-12), its `$schema`.
 *
 * @since 0.1.0
 */
export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

/**
 * A JSON Schema document: the root schema with its metadata and the
 * definitions every `#/$defs/…` reference points into.
 *
 * @since 0.1.0
 */
export interface PolicyJsonSchema extends JsonSchema.JsonSchema {
  readonly $schema: typeof JSON_SCHEMA_DIALECT
  readonly $id: typeof SCHEMA_ID
  readonly title: string
  readonly description: string
  readonly $defs: JsonSchema.Definitions
}

const TITLE = "appi-policy document (個人情報保護方針)"
const DESCRIPTION = [
  `A privacy policy under Japan's Act on the Protection of Personal Information (個人情報保護法), as an appi-policy document (schemaVersion ${SCHEMA_VERSION}).`,
  "Generated from the appi-policy model; do not edit.",
  "This schema checks the structure only: unique ids, references that resolve and calendar dates that exist are checked by the appi-policy library."
].join(" ")

/**
 * Builds the JSON Schema (draft 2020-12) of a policy document from the model.
 * Pure: the same model always gives the same object, with keys in the same order.
 *
 * Effect's output is used as it is: excess properties are refused
 * (`additionalProperties: false`, matching the decoder's
 * `onExcessProperty: "error"`), and patterns, enums, bounds, titles and
 * descriptions come from the model's checks and annotations. The differential
 * test (`jsonSchema.test.ts`) proves that Ajv and the decoder agree.
 *
 * @example
 * ```ts
 * import { policyJsonSchema, serializeJsonSchema } from "appi-policy/codegen"
 *
 * writeFileSync("appi-policy.schema.json", serializeJsonSchema(policyJsonSchema()))
 * ```
 * @since 0.1.0
 */
export const policyJsonSchema = (): PolicyJsonSchema => {
  const document = Schema.toJsonSchemaDocument(Policy, { onExcessProperty: "error" })
  // the document's own keys win over anything of the same name in Effect's root schema
  const { $schema: _schema, $id: _id, $defs: _defs, ...root } = document.schema
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: SCHEMA_ID,
    title: TITLE,
    description: DESCRIPTION,
    ...root,
    $defs: document.definitions
  }
}

/**
 * Serializes a JSON value deterministically: keys in insertion order,
 * 2-space indent, a trailing newline.
 *
 * @since 0.1.0
 */
export const serializeJsonSchema = (schema: JsonSchema.JsonSchema): string => `${JSON.stringify(schema, null, 2)}\n`
