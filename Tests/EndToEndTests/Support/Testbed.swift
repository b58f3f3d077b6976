import Foundation

/// The two local Docker daemons started by `scripts/testbed`, found through the environment.
///
/// End-to-end tests use `@Test(.enabled(if: Testbed.shouldRun))` and then `try Testbed.require()`:
/// outside CI a missing testbed skips them; under `CI=true` they run and fail with a clear message.
struct Testbed: Sendable {
    /// Docker host of the daemon playing the Linux role, e.g. `unix:///run/mixcompose-testbed/linux.sock`.
    let linuxHost: String
    /// Docker host of the daemon playing the Windows role (a Linux daemon standing in for it).
    let windowsHost: String

    static let linuxHostVariable = "MIXCOMPOSE_TESTBED_LINUX_HOST"
    static let windowsHostVariable = "MIXCOMPOSE_TESTBED_WINDOWS_HOST"

    /// Images imported into both daemons by `scripts/testbed start`.
    static let busyboxImage = "mixcompose-testbed/busybox:latest"
    static let nginxImage = "mixcompose-testbed/nginx:latest"

    /// A missing or unusable testbed, reported when a test needs it.
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    /// True when `CI` is set to `true`: then nothing that needs the testbed may be skipped.
    static var isCI: Bool {
        ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true"
    }

    /// The testbed named by the environment, or nil when either variable is unset or empty.
    static var current: Testbed? {
        let environment = ProcessInfo.processInfo.environment
        guard let linux = environment[linuxHostVariable], !linux.isEmpty,
            let windows = environment[windowsHostVariable], !windows.isEmpty
        else { return nil }
        return Testbed(linuxHost: linux, windowsHost: windows)
    }

    /// Whether end-to-end tests should run: always under CI, elsewhere only when the testbed is configured.
    static var shouldRun: Bool { isCI || current != nil }

    /// The configured testbed, or an error telling how to start it.
    static func require() throws(Unavailable) -> Testbed {
        guard let testbed = current else {
            throw Unavailable(
                description: "\(linuxHostVariable) and \(windowsHostVariable) are not set; "
                    + "run `scripts/testbed start` as root and `eval \"$(scripts/testbed env)\"`")
        }
        return testbed
    }

    /// The socket path of a `unix://` host, or nil for other schemes.
    static func socketPath(of host: String) -> String? {
        let prefix = "unix://"
        guard host.hasPrefix(prefix) else { return nil }
        return String(host.dropFirst(prefix.count))
    }
}
