/**
 * Keeping the draft: in the URL's fragment (deflate-raw, base64url), so a
 * draft can be shared as a link and never reaches a server (a fragment is not
 * sent), and in localStorage, so a reload loses nothing.
 */
const PREFIX = "appi-policy-playground:"
const HASH_KEY = "doc"

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = ""
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/u, "")
}

const fromBase64Url = (text: string): Uint8Array => {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

const pipe = async (bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> => {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(body).arrayBuffer())
}

export const encodeDraft = async (text: string): Promise<string> => toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream("deflate-raw")))

export const decodeDraft = async (encoded: string): Promise<string> =>
  new TextDecoder("utf-8", { fatal: true }).decode(await pipe(fromBase64Url(encoded), new DecompressionStream("deflate-raw")))

/** The draft in the current URL's fragment (`#doc=…`), if any and readable. */
export const draftFromHash = async (hash: string = location.hash): Promise<string | undefined> => {
  const params = new URLSearchParams(hash.replace(/^#/u, ""))
  const encoded = params.get(HASH_KEY)
  if (encoded === null || encoded === "") return undefined
  try {
    return await decodeDraft(encoded)
  } catch {
    return undefined
  }
}

/** Puts the draft in the fragment without adding a history entry. */
export const writeHash = async (text: string): Promise<string> => {
  const hash = `#${HASH_KEY}=${await encodeDraft(text)}`
  if (location.hash !== hash) history.replaceState(history.state, "", hash)
  return hash
}

export const stored = (key: string): string | undefined => {
  try {
    return localStorage.getItem(PREFIX + key) ?? undefined
  } catch {
    return undefined
  }
}

export const store = (key: string, value: string): void => {
  try {
    localStorage.setItem(PREFIX + key, value)
  } catch {
    // Storage may be full or disabled (private mode): the URL still holds the draft.
  }
}
