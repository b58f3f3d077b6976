import ComposeModel

/// Renders a `Plan` for people (a table), for programs (JSON, a documented contract) and as a
/// graph (DOT, Mermaid). Every rendering is deterministic.
package enum PlanRenderer {
    /// The table of services (service, daemon, wave, reason, injected variables and hosts entries),
    /// the waves, the cross-daemon ordering, then the diagnostics.
    package static func text(_ plan: Plan) -> String {
        var rows: [[String]] = [["SERVICE", "DAEMON", "WAVE", "REASON", "INJECT"]]
        var continuations: [[String]] = [[]]
        for service in plan.services {
            var inject = service.inject.sortedEnv.map { "\($0.name)=\($0.value.rendered)" }
            if !service.inject.hosts.isEmpty { inject.append("hosts: " + service.inject.hosts.joined(separator: ", ")) }
            let daemon =
                service.os == service.role ? service.role.rawValue : "\(service.role) (\(service.os) containers)"
            rows.append([service.name, daemon, String(service.wave), service.reason, inject.first ?? "-"])
            continuations.append(Array(inject.dropFirst()))
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var out = "project: \(plan.projectName)\n\n"
        for (row, extra) in zip(rows, continuations) {
            let cells = (0..<4).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) }
            out += cells.joined(separator: "  ") + "  " + row[4] + "\n"
            let indent = String(repeating: " ", count: widths.reduce(0, +) + 8)
            for line in extra { out += indent + line + "\n" }
        }
        out += "\nwaves:\n"
        for (i, wave) in plan.waves.enumerated() { out += "  \(i): \(wave.joined(separator: ", "))\n" }
        let ordered = plan.services.filter { !$0.createAfterStarted.isEmpty }
        if !ordered.isEmpty {
            out += "\ncross-daemon order (peer started before service created):\n"
            for service in ordered {
                out +=
                    "  \(service.name) (\(service.role)) after \(service.createAfterStarted.joined(separator: ", "))\n"
            }
        }
        let routed = plan.services.filter { !$0.routes.isEmpty }
        if !routed.isEmpty {
            out += "\npeer addresses (service -> peer: address, why):\n"
            for service in routed {
                for route in service.routes {
                    out += "  \(service.name) -> \(route.peer): \(route.address.rawValue), \(route.reason)\n"
                    for variable in route.portVariables {
                        out += "    \(variable.name)=\(variable.value) (published to another host port)\n"
                    }
                }
            }
        }
        let diagnostics = plan.diagnostics.items
        out += diagnostics.isEmpty ? "\nno problems found\n" : "\n" + DiagnosticRenderer.text(diagnostics)
        return out
    }

    /// The JSON contract: `{"project", "services": [{"name", "daemon", "os", "reason", "wave",
    /// "dependsOn", "createAfterStarted", "inject": {"env", "hosts"}, "peerAddresses": [{"peer", "address"
    /// (`ip`, `published`, `auto`), "reason", "portVariables"}]}], "waves", "diagnostics"}`.
    package static func json(_ plan: Plan) -> String {
        let services: [JSONValue] = plan.services.map { service in
            .object([
                ("name", .string(service.name)),
                ("daemon", .string(service.role.rawValue)),
                ("os", .string(service.os.rawValue)),
                ("reason", .string(service.reason)),
                ("wave", .int(service.wave)),
                ("dependsOn", .array(service.dependsOn.map(JSONValue.string))),
                ("createAfterStarted", .array(service.createAfterStarted.map(JSONValue.string))),
                (
                    "inject",
                    .object([
                        ("env", .object(service.inject.sortedEnv.map { ($0.name, .string($0.value.rendered)) })),
                        ("hosts", .array(service.inject.hosts.map(JSONValue.string))),
                    ])
                ),
                (
                    "peerAddresses",
                    .array(service.routes.map { route in
                        .object([
                            ("peer", .string(route.peer)),
                            ("address", .string(route.address.rawValue)),
                            ("reason", .string(route.reason)),
                            ("portVariables", .object(route.portVariables.map { ($0.name, .string($0.value)) })),
                        ])
                    })
                ),
            ])
        }
        return JSONValue.object([
            ("project", .string(plan.projectName)),
            ("services", .array(services)),
            ("waves", .array(plan.waves.map { .array($0.map(JSONValue.string)) })),
            ("diagnostics", .array(plan.diagnostics.items.map(DiagnosticRenderer.jsonValue))),
        ]).rendered()
    }
}
