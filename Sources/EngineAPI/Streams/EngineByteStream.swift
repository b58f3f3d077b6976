import AsyncHTTPClient
import NIOCore

/// The body of a streaming engine response, chunk by chunk as the daemon sends it.
///
/// It iterates async-http-client's response body directly: no task is spawned, and cancelling the consuming
/// task (or dropping the iterator) ends the request. Transport failures surface as `EngineError.unreachable`.
package struct EngineByteStream: AsyncSequence, Sendable {
    package typealias Element = ByteBuffer

    let body: HTTPClientResponse.Body
    let endpoint: String

    /// Iterates the chunks of one response.
    package struct AsyncIterator: AsyncIteratorProtocol {
        var base: HTTPClientResponse.Body.AsyncIterator
        let endpoint: String

        /// The next chunk, or nil at the end of the body.
        package mutating func next() async throws -> ByteBuffer? {
            do {
                return try await base.next()
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                throw EngineError.unreachable(endpoint, "stream interrupted: \(error)")
            }
        }
    }

    package func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: body.makeAsyncIterator(), endpoint: endpoint)
    }
}
