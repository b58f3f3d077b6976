#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What FoundationEssentials lacks of Foundation's string API (full Foundation links 35 MB of ICU data).
extension StringProtocol {
    /// The text without leading and trailing white space: Foundation's `trimmingCharacters(in:)` with
    /// `.whitespacesAndNewlines`, or with `.whitespaces` (spaces and tab only) when `newlines` is false.
    package func trimmingWhitespace(newlines: Bool = true) -> String {
        let isSpace = { (scalar: Unicode.Scalar) in
            newlines ? scalar.properties.isWhitespace : scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// The text percent-encoded as Foundation's `addingPercentEncoding(withAllowedCharacters:)`: every
    /// UTF-8 byte of a character outside `allowed` (ASCII) as `%XX`, upper-case hex.
    package func percentEncoded(allowing allowed: Set<UInt8>) -> String {
        var out = ""
        for byte in utf8 {
            if allowed.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xf, radix: 16, uppercase: true)
            }
        }
        return out
    }
}

extension String {
    /// C's `printf` text of numbers (what Foundation's `String(format:)` gave for `%06d`, `%.3g`, `%02x`),
    /// in the C locale a Swift program runs in.
    package init(printf format: String, _ arguments: any CVarArg...) {
        var capacity = 64
        while true {
            var buffer = [CChar](repeating: 0, count: capacity)
            let written = Int(withVaList(arguments) { vsnprintf(&buffer, capacity, format, $0) })
            guard written >= capacity else {
                self = String(decoding: buffer.prefix(Swift.max(0, written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                return
            }
            capacity = written + 1
        }
    }

    /// The text left-padded with zeros to `width` characters (Go's and C's `%0*d` of a non-negative number).
    /// Go's `net.JoinHostPort`: `host:port`, an address holding a colon (IPv6) in brackets (`[::1]:2375`).
    package static func hostPort(_ host: String, _ port: some CustomStringConvertible) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    package func zeroPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
