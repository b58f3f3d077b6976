/// How progress is shown: a live block redrawn in place on a terminal, or plain lines.
package enum ProgressMode: String, Sendable, CaseIterable {
    case auto, tty, plain

    /// The mode to use: an explicit `tty` or `plain` (the flag first, then `COMPOSE_PROGRESS`) wins;
    /// `auto` means the live block when standard error is a terminal whose `TERM` is not `dumb`.
    /// `NO_COLOR` needs nothing here: the block uses no colour.
    package static func resolved(
        requested: ProgressMode, environment: [String: String], isTerminal: Bool
    ) -> ProgressMode {
        let fromEnvironment = environment["COMPOSE_PROGRESS"].flatMap { ProgressMode(rawValue: $0.lowercased()) }
        switch requested == .auto ? fromEnvironment ?? .auto : requested {
        case .tty: return .tty
        case .plain: return .plain
        case .auto: return isTerminal && environment["TERM"] != "dumb" ? .tty : .plain
        }
    }
}
