import Foundation

/// The process's standard input, read to its end the first time a `-f -` file asks for it (once:
/// a second `-` sees the same bytes, and a command that never names `-` never reads it).
enum StandardInput {
    static let bytes: [UInt8] = {
        let data = (try? FileHandle.standardInput.readToEnd()) ?? nil
        return [UInt8](data ?? Data())
    }()
}
