#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The `-e/--env` entries of `exec` and `run`, as the docker CLI reads them.
enum EnvironmentOption {
    /// `KEY=VALUE` entries as given; a bare `KEY` passes the variable on when it is set and is dropped otherwise.
    static func entries(_ values: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        values.compactMap { entry in
            entry.contains("=") ? entry : environment[entry].map { "\(entry)=\($0)" }
        }
    }
}
