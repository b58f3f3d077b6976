/// A chunk of an attached stream's output, from stdout or stderr, exactly as it came.
package struct OutputChunk: Sendable, Hashable {
    package var stream: LogLine.Stream
    package var bytes: [UInt8]

    /// Creates a chunk.
    package init(stream: LogLine.Stream, bytes: [UInt8]) {
        self.stream = stream
        self.bytes = bytes
    }
}
