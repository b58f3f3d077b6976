import NIOCore

/// Container log lines as the daemon sends them, decoded from multiplexed frames or a raw TTY stream.
package struct LogStream: AsyncSequence, Sendable {
    package typealias Element = LogLine

    let bytes: EngineByteStream
    let framing: LogFrameDecoder.Framing

    /// Decodes the lines of one logs response.
    package struct AsyncIterator: AsyncIteratorProtocol {
        var base: EngineByteStream.AsyncIterator
        var decoder: LogFrameDecoder
        var ready: [LogLine] = []
        var finished = false

        /// The next complete line, or nil when the log ends.
        package mutating func next() async throws -> LogLine? {
            while ready.isEmpty {
                if finished { return nil }
                if let chunk = try await base.next() {
                    ready = try decoder.append(chunk.readableBytesView)
                } else {
                    finished = true
                    ready = try decoder.finish()
                }
            }
            return ready.removeFirst()
        }
    }

    package func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: bytes.makeAsyncIterator(), decoder: LogFrameDecoder(framing: framing))
    }
}
