import ArgumentParser
import ComposeModel
import Planner

extension MixCompose {
    struct PlanCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Show where each service runs and why, the start order and the injected peer addresses.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, dot, mermaid
        }

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Option(help: "Output format: text, json, dot or mermaid.") var format: Format = .text
        @Option(help: "Where it will run: local (the two daemons), swarm or kubernetes (these add what the conversion cannot carry over).")
        var target: DeployTarget = .local

        func run() async throws {
            let (result, attempt) = ProjectSession.attempt(project)
            guard let loaded = attempt else {
                // A script reading the plan still gets JSON: the plan's `diagnostics` key alone.
                if format == .json { print(DiagnosticRenderer.json(result.diagnostics.items)) }
                throw ExitCode.failure
            }
            var plan = Planner.plan(PlanInputBuilder.input(for: loaded.project, daemons: daemons))
            plan.diagnostics.append(contentsOf: target.diagnostics(for: loaded.project, plan: plan))
            switch format {
            case .text: print(PlanRenderer.text(plan), terminator: "")
            case .json: print(PlanRenderer.json(plan))
            case .dot: print(PlanRenderer.dot(plan), terminator: "")
            case .mermaid: print(PlanRenderer.mermaid(plan), terminator: "")
            }
            if plan.hasErrors { throw ExitCode.failure }
        }
    }
}
