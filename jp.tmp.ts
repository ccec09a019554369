import ts from "typescript"
import { readFileSync } from "node:fs"
const JP = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/u
for (const f of process.argv.slice(2)) {
  const sf = ts.createSourceFile(f, readFileSync(f, "utf8"), ts.ScriptTarget.Latest, true)
  const visit = (n: ts.Node) => {
    if ((ts.isStringLiteralLike(n) || ts.isTemplateLiteralToken(n)) && JP.test(n.text)) console.log(f.replace("src/",""), sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, JSON.stringify(n.text).slice(0, 90))
    ts.forEachChild(n, visit)
  }
  visit(sf)
}
