import ComposeModel
import Foundation

/// Runs one compose project through the reference Docker Compose v2 and through the in-process
/// loader, and compares the parsed `config --format json` outputs.
struct DifferentialCase: Sendable, CustomStringConvertible {
    /// The directory both run in.
    var directory: String
    /// Global flags (`-f x.yaml`, `--profile p`, …), the same for both.
    var arguments: [String]
    /// Services named after `config`, as on the command line.
    var services: [String] = []
    /// Variables on top of the fixed base environment.
    var environment: [String: String]
    var label: String

    var description: String { label }

    enum Outcome: Equatable {
        case agree
        case bothRejected
        case weRejected(String)
        case weAccepted(reference: String)
        case differ(String)
    }

    /// The environment both sides see: nothing from the developer's shell leaks in.
    var fullEnvironment: [String: String] {
        var env = ["PATH": "/usr/bin:/bin", "HOME": "/tmp/mixcompose-differential-home", "PWD": directory]
        for (key, value) in environment { env[key] = value }
        return env
    }

    func run(reference: String) -> Outcome {
        let (status, output, errors) = Self.execute(reference, arguments + ["config", "--format", "json"] + services, in: directory, environment: fullEnvironment)
        let ours = ours()
        if status != 0 {
            return ours.accepted == nil ? .bothRejected : .weAccepted(reference: errors.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard let accepted = ours.accepted else { return .weRejected(ours.errors) }
        guard let expected = Self.parse(output) else { return .differ("reference printed unparsable JSON") }
        guard let actual = Self.parse(accepted) else { return .differ("we printed unparsable JSON") }
        if let difference = JSONDifference.first(expected, actual, path: "") { return .differ(difference) }
        return .agree
    }

    /// Our JSON, or our errors.
    func ours() -> (accepted: String?, errors: String) {
        let result = ProjectLoader.load(loadOptions())
        guard let tree = result.tree, !result.diagnostics.hasErrors else {
            return (nil, result.diagnostics.errors.map(\.description).joined(separator: "; "))
        }
        return (ConfigRenderer.json(tree), "")
    }

    /// The lines of `config --<listing>` from the reference and from us, sorted (Compose prints
    /// them in Go map order); nil when either side rejects the project.
    func listing(_ listing: ConfigListing, reference: String) -> (reference: [String], ours: [String])? {
        let (status, output, _) = Self.execute(
            reference, arguments + ["config", "--\(listing.rawValue)"] + services, in: directory, environment: fullEnvironment)
        var options = loadOptions()
        if !listing.honoursServiceSelection { options.services = [] }
        let result = ProjectLoader.load(options)
        guard status == 0, !result.diagnostics.hasErrors, let project = result.project else { return nil }
        let theirs = output.split(separator: "\n").map(String.init).filter { !$0.isEmpty }.sorted()
        return (theirs, listing.lines(of: project, loaded: result).sorted())
    }

    /// The loader options matching `arguments`, `services` and the environment.
    func loadOptions() -> LoadOptions {
        var options = LoadOptions(workingDirectory: directory, environment: fullEnvironment, services: services)
        var i = 0
        while i < arguments.count {
            let flag = arguments[i]
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch flag {
            case "-f": options.files.append(value)
            case "-p": options.projectName = value
            case "--profile": options.profiles.append(value)
            case "--env-file": options.envFiles.append(value)
            case "--project-directory": options.projectDirectory = value
            default: i -= 1
            }
            i += 2
        }
        return options
    }

    static func parse(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    static func execute(_ tool: String, _ arguments: [String], in directory: String, environment: [String: String]) -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return (-1, "", "\(error)") }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}

/// The first difference between two parsed JSON values, as a path and the two values.
enum JSONDifference {
    static func first(_ expected: Any, _ actual: Any, path: String) -> String? {
        switch (expected, actual) {
        case (let e as [String: Any], let a as [String: Any]):
            for key in Set(e.keys).union(a.keys).sorted() {
                guard let ev = e[key] else { return "\(path).\(key): unexpected \(brief(a[key]!))" }
                guard let av = a[key] else { return "\(path).\(key): missing, expected \(brief(ev))" }
                if let difference = first(ev, av, path: "\(path).\(key)") { return difference }
            }
            return nil
        case (let e as [Any], let a as [Any]):
            guard e.count == a.count else { return "\(path): \(a.count) items, expected \(e.count): \(brief(e)) vs \(brief(a))" }
            for (i, pair) in zip(e, a).enumerated() {
                if let difference = first(pair.0, pair.1, path: "\(path)[\(i)]") { return difference }
            }
            return nil
        default:
            let same = (expected as? NSObject)?.isEqual(actual) ?? false
            return same ? nil : "\(path): \(brief(actual)), expected \(brief(expected))"
        }
    }

    static func brief(_ value: Any) -> String {
        let text = (try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]))
            .map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
        return text.count > 160 ? String(text.prefix(160)) + "…" : text
    }
}
