import Foundation
import Testing
@testable import YAML

@Suite struct CorpusTests {
    /// `../shared/corpus` next to the repository, where real compose files live at test time.
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func yamlFiles() -> [URL] {
        guard let walker = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { ["yml", "yaml"].contains($0.pathExtension) }
    }

    @Test("every corpus file parses, or fails with a mark inside the file")
    func corpusParses() throws {
        let files = Self.yamlFiles()
        guard !files.isEmpty else {
            print("notice: \(Self.corpus.path) is absent; skipping the corpus test")
            return
        }
        var parsed = 0
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: file))
            do {
                _ = try YAMLParser.parse(bytes, file: file.lastPathComponent)
                parsed += 1
            } catch {
                let lines = bytes.count { $0 == UInt8(ascii: "\n") } + 1
                #expect(error.mark.isKnown && error.mark.line <= lines, "\(file.path): \(error)")
                #expect(!error.message.isEmpty)
            }
        }
        #expect(parsed > files.count / 2, "most real compose files are valid YAML")
    }
}
