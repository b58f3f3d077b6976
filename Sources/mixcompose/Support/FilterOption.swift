import EngineAPI
import Runner

/// `--filter KEY=VALUE`, repeatable, as the docker CLI's `FilterOpt` reads it (`filters.ParseFlag`): the key
/// lower-cased, both sides trimmed; the daemon ORs the values of one key and ANDs the keys.
enum FilterOption {
    static func parse(_ entries: [String]) throws -> EngineFilters {
        var filters = EngineFilters()
        for entry in entries {
            guard let equals = entry.firstIndex(of: "=") else {
                throw RunnerError.invalidSetting("invalid argument \"\(entry)\" for \"--filter\" flag: bad format of filter (expected name=value)")
            }
            filters.add(entry[..<equals].trimmingWhitespace().lowercased(), entry[entry.index(after: equals)...].trimmingWhitespace())
        }
        return filters
    }
}
