import ComposeModel
import YAML

/// Turns service names into graph indices, reporting each unknown or profile-disabled target once
/// per referring service (the canonical `depends_on` repeats what `links` and `volumes_from` imply).
struct ReferenceResolver {
    let project: Project
    let index: [String: Int]
    private var reported: Set<[String]> = []

    init(project: Project, graph: ServiceGraph) {
        self.project = project
        self.index = graph.index
    }

    /// The index of `reference.target`, or nil (with a diagnostic unless harmless) when it is not enabled.
    mutating func resolve(_ reference: ServiceReferences.Reference, from service: String, findings: inout Findings)
        -> Int?
    {
        if let target = index[reference.target] { return target }
        let disabled = project.disabledServices[reference.target] != nil
        if disabled && reference.optional { return nil }
        guard reported.insert([service, reference.target]).inserted else { return nil }
        if disabled {
            findings.report(
                .disabledService, "\(reference.written): service '\(reference.target)' is disabled by its profiles",
                at: reference.mark, service: service)
        } else {
            findings.report(
                .undefinedService, "\(reference.written): service '\(reference.target)' is not defined",
                at: reference.mark, service: service)
        }
        return nil
    }

    /// The index of a peer named in `x-mixcompose.peers`; a disabled peer is only a warning.
    mutating func resolvePeer(_ name: String, at mark: Mark, from service: String, findings: inout Findings) -> Int? {
        if let target = index[name] { return target }
        guard reported.insert([service, name]).inserted else { return nil }
        if project.disabledServices[name] != nil {
            findings.report(
                .disabledService,
                "x-mixcompose.peers: service '\(name)' is disabled by its profiles, so it gets no address",
                at: mark, service: service, severity: .warning)
        } else {
            findings.report(
                .undefinedService, "x-mixcompose.peers: service '\(name)' is not defined", at: mark, service: service)
        }
        return nil
    }
}
