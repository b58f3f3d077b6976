import Foundation

/// Compares a `ServiceSpec` mixcompose computed with the one `docker service inspect` shows for the service
/// `docker stack deploy` created: every field either side sets must agree, except the defaults the manager
/// fills in for fields the CLI leaves out (listed here), which mixcompose leaves out too.
enum SwarmSpecComparison {
    /// Fields the manager fills in when a spec leaves them out, by path (array indexes as `[]`), with the
    /// value it fills in.
    nonisolated(unsafe) static let managerDefaults: [String: Any] = [
        "TaskTemplate.ContainerSpec.StopGracePeriod": 10_000_000_000,
        "TaskTemplate.ContainerSpec.Isolation": "default",
        "TaskTemplate.RestartPolicy.Condition": "any",
        "TaskTemplate.RestartPolicy.Delay": 5_000_000_000,
        "TaskTemplate.RestartPolicy.MaxAttempts": 0,
        "TaskTemplate.ForceUpdate": 0,
        "TaskTemplate.Runtime": "container",
        "Mode.Replicated.Replicas": 1,
        "EndpointSpec.Mode": "vip",
        "UpdateConfig.Parallelism": 1, "UpdateConfig.FailureAction": "pause", "UpdateConfig.Monitor": 5_000_000_000,
        "UpdateConfig.MaxFailureRatio": 0, "UpdateConfig.Order": "stop-first",
        "RollbackConfig.Parallelism": 1, "RollbackConfig.FailureAction": "pause",
        "RollbackConfig.Monitor": 5_000_000_000, "RollbackConfig.MaxFailureRatio": 0, "RollbackConfig.Order": "stop-first",
    ]

    /// Every difference between `expected` (the manager's) and `actual` (mixcompose's), one line each.
    static func differences(_ expected: Any?, _ actual: Any?, path: String = "") -> [String] {
        switch (expected, actual) {
        case (nil, nil): return []
        case (let e?, nil):
            return isDefault(e, at: path) ? [] : ["\(path): mixcompose leaves out \(brief(e))"]
        case (nil, let a?):
            return isEmpty(a) ? [] : ["\(path): only mixcompose sets \(brief(a))"]
        case (let e as [String: Any], let a as [String: Any]):
            return Set(e.keys).union(a.keys).sorted().flatMap { key in
                differences(e[key], a[key], path: path.isEmpty ? key : "\(path).\(key)")
            }
        case (let e as [Any], let a as [Any]):
            guard e.count == a.count else { return ["\(path): \(brief(e)) != mixcompose's \(brief(a))"] }
            return zip(e, a).flatMap { differences($0, $1, path: "\(path)[]") }
        case (let e as NSNumber, let a as NSNumber):
            return e.doubleValue == a.doubleValue ? [] : ["\(path): \(e) != mixcompose's \(a)"]
        case (let e as String, let a as String):
            return e == a ? [] : ["\(path): \(e) != mixcompose's \(a)"]
        case (let e, let a):
            return isEmpty(e) && isEmpty(a) ? [] : ["\(path): \(brief(e)) != mixcompose's \(brief(a))"]
        }
    }

    /// Null, false, zero, "" or an empty collection: what Go's `omitempty` and the manager write for "unset".
    static func isEmpty(_ value: Any) -> Bool {
        switch value {
        case is NSNull: return true
        case let number as NSNumber: return number.doubleValue == 0
        case let text as String: return text.isEmpty
        case let list as [Any]: return list.isEmpty
        case let map as [String: Any]: return map.values.allSatisfy(isEmpty)
        default: return false
        }
    }

    private static func isDefault(_ value: Any, at path: String) -> Bool {
        if isEmpty(value) { return true }
        if let map = value as? [String: Any] {
            return map.allSatisfy { key, inner in isDefault(inner, at: path.isEmpty ? key : "\(path).\(key)") }
        }
        guard let known = managerDefaults[path] else { return false }
        return differences(known, value, path: path).isEmpty
    }

    static func brief(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject(value),
            let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
        else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }
}
