/**
 * Spelling hints ("did you mean `address`?") for keys, enum values, rule
 * ids, commands and flags: one edit distance and one notion of "close enough".
 *
 * @since 0.2.0
 */

/** Levenshtein distance over UTF-16 code units, in one row of memory. */
export const editDistance = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]!
}

/**
 * The candidate closest to `word` when it is close enough to be a slip
 * (case ignored; a prefix such as `mon` for `monday` counts as one edit),
 * else `undefined`. Ties go to the alphabetically first candidate, so the
 * hint is deterministic.
 *
 * @example
 * ```ts
 * closest("adress", ["address", "name"]) // "address"
 * closest("zzz", ["address", "name"])    // undefined
 * ```
 * @since 0.2.0
 */
export const closest = (word: string, candidates: Iterable<string>): string | undefined => {
  const needle = word.toLowerCase()
  // Two edits in a word of three letters or fewer make another word (`fr` is not a slip of `en`).
  const allowed = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3))
  let best: { readonly candidate: string; readonly distance: number } | undefined
  for (const candidate of candidates) {
    const other = candidate.toLowerCase()
    // The distance is at least the difference in length: a long hostile key costs nothing against short names.
    if (Math.abs(needle.length - other.length) > allowed && !(needle.length > 0 && (other.startsWith(needle) || needle.startsWith(other)))) continue
    const distance = needle.length > 0 && (other.startsWith(needle) || needle.startsWith(other)) ? 1 : editDistance(needle, other)
    if (best === undefined || distance < best.distance || (distance === best.distance && candidate < best.candidate)) best = { candidate, distance }
  }
  return best !== undefined && best.distance <= allowed ? best.candidate : undefined
}
