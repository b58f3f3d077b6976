import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Runner {
    /// Each role's daemon, then every cross-daemon edge of the running project probed from the
    /// consumer's side: a TCP connect run inside the consumer container, all edges at once.
    package func doctor(projectName: String) async throws -> DoctorReport {
        var daemonReports: [DoctorDaemon] = []
        for daemon in daemons.all {
            let maximum = try? await daemon.engine.maximumAPIVersion()
            daemonReports.append(DoctorDaemon(daemon, maximumAPIVersion: maximum?.description))
        }
        // Listing leaves out environments; inspecting every container brings them and the exposed ports.
        let inspected = try await withThrowingTaskGroup(of: (record: ContainerRecord, daemon: Daemon).self) { group in
            for (record, daemon) in try await projectContainers(projectName) {
                group.addTask {
                    let full = try await Engines.call("inspect container \(record.name)") { try await daemon.engine.inspectContainer(record.id) }
                    return (full, daemon)
                }
            }
            var all: [(record: ContainerRecord, daemon: Daemon)] = []
            for try await item in group { all.append(item) }
            return all
        }
        let targets = EdgeFinder.edges(inspected)
        let edges = try await withThrowingTaskGroup(of: (Int, DoctorEdge).self) { group in
            for (index, target) in targets.enumerated() {
                group.addTask { (index, try await Self.probe(target)) }
            }
            var edges = targets.map(\.edge)
            for try await (index, edge) in group { edges[index] = edge }
            return edges
        }
        return DoctorReport(daemons: daemonReports, edges: edges)
    }

    /// `target`'s edge with its verdict: the first probe command present in the consumer's image decides.
    /// It runs in the consumer, or in a probe container from its image when the consumer is not running
    /// (then the time includes that container's start).
    static func probe(_ target: EdgeTarget) async throws -> DoctorEdge {
        var edge = target.edge
        guard let (consumer, daemon) = target.probeIn, let port = edge.port else { return edge }
        let windows = daemon.facts.containerOS == "windows"
        for command in ConnectProbe.commands(address: edge.address, port: port, windows: windows) {
            let clock = ContinuousClock()
            let started = clock.now
            let outcome: ProbeOutcome
            do {
                if consumer.isRunning {
                    outcome = try await daemon.engine.runProbe(in: consumer.id, command: command)
                } else {
                    let name = "\(consumer.name)-doctor-\(edge.peer)-\(port)"
                    outcome = try await ProbeContainer.run(command, like: consumer, on: daemon.engine, name: name)
                }
            } catch let error as CancellationError {
                throw error
            } catch {
                // A daemon that cannot even start the command (no such file) is the same as a missing tool.
                outcome = ProbeOutcome(exitCode: 127, output: [String(describing: error)])
            }
            let elapsed = clock.now - started
            switch ConnectProbe.verdict(outcome, command: command) {
            case .unavailable:
                continue
            case .reachable:
                edge.reachable = true
                edge.rttMilliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
            case .unreachable(let detail):
                edge.reachable = false
                edge.hint = DoctorHints.unreachable(target, detail: detail)
            }
            return edge
        }
        edge.hint = "cannot probe: no nc, wget or powershell in \(consumer.image)"
        return edge
    }
}
