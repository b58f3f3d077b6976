import Foundation
import Testing
import YAML
@testable import ComposeModel

// TEMPORARY, not committed: dumps canonical JSON per corpus file for a differential check.
@Suite struct ZZDumpTests {
    @Test func dump() throws {
        guard let list = ProcessInfo.processInfo.environment["DUMP_LIST"] else { return }
        let files = try String(contentsOfFile: list, encoding: .utf8).split(separator: "\n").map(String.init)
        var out = ""
        for file in files {
            guard let data = FileManager.default.contents(atPath: file),
                  let docs = try? YAMLParser.parse([UInt8](data), file: file), let doc = docs.first else { continue }
            var diagnostics = Diagnostics()
            let options = CanonicalOptions(baseDirectory: URL(fileURLWithPath: file).deletingLastPathComponent().path, homeDirectory: "/root")
            let node = Canonicalizer.canonicalize(doc, options: options, diagnostics: &diagnostics)
            out += file + "\t" + CanonicalHarness.json(node) + "\t" + diagnostics.errors.map(\.message).joined(separator: " | ") + "\n"
        }
        try out.write(toFile: "/tmp/mine.tsv", atomically: true, encoding: .utf8)
        #expect(!out.isEmpty)
    }
}
