/**
 * Writing output files without harming what is already there: the path is
 * checked first (never a device, FIFO, socket or directory, never an input),
 * each file is written to an unpredictably named temporary file beside its
 * target, opened exclusively, and renamed into place only once every file is
 * complete. A temporary file is removed on every failure and when SIGINT or
 * SIGTERM arrives during the write.
 *
 * A target that is a symbolic link is written through: the link is resolved
 * (realpath), the file it points to must be a regular file, and that file is
 * replaced, so the link stays a link. A link to nothing (dangling), to a
 * directory or to a device (`/dev/stdout` is one) is refused.
 *
 * @since 0.3.0
 */
import { randomBytes } from "node:crypto"
import { closeSync, fchmodSync, fsyncSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, type Stats, statSync, writeSync } from "node:fs"
import { basename, dirname, join, resolve } from "node:path"
import type { Lang } from "../core/Lang.ts"
import { cliMessages } from "./catalog/index.ts"
import type { FileKind, Refusal } from "./catalog/CliMessages.ts"
import { EXIT_INVALID, EXIT_USAGE } from "./Command.ts"

/** A file to write: where, and all of its text. */
export interface OutputFile {
  readonly path: string
  readonly content: string
}

/**
 * Why nothing was written, in the language asked for (`WriteOptions.lang`).
 * `exit` is 2 for a path refused before writing (a usage error), 1 when the
 * file system failed the write. `special` marks a refusal of a device, FIFO or
 * socket: what someone writes who means standard output.
 */
export interface WriteFailure {
  readonly exit: typeof EXIT_USAGE | typeof EXIT_INVALID
  readonly message: string
  readonly special?: boolean
}

/** The argument that names standard input (for inputs) and standard output (for `--out`). */
const STANDARD_STREAM = "-"

/** What a non-regular file is (the catalogs word it). */
const kindOf = (stats: Stats): FileKind =>
  stats.isDirectory()
    ? "directory"
    : stats.isCharacterDevice()
      ? "character-device"
      : stats.isBlockDevice()
        ? "block-device"
        : stats.isFIFO()
          ? "fifo"
          : stats.isSocket()
            ? "socket"
            : "other"

const code = (cause: unknown): string => (cause as NodeJS.ErrnoException).code ?? String(cause)

/** A path that does not exist (or cannot exist: a component is not a directory). */
const missing = (cause: unknown): boolean => code(cause) === "ENOENT" || code(cause) === "ENOTDIR"

/** A path that is not written, and why: data until {@link writeSafely} words it. */
export interface Refused {
  readonly path: string
  readonly refusal: Refusal
}

const refuse = (path: string, refusal: Refusal): Refused => ({ path, refusal })

const SPECIAL: ReadonlySet<FileKind> = new Set(["character-device", "block-device", "fifo", "socket"])

/** A refusal of a device, FIFO or socket. */
const isSpecial = (refusal: Refusal): boolean => (refusal.reason === "not-regular" || refusal.reason === "link-to-not-regular") && SPECIAL.has(refusal.kind)

/** Where a path's content will go: the path itself, or the regular file its symbolic link resolves to. */
interface Target {
  readonly path: string
  /** The file being replaced, when there is one. */
  readonly existing?: Stats
}

/**
 * The file `path` names, or why it must not be written. Only lstat, stat and
 * realpath: nothing is opened, so a FIFO cannot block and a device is never
 * touched. Errors other than "does not exist" are left for the write to
 * report (it fails the same way, with the file system's code).
 */
const inspect = (path: string): Target | Refused => {
  if (path === "") return refuse(path, { reason: "empty-path" })
  if (path === STANDARD_STREAM) return refuse(path, { reason: "standard-output" })
  let link: Stats
  try {
    link = lstatSync(path)
  } catch {
    // Absent (the usual case), or not reachable: the write creates it, or fails with the file system's code.
    return { path }
  }
  if (!link.isSymbolicLink()) return link.isFile() ? { path, existing: link } : refuse(path, { reason: "not-regular", kind: kindOf(link) })
  // A symbolic link: written through (see the module's comment). stat follows it to say what is at the end.
  let end: Stats
  try {
    end = statSync(path)
  } catch (cause) {
    return refuse(path, missing(cause) ? { reason: "dangling-link" } : { reason: "link-not-followed", code: code(cause) })
  }
  if (!end.isFile()) return refuse(path, { reason: "link-to-not-regular", kind: kindOf(end) })
  try {
    return { path: realpathSync(path), existing: end }
  } catch (cause) {
    return refuse(path, { reason: "link-not-resolved", code: code(cause) })
  }
}

const isRefused = <A extends object>(value: A | Refused): value is Refused => "refusal" in value

/** Each input file's identity (device and inode, symbolic links followed); `-` and unreadable inputs have none. */
const identities = (inputs: ReadonlyArray<string>): ReadonlyArray<{ readonly input: string; readonly dev: number; readonly ino: number }> =>
  inputs.flatMap((input) => {
    if (input === STANDARD_STREAM) return []
    try {
      const { dev, ino } = statSync(input)
      return [{ input, dev, ino }]
    } catch {
      return []
    }
  })

/**
 * Where each file goes, or why none may be written: a refused path, an input
 * (the same device and inode, so a symbolic or hard link to it is caught), or
 * two files bound for the same place.
 */
