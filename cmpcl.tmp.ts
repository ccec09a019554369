import { readFileSync, readdirSync } from "node:fs"
import { parsePolicy } from "./src/load/parsePolicy.ts"
import { diff } from "./src/diff/diff.ts"
import { changelogMarkdown, changelogText } from "./src/diff/changelog/layout.ts"
// @ts-ignore
import { diff as oldDiff } from "/tmp/oldtree/src/diff/diff.ts"
// @ts-ignore
import { changelogMarkdown as oldMd, changelogText as oldText } from "/tmp/oldtree/src/diff/changelog/format.ts"
const files = [...readdirSync("examples").filter((f) => f.endsWith(".yaml")).map((f) => "examples/" + f), "test/conformance/policies/base.yaml"]
const ps = files.map((f) => { const r = parsePolicy(readFileSync(f, "utf8"), { file: f }); if (!r.ok) throw new Error(f); return { ...r.policy, id: "x" } })
let n = 0, bad = 0
const norm = (s: string) => s.replace(/（[^（）]*(個人情報保護法|法令上の義務なし|番号法|電気通信事業法)[^（）]*）：/gu, "（ART）：").replace(/ \((APPI|no statutory|My Number|Telecom)[^)]*(\)[^)]*)*\): /gu, " (ART): ")
for (const a of ps) for (const b of ps) for (const lang of ["ja", "en", "ja+en"] as const) {
  const c1 = diff(a, b), c0 = oldDiff(a, b)
  for (const [x, y] of [[changelogText(c1, { lang }), oldText(c0, { lang })], [changelogMarkdown(c1, { lang }), oldMd(c0, { lang })]]) { n++; if (norm(x!) !== norm(y!)) { bad++; if (bad < 4) { const xl = norm(x!).split("\n"), yl = norm(y!).split("\n"); const i = xl.findIndex((l, k) => l !== yl[k]); console.log(lang, JSON.stringify(xl[i]), "\n  vs", JSON.stringify(yl[i])) } } }
}
console.log({ n, bad })
