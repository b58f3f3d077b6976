/// A value Docker Compose refuses only once the command runs (exit status 1, not a usage error), in
/// Compose's own words: `port`'s private port, `images --format`, `run --env-from-file`.
enum CommandInputError: Error, CustomStringConvertible {
    case invalidPort(String, outOfRange: Bool)
    case unknownFormat(String)
    case unreadableFile(String)
    case invalidEnvFile(String, reason: String)

    var description: String {
        switch self {
        case .invalidPort(let text, let outOfRange):
            return "strconv.ParseUint: parsing \"\(text)\": \(outOfRange ? "value out of range" : "invalid syntax")"
        case .unknownFormat(let format):
            return "format value \"\(format)\" could not be parsed: parsing failed"
        case .unreadableFile(let path):
            return "open \(path): no such file or directory"
        case .invalidEnvFile(let path, let reason):
            return "\(path): \(reason)"
        }
    }
}
