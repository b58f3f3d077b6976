#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes a renderer writes: a growable buffer that appends with one capacity check and a
/// copy. `[UInt8].append` also checks uniqueness on every call, which was the renderers' largest
/// single cost; this buffer is not copyable, so it is never shared and needs no such check.
struct OutputBytes: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 64)
        start = Self.reallocate(nil, capacity: self.capacity)
    }

    deinit { free(start) }

    /// The bytes written so far, as text.
    var string: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        start[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if capacity - count < bytes.count { grow(toHold: bytes.count) }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends `text`'s UTF-8 bytes unchanged.
    mutating func append(contentsOf text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// `value` in decimal, written without an intermediate string.
    mutating func appendDecimal(_ value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        let first = count
        var magnitude = value.magnitude
        repeat {
            append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        var digits = UnsafeMutableBufferPointer(start: start + first, count: count - first)
        digits.reverse()
    }

    /// Makes room for `extra` more bytes, at least doubling so appends stay amortised O(1).
    private mutating func grow(toHold extra: Int) {
        capacity = max(count + extra, 2 * capacity)
        start = Self.reallocate(start, capacity: capacity)
    }

    /// `realloc`, not allocate-copy-free: a large buffer then grows by remapping its pages
    /// instead of copying them and faulting in fresh ones (megabytes for thousands of services).
    private static func reallocate(_ pointer: UnsafeMutablePointer<UInt8>?, capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let raw = realloc(pointer, capacity) else { fatalError("out of memory") }
        return raw.assumingMemoryBound(to: UInt8.self)
    }
}
