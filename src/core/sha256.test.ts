import { createHash } from "node:crypto"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { runs } from "../../test/budget.ts"
import { sha256Hex } from "./sha256.ts"

describe("sha256Hex", () => {
  it("gives the FIPS 180-4 test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  })

  it("agrees with node:crypto on any bytes and text, block boundaries included", () => {
    for (const length of [55, 56, 63, 64, 65, 119, 120, 128]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31) & 0xff)
      expect(sha256Hex(bytes), `${length} bytes`).toBe(createHash("sha256").update(bytes).digest("hex"))
    }
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.uint8Array({ maxLength: 300 })), (input) => {
        expect(sha256Hex(input)).toBe(createHash("sha256").update(input).digest("hex"))
      }),
      { numRuns: runs(300, 5_000) }
    )
  })
})
