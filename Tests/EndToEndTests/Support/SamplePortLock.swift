import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The nginx-aspnet sample publishes the fixed port 8080 whether `up` or `stack deploy` runs it: the tests
/// that run the sample hold this lock (a `flock` on a file, so it also holds across test processes).
enum SamplePortLock {
    static let path = FileManager.default.temporaryDirectory.appendingPathComponent("mixcompose-e2e-port-8080.lock").path

    /// Runs `body` while no other holder runs.
    static func holding<Result>(_ body: () throws -> Result) throws -> Result {
        let fd = open(path, O_CREAT | O_RDWR, 0o666)
        guard fd >= 0 else { throw Failure(description: "cannot open \(path): errno \(errno)") }
        defer { close(fd) }
        // Separate `open`s get separate locks, so two suites of one process exclude each other too.
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw Failure(description: "cannot lock \(path): errno \(errno)") }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }
}
