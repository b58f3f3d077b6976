#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A stable 64-bit FNV-1a digest of an `Encodable` value's sorted-keys JSON: enough to tell whether a
/// container's configuration changed (it is compared, never trusted for integrity).
enum StableHash {
    /// The lower-case hex digest of `value`.
    static func of(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let bytes = (try? encoder.encode(value)) ?? Data()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
