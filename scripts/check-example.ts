// Development aid until the CLI lands: decode one YAML policy and print each issue with its path.
import { readFileSync } from "node:fs"
import { Result, Schema } from "effect"
import { parse } from "yaml"
import { PolicyDocument } from "../src/model/Policy.ts"

const file = process.argv[2]!
const result = Schema.decodeUnknownResult(PolicyDocument)(parse(readFileSync(file, "utf8")), { errors: "all", onExcessProperty: "error" })
if (Result.isFailure(result)) {
  console.log(String(result.failure))
  process.exit(1)
}
console.log(`${file}: valid`)
