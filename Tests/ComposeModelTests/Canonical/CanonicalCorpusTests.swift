import Foundation
import Testing
import YAML
@testable import ComposeModel

@Suite struct CanonicalCorpusTests {
    /// `../shared/corpus` next to the repository, where real compose files live at test time.
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func documents() -> [(String, Node)] {
        guard let walker = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil) else { return [] }
        let files = walker.compactMap { $0 as? URL }.filter { ["yml", "yaml"].contains($0.pathExtension) }
        return files.flatMap { file -> [(String, Node)] in
            guard let data = try? Data(contentsOf: file),
                  let documents = try? YAMLParser.parse([UInt8](data), file: file.path) else { return [] }
            return documents.map { (file.path, $0) }
        }
    }

    @Test("the canonical form of a corpus document is schema-valid and a fixed point")
    func fixedPoint() {
        let documents = Self.documents()
        guard !documents.isEmpty else {
            print("notice: \(Self.corpus.path) is absent; skipping the canonical corpus test")
            return
        }
        let options = CanonicalOptions(baseDirectory: "/proj", homeDirectory: "/home/me")
        var clean = 0
        for (file, document) in documents where document.mapping != nil {
            var first = Diagnostics()
            let canonical = Canonicalizer.canonicalize(document, options: options, diagnostics: &first)
            guard !first.hasErrors else { continue }
            clean += 1
            var second = Diagnostics()
            let again = Canonicalizer.canonicalize(canonical, options: options, diagnostics: &second)
            #expect(second.errors.isEmpty, "\(file): \(second.errors.map(\.description))")
            #expect(CanonicalHarness.json(again) == CanonicalHarness.json(canonical), "\(file) is not a fixed point")
        }
        print("canonical corpus: \(clean) of \(documents.count) documents canonicalised without errors")
        #expect(clean > documents.count / 2)
    }
}
