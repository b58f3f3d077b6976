import Foundation
import YAML

@testable import ComposeModel

/// A throw-away project directory for loader tests.
struct TemporaryProject {
    let directory: String

    init(_ files: [String: String]) throws {
        let base = FileManager.default.temporaryDirectory.path + "/loader-test-" + UUID().uuidString.prefix(8)
        directory = base + "/proj"
        for (path, text) in files {
            let full = directory + "/" + path
            try FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// Loads the project with `cwd` relative to the project directory.
    func load(
        cwd: String = "", files: [String] = [], environment: [String: String] = [:], profiles: [String] = [],
        projectName: String? = nil, services: [String] = [], envFiles: [String] = [], stdin: [UInt8] = []
    ) -> LoadResult {
        let options = LoadOptions(
            workingDirectory: cwd.isEmpty ? directory : directory + "/" + cwd, files: files, projectName: projectName,
            profiles: profiles, envFiles: envFiles, environment: environment, services: services, stdin: { stdin })
        return ProjectLoader.load(options)
    }
}

/// Parses one YAML document for tests.
func yaml(_ text: String) throws -> Node {
    try #require(try YAMLParser.parse(Array(text.utf8), file: "test.yaml").first)
}

import Testing

extension LoadResult {
    /// The service named `name` in the final tree.
    func service(_ name: String) -> Node.Mapping? {
        tree?.mapping?["services"]?.mapping?[name]?.mapping
    }

    var errorText: String { diagnostics.errors.map(\.message).joined(separator: "\n") }
}
