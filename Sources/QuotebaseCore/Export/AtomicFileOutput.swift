import Foundation

/// Where `export --out FILE` writes: a regular file appears whole or not at all, anything else is written as is.
///
/// - A regular file (new or existing) is written to a temporary file beside it, created with
///   `O_CREAT|O_EXCL|O_NOFOLLOW` under an unpredictable name, so a symlink planted in a shared folder is never
///   followed; `commit()` gives it the old file's mode and owner and renames it over the target. Without `commit()`
///   (an error, SIGINT, SIGTERM, SIGHUP) the target is untouched and the temporary file is removed; one left by a
///   `kill -9` is removed by the next export to the same file.
/// - A FIFO or a device (`/dev/stdout`, `/dev/null`, a named pipe) is opened and written directly, never replaced.
/// - The database and its `-wal`, `-shm` and `-journal` files are refused, whatever path names them.
/// - A symlink to a regular file is followed: the file it points to is replaced, and the link stays.
public final class AtomicFileOutput {
    /// The path the user named.
    public let path: String
    /// The temporary file, or nil when writing straight into a FIFO or device.
    public let temporaryPath: String?
    public let output: BufferedOutput
    /// The file `commit()` renames the temporary file over: `path` with symlinks resolved.
    private let target: String
    private var done = false

    /// Refuses a directory, a socket, a missing folder, a folder it may not write into and (with `protecting`) the
    /// database or one of its side files, naming the path.
    public init(path: String, protecting database: String? = nil) throws {
        self.path = path
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists, Self.is(info, S_IFDIR) {
            throw QuotebaseError(.invalidArgument, path, "is a directory; name a file to write")
        }
        var linkInfo = stat()
        if !exists, lstat(path, &linkInfo) == 0, Self.is(linkInfo, S_IFLNK) {
            throw QuotebaseError(.invalidArgument, path, "is a symbolic link to a missing file; name a file to write")
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        guard let realFolder = Self.realPath(folder), Self.isDirectory(realFolder) else {
            throw QuotebaseError(.invalidArgument, path, "the folder \(folder) does not exist")
        }
        target = exists ? (Self.realPath(path) ?? path) : realFolder + "/" + url.lastPathComponent
        if let database, Self.names(target, info: exists ? info : nil, databaseFileOf: database) {
            throw QuotebaseError(.invalidArgument, path,
                                 "is the database \(database) or one of its side files; name another file to write")
        }
        if exists, Self.is(info, S_IFSOCK) {
            throw QuotebaseError(.invalidArgument, path, "is a socket; name a file to write")
        }
        if exists, !Self.is(info, S_IFREG) {
            // A FIFO or a device: renaming over it would replace the node itself (as root, /dev/null).
            let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            if fd < 0 { throw QuotebaseError(.invalidArgument, path, "cannot write: \(String(cString: strerror(errno)))") }
            temporaryPath = nil
            output = BufferedOutput(fd: fd, name: path)
            return
        }
        let targetFolder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        let prefix = targetFolder + "/." + URL(fileURLWithPath: target).lastPathComponent + "."
        Self.removeAbandonedTemporaries(prefix: prefix)
        var fd: Int32 = -1
        var temporary = ""
        var openError: Int32 = 0
        // The handlers are in place and the name is known before the file exists, so that a signal arriving right
        // after `open` still finds something to remove.
        TemporaryFileCleanup.install()
        for _ in 0..<64 {
            temporary = prefix + "\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp"
            var existing = stat()
            if lstat(temporary, &existing) == 0 { continue }  // someone else's: never armed, never removed
            TemporaryFileCleanup.prepare(temporary)
            // Armed before `open`: a signal right after `open` creates the file, before the next instruction could
            // arm it (which a loaded machine made happen), must still remove it. Only a file created by another
            // process under the same random name in between could be removed by mistake; `open` then fails EEXIST.
            TemporaryFileCleanup.arm()
            // 0600 until the end: the old file's mode may be narrower than the umask's.
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 { break }
            openError = errno
            TemporaryFileCleanup.unregister(temporary)
            if openError != EEXIST { break }
        }
        if fd < 0 {
            TemporaryFileCleanup.unregister(temporary)
            throw QuotebaseError(.invalidArgument, path, "cannot write in \(targetFolder): \(String(cString: strerror(openError)))")
        }
        temporaryPath = temporary
        output = BufferedOutput(fd: fd, name: path)
        if exists {
            // Root may give the file back to its owner; anyone may keep its group if they belong to it.
            _ = fchown(fd, info.st_uid, info.st_gid) == 0 || fchown(fd, uid_t.max, info.st_gid) == 0
            _ = fchmod(fd, info.st_mode & 0o7777)
        } else {
            let mask = Self.currentUmask()
            _ = fchmod(fd, 0o666 & ~mask)
        }
    }

    /// Flushes; for a regular file also syncs and renames the temporary file over the target.
    public func commit() throws {
        do {
            try output.flush()
            guard let temporaryPath else {
                done = true
                if close(output.fd) != 0, errno != EINTR {
                    throw QuotebaseError.writeFailure(path, errno: errno)
                }
                return
            }
            if fsync(output.fd) != 0 {
                throw QuotebaseError.writeFailure(path, errno: errno)
            }
            close(output.fd)
            done = true
            if rename(temporaryPath, target) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporaryPath)
                TemporaryFileCleanup.unregister(temporaryPath)
                throw QuotebaseError(.ioError, path, "cannot replace the file: \(reason)")
            }
            TemporaryFileCleanup.unregister(temporaryPath)
        } catch {
            discard()
            throw error
        }
    }

    /// Removes the temporary file; the target is left as it was.
    public func discard() {
        guard !done else { return }
        done = true
        close(output.fd)
        if let temporaryPath {
            unlink(temporaryPath)
            TemporaryFileCleanup.unregister(temporaryPath)
        }
    }

    deinit { discard() }

    // MARK: Paths

    private static func `is`(_ info: stat, _ kind: mode_t) -> Bool { info.st_mode & S_IFMT == kind }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && Self.is(info, S_IFDIR)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `target` (resolved; `info` when it exists) is `database` or its `-wal`, `-shm` or `-journal` file, by resolved
    /// path or, for files that exist, by device and inode (a hard link).
    static func names(_ target: String, info: stat?, databaseFileOf database: String) -> Bool {
        let url = URL(fileURLWithPath: database)
        let folder = realPath(url.deletingLastPathComponent().path) ?? url.deletingLastPathComponent().path
        let resolvedDatabase = realPath(database) ?? folder + "/" + url.lastPathComponent
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let file = realPath(resolvedDatabase + suffix) ?? resolvedDatabase + suffix
            if file == target { return true }
            var other = stat()
            if let info, stat(file, &other) == 0, other.st_dev == info.st_dev, other.st_ino == info.st_ino {
                return true
            }
        }
        return false
    }

    /// The process's umask, read without changing it (no other thread can create a file with a mask of 0 meanwhile).
    private static func currentUmask() -> mode_t {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
           let mask = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) {
            return mask
        }
        return 0o022
    }

    /// Removes `PREFIX<pid>-<random>.tmp` files of ours left by an export that was killed (`kill -9`): regular files
    /// owned by this user whose process no longer runs. Others' files and symlinks are left alone.
    private static func removeAbandonedTemporaries(prefix: String) {
        let folder = URL(fileURLWithPath: prefix).deletingLastPathComponent().path
        let namePrefix = URL(fileURLWithPath: prefix).lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(namePrefix) && name.hasSuffix(".tmp") {
            let middle = name.dropFirst(namePrefix.count).dropLast(".tmp".count)
            guard let dash = middle.firstIndex(of: "-"), let pid = pid_t(middle[..<dash]), pid > 0,
                  !middle[middle.index(after: dash)...].isEmpty,
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            var info = stat()
            let file = folder + "/" + name
            guard lstat(file, &info) == 0, Self.is(info, S_IFREG), info.st_uid == geteuid() else { continue }
            unlink(file)
        }
    }
}

