import { readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import ts from "typescript"
import { describe, expect, it } from "vitest"
import { generateArtifacts, policyJsonSchema, policyTypes, TYPES_FILE } from "./index.ts"
import { staleArtifacts } from "./main.ts"
import { repoArtifacts } from "./repoArtifacts.ts"

const root = resolve(import.meta.dirname, "..")

describe("generated artifacts", () => {
  it("are deterministic", async () => {
    const [first, second] = await Promise.all([generateArtifacts(), generateArtifacts()])
    expect(first.map(({ path }) => path)).toEqual(["schema/appi-policy.schema.json", "schema/appi-policy.d.ts"])
    expect(second).toEqual(first)
  })

  it("are committed as generated (run `npx tsx codegen/main.ts` when this fails; the API report is checked by `npm run codegen:check`)", async () => {
    expect(staleArtifacts([...(await generateArtifacts()), ...(await repoArtifacts({ apiReport: false }))]).map(({ path }) => path)).toEqual([])
  })
})

describe("TypeScript declarations", () => {
  const schema = policyJsonSchema()

  it("declare one type per definition, named by its key", async () => {
    const source = await policyTypes(schema)
    const declared = [...source.matchAll(/^export (?:interface|type) (\w+)/gmu)].map((match) => match[1]).sort()
    expect(declared).toEqual(Object.keys(schema.$defs).sort())
    expect(source).toMatch(/^\/\*\*\n \* Types of an appi-policy document, generated/u)
    expect(source).not.toMatch(/\[k: string\]/u)
  })

  it("make every property and array readonly", async () => {
    const source = await policyTypes(schema)
    expect(source).not.toMatch(/^ {2}(?!readonly )[$\w]+\??: /mu)
    expect(source).not.toMatch(/(?<!readonly )\b\w+\[\]/u)
  })

  // `codegen/assignability.ts` must stop compiling when the declarations and the model drift apart:
  // one program checks the proof against the committed declarations and against edited copies
  describe("assignability proof", () => {
    const drifts: ReadonlyArray<readonly [string, (source: string) => string]> = [
      ["none", (s) => s],
      ["a required key made optional", (s) => s.replace("readonly schemaVersion: 1;", "readonly schemaVersion?: 1;")],
      ["an optional key made required", (s) => s.replace(/readonly en\?: string;/u, "readonly en: string;")],
      ["an extra optional key", (s) => s.replace("readonly $schema?: string;", "readonly $schema?: string;\n  readonly extra?: string;")],
      ["a literal widened", (s) => s.replace("readonly schemaVersion: 1;", "readonly schemaVersion: number;")],
      ["an enum value added", (s) => s.replace('export type WindowRole = "inquiries"', 'export type WindowRole = "other" | "inquiries"')],
      ["a readonly array made mutable", (s) => s.replace("readonly contactWindows: readonly ContactWindow[];", "readonly contactWindows: ContactWindow[];")]
    ]
    const declarations = readFileSync(join(root, TYPES_FILE), "utf8")
    const proof = readFileSync(join(root, "codegen", "assignability.ts"), "utf8")
    const files = new Map<string, string>()
    const proofs = drifts.map(([name, edit], i) => {
      const edited = edit(declarations)
      if (name !== "none" && edited === declarations) throw new Error(`the drift \`${name}\` no longer applies to ${TYPES_FILE}`)
      files.set(join(root, "schema", `drift-${i}.d.ts`), edited)
      const file = join(root, "codegen", `assignability-drift-${i}.ts`)
      files.set(file, proof.replace('"../schema/appi-policy.d.ts"', `"../schema/drift-${i}.d.ts"`))
      return file
    })

    const errors = (() => {
      const configFile = ts.readConfigFile(join(root, "tsconfig.json"), (file) => ts.sys.readFile(file))
      const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root)
      const host = ts.createCompilerHost(options)
      const getSourceFile = host.getSourceFile.bind(host)
      const fileExists = host.fileExists.bind(host)
      host.fileExists = (file) => files.has(resolve(file)) || fileExists(file)
      host.getSourceFile = (file, language, ...rest) => {
        const source = files.get(resolve(file))
        return source === undefined ? getSourceFile(file, language, ...rest) : ts.createSourceFile(file, source, language)
      }
      const program = ts.createProgram({ rootNames: proofs, options, host })
      const byFile = new Map<string, Array<string>>()
      for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
        const file = diagnostic.file === undefined ? "" : resolve(diagnostic.file.fileName)
        byFile.set(file, [...(byFile.get(file) ?? []), ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")])
      }
      return byFile
    })()

    it("compiles against the committed declarations", () => {
      expect([...errors.keys()].filter((file) => !proofs.includes(file))).toEqual([])
      expect(errors.get(proofs[0]!) ?? []).toEqual([])
    })

    it.each(drifts.slice(1).map(([name], i) => [name, proofs[i + 1]!] as const))("fails on %s", (_, file) => {
      expect(errors.get(file)?.length ?? 0).toBeGreaterThan(0)
    })
  })
})
