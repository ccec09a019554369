/**
 * The version diff against jsondiffpatch (configured to match array entries
 * by `id`, `kind` or `requester`, as the diff does), on the same pairs: a
 * realistic revision of seed 001, and synthetic policies of 1,000 to 100,000
 * purposes of which 1% change (a third reworded, a third removed, a third
 * with a new purpose added after them).
 *
 *     npx tsx bench/diff.bench.ts
 *
 * Both sides are checked before timing: our patch turns the old policy into
 * the new one, jsondiffpatch's delta does too, and the ChangeSet reports
 * exactly the changes made. Times are mitata medians. For linearity, the
 * time per purpose is shown beside that of a plain deep-equality walk over
 * the same policy, the simplest linear pass there is: both grow alike with
 * size (memory, not algorithm). jsondiffpatch aligns
 * arrays with an LCS table, quadratic in time and memory; it is not run above
 * 10,000 purposes (at 30,000 it exhausted Node's default heap in a trial).
 * Not a test: nothing here fails CI.
 *
 * @since 0.1.0
 */
import { cpus } from "node:os"
import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"
import * as jsondiffpatch from "jsondiffpatch"
import { format as toJsonPatch } from "jsondiffpatch/formatters/jsonpatch"
import { do_not_optimize, measure } from "mitata"
import { applyPatch } from "../src/diff/applyPatch.ts"
import { asJson } from "../src/diff/ChangeRule.ts"
import { diff } from "../src/diff/diff.ts"
import { example, revise } from "../test/diffFixture.ts"
import { canonical, type Json, jsonEqual } from "../src/diff/Json.ts"
import { jsonPatch } from "../src/diff/patch.ts"
import type { Policy } from "../src/model/Policy.ts"

// `gc()` without `node --expose-gc` (`npm run bench` runs plain `tsx`): each pair starts on a clean heap.
setFlagsFromString("--expose-gc")
const gc = runInNewContext("gc") as () => void

const differ = jsondiffpatch.create({
  objectHash: (item: object) => {
    const keyed = item as { id?: unknown; kind?: unknown; requester?: unknown }
    const key = keyed.id ?? keyed.kind ?? keyed.requester
    return typeof key === "string" ? key : JSON.stringify(item)
  },
  arrays: { detectMove: true }
})

const text = (ja: string) => ({ ja, en: ja })
const pad = (n: number) => String(n).padStart(6, "0")

interface Pair {
  readonly name: string
  readonly purposes: number
  readonly before: Policy
  readonly after: Policy
  readonly changes: number
}

/** Seed 001 with `size` purposes; every hundredth is reworded, removed, or followed by a new one. */
const synthetic = (size: number): Pair => {
  const seed = example("001-smilemore")
  const purpose = (i: number) => ({ id: `purpose-${pad(i)}`, text: text(`利用目的その${i}: 当社サービスの提供及び改善のため`), categories: "all" as const, tags: ["service-provision" as const] })
  const before = revise(seed, (d) => (d.purposes.items = Array.from({ length: size }, (_, i) => purpose(i))))
  const after = revise(seed, (d) => {
    d.purposes.items = Array.from({ length: size }, (_, i) => purpose(i)).flatMap((entry, i) => {
      if (i % 100 !== 50) return [entry]
      const kind = Math.floor(i / 100) % 3
      if (kind === 0) return [{ ...entry, text: text(`利用目的その${i}: 当社サービスの提供、改善及び新サービスの開発のため`) }]
      if (kind === 1) return []
      return [entry, { ...purpose(i), id: `purpose-${pad(i)}-new`, text: text(`新たな利用目的${i}`) }]
    })
  })
  return { name: `${size.toLocaleString("en-US")} purposes, 1% changed`, purposes: size, before, after, changes: size / 100 }
}

