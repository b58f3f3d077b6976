import NIOCore
import Synchronization

/// A build context's tar archive as an async sequence of chunks, produced lazily: each `next()` walks on
/// and reads files only as far as one chunk needs, so a consumer that waits (an HTTP body writer honouring
/// back-pressure) keeps at most a chunk or two in memory, whatever the context's size.
package struct TarStream: AsyncSequence, Sendable {
    package typealias Element = ByteBuffer

    let context: BuildContext
    let chunkSize: Int
    private let failureBox = FailureBox()

    /// The archive error that ended the stream, if one did: a transport that aborts the request on it may
    /// report only the abort, so the caller asks here for the file at fault.
    package var failure: ArchiveError? {
        failureBox.value.withLock { $0 }
    }

    /// Pulls chunks from a fresh walk of the context.
    package struct AsyncIterator: AsyncIteratorProtocol {
        fileprivate let producer: TarProducer
        fileprivate let failureBox: FailureBox

        /// The next chunk, nil after the closing zero blocks; throws `ArchiveError` naming the file at fault.
        package mutating func next() async throws -> ByteBuffer? {
            do {
                return try producer.next()
            } catch {
                failureBox.value.withLock { $0 = error }
                throw error
            }
        }
    }

    /// An iterator over a new walk of the context.
    package func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(producer: TarProducer(context: context, chunkSize: chunkSize), failureBox: failureBox)
    }

    /// The whole archive in memory, for small contexts and tests.
    package func bytes() async throws -> [UInt8] {
        var bytes: [UInt8] = []
        for try await chunk in self { bytes += chunk.readableBytesView }
        return bytes
    }
}

/// Where an iteration leaves its error for the stream's owner, who holds a copy of the stream.
private final class FailureBox: Sendable {
    let value = Mutex<ArchiveError?>(nil)
}
