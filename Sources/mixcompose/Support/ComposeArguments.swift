/// Compose's command line has spellings ArgumentParser cannot express: `-f` is the global
/// `--file` before a subcommand but `--follow` after `logs`, `--format` after `version`, `--force` after `rm` and `--filter` after
/// `stack ps` (as `docker stack ps -f`), `-p` the global
/// `--project-name` but `--publish` among `run`'s options, and `watch --prune=false` and `ps --orphans=false`
/// turn off flags that are on by default. This rewrites them. And `exec` and `run` hand everything after their options to the
/// container, `--help` included, so a `--help` among their options is turned into `help exec` or `help run`.
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
            // The first bare word is the subcommand (`stack` with the next one).
            let nested = argument == "stack" ? result.dropFirst(index + 1).first { !$0.hasPrefix("-") } : nil
            if let meaning = shortF[nested.map { "\(argument) \($0)" } ?? argument] {
                for later in (index + 1)..<result.count where result[later] == "-f" { result[later] = meaning }
            }
            if argument == "exec" || argument == "run" {
                let options = optionIndices(result, from: index + 1, takingValue: argument == "run" ? runTakesValue : execTakesValue)
                if options.contains(where: { ["-h", "--help"].contains(result[$0]) }) { return ["help", argument] }
                if argument == "run" { for option in options where result[option] == "-p" { result[option] = "--publish" } }
            }
            if let flag = onByDefault[argument] {
                for later in (index + 1)..<result.count {
                    if ["\(flag)=false", "\(flag)=0"].contains(result[later]) { result[later] = "--no-" + flag.dropFirst(2) }
                    if ["\(flag)=true", "\(flag)=1"].contains(result[later]) { result[later] = flag }
                }
            }
            if argument == "rm" { return Array(result[...index]) + forceFlags(Array(result[(index + 1)...])) }
            return result
        }
        return result
    }

    /// What `-f` means after a subcommand, where it is not the global `--file`.
    private static let shortF = ["logs": "--follow", "version": "--format", "stack ps": "--filter"]

    /// Flags on by default that Compose turns off with `=false`, by subcommand.
    private static let onByDefault = ["watch": "--prune", "ps": "--orphans"]

    /// `run`'s options whose next argument is their value.
    private static let runTakesValue: Set<String> = [
        "-e", "--env", "-u", "--user", "-w", "--workdir", "-v", "--volume", "--publish", "-l", "--label", "--name",
        "--entrypoint", "--pull", "--cap-add", "--cap-drop", "--env-from-file",
    ]

    /// `exec`'s options whose next argument is their value.
    private static let execTakesValue: Set<String> = ["-e", "--env", "-u", "--user", "-w", "--workdir", "--index"]

    /// The indices of the options before the service name (what comes after it belongs to the container's
    /// command), skipping option values.
    private static func optionIndices(_ arguments: [String], from start: Int, takingValue: Set<String>) -> [Int] {
        var found: [Int] = []
        var index = start
        while index < arguments.count, arguments[index].hasPrefix("-"), arguments[index] != "--" {
            found.append(index)
            let argument = arguments[index]
            index += takesValue.contains(argument) || takingValue.contains(argument) ? 2 : 1
        }
        return found
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