/** Seed 001 revised as an operator would: a purpose added, one reworded, the fee, a joint user, the contact, purposes reordered. */
const seedPair = (): Pair => {
  const before = example("001-smilemore")
  const after = revise(before, (d) => {
    d.purposes.items.push({ id: "ad-delivery", text: text("広告配信"), categories: "all" })
    d.purposes.items.find((p) => p.id === "inquiries")!.text.ja = "お問い合わせへの対応"
    d.purposes.items.reverse()
    d.fees![0]!.amount = 1100
    d.jointUses![0]!.users.push({ id: "partner-clinic", name: text("提携医院") })
    d.contactWindows[0]!.emails = ["privacy@clearsmile.jp"]
  })
  return { name: "seed 001, a realistic revision", purposes: after.purposes.items.length, before, after, changes: 5 }
}

/** Our patch must turn `before` into `after`, and the ChangeSet must count the changes made. */
const checkOurs = (pair: Pair): void => {
  const [before, after] = [asJson(pair.before), asJson(pair.after)]
  const applied = applyPatch(before, jsonPatch(before, after))
  if (!applied.ok || canonical(applied.value) !== canonical(after)) throw new Error(`${pair.name}: our patch does not reproduce the new policy`)
  const found = diff(pair.before, pair.after).changes.length
  if (found !== pair.changes) throw new Error(`${pair.name}: ${found} changes reported, ${pair.changes} made`)
}

/** jsondiffpatch's delta must turn `before` into `after` too. */
const checkTheirs = (pair: Pair): void => {
  const [before, after] = [asJson(pair.before), asJson(pair.after)]
  const patched = differ.patch(structuredClone(before), differ.diff(before, after)) as Json
  if (canonical(patched) !== canonical(after)) throw new Error(`${pair.name}: jsondiffpatch does not reproduce the new policy`)
}

/** mitata's median; seconds-long runs (jsondiffpatch at 10,000) take 5 samples instead of 12. */
const median = async (f: () => unknown, slow = false): Promise<number> => {
  gc()
  return (await measure(() => do_not_optimize(f()), slow ? { min_samples: 5, min_cpu_time: 1e9 } : {})).p50
}

const JSONDIFFPATCH_LIMIT = 10_000
const pairs: ReadonlyArray<() => Pair> = [seedPair, ...[1_000, 10_000, 100_000].map((size) => () => synthetic(size))]

const ms = (ns: number): string => (ns / 1e6 < 10 ? (ns / 1e6).toFixed(3) : (ns / 1e6).toFixed(1))
const rows: Array<string> = []
for (const make of pairs) {
  const pair = make() // one pair in memory at a time: a large heap would slow every collection
  const compare = pair.purposes <= JSONDIFFPATCH_LIMIT
  const [before, after] = [asJson(pair.before), asJson(pair.after)]
  const slow = pair.purposes >= 10_000
  // Ours first: jsondiffpatch's quadratic tables leave a large heap behind.
  checkOurs(pair)
  const ours = await median(() => diff(pair.before, pair.after))
  const patch = await median(() => jsonPatch(before, after))
  const copy = structuredClone(before)
  const walk = await median(() => jsonEqual(before, copy))
  if (compare) checkTheirs(pair)
  const theirs = compare ? await median(() => differ.diff(before, after), slow) : undefined
  const theirsPatch = compare ? await median(() => toJsonPatch(differ.diff(before, after)), slow) : undefined
  const perPurpose = (ns: number) => (ns / pair.purposes / 1e3).toFixed(2)
  rows.push(
    `| ${pair.name} | ${ms(ours)} | ${ms(patch)} | ${theirs === undefined ? "not run" : ms(theirs)} | ${theirsPatch === undefined ? "not run" : ms(theirsPatch)} | ${theirs === undefined ? "—" : `${(theirs / ours).toFixed(1)}×`} | ${perPurpose(ours)} | ${perPurpose(walk)} |`
  )
  console.log(rows.at(-1))
}

console.log(`\nmedians in ms (mitata), Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}`)
console.log("| pair | diff (ChangeSet) | jsonPatch | jsondiffpatch diff | jsondiffpatch → JSON Patch | jsondiffpatch ÷ diff | diff µs/purpose | deep-equal walk µs/purpose |")
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
rows.forEach((row) => console.log(row))
