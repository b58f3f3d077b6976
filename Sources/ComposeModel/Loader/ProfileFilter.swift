#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
                .map(trimmingBlanks).filter { !$0.isEmpty }
        }
        let services = tree.mapping?["services"]?.mapping
        for name in selected {
            for profile in services?[name]?.mapping?["profiles"]?.sequence ?? [] {
                if let text = profile.text, !active.contains(text) { active.append(text) }
            }
        }
        return active
    }

    /// Every profile a service of `tree` declares, sorted and without repeats.
    static func declared(in tree: Node) -> [String] {
        var profiles: Set<String> = []
        for entry in tree.mapping?["services"]?.mapping?.entries ?? [] {
            for profile in entry.value.mapping?["profiles"]?.sequence ?? [] {
                if let text = profile.text { profiles.insert(text) }
            }
        }
        return profiles.sorted()
    }

    /// Removes disabled services from `tree` in place and returns their names.
    static func apply(to tree: inout Node, active: [String]) -> Set<String> {
        guard !active.contains("*") else { return [] }
        let activeSet = Set(active)
        var disabled: Set<String> = []
        tree.modifyMapping { root in
            guard let i = root.index(of: "services") else { return }
            root.entries[i].value.modifyMapping { services in
                services.entries.removeAll { entry in
                    guard let profiles = entry.value.mapping?["profiles"]?.sequence, !profiles.isEmpty else { return false }
                    if profiles.contains(where: { activeSet.contains($0.text ?? "") }) { return false }
                    disabled.insert(entry.name)
                    return true
                }
            }
        }
        return disabled
    }

    /// `text` without leading and trailing spaces and tabs (Foundation's `.whitespaces`: tab and Unicode's
    /// space separators), as compose-go trims each `COMPOSE_PROFILES` entry.
    private static func trimmingBlanks(_ text: Substring) -> String {
        let blank = { (c: Character) in c.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator } }
        return String(text.drop(while: blank).reversed().drop(while: blank).reversed())
    }
}
