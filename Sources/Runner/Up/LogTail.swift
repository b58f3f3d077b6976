import EngineAPI

/// The last lines a container wrote, for error messages.
enum LogTail {
    /// Up to `count` last lines of `id`'s output; empty when the logs cannot be read.
    static func lines(of id: String, on engine: any Engine, count: Int = 20) async -> [String] {
        let collector = Collector()
        try? await engine.logs(id, options: LogOptions(tail: count)) { line in
            await collector.append(line.text)
        }
        return await collector.lines
    }

    private actor Collector {
        var lines: [String] = []

        func append(_ line: String) {
            lines.append(line)
        }
    }
}
