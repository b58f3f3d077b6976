import ArgumentParser
import ComposeModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import Planner
import Runner

extension MixCompose {
    struct StackDeployCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deploy",
            abstract: "Deploy the project to a swarm as a stack: OS-placed, wave by wave, updating only what changed.",
            discussion: """
                What the conversion cannot carry over is reported first (MXC7xx, as `validate --target swarm`); an \
                error stops before anything is created.
                """)

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Option(help: ArgumentHelp("The swarm manager (default: the Linux role's daemon).", valueName: "host"))
        var manager: String?
        @Flag(help: "The swarm has no routing mesh (Windows Server 2016, kernels without IPVS): dnsrr endpoints, host-mode ports.")
        var noRoutingMesh = false
        @Option(help: ArgumentHelp("Seconds each wave waits for its dependencies' tasks.", valueName: "seconds"))
        var waitTimeout = 120
        @Argument(help: "The stack's name.") var stack: String

        func run() async throws {
            let loaded = try ProjectSession.load(project)
            let environment = ProcessInfo.processInfo.environment
            let options = daemons.runnerOptions(environment: environment)
            let plan = Planner.plan(PlanInputBuilder.input(for: loaded.project, daemons: daemons))
            var diagnostics = plan.diagnostics
            var converted: SwarmStack?
            if !plan.hasErrors {
                let input = SwarmInputBuilder.input(
                    for: loaded.project, plan: plan, namespace: stack, windowsStandin: options.windowsStandIn, routingMesh: !noRoutingMesh)
                converted = SwarmConverter.convert(input)
                diagnostics.append(contentsOf: converted?.diagnostics ?? Diagnostics())
            }
            // As `validate --target swarm` prints them; an error stops before the manager is asked anything.
            printToStandardError(DiagnosticRenderer.text(diagnostics.items))
            guard let converted, !diagnostics.hasErrors else { throw ExitCode.failure }
            let settings = try DaemonSettings(project: loaded.project)
            let (manager, seconds) = (manager, waitTimeout)
            // Ctrl-C cancels what is left (exit 130); every object made so far carries the stack's label, so a
            // second deploy or an rm converges.
            try await Interrupt.guarding(.cancel, say: { printToStandardError($0 + "\n") }) { _ in
                try await StackManagerResolver.withManager(
                    manager: manager, options: options, settings: settings, environment: environment, logger: Logger(label: "mixcompose")
                ) { client, endpoint in
                    let runner = StackRunner(manager: client, endpoint: endpoint, waitTimeout: .seconds(seconds)) { print($0) }
                    try await runner.deploy(converted)
                }
            }
        }
    }
}
