import { describe, expect, it } from "vitest"
import { importPeer, MissingPeerError, requirePeer } from "../../core/peers.ts"
import { loadTsMorph } from "./loadTsMorph.ts"

describe("optional peer dependencies", () => {
  it("loads ts-morph once", () => {
    expect(typeof loadTsMorph().Project).toBe("function")
    expect(loadTsMorph()).toBe(loadTsMorph())
  })

  it("names the feature and the install command when a peer is missing", () => {
    expect(() => requirePeer("appi-policy-no-such-peer", "guard-tooling")).toThrow(
      "generating typed ids or scanning a project needs `appi-policy-no-such-peer`, an optional peer dependency that is not installed: npm install --save-dev appi-policy-no-such-peer"
    )
  })

  it("says the same when a peer is imported, with the peer and the feature as data", async () => {
    const rejected = importPeer("appi-policy-no-such-peer", "declarations")
    await expect(rejected).rejects.toThrow(
      "generating TypeScript declarations from the JSON Schema needs `appi-policy-no-such-peer`, an optional peer dependency that is not installed"
    )
    await expect(rejected).rejects.toMatchObject({ name: "MissingPeerError", peer: "appi-policy-no-such-peer", feature: "declarations" })
    await expect(rejected).rejects.toBeInstanceOf(MissingPeerError)
  })
})
