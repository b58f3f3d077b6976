import ArgumentParser
import ComposeModel
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Logging
import Planner
import Runner

/// What a daemon-facing command needs: the loaded project, its plan, and a runner connected to
/// both daemons for the duration of the body, which Ctrl-C cancels (see `Interrupt`).
enum RunnerSession {
    struct Context: Sendable {
        var runner: Runner
        var loaded: ProjectSession.Loaded
        var plan: Plan
        /// Returns on the first Ctrl-C, for a body run with `interrupt: .notify`.
        var interrupted: @Sendable () async -> Void
        var project: Project { loaded.project }
    }

    static func run<Result: Sendable>(
        _ projectOptions: ProjectOptions, _ flags: DaemonFlags, services: [String] = [], dryRun: Bool = false,
        interrupt: Interrupt.Handling = .cancel, quiet: Bool = false, _ body: @escaping @Sendable (Context) async throws -> Result
    ) async throws -> Result {
        // Resolved as `up` resolves it for Compose's configuration hash: `env_file` kept beside the folded environment.
        let loaded = try ProjectSession.load(projectOptions, services: services) { $0.environmentResolution = .keepingEnvFiles }
        let environment = ProcessInfo.processInfo.environment
        let settings = try DaemonSettings(project: loaded.project)
        let mode = ProgressMode.resolved(requested: flags.progress, environment: environment, isTerminal: isatty(2) == 1)
        let terminal = mode == .tty && !quiet ? TTYPrinter(dryRun: dryRun) : nil
        let output: any ProgressSink = terminal ?? LinePrinter(dryRun: dryRun, quiet: quiet)
        return try await DaemonResolver.withDaemons(
            options: flags.runnerOptions(environment: environment), settings: settings, environment: environment,
            logger: Logger(label: "mixcompose"), warn: { printToStandardError("warning: \($0)\n") }
        ) { daemons in
            let runner = Runner(daemons: daemons, output: output, credentials: RegistryCredentials(environment: environment))
            // Placement may depend on which daemon has an image, so the plan is made once both answer.
            let imageOS = await runner.imageOS(for: loaded.project)
            let plan = Planner.plan(
                PlanInputBuilder.input(
                    for: loaded.project, daemons: flags, imageOS: imageOS, composeHashInputs: ConfigRenderer.serviceHashInputs(loaded.tree)))
            var printer = DiagnosticPrinter()
            printer.print(plan.diagnostics)
            if plan.hasErrors { throw ExitCode.failure }
            let guarded = {
                try await Interrupt.guarding(interrupt, say: { await output.note($0) }) { interrupted in
                    try await body(Context(runner: runner, loaded: loaded, plan: plan, interrupted: interrupted))
                }
            }
            guard let terminal else { return try await guarded() }
            return try await terminal.animating(guarded)
        }
    }
}
