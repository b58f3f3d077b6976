/// Compose's command line has spellings ArgumentParser cannot express: `-f` is the global
/// `--file` before a subcommand but `--follow` after `logs`, and `watch --prune=false` turns off a
/// flag that is on by default. This rewrites them (`--follow`, `--no-prune`).
enum ComposeArguments {
    /// Options whose next argument is their value, so that value is never taken for a subcommand.
    private static let takesValue: Set<String> = [
        "-f", "--file", "-p", "--project-name", "--profile", "--env-file", "--project-directory",
        "--linux-host", "--windows-host", "--linux-context", "--windows-context", "--default-os", "--progress",
    ]

    static func normalized(_ arguments: [String]) -> [String] {
        var result = arguments
        var index = 0
        while index < result.count {
            let argument = result[index]
            if takesValue.contains(argument) {
                index += 2
                continue
            }
            if argument.hasPrefix("-") {
                index += 1
                continue
            }
            // The first bare word is the subcommand.
            if argument == "logs" {
                for later in (index + 1)..<result.count where result[later] == "-f" { result[later] = "--follow" }
            }
            if argument == "watch" {
                for later in (index + 1)..<result.count {
                    if ["--prune=false", "--prune=0"].contains(result[later]) { result[later] = "--no-prune" }
                    if ["--prune=true", "--prune=1"].contains(result[later]) { result[later] = "--prune" }
                }
            }
            return result
        }
        return result
    }
}
