/**
 * The project's JSON Schema, walked by a YAML path: what may stand at a
 * place in the document (keys, values) and what it means (the schema's
 * titles and descriptions, which name each concept in English and Japanese).
 * Handles what the generated schema uses: local `$ref`, `allOf` (a reference
 * plus a field's own description), `anyOf`, `enum`, `const`, `properties`,
 * `additionalProperties`, `items`.
 */
export type JsonSchema = { readonly [key: string]: unknown }

export type Segment = string | number

/** Everything the schemas that may stand at one place say, merged. */
export interface SchemaView {
  /** Most specific first: a field's own description before its type's. */
  readonly titles: ReadonlyArray<string>
  readonly descriptions: ReadonlyArray<string>
  readonly types: ReadonlySet<string>
  readonly properties: ReadonlyMap<string, ReadonlyArray<JsonSchema>>
  readonly required: ReadonlySet<string>
  readonly additional: ReadonlyArray<JsonSchema>
  readonly items: ReadonlyArray<JsonSchema>
  readonly values: ReadonlyArray<string | number | boolean>
  readonly pattern?: string
  /** The `$defs` names reached (e.g. `Id`, `LocalizedText`). */
  readonly defs: ReadonlySet<string>
}

const isSchema = (value: unknown): value is JsonSchema => typeof value === "object" && value !== null && !Array.isArray(value)

interface Builder {
  titles: Array<{ text: string; depth: number }>
  descriptions: Array<{ text: string; depth: number }>
  types: Set<string>
  properties: Map<string, Array<JsonSchema>>
  required: Set<string>
  additional: Array<JsonSchema>
  items: Array<JsonSchema>
  values: Array<string | number | boolean>
  pattern?: string
  defs: Set<string>
}

export class SchemaWalker {
  readonly #root: JsonSchema
  readonly #cache = new Map<string, SchemaView | undefined>()

  constructor(root: JsonSchema) {
    this.#root = root
  }

  #resolve(ref: string): JsonSchema | undefined {
    if (!ref.startsWith("#/")) return undefined
    let node: unknown = this.#root
    for (const raw of ref.slice(2).split("/")) {
      const key = raw.replaceAll("~1", "/").replaceAll("~0", "~")
      node = isSchema(node) ? node[key] : undefined
    }
    return isSchema(node) ? node : undefined
  }

  #collect(schema: JsonSchema, into: Builder, depth: number, seen: ReadonlySet<JsonSchema>): void {
    if (seen.has(schema) || depth > 32) return
    const inner = new Set(seen).add(schema)
    if (typeof schema.title === "string") into.titles.push({ text: schema.title, depth })
    if (typeof schema.description === "string") into.descriptions.push({ text: schema.description, depth })
    if (typeof schema.$ref === "string") {
      const target = this.#resolve(schema.$ref)
      if (schema.$ref.startsWith("#/$defs/")) into.defs.add(schema.$ref.slice("#/$defs/".length))
      if (target !== undefined) this.#collect(target, into, depth + 1, inner)
    }
    for (const key of ["allOf", "anyOf", "oneOf"] as const) {
      const list = schema[key]
      if (Array.isArray(list)) for (const part of list) if (isSchema(part)) this.#collect(part, into, depth + 1, inner)
    }
    const type = schema.type
    if (typeof type === "string") into.types.add(type)
    if (Array.isArray(type)) for (const t of type) if (typeof t === "string") into.types.add(t)
    if (Array.isArray(schema.enum)) for (const v of schema.enum) if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") into.values.push(v)
    const constant = schema.const
    if (typeof constant === "string" || typeof constant === "number" || typeof constant === "boolean") into.values.push(constant)
    if (isSchema(schema.properties)) {
      into.types.add("object")
      for (const [name, value] of Object.entries(schema.properties)) {
        if (!isSchema(value)) continue
        const list = into.properties.get(name) ?? []
        list.push(value)
        into.properties.set(name, list)
      }
    }
    if (Array.isArray(schema.required)) for (const name of schema.required) if (typeof name === "string") into.required.add(name)
    if (isSchema(schema.additionalProperties)) into.additional.push(schema.additionalProperties)
    if (isSchema(schema.items)) into.items.push(schema.items)
    if (typeof schema.pattern === "string" && into.pattern === undefined) into.pattern = schema.pattern
  }

  /** Merges the given schemas (the alternatives that may stand at one place). */
  view(schemas: ReadonlyArray<JsonSchema>): SchemaView | undefined {
    if (schemas.length === 0) return undefined
    const into: Builder = {
      titles: [],
      descriptions: [],
      types: new Set(),
      properties: new Map(),
      required: new Set(),
      additional: [],
      items: [],
      values: [],
      defs: new Set()
    }
    for (const schema of schemas) this.#collect(schema, into, 0, new Set())
    const byDepth = (list: ReadonlyArray<{ text: string; depth: number }>): ReadonlyArray<string> => [
      ...new Set([...list].sort((a, b) => a.depth - b.depth).map((entry) => entry.text))
    ]
    return {
      titles: byDepth(into.titles),
      descriptions: byDepth(into.descriptions),
      types: into.types,
      properties: into.properties,
      required: into.required,
      additional: into.additional,
      items: into.items,
      values: [...new Set(into.values)],
      ...(into.pattern === undefined ? {} : { pattern: into.pattern }),
      defs: into.defs
    }
  }

  /** The schemas a child of a place may match. */
  children(view: SchemaView, segment: Segment): ReadonlyArray<JsonSchema> {
    if (typeof segment === "number") return view.items
    return view.properties.get(segment) ?? view.additional
  }

  /** What may stand at `path` (keys and indexes from the document's root). */
  at(path: ReadonlyArray<Segment>): SchemaView | undefined {
    const key = JSON.stringify(path.map((s) => (typeof s === "number" ? 0 : s)))
    if (this.#cache.has(key)) return this.#cache.get(key)
    let view = this.view([this.#root])
    for (const segment of path) {
      if (view === undefined) break
      view = this.view(this.children(view, segment))
    }
    this.#cache.set(key, view)
    return view
  }
}
