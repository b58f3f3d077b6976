/// Splits the body of an attached, non-TTY stream (exec, attach) into its stdout and stderr bytes.
///
/// The daemon frames such a body: an 8-byte header (byte 0 = stream, bytes 4–7 = big-endian payload
/// length), then the payload. Frames may be split across chunks; payload bytes are passed on as they
/// arrive, not held back until a frame or a line is complete, so an interactive prompt shows at once.
package struct StreamDemultiplexer: Sendable {
    private var header: [UInt8] = []
    private var current = LogLine.Stream.stdout
    private var remaining = 0

    /// Creates a demultiplexer for one body.
    package init() {}

    /// Consumes `bytes` and returns the payload they carry, in order.
    package mutating func append(_ bytes: some Collection<UInt8>) throws(EngineError) -> [OutputChunk] {
        var output: [OutputChunk] = []
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if remaining == 0 {
                header.append(bytes[index])
                index = bytes.index(after: index)
                if header.count == 8 { try startFrame() }
                continue
            }
            let end = bytes.index(index, offsetBy: remaining, limitedBy: bytes.endIndex) ?? bytes.endIndex
            let payload = Array(bytes[index..<end])
            remaining -= payload.count
            if let last = output.last, last.stream == current {
                output[output.count - 1].bytes += payload
            } else {
                output.append(OutputChunk(stream: current, bytes: payload))
            }
            index = end
        }
        return output
    }

    /// True when the body may end here: not inside a frame.
    package var isAtBoundary: Bool { header.isEmpty && remaining == 0 }

    private mutating func startFrame() throws(EngineError) {
        guard let stream = LogLine.Stream(rawValue: Int(header[0])), header[1...3].allSatisfy({ $0 == 0 }) else {
            throw .decoding("bad stream frame header \(header.map { String($0) }.joined(separator: " "))")
        }
        current = stream
        remaining = header[4...7].reduce(0) { $0 << 8 | Int($1) }
        header.removeAll(keepingCapacity: true)
    }
}
