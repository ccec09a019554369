/**
 * The JSON Schema accepts exactly what the model's structural decoder accepts.
 *
 * A differential test: generated policies (Effect's `Arbitrary`) and the
 * examples, plus near-misses made from them by `mutate.ts`, go through both
 * Ajv (draft 2020-12, strict, allErrors) and
 * `Schema.decodeUnknownResult(Policy)(x, { errors: "all", onExcessProperty: "error" })`;
 * the two verdicts must be equal on every case.
 *
 * `FC_SEED=<n>` replays or explores another seed; `FC_RUNS=<n>` changes the number of mutation runs
 * (1,000 in `npm test`, 10,000 in `npm run test:full`).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Arbitrary, Effect, Result, Schema, SchemaAST } from "effect"
import { Ajv2020 } from "ajv/dist/2020.js"
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"
import { parse } from "yaml"
import { Policy } from "../src/model/Policy.ts"
import { JSON_SCHEMA_DIALECT, policyJsonSchema, SCHEMA_ID } from "./jsonSchema.ts"
import { clone, type Edit, type Json, mutate, stepArbitrary, vocabulary } from "../test/mutate.ts"
import { runs } from "../test/budget.ts"

const SEED = Number(process.env["FC_SEED"] ?? 20_240_401)
const MUTATION_RUNS = Number(process.env["FC_RUNS"] ?? runs(400, 10_000))
const RANDOM_ROOT_RUNS = runs(100, 300)
const GENERATED_PER_SIZE = runs(25, 100)

const schema = policyJsonSchema()
const ajv = new Ajv2020({ strict: true, allErrors: true })
const validate = ajv.compile(schema)
const decode = Schema.decodeUnknownResult(Policy)
const decoderAccepts = (document: unknown): boolean => Result.isSuccess(decode(document, { errors: "all", onExcessProperty: "error" }))

const examplesDir = join(import.meta.dirname, "..", "examples")
const exampleFiles = readdirSync(examplesDir).filter((name) => name.endsWith(".yaml")).sort()
const examples = exampleFiles.map((name) => ({ name, document: parse(readFileSync(join(examplesDir, name), "utf8")) as Json }))

/** Generated valid policies of several sizes; deterministic (fixed seeds). */
const generated: ReadonlyArray<Json> = (
  await Promise.all(
    [3, 5, 8, 10].map((size) => Effect.runPromise(Arbitrary.sampleEffect(Arbitrary.schema(Policy), { count: GENERATED_PER_SIZE, size, seed: SEED + size })))
  )
).flat() as ReadonlyArray<Json>

const words = vocabulary(schema as Json, [...generated, ...examples.map(({ document }) => document)])

const tally = { cases: 0, accepted: 0, rejected: 0, ops: new Map<string, number>() }

const describeValue = (value: Json | undefined): string => {
  if (value === undefined) return "(deleted)"
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value)
  const text = JSON.stringify(value)
  return text.length > 160 ? `${text.slice(0, 160)}…` : text
}

/** Checks one case; on disagreement, throws a report with the edits, both verdicts and the document's file. */
const agree = (document: Json, origin: string, edits: ReadonlyArray<Edit> = []): void => {
  const effect = decoderAccepts(document)
  const ajvOk = validate(document) as boolean
  tally.cases++
  if (effect) tally.accepted++
  else tally.rejected++
  for (const edit of edits) tally.ops.set(edit.op, (tally.ops.get(edit.op) ?? 0) + 1)
  if (effect === ajvOk) return
  const file = join(mkdtempSync(join(tmpdir(), "appi-policy-")), "counterexample.json")
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`)
  const result = decode(document, { errors: "all", onExcessProperty: "error" })
  throw new Error(
    [
      `JSON Schema and decoder disagree on a document from ${origin}: the decoder ${effect ? "accepts" : "rejects"} it, Ajv ${ajvOk ? "accepts" : "rejects"} it`,
      ...edits.map((edit) => `  edit: ${edit.op} at /${edit.path.join("/")}: ${describeValue(edit.before)} → ${describeValue(edit.after)}`),
      `decoder: ${Result.isFailure(result) ? String(result.failure) : "ok"}`,
      `ajv: ${(validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""} ${JSON.stringify(error.params)}`).join("\n     ") || "ok"}`,
      `document: ${file}`
    ].join("\n")
  )
}

