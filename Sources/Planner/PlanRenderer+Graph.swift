extension PlanRenderer {
    /// Graphviz: one cluster per daemon, an edge from each service to what it waits for, labelled
    /// with the kinds; cross-daemon edges are dashed and bold.
    package static func dot(_ plan: Plan) -> String {
        var out = "digraph \(dotQuote(plan.projectName)) {\n  rankdir=LR;\n  node [shape=box];\n"
        for role in DaemonRole.allCases {
            let members = plan.services.filter { $0.role == role }
            guard !members.isEmpty else { continue }
            out += "  subgraph \(dotQuote("cluster_\(role)")) {\n    label=\(dotQuote("\(role) daemon"));\n"
            for service in members { out += "    \(dotQuote(service.name));\n" }
            out += "  }\n"
        }
        for edge in plan.edges {
            var attributes = ["label=\(dotQuote(label(edge)))"]
            if edge.crossDaemon { attributes.append("style=\"dashed,bold\"") }
            out += "  \(dotQuote(edge.from)) -> \(dotQuote(edge.to)) [\(attributes.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }

    /// Mermaid flowchart: one subgraph per daemon, `s<i>` node ids labelled with the service names;
    /// cross-daemon edges are dotted.
    package static func mermaid(_ plan: Plan) -> String {
        var ids: [String: String] = [:]
        for (i, service) in plan.services.enumerated() { ids[service.name] = "s\(i)" }
        var out = "flowchart LR\n"
        for role in DaemonRole.allCases {
            let members = plan.services.filter { $0.role == role }
            guard !members.isEmpty else { continue }
            out += "  subgraph \(role)[\"\(role) daemon\"]\n"
            for service in members { out += "    \(ids[service.name] ?? "")[\"\(mermaidEscape(service.name))\"]\n" }
            out += "  end\n"
        }
        for edge in plan.edges {
            guard let from = ids[edge.from], let to = ids[edge.to] else { continue }
            let arrow = edge.crossDaemon ? "-.->" : "-->"
            out += "  \(from) \(arrow)|\(mermaidEscape(label(edge)))| \(to)\n"
        }
        return out
    }

    private static func label(_ edge: PlanEdge) -> String {
        edge.kinds.map(\.rawValue).joined(separator: ", ") + (edge.crossDaemon ? ", cross-daemon" : "")
    }

    private static func dotQuote(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }

    private static func mermaidEscape(_ text: String) -> String {
        text.replacing("\"", with: "#quot;").replacing("|", with: "#124;")
    }
}
