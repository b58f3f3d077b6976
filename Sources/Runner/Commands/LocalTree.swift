import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The local side of `cp` out of a container: the entries of the archive the daemon sent, written out.
enum LocalTree {
    /// Writes `entries` under the directory `directory`, the first component of each path replaced by `rename`
    /// when given (a copy to a new name); owners are kept only with `owners`.
    static func extract(_ entries: [TarEntry], into directory: String, rename: String?, owners: Bool) throws(RunnerError) {
        let manager = FileManager.default
        for entry in entries {
            var parts = entry.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            guard !parts.isEmpty, !parts.contains("..") else { continue }
            if let rename { parts[0] = rename }
            let target = directory + "/" + parts.joined(separator: "/")
            do {
                switch entry.kind {
                case .directory:
                    try manager.createDirectory(atPath: target, withIntermediateDirectories: true)
                    chmod(target, mode_t(entry.mode))
                case .file:
                    try? manager.removeItem(atPath: target)
                    guard manager.createFile(atPath: target, contents: Data(entry.contents)) else {
                        throw RunnerError.invalidSetting("could not write \(target)")
                    }
                    chmod(target, mode_t(entry.mode))
                case .symlink:
                    try? manager.removeItem(atPath: target)
                    try manager.createSymbolicLink(atPath: target, withDestinationPath: entry.linkTarget)
                case .hardlink:
                    var linked = entry.linkTarget.split(separator: "/").map(String.init)
                    if let rename, !linked.isEmpty { linked[0] = rename }
                    try? manager.removeItem(atPath: target)
                    try manager.linkItem(atPath: directory + "/" + linked.joined(separator: "/"), toPath: target)
                }
                if owners { lchown(target, uid_t(entry.uid), gid_t(entry.gid)) }
            } catch let error as RunnerError {
                throw error
            } catch {
                throw RunnerError.invalidSetting("could not write \(target): \(error)")
            }
        }
    }
}
