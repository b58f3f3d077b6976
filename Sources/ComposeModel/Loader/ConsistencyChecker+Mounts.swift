extension ConsistencyChecker {
    /// Where a mount was declared: `tmpfs[2]`, `volumes[0]`.
    struct MountLocation {
        var list: StaticString
        var index: Int

        /// The location as diagnostics print it: `services.<name>.<list>[<index>]`.
        func path(in service: String) -> String { "services.\(service).\(list)[\(index)]" }
    }

    /// The mount targets of one service seen so far, each with its latest location. Services
    /// have few mounts: a list is searched until it grows long enough to need an index.
    struct MountTargets {
        private static let scanLimit = 16
        private var targets: [(path: String, location: MountLocation)] = []
        private var positions: [String: Int]?

        init(capacity: Int) {
            targets.reserveCapacity(capacity)
        }

        /// Records `path` at `location`; returns the location it was mounted at before, if any.
        mutating func record(_ path: String, at location: MountLocation) -> MountLocation? {
            let found = positions.map { $0[path] } ?? targets.firstIndex { $0.path == path }
            if let found {
                defer { targets[found].location = location }
                return targets[found].location
            }
            targets.append((path, location))
            if positions != nil {
                positions?[path] = targets.count - 1
            } else if targets.count > Self.scanLimit {
                positions = Dictionary(targets.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
            }
            return nil
        }
    }
}
