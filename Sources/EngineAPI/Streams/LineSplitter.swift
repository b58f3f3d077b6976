/// Splits a byte stream into `\n`-terminated lines, keeping an unterminated tail until more bytes arrive.
struct LineSplitter: Sendable {
    private var pending: [UInt8] = []

    /// Appends `bytes` and returns the lines they complete, without their `\n` (and a `\r` before it).
    mutating func append(_ bytes: some Sequence<UInt8>) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                if pending.last == UInt8(ascii: "\r") { pending.removeLast() }
                lines.append(pending)
                pending.removeAll(keepingCapacity: true)
            } else {
                pending.append(byte)
            }
        }
        return lines
    }

    /// The unterminated tail at the end of the stream, if any.
    mutating func finish() -> [UInt8]? {
        defer { pending = [] }
        return pending.isEmpty ? nil : pending
    }
}
