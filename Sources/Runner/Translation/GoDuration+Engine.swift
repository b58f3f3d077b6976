import ComposeModel

extension GoDuration {
    /// Nanoseconds in a Go duration string (`1m30s`, as the canonical model writes them), for the
    /// Engine API's health-check fields; nil when `text` is not a duration.
    static func nanoseconds(_ text: String) -> Int64? {
        GoDuration(parsing: text)?.nanoseconds
    }

    /// Whole seconds in a Go duration string, rounded down, for `StopTimeout`.
    static func seconds(_ text: String) -> Int? {
        nanoseconds(text).map { Int($0 / 1_000_000_000) }
    }
}
