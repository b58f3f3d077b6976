import ArgumentParser

/// `SERVICE=NUM` pairs: `up --scale`, repeatable, and `scale`'s arguments; a later value for the same service
/// wins, as in Compose.
enum ScaleOption {
    /// Service → count; throws a usage error for anything but `name=non-negative integer`, worded by `invalid`.
    static func parse(
        _ values: [String], invalid: (String) -> String = { "invalid --scale option \"\($0)\": should be SERVICE=NUM, NUM 0 or more" }
    ) throws -> [String: Int] {
        var scale: [String: Int] = [:]
        for value in values {
            let parts = value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, let count = Int(parts[1]), count >= 0 else {
                throw ValidationError(invalid(value))
            }
            scale[parts[0]] = count
        }
        return scale
    }
}
