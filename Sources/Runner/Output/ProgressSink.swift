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

/// Where the runner reports what it does: progress events and container output.
package protocol ProgressSink: Sendable {
    /// A resource changed state (`Container demo-web-1  Started`).
    func progress(_ event: ProgressEvent) async
    /// A line of container output, for attached `up` and `logs`.
    func log(service: String, container: String, line: String) async
    /// A warning for the user.
    func warning(_ message: String) async
    /// A message that is neither progress nor a warning (`Gracefully stopping...`).
    func note(_ message: String) async
    /// A line about container output as a whole, on standard output like the output itself
    /// (`Attaching to web-1`, `web-1 exited with code 0`).
    func status(_ message: String) async
}

extension ProgressSink {
    /// Writes the message to standard error, for sinks that do not draw there themselves.
    package func note(_ message: String) async {
        POSIXIO.writeAll((message + "\n"), to: STDERR_FILENO)
    }

    /// Writes the message to standard output, for sinks that do not draw there themselves.
    package func status(_ message: String) async {
        POSIXIO.writeAll((message + "\n"), to: STDOUT_FILENO)
    }
}
