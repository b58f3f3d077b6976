/// Turns the bytes of a logs/attach response into `LogLine`s.
///
/// Without a TTY the daemon multiplexes: each frame is an 8-byte header (byte 0 = stream: 0 stdin,
/// 1 stdout, 2 stderr; bytes 4–7 = big-endian payload length) then the payload. With a TTY the body is raw
/// bytes from one stream. Frames and lines may be split across chunks; lines are buffered per stream.
package struct LogFrameDecoder: Sendable {
    /// How the body is framed.
    package enum Framing: Sendable {
        case multiplexed
        case raw
    }

    package let framing: Framing
    // The frames are the same as an attached exec's; only the line buffering is the log's own.
    private var frames = StreamDemultiplexer()
    private var lines: [LogLine.Stream: LineSplitter] = [:]

    /// Creates a decoder for one response.
    package init(framing: Framing) {
        self.framing = framing
    }

    /// Consumes `bytes` and returns the lines they complete, in arrival order.
    package mutating func append(_ bytes: some Collection<UInt8>) throws(EngineError) -> [LogLine] {
        guard framing == .multiplexed else { return split(bytes, stream: .stdout) }
        return try frames.append(bytes).flatMap { split($0.bytes, stream: $0.stream) }
    }

    /// Flushes unterminated lines at the end of the body; a frame cut short is a decoding error.
    package mutating func finish() throws(EngineError) -> [LogLine] {
        if !frames.isAtBoundary { throw .decoding("log stream ended inside a frame") }
        return LogLine.Stream.allCases.compactMap { stream in
            lines[stream]?.finish().map { LogLine(stream: stream, text: String(decoding: $0, as: UTF8.self)) }
        }
    }

    private mutating func split(_ bytes: some Sequence<UInt8>, stream: LogLine.Stream) -> [LogLine] {
        lines[stream, default: LineSplitter()].append(bytes).map { LogLine(stream: stream, text: String(decoding: $0, as: UTF8.self)) }
    }
}
