import Foundation
import Testing

@testable import EngineAPI

/// The real Linux daemon of the testbed, named by `MIXCOMPOSE_TESTBED_LINUX_HOST`.
///
/// Without it the live tests skip with a notice, except in CI (`CI=true`), where they run and fail.
enum LiveTestbed {
    static let variable = "MIXCOMPOSE_TESTBED_LINUX_HOST"
    static let image = "mixcompose-testbed/busybox:latest"

    static var address: String? {
        guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else { return nil }
        return value
    }

    /// True when the live tests must run: the testbed is configured, or this is CI and its absence is a failure.
    static let isEnabled: Bool = {
        if address != nil || ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        print("notice: \(variable) is not set; skipping live engine tests (scripts/testbed starts the daemons)")
        return false
    }()

    /// The testbed endpoint; throws "testbed not running" when it is not configured.
    static func endpoint() throws -> EngineEndpoint {
        guard let address else { throw TestbedMissing() }
        return try EngineEndpoint.parse(address)
    }

    /// A name no other run uses, e.g. `mc-live-web-1a2b3c4d`.
    static func uniqueName(_ role: String) -> String {
        "mc-live-\(role)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// Runs `body`, then `cleanup` whatever happened (async work cannot run in `defer`).
    static func withCleanup<Result>(
        _ body: () async throws -> Result, cleanup: () async -> Void
    ) async throws -> Result {
        do {
            let result = try await body()
            await cleanup()
            return result
        } catch {
            await cleanup()
            throw error
        }
    }

    /// Runs `body`, failing with `TimedOut` if it has not finished after `seconds` (a bound, not a speed goal).
    static func bounded<Result: Sendable>(
        seconds: Int, _ body: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        try await withThrowingTaskGroup(of: Result?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let result = first else { throw TimedOut(seconds: seconds) }
            return result
        }
    }

    struct TestbedMissing: Error, CustomStringConvertible {
        var description: String { "testbed not running: set \(LiveTestbed.variable), e.g. unix:///run/mixcompose-testbed/linux.sock" }
    }

    struct TimedOut: Error, CustomStringConvertible {
        var seconds: Int
        var description: String { "gave up after \(seconds) s" }
    }
}
