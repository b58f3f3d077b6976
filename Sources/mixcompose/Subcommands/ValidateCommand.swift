import ArgumentParser
import ComposeModel
import Planner

extension MixCompose {
    struct ValidateCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Load, plan and check the project for CI; exit non-zero on errors.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, github, sarif
        }

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Option(help: "Output format: text, json, github or sarif.") var format: Format = .text
        @Flag(help: "Fail on warnings too.") var strict = false
        @Option(help: "Where it will run: local (the two daemons), swarm or kubernetes (these add what the conversion cannot carry over).")
        var target: DeployTarget = .local

        func run() async throws {
            let loaded = ProjectLoader.load(project.loadOptions())
            var diagnostics = loaded.diagnostics
            if !diagnostics.hasErrors, let model = loaded.project {
                let plan = Planner.plan(PlanInputBuilder.input(for: model, daemons: daemons))
                diagnostics.append(contentsOf: plan.diagnostics)
                diagnostics.append(contentsOf: target.diagnostics(for: model, plan: plan))
            }
            let items = diagnostics.items
            switch format {
            case .text: printToStandardError(DiagnosticRenderer.text(items))
            case .json: print(DiagnosticRenderer.json(items))
            case .github: print(DiagnosticRenderer.github(items), terminator: "")
            case .sarif: print(DiagnosticRenderer.sarif(items, toolVersion: BuildInfo.version))
            }
            if diagnostics.hasErrors || (strict && !diagnostics.isEmpty) { throw ExitCode.failure }
        }
    }
}
