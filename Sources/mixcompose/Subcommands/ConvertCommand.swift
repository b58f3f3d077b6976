import ArgumentParser
import ComposeModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Planner

extension MixCompose {
    struct ConvertCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "convert",
            abstract: "Convert the project to Kubernetes manifests for a cluster with Linux and Windows nodes.",
            discussion: "What has no Kubernetes counterpart is reported as a warning (MXC6xx) on standard error.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case kubernetes
        }

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Option(help: "Output format: kubernetes.") var format: Format
        @Option(name: [.short, .customLong("output")], help: "Write one file per object into this directory instead of one YAML stream to standard output.")
        var output: String?
        @Option(help: "The namespace the objects go into (and Windows pods' fully qualified peer names use).")
        var namespace = "default"

        func run() async throws {
            let (_, attempt) = ProjectSession.attempt(project)
            guard let loaded = attempt else { throw ExitCode.failure }
            let plan = Planner.plan(PlanInputBuilder.input(for: loaded.project, daemons: daemons))
            var printer = DiagnosticPrinter()
            printer.print(plan.diagnostics)
            if plan.hasErrors { throw ExitCode.failure }
            let converted = KubernetesConverter.convert(
                KubernetesInputBuilder.input(for: loaded.project, plan: plan, namespace: namespace))
            printer.print(converted.diagnostics)
            guard let output else { return print(converted.yaml(), terminator: "") }
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            for file in converted.files() {
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: output).appendingPathComponent(file.name))
            }
        }
    }
}
