/**
 * Serves playground/dist/ on the loopback interface — any static host would
 * do; this one only exists so `npm run playground` needs nothing else.
 *
 *   npm run playground                 (builds, then serves on http://127.0.0.1:8787/)
 *   tsx playground/serve.ts --port 0   (any free port; the address is printed)
 *
 * It sends the page's own Content-Security-Policy as a header as well, and
 * never lists directories or serves anything outside dist/.
 */
import { readFile } from "node:fs/promises"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { dirname, extname, join, normalize, sep } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
export const DIST = join(here, "dist")

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml"
}

const cspOf = (html: string): string | undefined => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(html)?.[1]

/** Starts the server; resolves with it and its URL once it listens. */
export const serve = (port: number, root: string = DIST): Promise<{ readonly server: Server; readonly url: string }> => {
  const server = createServer((request, response) => {
    const send = (status: number, body: string | Buffer, headers: Readonly<Record<string, string>> = {}): void => {
      response.writeHead(status, { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache", ...headers })
      response.end(request.method === "HEAD" ? undefined : body)
    }
    if (request.method !== "GET" && request.method !== "HEAD") return send(405, "method not allowed\n", { Allow: "GET, HEAD", "Content-Type": TYPES[".txt"]! })
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname)
    } catch {
      return send(400, "bad request\n", { "Content-Type": TYPES[".txt"]! })
    }
    if (pathname.endsWith("/")) pathname += "index.html"
    const file = normalize(join(root, pathname))
    if (!file.startsWith(root + sep) || pathname.includes("\0")) return send(404, "not found\n", { "Content-Type": TYPES[".txt"]! })
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? "application/octet-stream"
        const csp = type.startsWith("text/html") ? cspOf(body.toString("utf8")) : undefined
        send(200, body, { "Content-Type": type, ...(csp === undefined ? {} : { "Content-Security-Policy": csp }) })
      },
      () => send(404, "not found\n", { "Content-Type": TYPES[".txt"]! })
    )
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as AddressInfo
      resolve({ server, url: `http://127.0.0.1:${bound}/` })
    })
  })
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const flag = process.argv.indexOf("--port")
  const port = Number(flag >= 0 ? process.argv[flag + 1] : (process.env.PORT ?? 8787))
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error("usage: tsx playground/serve.ts [--port N]")
    process.exit(2)
  }
  const { url } = await serve(port)
  console.log(`appi-policy playground: ${url}  (Ctrl+C to stop)`)
}
