#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore

/// A stream of JSON documents, one per line (pull progress, events), decoded as `Element` as chunks arrive.
package struct JSONLinesSequence<Element: Decodable & Sendable>: AsyncSequence, Sendable {
    let bytes: EngineByteStream

    /// Decodes the lines of one response.
    package struct AsyncIterator: AsyncIteratorProtocol {
        var base: EngineByteStream.AsyncIterator
        var splitter = LineSplitter()
        var ready: [Element] = []
        var finished = false

        /// The next decoded document, or nil at the end of the stream.
        package mutating func next() async throws -> Element? {
            while ready.isEmpty {
                if finished { return nil }
                if let chunk = try await base.next() {
                    ready = try splitter.append(chunk.readableBytesView).compactMap(Self.decode)
                } else {
                    finished = true
                    ready = try splitter.finish().map { try [Self.decode($0)].compactMap { $0 } } ?? []
                }
            }
            return ready.removeFirst()
        }

        private static func decode(_ line: [UInt8]) throws -> Element? {
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return nil }
            do {
                return try JSONDecoder().decode(Element.self, from: Data(line))
            } catch {
                throw EngineError.decoding("\(Element.self) line \(String(decoding: line.prefix(200), as: UTF8.self)): \(error)")
            }
        }
    }

    package func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: bytes.makeAsyncIterator())
    }
}
