import ArgumentParser
import ComposeModel
import YAML

/// Loads a project for a subcommand: prints the loader's diagnostics and stops with exit
/// status 1 when there are errors.
enum ProjectSession {
    struct Loaded {
        var result: LoadResult
        var tree: Node
        var project: Project
    }

    static func load(_ options: ProjectOptions, services: [String] = [], interpolate: Bool = true) throws -> Loaded {
        let result = ProjectLoader.load(options.loadOptions(services: services, interpolate: interpolate))
        var printer = DiagnosticPrinter()
        printer.print(result.diagnostics)
        guard !result.diagnostics.hasErrors, let tree = result.tree, let project = result.project else {
            throw ExitCode.failure
        }
        return Loaded(result: result, tree: tree, project: project)
    }
}
