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
    private var header: [UInt8] = []
    private var currentStream = LogLine.Stream.stdout
    private var payloadRemaining = 0
    private var lines: [LogLine.Stream: LineSplitter] = [:]

    /// Creates a decoder for one response.
    package init(framing: Framing) {
        self.framing = framing
    }

    /// Consumes `bytes` and returns the lines they complete, in arrival order.
    package mutating func append(_ bytes: some Collection<UInt8>) throws(EngineError) -> [LogLine] {
        guard framing == .multiplexed else { return split(bytes, stream: .stdout) }
        var output: [LogLine] = []
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if payloadRemaining == 0 {
                header.append(bytes[index])
                index = bytes.index(after: index)
                if header.count == 8 { try startFrame() }
                continue
            }
            let end = bytes.index(index, offsetBy: payloadRemaining, limitedBy: bytes.endIndex) ?? bytes.endIndex
            let payload = bytes[index..<end]
            payloadRemaining -= payload.count
            output += split(payload, stream: currentStream)
            index = end
        }
        return output
    }

    /// Flushes unterminated lines at the end of the body; a frame cut short is a decoding error.
    package mutating func finish() throws(EngineError) -> [LogLine] {
        if !header.isEmpty || payloadRemaining > 0 { throw .decoding("log stream ended inside a frame") }
        return LogLine.Stream.allCases.compactMap { stream in
            lines[stream]?.finish().map { LogLine(stream: stream, text: String(decoding: $0, as: UTF8.self)) }
        }
    }

    private mutating func startFrame() throws(EngineError) {
        guard let stream = LogLine.Stream(rawValue: Int(header[0])), header[1...3].allSatisfy({ $0 == 0 }) else {
            throw .decoding("bad log frame header \(header.map { String($0) }.joined(separator: " "))")
        }
        currentStream = stream
        payloadRemaining = header[4...7].reduce(0) { $0 << 8 | Int($1) }
        header.removeAll(keepingCapacity: true)
    }

    private mutating func split(_ bytes: some Sequence<UInt8>, stream: LogLine.Stream) -> [LogLine] {
        lines[stream, default: LineSplitter()].append(bytes).map { LogLine(stream: stream, text: String(decoding: $0, as: UTF8.self)) }
    }
}
