#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What `POST /build` is sent as its context: a local directory walked with its ignore rules, plus files
/// the build generates (a Dockerfile from elsewhere, a `.dockerignore` naming it). Described here and
/// turned into a tar stream only while it is sent (`stream`), so a context is never held whole in memory.
package struct BuildContext: Sendable, Hashable {
    /// A file sent at the context's top level instead of (or besides) what the directory holds.
    package struct GeneratedFile: Sendable, Hashable {
        package var name: String
        package var contents: [UInt8]

        /// A file called `name` (no `/`) holding `contents`.
        package init(name: String, contents: [UInt8]) {
            self.name = name
            self.contents = contents
        }
    }

    /// The context directory's absolute path.
    package var directory: String
    /// The rules of its `.dockerignore`.
    package var ignore: DockerIgnore
    /// Files sent at the end of the archive; a file of the directory with the same top-level name is not sent.
    package var generated: [GeneratedFile]

    /// The context `directory` minus what `ignore` leaves out, plus `generated` files, which replace the
    /// directory's files of the same name; throws when `directory` is not a directory.
    package init(directory: String, ignore: DockerIgnore = DockerIgnore(), generated: [GeneratedFile] = []) throws(ArchiveError) {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory else {
            throw ArchiveError("build context \(directory) is not a directory")
        }
        self.directory = directory
        self.ignore = ignore
        self.generated = generated
    }

    /// The tar stream of the context, read from disk as it is consumed, in chunks of about `chunkSize` bytes.
    package func stream(chunkSize: Int = 64 << 10) -> TarStream {
        TarStream(context: self, chunkSize: chunkSize)
    }
}
