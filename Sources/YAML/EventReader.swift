internal import CYAML

/// Pulls events from a libyaml parser and converts each to an `Event`, copying all text out of
/// libyaml's buffers before the C event is freed.
struct EventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeBufferPointer<UInt8>
    let file: String
    /// `file` registered once with `MarkFiles`, so per-event marks need no lookup.
    private let fileID: Int

    private init(parser: UnsafeMutablePointer<yaml_parser_t>, input: UnsafeBufferPointer<UInt8>, file: String) {
        self.parser = parser
        self.input = input
        self.file = file
        self.fileID = MarkFiles.shared.id(file)
    }

    /// Runs `body` with a reader over `bytes`; the libyaml parser lives exactly as long as the call.
    static func read<R>(
        _ bytes: [UInt8], file: String, _ body: (EventReader) throws(YAMLError) -> R
    ) throws(YAMLError) -> R {
        // libyaml asserts on a NULL input pointer, so an empty input still gets a real buffer.
        let storage = bytes.isEmpty ? [0] : bytes
        let result = storage.withUnsafeBufferPointer { buffer -> Result<R, YAMLError> in
            let input = UnsafeBufferPointer(rebasing: buffer[0..<bytes.count])
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            defer { parser.deallocate() }
            guard yaml_parser_initialize(parser) == 1 else {
                return .failure(YAMLError("out of memory", at: Mark(file: file, line: 1, column: 1)))
            }
            defer { yaml_parser_delete(parser) }
            yaml_parser_set_input_string(parser, buffer.baseAddress, bytes.count)
            let reader = EventReader(parser: parser, input: input, file: file)
            return Result { () throws(YAMLError) in try body(reader) }
        }
        return try result.get()
    }

    /// The next event, or the libyaml error that stopped the parse.
    func next() throws(YAMLError) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw error() }
        defer { yaml_event_delete(&event) }
        let mark = mark(event.start_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(mark)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: string(event.data.alias.anchor) ?? "", mark: mark)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let properties = Event.Properties(anchor: string(data.anchor), tag: string(data.tag), mark: mark)
            return .scalar(Node.Scalar(text, style: style(data.style)), properties)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            return .sequenceStart(Event.Properties(anchor: string(data.anchor), tag: string(data.tag), mark: mark))
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            return .mappingStart(Event.Properties(anchor: string(data.anchor), tag: string(data.tag), mark: mark))
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            // YAML_STREAM_END_EVENT, and YAML_NO_EVENT which libyaml only produces after the end.
            return .streamEnd
        }
    }

    /// Parses to the end without building anything; returns how many events libyaml produced.
    func countEvents() throws(YAMLError) -> Int {
        var count = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else { throw error() }
            let type = event.type
            yaml_event_delete(&event)
            count += 1
            if type == YAML_STREAM_END_EVENT || type == YAML_NO_EVENT { return count }
        }
    }

    func mark(_ mark: yaml_mark_t) -> Mark {
        Mark(fileID: fileID, line: mark.line + 1, column: mark.column + 1)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func style(_ style: yaml_scalar_style_t) -> Node.Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}

extension EventReader {
    /// libyaml's error as a `YAMLError`: its problem text, lower-cased, plus the context it names.
    private func error() -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown parse error"
        var message = problem.prefix(1).lowercased() + problem.dropFirst()
        switch state.error {
        case YAML_MEMORY_ERROR:
            return YAMLError("out of memory", at: mark(state.problem_mark))
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset instead of a mark.
            if state.problem_value != -1 {
                message += " 0x" + String(UInt32(truncatingIfNeeded: state.problem_value), radix: 16, uppercase: true)
            }
            return YAMLError(message, at: mark(offset: state.problem_offset))
        default:
            if let context = state.context {
                let at = mark(state.context_mark)
                message += " \(String(cString: context)) at line \(at.line), column \(at.column)"
            }
            return YAMLError(message, at: mark(state.problem_mark))
        }
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset into the input.
    private func mark(offset: Int) -> Mark {
        var line = 1
        var column = 1
        for byte in input.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Mark(file: file, line: line, column: column)
    }
}
