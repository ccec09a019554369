/**
 * The declarations (`schema/appi-policy.d.ts`) and the model cannot drift
 * apart: `codegen/assignability.ts` compiles against the committed
 * declarations and stops compiling against deliberately edited copies. A
 * TypeScript program of the whole proof takes seconds: full suite.
 */
import { readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import ts from "typescript"
import { describe, expect, it } from "vitest"
import { TYPES_FILE } from "../../codegen/index.ts"

const root = resolve(import.meta.dirname, "..", "..")

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
