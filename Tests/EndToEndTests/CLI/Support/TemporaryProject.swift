import Foundation

/// A fresh directory holding a compose project written inline by a test, removed when released.
final class TemporaryProject: Sendable {
    /// The directory's absolute path; `mixcompose` runs with it as its working directory.
    let directory: String

    /// Creates the directory and writes `files` (name → contents) into it; `compose` goes to `compose.yaml`.
    init(compose: String? = nil, files: [String: String] = [:]) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("mxc-e2e-\(UUID().uuidString.prefix(8).lowercased())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var all = files
        if let compose { all["compose.yaml"] = compose }
        for (name, text) in all { try write(name, text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// Writes `text` to `name` inside the project directory, creating parent directories.
    func write(_ name: String, _ text: String) throws {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Runs `mixcompose arguments` inside the directory.
    func run(
        _ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 60, input: String? = nil
    ) throws -> CommandResult {
        try MixComposeBinary.require().run(arguments, in: directory, environment: environment, timeout: timeout, input: input)
    }

    /// Parses standard output as one JSON object.
    static func jsonObject(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    /// Parses each non-empty line of standard output as a JSON object; nil if any line is not one.
    static func jsonLines(_ text: String) -> [[String: Any]]? {
        var objects: [[String: Any]] = []
        for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let object = jsonObject(String(line)) else { return nil }
            objects.append(object)
        }
        return objects
    }
}
