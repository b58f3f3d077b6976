import Planner

/// The daemons of one run, at most one per role.
package struct DaemonSet: Sendable {
    package var byRole: [DaemonRole: Daemon]

    /// Creates a set; a later daemon for the same role replaces an earlier one.
    package init(_ daemons: [Daemon]) {
        var byRole: [DaemonRole: Daemon] = [:]
        for daemon in daemons { byRole[daemon.role] = daemon }
        self.byRole = byRole
    }

    /// The daemon for `role`, or an error naming the options that configure it.
    package func daemon(for role: DaemonRole) throws(RunnerError) -> Daemon {
        guard let daemon = byRole[role] else { throw .noDaemon(role: role.rawValue) }
        return daemon
    }

    /// Every configured daemon, linux first.
    package var all: [Daemon] {
        DaemonRole.allCases.compactMap { byRole[$0] }
    }
}
