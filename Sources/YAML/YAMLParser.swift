/// Parses YAML text into `Node` trees, one per document. The only code that talks to libyaml.
package enum YAMLParser {
    /// Bounds that keep hostile input from hanging or exhausting memory.
    package struct Limits: Sendable {
        /// Most nodes alias expansion may produce across a whole file ("billion laughs").
        package var maxExpandedNodes: Int
        /// Deepest nesting of collections.
        package var maxDepth: Int

        package init(maxExpandedNodes: Int = 5_000_000, maxDepth: Int = 256) {
            self.maxExpandedNodes = maxExpandedNodes
            self.maxDepth = maxDepth
        }
    }

    /// Parses every document of `bytes`; `file` names the source in every mark.
    package static func parse(_ bytes: [UInt8], file: String, limits: Limits = Limits()) throws(YAMLError) -> [Node] {
        try documents(bytes, file: file, limits: limits).map(\.root)
    }

    /// Like `parse`, keeping each document's facts (tags, non-string keys, `$`) for the loader.
    package static func documents(_ bytes: [UInt8], file: String, limits: Limits = Limits()) throws(YAMLError) -> [Document] {
        try EventReader.read(bytes, file: file) { reader throws(YAMLError) in
            var composer = Composer(reader: reader, limits: limits)
            return try composer.documents()
        }
    }

    /// Runs libyaml over `bytes` without building nodes and returns the event count: the
    /// benchmark's baseline for what parsing costs before any Swift work.
    package static func countEvents(_ bytes: [UInt8]) throws(YAMLError) -> Int {
        try EventReader.read(bytes, file: "-") { reader throws(YAMLError) in try reader.countEvents() }
    }
}