/// Removes the temporary file of an unfinished export when SIGINT, SIGTERM or SIGHUP ends the process, then lets
/// the signal end it as it would have.
enum TemporaryFileCleanup {
    /// The path as a C string the signal handler can read without allocating; nil when there is nothing to remove.
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var installed = false
    /// Set once the pending file exists: a file of that name that `open` found already there is someone else's.
    nonisolated(unsafe) private static var armed = false
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private static let handleSignal: @convention(c) (Int32) -> Void = { number in
        if TemporaryFileCleanup.armed, let path = TemporaryFileCleanup.pending { unlink(path) }
        signal(number, SIG_DFL)
        raise(number)
    }

    private static func isIgnored(_ handler: (@convention(c) (Int32) -> Void)?) -> Bool {
        guard let handler, let ignore = Optional(SIG_IGN) else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(ignore, to: Int.self)
    }

    /// Installs the handlers (once per process).
    static func install() {
        if !installed {
            installed = true
            for signal in signals {
                var previous = sigaction()
                sigaction(signal, nil, &previous)
                var action = sigaction()
                sigemptyset(&action.sa_mask)
                #if canImport(Glibc)
                // A signal ignored by the parent (nohup) stays ignored.
                if isIgnored(previous.__sigaction_handler.sa_handler) { continue }
                action.__sigaction_handler.sa_handler = handleSignal
                #else
                if isIgnored(previous.__sigaction_u.__sa_handler) { continue }
                action.__sigaction_u.__sa_handler = handleSignal
                #endif
                sigaction(signal, &action, nil)
            }
        }
    }

    /// Names the file about to be created; the handler removes it only after `arm()`.
    static func prepare(_ path: String) {
        armed = false
        let old = pending
        pending = strdup(path)
        free(old)
    }

    /// The prepared file now exists and is ours.
    static func arm() { armed = true }

    static func unregister(_ path: String) {
        guard let current = pending, String(cString: current) == path else { return }
        armed = false
        pending = nil
        free(current)
    }
}
