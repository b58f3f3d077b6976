import YAML

/// An ordering edge: `from` waits for `to`. `kinds` says what created it.
package struct PlanEdge: Sendable, Hashable, Comparable {
    /// What makes one service wait for another.
    package enum Kind: String, Sendable, Hashable, Comparable, CaseIterable {
        case dependsOn = "depends_on"
        case link = "links"
        case namespace = "service namespace"
        case volumesFrom = "volumes_from"
        /// Requested with `x-mixcompose.peers`; an edge only when the peer is on the other daemon.
        case peer = "x-mixcompose.peers"

        package static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// The dependent service.
    package var from: String
    /// The service it waits for.
    package var to: String
    /// Sorted, without duplicates.
    package var kinds: [Kind]
    /// True when the two run on different daemons: `to` must start before `from` is created.
    package var crossDaemon: Bool
    /// Where the first reason for the edge is written.
    package var mark: Mark

    package init(from: String, to: String, kinds: [Kind], crossDaemon: Bool = false, mark: Mark = .none) {
        self.from = from
        self.to = to
        self.kinds = kinds
        self.crossDaemon = crossDaemon
        self.mark = mark
    }

    package static func < (lhs: PlanEdge, rhs: PlanEdge) -> Bool {
        (lhs.from, lhs.to) < (rhs.from, rhs.to)
    }
}
