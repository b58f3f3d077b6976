import Foundation

/// A temporary directory of shell scripts put first on `PATH`, each logging its process ID and arguments
/// (`<pid> <arguments>` per line in `calls`) before it runs.
struct FakePrograms: Sendable {
    let directory: String

    /// A fresh, empty directory.
    init() throws {
        directory = NSTemporaryDirectory() + "mxc-transport-bin-\(UUID().uuidString.prefix(8).lowercased())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// Writes an executable `name` that records its call and then runs `body` (shell).
    func add(_ name: String, _ body: String) throws {
        let path = directory + "/" + name
        try "#!/bin/sh\necho \"$$ $*\" >> '\(directory)/calls'\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }

    /// Writes a data file into the directory and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String, mode: Int = 0o600) throws -> String {
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    /// `PATH` with this directory first.
    var path: String { directory + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") }

    /// The recorded calls: process ID and arguments.
    var calls: [(pid: Int32, arguments: String)] {
        let text = (try? String(contentsOfFile: directory + "/calls", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ", maxSplits: 1)
            guard let pid = fields.first.flatMap({ Int32($0) }) else { return nil }
            return (pid, fields.count > 1 ? String(fields[1]) : "")
        }
    }

    /// Calls whose process is still running.
    var survivors: [Int32] { calls.map(\.pid).filter { kill($0, 0) == 0 } }

    /// Removes the directory.
    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
