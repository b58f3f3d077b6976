/// One line of container output, without its line terminator.
package struct LogLine: Sendable, Hashable {
    /// The stream a line came from; raw values are the multiplexing header's stream byte.
    package enum Stream: Int, Sendable, Hashable, CaseIterable {
        case stdin = 0
        case stdout = 1
        case stderr = 2
    }

    package var stream: Stream
    package var text: String

    /// Creates a line.
    package init(stream: Stream, text: String) {
        self.stream = stream
        self.text = text
    }
}