export const checkTargets = (files: ReadonlyArray<OutputFile>, inputs: ReadonlyArray<string>): ReadonlyArray<Target> | Refused => {
  const sources = identities(inputs)
  const targets: Array<Target> = []
  const seen = new Map<string, string>()
  for (const { path } of files) {
    const target = inspect(path)
    if (isRefused(target)) return target
    const source = target.existing === undefined ? undefined : sources.find(({ dev, ino }) => dev === target.existing!.dev && ino === target.existing!.ino)
    if (source !== undefined) return refuse(path, { reason: "input", input: source.input, sameName: source.input === path })
    const key = resolve(target.path)
    const earlier = seen.get(key)
    if (earlier !== undefined) return refuse(path, { reason: "same-target", earlier })
    seen.set(key, path)
    targets.push(target)
  }
  return targets
}

/** `.<name>.<32 random hex digits>.tmp` beside the target: no one can guess it to plant a link there. */
export const temporaryPath = (target: string, random: () => string = () => randomBytes(16).toString("hex")): string =>
  join(dirname(target), `.${basename(target)}.${random()}.tmp`)

// ---------------------------------------------------------------------------
// Interruption. The write is synchronous, so a signal handler cannot run in
// the middle of it: while the handlers are installed, SIGINT and SIGTERM are
// caught and wait until the write has finished (renamed into place, or failed
// and its temporary files removed). The handler then removes whatever
// temporary file is still pending, stops listening and raises the signal
// again, so the process ends as the signal ends it (exit status 128 + n).
// Without handlers, the default action would kill the process mid-write and
// leave the temporary file. The handlers stay until the event loop has turned
// twice after the write: removing them at once would drop a signal that
// arrived during the write but has not been dispatched yet.

const SIGNALS: ReadonlyArray<NodeJS.Signals> = ["SIGINT", "SIGTERM"]
/** Temporary files of writes in progress. */
const pending = new Set<string>()
/** Writes holding the handlers (several writes in one process share one handler per signal). */
let holds = 0

const listener = (signal: NodeJS.Signals): void => interrupt(signal)

const stopListening = (): void => {
  for (const signal of SIGNALS) process.off(signal, listener)
}

/** Installs the handlers for a write. */
const hold = (): void => {
  if (holds++ === 0) for (const signal of SIGNALS) process.on(signal, listener)
}

/** Ends a write's hold once any signal caught during it has been dispatched. */
const release = (): void => {
  setImmediate(() =>
    setImmediate(() => {
      if (holds > 0 && --holds === 0) stopListening()
    })
  )
}

/**
 * What the handlers do on SIGINT or SIGTERM: remove the pending temporary
 * files, stop listening, and raise the signal again unless someone else
 * listens for it (they have been called with it too). `raise` is for tests.
 *
 * @since 0.3.0
 */
export const interrupt = (signal: NodeJS.Signals, raise: (signal: NodeJS.Signals) => void = (again) => process.kill(process.pid, again)): void => {
  for (const temporary of pending) rmSync(temporary, { force: true })
  pending.clear()
  holds = 0
  stopListening()
  if (process.listenerCount(signal) === 0) raise(signal)
}

/** Adds a temporary file to those the handlers remove (for tests of {@link interrupt}). */
export const trackTemporary = (path: string): void => {
  pending.add(path)
}

/** Writes all of `bytes` to `fd` (writeSync may write less than asked). */
const writeAll = (fd: number, bytes: Uint8Array): void => {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset)
}

/** The language of the failure's message (default English); for tests, the random part of the temporary file's name. */
export interface WriteOptions {
  readonly lang?: Lang
  readonly random?: () => string
}

/**
 * Writes every file or none. Each target is checked first ({@link checkTargets}),
 * so a refusal writes nothing. Each file's content goes to a new temporary file
 * in its target's directory (created if missing), opened with `wx`: O_CREAT |
 * O_EXCL, so a file or a symbolic link already at that name fails the write
 * instead of being followed. It is given the replaced file's permissions,
 * flushed to disk (fsync) and closed; once all are written they are renamed
 * over their targets. Temporary files are removed on every failure. The
 * failure is worded in `options.lang`.
 *
 * @since 0.3.0
 */
export const writeSafely = (files: ReadonlyArray<OutputFile>, inputs: ReadonlyArray<string>, options: WriteOptions = {}): WriteFailure | undefined => {
  const words = cliMessages(options.lang).write
  const targets = checkTargets(files, inputs)
  if (isRefused(targets)) return { exit: EXIT_USAGE, message: words.refused(targets), ...(isSpecial(targets.refusal) ? { special: true } : {}) }
  const temporaries: Array<string> = []
  let failed = ""
  hold()
  try {
    files.forEach(({ path, content }, i) => {
      failed = path
      const target = targets[i]!
      mkdirSync(dirname(target.path), { recursive: true })
      const temporary = temporaryPath(target.path, options.random)
      const fd = openSync(temporary, "wx", 0o666)
      temporaries.push(temporary)
      pending.add(temporary)
      try {
        if (target.existing !== undefined) fchmodSync(fd, target.existing.mode & 0o777)
        writeAll(fd, Buffer.from(content, "utf8"))
        fsyncSync(fd)
      } finally {
        closeSync(fd)
      }
    })
    // All or nothing: once every file is complete, the renames (no further writes) put them in place.
    files.forEach(({ path }, i) => {
      failed = path
      renameSync(temporaries[i]!, targets[i]!.path)
      pending.delete(temporaries[i]!)
      temporaries[i] = ""
    })
    return undefined
  } catch (cause) {
    return { exit: EXIT_INVALID, message: words.cannotWrite({ path: failed, code: code(cause) }) }
  } finally {
    for (const temporary of temporaries) {
      if (temporary === "") continue
      pending.delete(temporary)
      try {
        rmSync(temporary, { force: true })
      } catch {
        // Nothing more can be done; the failure is already reported.
      }
    }
    release()
  }
}
