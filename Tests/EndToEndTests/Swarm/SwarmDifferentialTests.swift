import ComposeModel
import Foundation
import Planner
import Testing

/// The Swarm conversion against `docker stack deploy` (docker CLI 20.10) on the testbed's Linux daemon, a swarm
/// manager: the CLI deploys each fixture, and every service's spec as the manager stores it must equal
/// mixcompose's spec for the same file and namespace, after removing only what mixcompose adds on purpose
/// (the OS placement constraint) and the IDs the manager assigns. Every service is constrained to
/// `node.role == manager`, so a concurrent two-node topology cannot move it.
@Suite(.serialized) struct SwarmDifferentialTests {
    static let docker = "/usr/bin/docker"

    @Test(
        "docker stack deploy stores, for each fixture's services, the spec the Swarm conversion computes",
        .enabled(if: Testbed.shouldRun),
        arguments: SwarmDifferentialFixtures.all)
    func sameSpecs(fixture: SwarmDifferentialFixtures.Fixture) throws {
        let testbed = try Testbed.require()
        let state = docker(testbed, ["info", "--format", "{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}}"])
        try #require(
            state.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "active true",
            "the testbed's linux daemon is not a swarm manager (scripts/swarm one-node makes it one): \(state)")
        let directory = try fixture.write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let namespace = "mxcswp-\(fixture.name)-\(UInt32.random(in: 0...UInt32.max))"
        let deploy = docker(testbed, ["stack", "deploy", "--resolve-image", "never", "-c", "compose.yaml", namespace], in: directory)
        defer { remove(namespace, testbed) }
        try #require(deploy.status == 0, "docker stack deploy failed: \(deploy)")

        let result = ProjectLoader.load(LoadOptions(workingDirectory: directory, environment: ["PWD": directory]))
        let project = try #require(result.project, "\(result.diagnostics.errors)")
        let plan = Planner.plan(PlanInput(project: project))
        var files: [String: [UInt8]] = [:]
        for path in SwarmInput.filesToRead(in: project) {
            files[path] = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        }
        let stack = SwarmConverter.convert(SwarmInput(
            project: project, plan: plan, namespace: namespace, windowsStandin: true, files: files))

