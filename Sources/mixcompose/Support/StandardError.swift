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
import EngineAPI

/// Writes `text` to standard error as is.
func printToStandardError(_ text: String) {
    POSIXIO.writeAll(text, to: STDERR_FILENO)
}