afterAll(() => {
  const ops = [...tally.ops].sort(([a], [b]) => a.localeCompare(b)).map(([op, n]) => `${op}: ${n}`)
  console.log(`differential cases: ${tally.cases} (accepted ${tally.accepted}, rejected ${tally.rejected}); seed ${SEED}\n  ${ops.join("\n  ")}`)
})

describe("JSON Schema document", () => {
  it("is a draft 2020-12 document with the published $id", () => {
    expect(schema.$schema).toBe(JSON_SCHEMA_DIALECT)
    expect(schema.$id).toBe(SCHEMA_ID)
    expect(schema.title.length).toBeGreaterThan(0)
    expect(schema.description.length).toBeGreaterThan(0)
    expect(ajv.validateSchema(schema)).toBe(true)
  })

  it("refuses excess properties on every object", () => {
    const objects: Array<string> = []
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}/${i}`))
      else if (typeof node === "object" && node !== null) {
        const record = node as Record<string, unknown>
        if (record["type"] === "object" || "properties" in record) {
          objects.push(path)
          expect(record["additionalProperties"], path).toBe(false)
        }
        for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`)
      }
    }
    walk(schema, "#")
    expect(objects.length).toBeGreaterThan(40)
  })

  it("carries every identifier, title, description, pattern and literal of the model", () => {
    const representation = Schema.toRepresentation(Policy)
    const model = { identifiers: new Set<string>(), titles: new Set<string>(), descriptions: new Set<string>(), patterns: new Set<string>(), literals: new Set<string>() }
    const walkModel = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walkModel)
      else if (typeof node === "object" && node !== null) {
        const record = node as Record<string, unknown>
        const annotations = record["annotations"] as Record<string, unknown> | undefined
        if (annotations !== undefined) {
          if (typeof annotations["identifier"] === "string") model.identifiers.add(annotations["identifier"])
          if (typeof annotations["title"] === "string") model.titles.add(annotations["title"])
          if (typeof annotations["description"] === "string") model.descriptions.add(annotations["description"])
        }
        const check = record["representation"] as { id?: unknown; payload?: { source?: unknown; flags?: unknown } } | undefined
        if (check?.id === "effect/schema/isPattern") {
          expect(check.payload?.flags, `pattern /${String(check.payload?.source)}/ needs the u flag`).toContain("u")
          model.patterns.add(String(check.payload?.source))
        }
        if (record["_tag"] === "Literal") model.literals.add(JSON.stringify(record["literal"]))
        Object.values(record).forEach(walkModel)
      }
    }
    walkModel(representation)
    const json = { identifiers: new Set(Object.keys(schema.$defs)), titles: new Set<string>(), descriptions: new Set<string>(), patterns: new Set<string>(), literals: new Set<string>() }
    const walkJson = (node: unknown, key?: string): void => {
      if (Array.isArray(node)) {
        if (key === "enum") node.forEach((value) => json.literals.add(JSON.stringify(value)))
        node.forEach((item) => walkJson(item))
      } else if (typeof node === "object" && node !== null) {
        const record = node as Record<string, unknown>
        if (typeof record["title"] === "string") json.titles.add(record["title"])
        if (typeof record["description"] === "string") json.descriptions.add(record["description"])
        if (typeof record["pattern"] === "string") json.patterns.add(record["pattern"])
        if ("const" in record) json.literals.add(JSON.stringify(record["const"]))
        for (const [name, value] of Object.entries(record)) if (name !== "properties") walkJson(value, name)
        if (typeof record["properties"] === "object" && record["properties"] !== null) Object.values(record["properties"]).forEach((value) => walkJson(value))
      }
    }
    walkJson(schema)
    for (const kind of ["identifiers", "titles", "descriptions", "patterns", "literals"] as const) {
      expect([...model[kind]].filter((value) => !json[kind].has(value)), `${kind} lost on the way to JSON Schema`).toEqual([])
      expect(model[kind].size, kind).toBeGreaterThan(0)
    }
  })
})