        let networks = Dictionary(uniqueKeysWithValues: docker(
            testbed, ["network", "ls", "--no-trunc", "--filter", "label=com.docker.stack.namespace=\(namespace)", "--format", "{{.ID}} {{.Name}}"]
        ).stdoutLines.compactMap { line -> (String, String)? in
            let parts = line.split(separator: " ").map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        })
        var differences: [String] = []
        for service in stack.services {
            let inspect = docker(testbed, ["service", "inspect", service.name, "--format", "{{json .Spec}}"])
            guard inspect.status == 0, let stored = try JSONSerialization.jsonObject(with: Data(inspect.stdout.utf8)) as? [String: Any]
            else {
                differences.append("\(service.name): not created by docker stack deploy (\(inspect.stderr))")
                continue
            }
            let ours = try #require(try JSONSerialization.jsonObject(with: Data(service.spec.rendered().utf8)) as? [String: Any])
            let expected = Self.normalized(stored, networks: networks)
            let dnsrrRule = stack.diagnostics.items.contains { $0.code == "MXC703" && $0.service == service.service }
            let injected = Set(plan.service(named: service.service)?.inject.env.keys.map { $0 } ?? [])
            let actual = Self.withoutAdditions(Self.normalized(ours, networks: [:]), injected: injected, dnsrrRule: dnsrrRule)
            differences += SwarmSpecComparison.differences(expected, actual).map { "\(service.name): \($0)" }
        }
        differences += stack.networks.flatMap { network in compare(network, testbed) }
        #expect(stack.services.count == project.services.count)
        #expect(differences.isEmpty, "\(fixture.name): the specs differ:\n\(differences.joined(separator: "\n"))")
        #expect(Set(stack.diagnostics.items.compactMap(\.code)) == fixture.codes, "\(stack.diagnostics.items)")
    }

    /// `spec` without the IDs the manager assigns: network targets as names, no secret or config IDs, and
    /// secret and config references in one order. The CLI sorts them by name only, after collecting them in a
    /// map keyed by target (`ParseSecrets`), so two targets of one secret come in a random order.
    static func normalized(_ value: Any, networks: [String: String]) -> Any {
        switch value {
        case let map as [String: Any]:
            var out: [String: Any] = [:]
            for (key, inner) in map where key != "SecretID" && key != "ConfigID" {
                if key == "Target", let id = inner as? String, let name = networks[id] {
                    out[key] = name
                } else if key == "Secrets" || key == "Configs", let references = inner as? [Any] {
                    out[key] = references.map { normalized($0, networks: networks) }.sorted { referenceKey($0) < referenceKey($1) }
                } else {
                    out[key] = normalized(inner, networks: networks)
                }
            }
            return out
        case let list as [Any]: return list.map { normalized($0, networks: networks) }
        default: return value
        }
    }

    /// A secret or config reference's name, then its target file, to order references the CLI leaves unordered.
    static func referenceKey(_ reference: Any) -> String {
        let map = reference as? [String: Any] ?? [:]
        let name = map["SecretName"] as? String ?? map["ConfigName"] as? String ?? ""
        let file = (map["File"] as? [String: Any])?["Name"] as? String ?? ""
        return name + "\u{0}" + file
    }

    /// mixcompose's spec without what it adds on purpose: the placement constraint of the planned OS, the
    /// injected peer variables, and `dnsrr` where its rule chose it (MXC703; the CLI leaves the default, `vip`).
    static func withoutAdditions(_ spec: Any, injected: Set<String>, dnsrrRule: Bool) -> Any {
        guard var map = spec as? [String: Any], var task = map["TaskTemplate"] as? [String: Any],
            var placement = task["Placement"] as? [String: Any], var container = task["ContainerSpec"] as? [String: Any]
        else { return spec }
        let constraints = placement["Constraints"] as? [String] ?? []
        let kept = constraints.filter { !$0.hasPrefix("node.platform.os ==") && !$0.hasPrefix("node.labels.io.mixcompose.os ==") }
        placement["Constraints"] = kept.isEmpty ? nil : kept
        let env = (container["Env"] as? [String] ?? []).filter { entry in
            !injected.contains(String(entry.prefix { $0 != "=" }))
        }
        container["Env"] = env.isEmpty ? nil : env
        task["Placement"] = placement
        task["ContainerSpec"] = container
        map["TaskTemplate"] = task
        if dnsrrRule, var endpoint = map["EndpointSpec"] as? [String: Any] {
            endpoint["Mode"] = nil
            map["EndpointSpec"] = endpoint
        }
        return map
    }

    /// The network the CLI created against mixcompose's body: driver, labels, internal, the driver options
    /// mixcompose sets (the manager adds the VXLAN id) and the subnets. `Attachable` differs on purpose:
    /// mixcompose makes every stack network attachable, the CLI only when the file says so.
    func compare(_ network: SwarmObject, _ testbed: Testbed) -> [String] {
        let inspect = docker(testbed, ["network", "inspect", network.name, "--format", "{{json .}}"])
        guard inspect.status == 0, let data = inspect.stdout.data(using: .utf8),
            let theirs = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            let ours = (try? JSONSerialization.jsonObject(with: Data(network.body.rendered().utf8))) as? [String: Any]
        else { return ["network \(network.name): not created by docker stack deploy (\(inspect.stderr))"] }
        var found: [String] = []
        for key in ["Driver", "Labels", "Internal"] {
            found += SwarmSpecComparison.differences(theirs[key], ours[key], path: "network \(network.name) \(key)")
        }
        let options = theirs["Options"] as? [String: Any] ?? [:]
        let added = options.filter { $0.key != "com.docker.network.driver.overlay.vxlanid_list" }
        found += SwarmSpecComparison.differences(added, ours["Options"], path: "network \(network.name) Options")
        let subnets = { (ipam: Any?) in ((ipam as? [String: Any])?["Config"] as? [[String: Any]] ?? []).compactMap { $0["Subnet"] as? String } }
        let ourSubnets = subnets(ours["IPAM"])
        if !ourSubnets.isEmpty && ourSubnets != subnets(theirs["IPAM"]) {
            found.append("network \(network.name) subnets: \(subnets(theirs["IPAM"])) != mixcompose's \(ourSubnets)")
        }
        if ours["Attachable"] as? Bool != true || theirs["Attachable"] as? Bool != false {
            found.append("network \(network.name): expected the one deliberate difference, Attachable (CLI false, mixcompose true)")
        }
        return found
    }

    func docker(_ testbed: Testbed, _ arguments: [String], in directory: String? = nil) -> CommandResult {
        ProcessRunner.run(Self.docker, ["-H", testbed.linuxHost] + arguments, directory: directory, timeout: 120)
    }

    /// `docker stack rm`, then waits until none of the stack's services, networks, secrets and configs is left.
    func remove(_ namespace: String, _ testbed: Testbed) {
        _ = docker(testbed, ["stack", "rm", namespace])
        let filter = "label=com.docker.stack.namespace=\(namespace)"
        for _ in 0..<60 {
            let services = docker(testbed, ["service", "ls", "-q", "--filter", filter]).stdoutLines
            let others = ["network", "secret", "config"].flatMap { kind in
                docker(testbed, [kind, "ls", "-q", "--filter", filter]).stdoutLines
            }
            if services.isEmpty && others.isEmpty { return }
            Thread.sleep(forTimeInterval: 1)
        }
        Issue.record("stack \(namespace) was not removed within 60 s")
    }
}
