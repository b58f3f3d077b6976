/// Strongly connected components, cycles and waves, without recursion so a 10,000-service chain
/// cannot exhaust the stack.
extension ServiceGraph {
    /// The graph's order: a wave per service, and one cycle (as a closed path of indices,
    /// `[a, b, a]`) per strongly connected component that has one. Services on a cycle share a wave.
    struct Order {
        var waves: [Int]
        var cycles: [[Int]]
    }

    func order() -> Order {
        let components = stronglyConnectedComponents()
        var componentOf = Array(repeating: 0, count: names.count)
        for (c, members) in components.enumerated() { for node in members { componentOf[node] = c } }
        // Tarjan emits a component only after every component it reaches: dependencies come first.
        var componentWave = Array(repeating: 0, count: components.count)
        var cycles: [[Int]] = []
        for (c, members) in components.enumerated() {
            var wave = 0
            for node in members {
                for next in successors[node].keys where componentOf[next] != c {
                    wave = max(wave, componentWave[componentOf[next]] + 1)
                }
            }
            componentWave[c] = wave
            let first = members.min() ?? 0
            if members.count > 1 || successors[first][first] != nil {
                cycles.append(cycle(through: first, within: Set(members)))
            }
        }
        return Order(
            waves: (0..<names.count).map { componentWave[componentOf[$0]] },
            cycles: cycles.sorted { $0.lexicographicallyPrecedes($1) })
    }

    /// Tarjan's algorithm with an explicit stack.
    private func stronglyConnectedComponents() -> [[Int]] {
        let count = names.count
        let adjacency = (0..<count).map(sortedSuccessors)
        var indexOf = Array(repeating: -1, count: count)
        var lowLink = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var stack: [Int] = []
        var components: [[Int]] = []
        var nextIndex = 0
        for root in 0..<count where indexOf[root] < 0 {
            var work: [(node: Int, child: Int)] = [(root, 0)]
            indexOf[root] = nextIndex; lowLink[root] = nextIndex; nextIndex += 1
            stack.append(root); onStack[root] = true
            while let (node, child) = work.last {
                if child < adjacency[node].count {
                    work[work.count - 1].child += 1
                    let next = adjacency[node][child]
                    if indexOf[next] < 0 {
                        indexOf[next] = nextIndex; lowLink[next] = nextIndex; nextIndex += 1
                        stack.append(next); onStack[next] = true
                        work.append((next, 0))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], indexOf[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                guard lowLink[node] == indexOf[node] else { continue }
                var members: [Int] = []
                while let top = stack.popLast() {
                    onStack[top] = false
                    members.append(top)
                    if top == node { break }
                }
                components.append(members.sorted())
            }
        }
        return components
    }

    /// The shortest closed path from `start` back to itself inside one component (breadth-first,
    /// successors by name, so the same graph always prints the same cycle).
    private func cycle(through start: Int, within members: Set<Int>) -> [Int] {
        if successors[start][start] != nil { return [start, start] }
        var previous: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in sortedSuccessors(node) where members.contains(next) {
                if next == start {
                    var path = [start]
                    var cursor = node
                    while cursor != start {
                        path.append(cursor)
                        cursor = previous[cursor] ?? start
                    }
                    return [start] + path.dropFirst().reversed() + [start]
                }
                if previous[next] == nil {
                    previous[next] = node
                    queue.append(next)
                }
            }
        }
        return [start, start]
    }
}
