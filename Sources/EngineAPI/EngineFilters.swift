#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The `filters` query parameter of list and events endpoints: `{"label":{"k=v":true}}` in the current form.
package struct EngineFilters: Sendable, Hashable {
    /// Filter name (`label`, `name`, `status`, `type`, …) to the values that must match.
    package var values: [String: [String]]

    /// Creates filters from a name → values table.
    package init(_ values: [String: [String]] = [:]) {
        self.values = values
    }

    /// Filters on labels, each `key` or `key=value`; several are ANDed by the daemon.
    package static func labels(_ labels: [String]) -> EngineFilters {
        EngineFilters(["label": labels])
    }

    /// Adds one value under `name`.
    package mutating func add(_ name: String, _ value: String) {
        values[name, default: []].append(value)
    }

    /// True when no filter is set.
    package var isEmpty: Bool { values.values.allSatisfy(\.isEmpty) }

    /// The JSON text sent as `filters`, keys sorted; nil when empty.
    package var json: String? {
        guard !isEmpty else { return nil }
        let object = values.filter { !$0.value.isEmpty }.mapValues { Dictionary($0.map { ($0, true) }, uniquingKeysWith: { a, _ in a }) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(object) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The query item for this filter set, or nil when empty.
    var queryItem: URLQueryItem? {
        json.map { URLQueryItem(name: "filters", value: $0) }
    }
}
