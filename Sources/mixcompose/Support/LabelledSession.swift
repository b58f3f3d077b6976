import ArgumentParser
import ComposeModel
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
import Runner

/// What `ps`, `logs`, `stop`, `start`, `restart` and `down` need: a project name and a runner on every
/// daemon that answers. They find containers by the project's label, so, as in Docker Compose, they also
/// work with `-p NAME` (or `COMPOSE_PROJECT_NAME`) and no compose file, and with a file that no longer
/// loads (a warning). A daemon that does not answer is named after the rest is done, and the command exits 1.
enum LabelledSession {
    struct Context: Sendable {
        var runner: Runner
        var projectName: String
        /// The loaded project, nil when acting without a (loadable) file.
        var project: Project?
        /// False when `-p` came without `-f`: Compose then acts on the labelled containers alone, not reading the
        /// file for service names (mixcompose still reads it, for its daemons).
        var namesFromFile = true

        /// The services a command naming `services` acts on when the file's names count (its enabled services
        /// and the named ones), nil otherwise; a name the project lacks is Compose's `no such service`.
        func selecting(_ services: [String]) throws -> Set<String>? {
            guard let project, namesFromFile else { return nil }
            for name in services where project.services[name] == nil && project.disabledServices[name] == nil {
                throw RunnerError.unknownService(name)
            }
            return Set(project.services.keys).union(services)
        }
    }

    static func run<Result: Sendable>(
        _ projectOptions: ProjectOptions, _ flags: DaemonFlags, services: [String] = [], dryRun: Bool = false,
        _ body: @escaping @Sendable (Context) async throws -> Result, then finish: (Result) -> Void = { _ in }
    ) async throws {
        let (projectName, project) = try resolveProject(projectOptions, services: services)
        let settings = try project.map { try DaemonSettings(project: $0) } ?? DaemonSettings()
        try await connected(flags, settings: settings, dryRun: dryRun, { runner in
            // Compose's `projectOrName`: the file is loaded when `-f` is given or no `-p`.
            let namesFromFile = !projectOptions.files.isEmpty || projectOptions.projectName == nil
            return try await body(Context(runner: runner, projectName: projectName, project: project, namesFromFile: namesFromFile))
        }, then: finish)
    }

    /// A runner on every daemon that answers, for `body`; a daemon that does not answer is named after
    /// `finish` ran, and the command exits 1. For commands that need no project (`ls`).
    static func connected<Result: Sendable>(
        _ flags: DaemonFlags, settings: DaemonSettings = DaemonSettings(), dryRun: Bool = false,
        _ body: @escaping @Sendable (Runner) async throws -> Result, then finish: (Result) -> Void = { _ in }
    ) async throws {
        let environment = ProcessInfo.processInfo.environment
        let mode = ProgressMode.resolved(requested: flags.progress, environment: environment, isTerminal: isatty(2) == 1)
        let terminal = mode == .tty ? TTYPrinter(dryRun: dryRun) : nil
        let output: any ProgressSink = terminal ?? LinePrinter(dryRun: dryRun)
        let (result, failures) = try await DaemonResolver.withAnsweringDaemons(
            options: flags.runnerOptions(environment: environment), settings: settings, environment: environment,
            logger: Logger(label: "mixcompose"), warn: { printToStandardError("warning: \($0)\n") }
        ) { daemons, failures in
            let runner = Runner(daemons: daemons, output: output)
            let guarded = {
                try await Interrupt.guarding(.cancel, say: { await output.note($0) }) { _ in try await body(runner) }
            }
            guard let terminal else { return (try await guarded(), failures) }
            return (try await terminal.animating(guarded), failures)
        }
        finish(result)
        for failure in failures { printToStandardError("error: \(failure)\n") }
        if !failures.isEmpty { throw ExitCode.failure }
    }

    /// The project name and, when the files load, the project. Without a file (Compose's "no configuration
    /// file provided") the name must come from `-p` or `COMPOSE_PROJECT_NAME`; a file with errors is
    /// reported and passed over when the loader still settled a name.
    static func resolveProject(_ options: ProjectOptions, services: [String]) throws -> (String, Project?) {
        let result = ProjectLoader.load(options.loadOptions(services: services))
        let missing = result.diagnostics.contains { $0.message.hasPrefix("no configuration file provided") }
        let environment = ProcessInfo.processInfo.environment
        let named = options.projectName ?? environment["COMPOSE_PROJECT_NAME"].flatMap { $0.isEmpty ? nil : $0 }
        if missing, let named { return (named, nil) }
        var printer = DiagnosticPrinter()
        printer.print(result.diagnostics)
        if !result.diagnostics.hasErrors, result.tree != nil, let project = result.project { return (project.name, project) }
        guard !missing, let name = named ?? (result.name.isEmpty ? nil : result.name) else { throw ExitCode.failure }
        printToStandardError(
            "warning: the compose file has errors; acting on the containers labelled com.docker.compose.project=\(name)\n")
        return (name, nil)
    }
}
