import Foundation

/// The built `mixcompose` executable, run as a child process the way a user would run it.
///
/// Found, in order: `MIXCOMPOSE_BINARY`; next to the running test bundle (`.build/<triple>/debug`);
/// `.build/debug` of the repository; `swift build --show-bin-path` there. Package.swift makes this
/// test target depend on the executable target, so `swift test` builds it first.
struct MixComposeBinary: Sendable {
    /// No `mixcompose` executable could be found.
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    static let overrideVariable = "MIXCOMPOSE_BINARY"

    /// The repository root: three levels above this file.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The executable's absolute path.
    let path: String

    /// The located binary, found once per test run.
    static let located: Result<MixComposeBinary, Missing> = locate()

    /// The binary, or an error saying where it was looked for.
    static func require() throws(Missing) -> MixComposeBinary { try located.get() }

    /// Runs `mixcompose arguments` in `directory` with a clean environment (`PATH`, `HOME`, `TMPDIR`)
    /// plus `environment`, and `input` on its standard input; the process is killed after `timeout` seconds.
    func run(
        _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
        timeout: TimeInterval = 60, input: String? = nil
    ) -> CommandResult {
        let inherited = ProcessInfo.processInfo.environment
        var full = ["PATH": inherited["PATH"] ?? "/usr/bin:/bin", "HOME": inherited["HOME"] ?? "/tmp", "TMPDIR": inherited["TMPDIR"] ?? "/tmp"]
        full.merge(environment) { _, new in new }
        var result = ProcessRunner.run(path, arguments, environment: full, directory: directory, timeout: timeout, input: input)
        result.command = ["mixcompose"] + arguments
        return result
    }

    private static func locate() -> Result<MixComposeBinary, Missing> {
        let files = FileManager.default
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment[overrideVariable], !explicit.isEmpty {
            candidates.append(explicit)
        }
        // On Linux the test bundle is an executable in the build directory; on macOS a bundle inside it.
        for bundle in [Bundle.main] + Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("mixcompose").path)
            if let executable = bundle.executableURL {
                candidates.append(executable.deletingLastPathComponent().appendingPathComponent("mixcompose").path)
            }
        }
        candidates.append(repository + "/.build/debug/mixcompose")
        if let found = candidates.first(where: { files.isExecutableFile(atPath: $0) && !isDirectory($0) }) {
            return .success(MixComposeBinary(path: found))
        }
        if let swift = ProcessRunner.which("swift") {
            let shown = ProcessRunner.run(swift, ["build", "--show-bin-path"], directory: repository, timeout: 120)
            let binPath = shown.stdout.trimmingCharacters(in: .whitespacesAndNewlines) + "/mixcompose"
            if shown.status == 0, files.isExecutableFile(atPath: binPath) { return .success(MixComposeBinary(path: binPath)) }
        }
        return .failure(Missing(description: "no mixcompose executable; run `swift build` (looked at \(candidates.joined(separator: ", ")))"))
    }

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
