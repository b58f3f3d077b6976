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

    static func load(
        _ options: ProjectOptions, services: [String] = [], interpolate: Bool = true,
        configure: (inout LoadOptions) -> Void = { _ in }
    ) throws -> Loaded {
        guard let loaded = attempt(options, services: services, interpolate: interpolate, configure: configure).1 else {
            throw ExitCode.failure
        }
        return loaded
    }

    /// Loads and prints the diagnostics like `load`, but hands back the result when loading
    /// failed too, for a command that still reports it in its own format.
    static func attempt(
        _ options: ProjectOptions, services: [String] = [], interpolate: Bool = true,
        configure: (inout LoadOptions) -> Void = { _ in }
    ) -> (LoadResult, Loaded?) {
        var loadOptions = options.loadOptions(services: services, interpolate: interpolate)
        configure(&loadOptions)
        let result = ProjectLoader.load(loadOptions)
        var printer = DiagnosticPrinter()
        printer.print(result.diagnostics)
        guard !result.diagnostics.hasErrors, let tree = result.tree, let project = result.project else {
            return (result, nil)
        }
        return (result, Loaded(result: result, tree: tree, project: project))
    }
}
