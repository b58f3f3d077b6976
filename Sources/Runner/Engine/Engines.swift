import EngineAPI

/// Wraps engine calls so failures name the operation.
enum Engines {
    /// The result of `body`, or a `RunnerError.engine` naming `operation` (cancellation passes through).
    static func call<Result: Sendable>(_ operation: String, _ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let error as CancellationError {
            throw error
        } catch let error as RunnerError {
            throw error
        } catch {
            throw RunnerError.engine(operation: operation, reason: String(describing: error))
        }
    }

    /// The daemon's own message for a failure it reported (the registry's answer to a pull or push), else the error's.
    static func reason(_ error: EngineError) -> String {
        switch error {
        case .http(_, let message), .stream(let message): message
        default: error.description
        }
    }
}
