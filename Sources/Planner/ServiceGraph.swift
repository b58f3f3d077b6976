import YAML

/// The ordering graph over a project's services, by index into the sorted service names. An edge
/// `from → to` means `from` waits for `to`.
struct ServiceGraph {
    /// Why one service waits for another: every kind that links them and the first place it is written.
    struct EdgeInfo {
        var kinds: Set<PlanEdge.Kind>
        var mark: Mark
    }

    let names: [String]
    let index: [String: Int]
    private(set) var successors: [[Int: EdgeInfo]]

    init(names: [String]) {
        self.names = names
        var index: [String: Int] = [:]
        index.reserveCapacity(names.count)
        for (i, name) in names.enumerated() { index[name] = i }
        self.index = index
        self.successors = Array(repeating: [:], count: names.count)
    }

    /// Adds (or extends) the edge `from → to`.
    mutating func add(from: Int, to: Int, kind: PlanEdge.Kind, mark: Mark) {
        if successors[from][to] == nil {
            successors[from][to] = EdgeInfo(kinds: [kind], mark: mark)
        } else {
            successors[from][to]?.kinds.insert(kind)
        }
    }

    /// The services `node` waits for, sorted by name (indices follow name order).
    func sortedSuccessors(_ node: Int) -> [Int] {
        successors[node].keys.sorted()
    }

    /// The edge `from → to`, if there is one.
    func edge(_ from: Int, _ to: Int) -> EdgeInfo? { successors[from][to] }
}
