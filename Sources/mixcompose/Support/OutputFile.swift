#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written whole or not at all, as the docker CLI's atomic writer writes `-o` files: the bytes go to a
/// temporary file beside it (mode 0600), renamed over `path` once complete, removed on failure.
final class OutputFile: @unchecked Sendable {
    /// Why `-o` cannot be written.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let path: String
    private let temporary: String
    private let descriptor: CInt

    /// Opens the temporary file; fails as the docker CLI's `ValidateOutputPath` does for a missing directory.
    init(path: String) throws(Failure) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
        var status = stat()
        guard stat(directory, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            throw Failure(description: "invalid output path: directory \"\(directory)\" does not exist")
        }
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw Failure(description: "invalid output path: \"\(path)\" is a directory")
        }
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        temporary = (directory == "." ? "" : directory + "/") + ".\(name).\(getpid()).tmp"
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
    }

    /// Appends `bytes`, retrying interrupted and short writes.
    func append(_ bytes: [UInt8]) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
            offset += written
        }
    }

    /// Closes the file and puts it in place.
    func commit() throws(Failure) {
        guard close(descriptor) == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: "cannot write \(path): \(reason)")
        }
    }

    /// Closes and removes the temporary file.
    func discard() {
        close(descriptor)
        unlink(temporary)
    }
}
