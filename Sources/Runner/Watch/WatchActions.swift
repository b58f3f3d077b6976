import ComposeModel

/// What one batch of changed paths asks for, rule by rule, as Compose's `handleWatchBatch` sorts it:
/// services to rebuild or restart, files to sync per service, and `sync+exec` hooks (each rule's once).
package struct WatchActions: Sendable {
    /// Services to rebuild, sorted.
    package private(set) var rebuild: [String] = []
    /// Host path → container path mappings per service, in batch order.
    package private(set) var synced: [String: [(host: String, container: String)]] = [:]
    /// Services to restart, sorted.
    package private(set) var restart: [String] = []
    /// `sync+exec` hooks to run after the syncs, each matching rule once, in rule order.
    package private(set) var execs: [(service: String, hook: Service.Hook)] = []

    /// Sorts `batch` by `rules`: every rule a path matches acts on it.
    package init(batch: [String], rules: [WatchRule]) {
        var rebuild: Set<String> = [], restart: Set<String> = [], execRules: Set<Int> = []
        for path in batch {
            for (index, rule) in rules.enumerated() {
                guard let container = rule.containerPath(for: path) else { continue }
                switch rule.action {
                case .rebuild: rebuild.insert(rule.service)
                case .restart: restart.insert(rule.service)
                case .sync: synced[rule.service, default: []].append((path, container))
                case .syncRestart:
                    synced[rule.service, default: []].append((path, container))
                    restart.insert(rule.service)
                case .syncExec:
                    synced[rule.service, default: []].append((path, container))
                    execRules.insert(index)
                }
            }
        }
        self.rebuild = rebuild.sorted()
        self.restart = restart.sorted()
        execs = execRules.sorted().compactMap { index in rules[index].exec.map { (rules[index].service, $0) } }
    }
}
