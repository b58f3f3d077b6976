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

/// The process's standard input, read to its end the first time a `-f -` file asks for it (once:
/// a second `-` sees the same bytes, and a command that never names `-` never reads it).
enum StandardInput {
    static let bytes: [UInt8] = {
        POSIXIO.readAll(STDIN_FILENO)
    }()
}
