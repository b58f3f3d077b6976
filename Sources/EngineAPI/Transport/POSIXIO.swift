#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Blocking reads and writes on file descriptors, and threads to run them on: what Foundation's
/// `FileHandle` and `Thread` gave, which FoundationEssentials lacks (full Foundation links 35 MB of ICU data).
package enum POSIXIO {
    /// Writes all of `text` to `fd` (as `FileHandle.write`: unbuffered, so it interleaves with other
    /// writers in call order), retrying interrupted and short writes; an error drops the rest.
    package static func writeAll(_ text: String, to fd: CInt) {
        writeAll(Array(text.utf8), to: fd)
    }

    /// Writes all of `bytes` to `fd`, as `writeAll(_:to:)` writes text.
    package static func writeAll(_ bytes: [UInt8], to fd: CInt) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// Everything `fd` yields until end of file (or an error), blocking the calling thread.
    package static func readAll(_ fd: CInt) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return result }
            result.append(contentsOf: chunk[..<count])
        }
    }

    /// `readAll` on a thread of its own, off Swift's cooperative pool.
    package static func readAll(_ fd: CInt) async -> [UInt8] {
        await withCheckedContinuation { continuation in
            detach { continuation.resume(returning: readAll(fd)) }
        }
    }

    /// Runs `body` on a new detached thread (for a blocking wait that may last as long as the process).
    package static func detach(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Body(body)).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t? = nil
        #else
        var thread = pthread_t()
        #endif
        guard pthread_create(&thread, nil, { raw in POSIXIO.run(raw) }, box) == 0 else {
            // No thread to be had: run it here rather than never.
            Unmanaged<Body>.fromOpaque(box).takeRetainedValue().body()
            return
        }
        #if canImport(Darwin)
        pthread_detach(thread!)
        #else
        pthread_detach(thread)
        #endif
    }

    private final class Body {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    private static func run(_ raw: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
        Unmanaged<Body>.fromOpaque(raw!).takeRetainedValue().body()
        return nil
    }
}
