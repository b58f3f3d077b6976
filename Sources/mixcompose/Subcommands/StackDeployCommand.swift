import ArgumentParser
import ComposeModel
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
        @OptionGroup var target: ManagerFlags
        @Flag(help: "The swarm has no routing mesh (Windows Server 2016, kernels without IPVS): dnsrr endpoints, host-mode ports.")
        var noRoutingMesh = false
        @Option(help: ArgumentHelp("Seconds each wave waits for its dependencies' tasks.", valueName: "seconds"))
        var waitTimeout = 120
        @Flag(help: "Remove the stack's services the file no longer has.") var prune = false
        @Option(help: ArgumentHelp(
            "Ask the registry for each image's digest and pin the tasks to it: always, changed or never.", valueName: "mode"))
        var resolveImage: StackImagePolicy.Resolution = .always
        @Flag(help: "Send registry credentials to the swarm, so its nodes pull private images with them.")
        var withRegistryAuth = false
        @Argument(help: "The stack's name.") var stack: String

        func run() async throws {
            let loaded = try ProjectSession.load(project)
            let environment = ProcessInfo.processInfo.environment
            let options = target.daemons.runnerOptions(environment: environment)
            let plan = Planner.plan(PlanInputBuilder.input(for: loaded.project, daemons: target.daemons))
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
            let (target, seconds, prune) = (target, waitTimeout, prune)
            var images = StackImagePolicy(resolution: resolveImage)
            if withRegistryAuth {
                let credentials = RegistryCredentials(environment: environment)
                images.registryAuth = { image in try await credentials.authConfig(forImage: image).header }
            }
            // Ctrl-C cancels what is left (exit 130); every object made so far carries the stack's label, so a
            // second deploy or an rm converges.
            try await Interrupt.guarding(.cancel, say: { printToStandardError($0 + "\n") }) { [images] _ in
                try await target.withRunner(settings: settings, waitTimeout: seconds) { runner in
                    var runner = runner
                    (runner.images, runner.prune) = (images, prune)
                    try await runner.deploy(converted)
                }
            }
        }
    }
}

extension StackImagePolicy.Resolution: ExpressibleByArgument {}
