// Times the loader on one compose file: the full `config --format json` pipeline in process
// (load, merge, normalise, check, render) and a raw libyaml event parse of the same bytes.
// Run through bench/loader.sh; this is a measurement tool, not a test.
import ComposeModel
import Foundation
import YAML

let arguments = CommandLine.arguments
if arguments.count > 1, arguments[1] == "--dump" {
    OutputDump.run(Array(arguments.dropFirst(2)))
    exit(0)
}
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: loader-bench <compose.yaml> [repetitions] | loader-bench --dump <compose.yaml>...\n".utf8))
    exit(2)
}
let file = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path
let repetitions = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
let directory = (file as NSString).deletingLastPathComponent

/// The fastest of `repetitions` runs of `body`, in seconds.
func best(_ body: () -> Void) -> Double {
    var fastest = Double.infinity
    for _ in 0..<repetitions {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return fastest
}

var outputBytes = 0
var failed = false
let configTime = best {
    let options = LoadOptions(
        workingDirectory: directory, files: [file], environment: ProcessInfo.processInfo.environment)
    let result = ProjectLoader.load(options)
    guard let tree = result.tree else {
        failed = true
        for diagnostic in result.diagnostics.errors { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
        return
    }
    let json = ConfigRenderer.json(tree)
    outputBytes = json.utf8.count
    // MIXCOMPOSE_BENCH_OUTPUT=<file> keeps the rendered JSON, to compare builds byte for byte.
    if let output = ProcessInfo.processInfo.environment["MIXCOMPOSE_BENCH_OUTPUT"] {
        FileManager.default.createFile(atPath: output, contents: Data(json.utf8))
    }
}
let bytes = [UInt8](FileManager.default.contents(atPath: file) ?? Data())
var events = 0
let parseTime = best { events = (try? YAMLParser.countEvents(bytes)) ?? -1 }
if failed { exit(1) }
print("config_seconds=\(configTime) libyaml_seconds=\(parseTime) events=\(events) json_bytes=\(outputBytes)")
