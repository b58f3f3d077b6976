/// Runs an operation with a time limit, as a race between it and a sleep in a task group.
enum Deadline {
    /// The operation's result, or `onTimeout`'s error when `seconds` pass first (nil: no limit).
    static func run<Result: Sendable>(
        seconds: Int?, onTimeout: @escaping @Sendable () -> any Error,
        _ operation: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        guard let seconds else { return try await operation() }
        return try await withThrowingTaskGroup(of: Result?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let result = first else { throw onTimeout() }
            return result
        }
    }
}
