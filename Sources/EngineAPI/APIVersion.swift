#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Docker Engine API version such as `1.41`, ordered numerically (1.9 < 1.10).
package struct APIVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var major: Int
    package var minor: Int

    /// The newest API version this client speaks; daemons above it are addressed at this version.
    package static let clientMaximum = APIVersion(1, 47)

    /// Creates a version from its two numbers.
    package init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// Parses `"1.41"`; nil for anything else.
    package init?(_ text: String) {
        let parts = text.trimmingWhitespace(newlines: false).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]), major >= 0, minor >= 0 else {
            return nil
        }
        self.init(major, minor)
    }

    package var description: String { "\(major).\(minor)" }

    package static func < (lhs: APIVersion, rhs: APIVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
}
