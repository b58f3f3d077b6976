import Testing

@testable import EngineAPI

@Suite struct StreamDemultiplexerTests {
    static func frame(_ stream: UInt8, _ text: String) -> [UInt8] {
        let payload = Array(text.utf8)
        let count = UInt32(payload.count)
        return [stream, 0, 0, 0, UInt8(count >> 24), UInt8(count >> 16 & 0xff), UInt8(count >> 8 & 0xff), UInt8(count & 0xff)] + payload
    }

    @Test("frames split anywhere come out as their streams' bytes, partial payloads at once")
    func splitFrames() throws {
        let body = Self.frame(1, "out\n") + Self.frame(2, "err") + Self.frame(1, "prompt> ")
        for cut in 1..<body.count {
            var demultiplexer = StreamDemultiplexer()
            let chunks = try demultiplexer.append(body[..<cut]) + demultiplexer.append(body[cut...])
            var joined: [LogLine.Stream: String] = [:]
            for chunk in chunks { joined[chunk.stream, default: ""] += String(decoding: chunk.bytes, as: UTF8.self) }
            #expect(joined == [.stdout: "out\nprompt> ", .stderr: "err"], "cut at \(cut)")
            #expect(demultiplexer.isAtBoundary)
        }
        var partial = StreamDemultiplexer()
        let first = try partial.append(Self.frame(1, "abcdef").prefix(11))
        #expect(first == [OutputChunk(stream: .stdout, bytes: Array("abc".utf8))])
        #expect(!partial.isAtBoundary)
    }

    @Test("a header naming no stream is a decoding error")
    func badHeader() {
        var demultiplexer = StreamDemultiplexer()
        #expect(throws: EngineError.self) { try demultiplexer.append([7, 0, 0, 0, 0, 0, 0, 1, 65]) }
    }

    @Test("the response head ends at the first blank line and its status is read from the status line")
    func responseHead() {
        let head = Array("HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\n\r\nrest".utf8)
        let end = HijackedConnection.endOfHead(head)
        #expect(end == head.count - 4)
        #expect(HijackedConnection.status(of: head[..<(end ?? 0)]) == 101)
        #expect(HijackedConnection.endOfHead(Array("HTTP/1.1 404 Not Found\r\n".utf8)) == nil)
        #expect(HijackedConnection.status(of: ArraySlice("garbage".utf8)) == 0)
    }
}
