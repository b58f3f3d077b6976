import Testing

@testable import EngineAPI

@Suite struct LogFrameDecoderTests {
    /// One multiplexed frame: stream byte, three zeros, big-endian length, payload.
    static func frame(_ stream: UInt8, _ text: String) -> [UInt8] {
        let payload = Array(text.utf8)
        let length = UInt32(payload.count)
        return [stream, 0, 0, 0, UInt8(length >> 24), UInt8(length >> 16 & 0xff), UInt8(length >> 8 & 0xff), UInt8(length & 0xff)] + payload
    }

    private func decode(_ chunks: [[UInt8]], framing: LogFrameDecoder.Framing = .multiplexed) throws -> [LogLine] {
        var decoder = LogFrameDecoder(framing: framing)
        var lines: [LogLine] = []
        for chunk in chunks { lines += try decoder.append(chunk) }
        return lines + (try decoder.finish())
    }

    @Test("frames decode into lines tagged with their stream")
    func wholeFrames() throws {
        let bytes = Self.frame(1, "hello\n") + Self.frame(2, "warning: x\n") + Self.frame(1, "a\nb\n")
        #expect(try decode([bytes]) == [
            LogLine(stream: .stdout, text: "hello"), LogLine(stream: .stderr, text: "warning: x"),
            LogLine(stream: .stdout, text: "a"), LogLine(stream: .stdout, text: "b"),
        ])
    }

    @Test("frames split at every possible byte give the same lines", arguments: 1..<30)
    func splitFrames(cut: Int) throws {
        let bytes = Self.frame(1, "first line\n") + Self.frame(2, "second\n")
        let chunks = [Array(bytes.prefix(cut)), Array(bytes.dropFirst(cut))]
        #expect(try decode(chunks) == [LogLine(stream: .stdout, text: "first line"), LogLine(stream: .stderr, text: "second")])
    }

    @Test("a line spread over two frames of the same stream is joined")
    func lineAcrossFrames() throws {
        let bytes = Self.frame(1, "par") + Self.frame(2, "err\n") + Self.frame(1, "tial\n")
        #expect(try decode([bytes]) == [LogLine(stream: .stderr, text: "err"), LogLine(stream: .stdout, text: "partial")])
    }

    @Test("an unterminated last line is flushed at the end")
    func unterminatedTail() throws {
        #expect(try decode([Self.frame(1, "no newline")]) == [LogLine(stream: .stdout, text: "no newline")])
    }

    @Test("a TTY stream is raw bytes split into lines")
    func rawStream() throws {
        let chunks = [Array("hel".utf8), Array("lo\r\nworld".utf8)]
        #expect(try decode(chunks, framing: .raw) == [LogLine(stream: .stdout, text: "hello"), LogLine(stream: .stdout, text: "world")])
    }

    @Test("a stream ending inside a frame is a decoding error")
    func truncatedFrame() throws {
        let bytes = Array(Self.frame(1, "hello\n").dropLast(2))
        #expect(throws: EngineError.decoding("log stream ended inside a frame")) { try decode([bytes]) }
    }

    @Test("a header with an unknown stream byte is a decoding error")
    func badHeader() throws {
        #expect(throws: EngineError.self) { try decode([[7, 0, 0, 0, 0, 0, 0, 1, 65]]) }
    }
}
