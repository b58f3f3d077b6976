// libFuzzer entry point over the user-input layers: libyaml and the YAML composer, the `.env` parser (both
// formats) and the whole loader (interpolation, merge, include, extends, env_file) on an in-memory project.
// Built and run by scripts/fuzz; libFuzzer supplies `main`, so this target only exists when
// MIXCOMPOSE_FUZZ=1 (see Package.swift).
import ComposeModel
import YAML

/// The in-memory project the loader reads.
enum FuzzProject {
    /// The input, split at NUL bytes, fills these files in order. The first is the compose file; the others
    /// are what compose files commonly name (includes, extends, env files).
    static let files = [
        "/p/compose.yaml", "/p/.env", "/p/a.yaml", "/p/b.env", "/p/d/compose.yaml", "/p/d/.env", "/p/c.yaml",
    ]
}

/// libFuzzer's entry point: runs one input through every layer; any trap, sanitizer report or hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? YAMLParser.documents(bytes, file: "fuzz.yaml")
    let text = String(decoding: bytes, as: UTF8.self)
    _ = try? DotEnv.parseReportingUnset(text, lookup: { $0 == "SET" ? "value" : nil })
    _ = try? DotEnv.parse(text, lookup: { _ in nil }, raw: true)
    _ = try? Interpolation.substitute(text) { $0 == "SET" ? "value" : nil }

    var files: [String: [UInt8]] = [:]
    for (path, chunk) in zip(FuzzProject.files, bytes.split(separator: 0, omittingEmptySubsequences: false)) {
        files[path] = Array(chunk)
    }
    FileAccess.$memory.withValue(MemoryFiles(files)) {
        let options = LoadOptions(
            workingDirectory: "/p", environment: ["PWD": "/p", "HOME": "/home/fuzz", "SET": "value"])
        let result = ProjectLoader.load(options)
        for diagnostic in result.diagnostics { _ = diagnostic.description }
        guard let tree = result.tree else { return }
        _ = ConfigRenderer.json(tree)
        _ = ConfigRenderer.yaml(tree)
        _ = ProjectDecoder.decode(tree, workingDirectory: "/p")
    }
    return 0
}
