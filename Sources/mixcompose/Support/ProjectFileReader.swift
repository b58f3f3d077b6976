#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the files a pure conversion needs (secrets, configs, bind-mounted files) before it runs: the Swarm
/// conversion takes their bytes, the Kubernetes one their text.
enum ProjectFileReader {
    /// The bytes of each path that reads as a file; a directory, a missing or unreadable file is left out,
    /// and the conversion reports it.
    static func bytes(of paths: [String]) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for path in paths {
            if let data = try? Data(contentsOf: URL(fileURLWithPath: path)) { files[path] = Array(data) }
        }
        return files
    }

    /// The text of each path that reads as a UTF-8 file; others are left out, as in `bytes(of:)`.
    static func texts(of paths: [String]) -> [String: String] {
        bytes(of: paths).compactMapValues { String(validating: $0, as: UTF8.self) }
    }
}
