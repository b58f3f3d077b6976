/// Compose's command line has spellings ArgumentParser cannot express: `-f` is the global
/// `--file` before a subcommand but `--follow` after `logs`, `--force` after `rm` and `--filter` after
/// `stack ps` (as `docker stack ps -f`), `-p` the global
/// `--project-name` but `--publish` among `run`'s options, and `watch --prune=false` turns off a flag
/// that is on by default. This rewrites them.
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
            if argument == "run" { rewritePublish(&result, from: index + 1) }
            if argument == "stack", result.dropFirst(index + 1).first(where: { !$0.hasPrefix("-") }) == "ps" {
                for later in (index + 1)..<result.count where result[later] == "-f" { result[later] = "--filter" }
            }
            if argument == "watch" {
                for later in (index + 1)..<result.count {
                    if ["--prune=false", "--prune=0"].contains(result[later]) { result[later] = "--no-prune" }
                    if ["--prune=true", "--prune=1"].contains(result[later]) { result[later] = "--prune" }
                }
            }
            if argument == "rm" { return Array(result[...index]) + forceFlags(Array(result[(index + 1)...])) }
            return result
        }
        return result
    }

    /// `run`'s options whose next argument is their value.
    private static let runTakesValue: Set<String> = [
        "-e", "--env", "-u", "--user", "-w", "--workdir", "-v", "--volume", "--publish", "-l", "--label", "--name",
        "--entrypoint", "--pull",
    ]

    /// `-p` → `--publish` among `run`'s options, up to the service name (the command after it is left alone).
    private static func rewritePublish(_ arguments: inout [String], from start: Int) {
        var index = start
        while index < arguments.count, arguments[index].hasPrefix("-"), arguments[index] != "--" {
            if arguments[index] == "-p" { arguments[index] = "--publish" }
            let argument = arguments[index]
            index += takesValue.contains(argument) || runTakesValue.contains(argument) ? 2 : 1
        }
    }

    /// `rm`'s arguments with `-f` as `--force`, also inside a group of its short flags (`-fsv`).
    private static func forceFlags(_ arguments: [String]) -> [String] {
        arguments.flatMap { argument -> [String] in
            let letters = argument.dropFirst()
            guard argument.hasPrefix("-"), !argument.hasPrefix("--"), letters.contains("f"), letters.allSatisfy("fsva".contains) else {
                return [argument]
            }
            return letters.map { $0 == "f" ? "--force" : "-\($0)" }
        }
    }
}
