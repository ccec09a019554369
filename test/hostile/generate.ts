/**
 * Writes the hostile-input corpus to a folder: one file per case and
 * `manifest.json` (each case's file, why it is there, and what each command
 * must answer).
 *
 *     npx tsx test/hostile/generate.ts <dir>
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { hostileCases } from "./corpus.ts"

const dir = process.argv[2]
if (dir === undefined) {
  console.error("usage: npx tsx test/hostile/generate.ts <dir>")
  process.exit(2)
}
mkdirSync(dir, { recursive: true })
const manifest = hostileCases().map((c) => {
  const file = `${c.name}.${c.extension}`
  writeFileSync(join(dir, file), c.content)
  return { file, why: c.why, bytes: c.content.length, expect: c.expect }
})
writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`)
console.log(`wrote ${manifest.length} cases to ${dir}`)
