import { describe, expect, it } from "vitest"
import { importPeer, requirePeer } from "../../core/peers.ts"
import { loadTsMorph } from "./loadTsMorph.ts"

describe("optional peer dependencies", () => {
  it("loads ts-morph once", () => {
    expect(typeof loadTsMorph().Project).toBe("function")
    expect(loadTsMorph()).toBe(loadTsMorph())
  })

  it("names the feature and the install command when a peer is missing", () => {
    expect(() => requirePeer("appi-policy-no-such-peer", "scanning a project")).toThrow(
      "scanning a project needs `appi-policy-no-such-peer`, an optional peer dependency that is not installed: npm install --save-dev appi-policy-no-such-peer"
    )
  })

  it("says the same when a peer is imported", async () => {
    await expect(importPeer("appi-policy-no-such-peer", "generating declarations")).rejects.toThrow(
      "generating declarations needs `appi-policy-no-such-peer`, an optional peer dependency that is not installed"
    )
  })
})
