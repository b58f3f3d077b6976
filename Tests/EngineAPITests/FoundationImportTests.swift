import Foundation
import Testing

/// Guards the release image's size: full Foundation links FoundationInternationalization and 35 MB of ICU
/// data, so every file under Sources/ imports it only as the fallback of `#if canImport(FoundationEssentials)`.
@Suite struct FoundationImportTests {
    @Test("no file under Sources/ imports Foundation except as the #else of canImport(FoundationEssentials)")
    func sourcesImportFoundationEssentials() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources").path
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 100, "found only \(files.count) Swift files under \(sources)")
        var offenders: [String] = []
        for file in files.sorted() {
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            offenders += Self.plainImports(in: text).map { "Sources/\(file):\($0)" }
        }
        #expect(offenders.isEmpty, "import FoundationEssentials under #if canImport(FoundationEssentials) instead: \(offenders)")
    }

    @Test("the check flags a plain import, an ICU-linking module and an #else that is not canImport(FoundationEssentials)'s")
    func checkFindsPlainImports() {
        let essentials = "#if canImport(FoundationEssentials)\nimport FoundationEssentials\n#else\nimport Foundation\n#endif\n"
        #expect(Self.plainImports(in: essentials).isEmpty)
        #expect(Self.plainImports(in: "import ArgumentParser\nimport Foundation\n") == [2])
        #expect(Self.plainImports(in: "@preconcurrency import Foundation\n") == [1])
        #expect(Self.plainImports(in: "import FoundationInternationalization\n// import Foundation\n") == [1])
        #expect(Self.plainImports(in: "#if canImport(Glibc)\nimport Glibc\n#else\nimport Foundation\n#endif\n") == [4])
    }

    /// The 1-based lines of `text` that import Foundation (or another module that links ICU) other than as
    /// the `#else` branch directly under `#if canImport(FoundationEssentials)` / `import FoundationEssentials`.
    static func plainImports(in text: String) -> [Int] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var found: [Int] = []
        for (index, line) in lines.enumerated() {
            // `import M`, `@preconcurrency import M`, `import struct M.T`; comments and strings are not imports.
            guard line.hasPrefix("import ") || (line.hasPrefix("@") && line.contains(" import ")) else { continue }
            let module = line.components(separatedBy: " ").last ?? ""
            guard module.hasPrefix("Foundation"), module != "FoundationEssentials" else { continue }
            let fallback = index >= 3 && lines[index - 1] == "#else" && lines[index - 2] == "import FoundationEssentials"
                && lines[index - 3] == "#if canImport(FoundationEssentials)" && module == "Foundation"
            if !fallback { found.append(index + 1) }
        }
        return found
    }
}
