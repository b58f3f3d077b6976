import Foundation
import YAML

/// Applies active profiles (compose-semantics §9): a service with profiles stays only when one
/// of them is active or `*` is; the others are returned as disabled.
enum ProfileFilter {
    /// The active profiles: `--profile` flags, else `COMPOSE_PROFILES`, plus the profiles of
    /// the services named on the command line.
    static func active(flags: [String], environment: [String: String], selected: [String], tree: Node) -> [String] {
        var active = flags
        if active.isEmpty, let list = environment["COMPOSE_PROFILES"] {
            active = list.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let services = tree.mapping?["services"]?.mapping
        for name in selected {
            for profile in services?[name]?.mapping?["profiles"]?.sequence ?? [] {
                if let text = profile.text, !active.contains(text) { active.append(text) }
            }
        }
        return active
    }

    /// `tree` without disabled services, and the disabled services' names.
    static func apply(_ tree: Node, active: [String]) -> (tree: Node, disabled: Set<String>) {
        guard var root = tree.mapping, let i = root.index(of: "services"), var services = root.entries[i].value.mapping
        else { return (tree, []) }
        let all = active.contains("*")
        let activeSet = Set(active)
        var disabled: Set<String> = []
        services.entries.removeAll { entry in
            guard let profiles = entry.value.mapping?["profiles"]?.sequence, !profiles.isEmpty, !all else { return false }
            if profiles.contains(where: { activeSet.contains($0.text ?? "") }) { return false }
            disabled.insert(entry.name)
            return true
        }
        root.entries[i].value.content = .mapping(services)
        return (Node(.mapping(root), mark: tree.mark), disabled)
    }
}
