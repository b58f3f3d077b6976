import ComposeModel
import Foundation

/// `loader-bench --dump <file>...`: prints, for each compose file, the `config --format json` text
/// or its diagnostics, so a speed change can be checked to alter no output (save, rebuild, `cmp`).
enum OutputDump {
    /// Loads each file from its own directory with an empty environment and prints what came out.
    static func run(_ files: [String]) {
        var output = ""
        for file in files {
            let path = URL(fileURLWithPath: file).standardizedFileURL.path
            let directory = (path as NSString).deletingLastPathComponent
            let options = LoadOptions(
                workingDirectory: directory, files: [(path as NSString).lastPathComponent], environment: ["PWD": directory])
            let result = ProjectLoader.load(options)
            output += "== \(file)\n"
            for diagnostic in result.diagnostics { output += "\(diagnostic)\n" }
            if let tree = result.tree {
                output += ConfigRenderer.json(tree) + "\n" + ConfigRenderer.yaml(tree)
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
