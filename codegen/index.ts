/**
 * Generators of the committed artifacts in `schema/`: the JSON Schema of a
 * policy document and its TypeScript declarations. Pure: they return file
 * contents; `main.ts` writes them.
 *
 * @since 0.1.0
 */
import { policyJsonSchema, SCHEMA_FILE, serializeJsonSchema } from "./jsonSchema.ts"
import { policyTypes, TYPES_FILE } from "./types.ts"

export { JSON_SCHEMA_DIALECT, policyJsonSchema, type PolicyJsonSchema, SCHEMA_FILE, SCHEMA_ID, serializeJsonSchema } from "./jsonSchema.ts"
export { policyTypes, TYPES_FILE } from "./types.ts"
export { TYPED_IDS_MARKER, typedIdsSource, type TypedIdsOptions } from "../src/guard/tooling/typedIds.ts"
export { describeRequest, findGuardCalls, scanProject, type CallSite, type FindResult, type GuardCall, type ScanFinding, type ScanOptions, type ScanResult } from "../src/guard/tooling/scan.ts"
export { toolingWords, type NotKnownWhy, type ScanProblem, type ToolingWords } from "../src/guard/tooling/catalog/index.ts"
export { CEDAR_FILES, CEDAR_NAMESPACE, CEDAR_SCHEMA, cedarFiles, cedarRequest, exportCedar, type CedarEntity, type CedarExport, type CedarRequest, type CedarUid, type CedarValue } from "../src/guard/tooling/cedar.ts"

/** A generated file: its path relative to the repository root and its contents. @since 0.1.0 */
export interface Artifact {
  readonly path: string
  readonly content: string
}

/**
 * Every generated file, in a fixed order.
 *
 * @example
 * ```ts
 * for (const { path, content } of await generateArtifacts()) console.log(path, content.length)
 * ```
 * @since 0.1.0
 */
export const generateArtifacts = async (): Promise<ReadonlyArray<Artifact>> => {
  const schema = policyJsonSchema()
  return [
    { path: SCHEMA_FILE, content: serializeJsonSchema(schema) },
    { path: TYPES_FILE, content: await policyTypes(schema) }
  ]
}