describe("string length bounds", () => {
  // Effect counts UTF-16 code units, JSON Schema counts code points: `isMaxLength(n)` becomes
  // `maxLength: n` and `isMinLength(n)` becomes `minLength: ceil(n / 2)`, which agree only on
  // strings without astral characters. Every length-bounded string of the model must therefore
  // either have an exact bound (`isMinLength(1)`) or be limited to ASCII by its pattern.
  it("are exact: the bounded strings cannot hold an astral character", async () => {
    const lengthChecks = (checks: SchemaAST.Checks | undefined): ReadonlyArray<{ readonly id: string; readonly payload: Record<string, unknown> }> =>
      (checks ?? []).flatMap((check) => {
        if (check._tag === "FilterGroup") return lengthChecks(check.checks)
        const representation = check.annotations?.["representation"] as { readonly id?: string; readonly payload?: Record<string, unknown> } | undefined
        const id = representation?.id
        return id === "effect/schema/isMaxLength" || id === "effect/schema/isMinLength" || id === "effect/schema/isLengthBetween"
          ? [{ id, payload: representation?.payload ?? {} }]
          : []
      })
    const bounded: Array<SchemaAST.AST> = []
    const seen = new Set<SchemaAST.AST>()
    const walk = (ast: SchemaAST.AST): void => {
      if (seen.has(ast)) return
      seen.add(ast)
      if (ast._tag === "String") {
        const exact = lengthChecks(ast.checks).every(({ id, payload }) => id === "effect/schema/isMinLength" && Number(payload["minLength"]) <= 1)
        if (!exact) bounded.push(ast)
      } else if (ast._tag === "Objects") ast.propertySignatures.forEach((property) => walk(property.type))
      else if (ast._tag === "Arrays") [...ast.elements, ...ast.rest].forEach(walk)
      else if (ast._tag === "Union") ast.types.forEach(walk)
      else if (ast._tag === "Suspend") walk(ast.thunk())
    }
    walk(Policy.ast)
    expect(bounded.length, "the model's Id has a maximum length").toBeGreaterThan(0)
    for (const ast of bounded) {
      const samples = await Effect.runPromise(Arbitrary.sampleEffect(Arbitrary.schema(Schema.make<Schema.Top>(ast)), { count: runs(100, 300), seed: SEED }))
      const astral = (samples as ReadonlyArray<string>).find((sample) => /[\u{10000}-\u{10FFFF}]/u.test(sample))
      expect(astral, `a length-bounded string admits the astral character in \`${astral}\`: bound it by its pattern instead`).toBeUndefined()
    }
  })
})

describe("Ajv and the structural decoder agree", () => {
  it("on generated policies", () => {
    expect(generated.length).toBe(4 * GENERATED_PER_SIZE)
    generated.forEach((document, i) => agree(document, `generated policy #${i}`))
    expect(generated.every((document) => validate(document))).toBe(true)
  })

  it("on random JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue() as fc.Arbitrary<Json>, (value) => agree(value, "a random JSON value")),
      { numRuns: RANDOM_ROOT_RUNS, seed: SEED }
    )
  })

  it(`on ${MUTATION_RUNS} mutations of valid documents`, () => {
    const bases: ReadonlyArray<{ readonly origin: string; readonly document: Json }> = [
      ...examples.map(({ name, document }) => ({ origin: `examples/${name}`, document })),
      ...generated.map((document, i) => ({ origin: `generated policy #${i}`, document }))
    ]
    // examples, being realistic, are the base of about a quarter of the cases
    const base = examples.length === 0
      ? fc.nat(generated.length - 1)
      : fc.oneof({ weight: 1, arbitrary: fc.nat(examples.length - 1) }, { weight: 3, arbitrary: fc.integer({ min: examples.length, max: bases.length - 1 }) })
    const before = { cases: tally.cases, accepted: tally.accepted }
    fc.assert(
      fc.property(base, fc.array(stepArbitrary, { minLength: 1, maxLength: 3 }), (index, steps) => {
        const { origin, document } = bases[index]!
        const result = mutate(clone(document), steps, words)
        agree(result.document, origin, result.edits)
      }),
      { numRuns: MUTATION_RUNS, seed: SEED }
    )
    // the mutations must produce both valid and invalid documents, or the test proves little
    const cases = tally.cases - before.cases
    const accepted = tally.accepted - before.accepted
    expect(accepted, "accepted mutants").toBeGreaterThan(cases * 0.1)
    expect(cases - accepted, "rejected mutants").toBeGreaterThan(cases * 0.5)
  }, 120_000)
})

describe.runIf(exampleFiles.length > 0)("examples", () => {
  it.each(exampleFiles)("Ajv accepts %s", (name) => {
    const { document } = examples.find((example) => example.name === name)!
    const ok = validate(document)
    expect(ok, JSON.stringify(validate.errors, null, 2)).toBe(true)
  })
})
