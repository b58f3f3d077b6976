/// One libyaml parse event, already converted to Swift values (no C buffer outlives the event).
enum Event {
    /// What a node event carries besides its content: anchor, explicit tag and start mark.
    struct Properties {
        var anchor: String?
        var tag: String?
        var mark: Mark
    }

    case streamStart
    case streamEnd
    case documentStart(Mark)
    case documentEnd
    case alias(anchor: String, mark: Mark)
    case scalar(Node.Scalar, Properties)
    case sequenceStart(Properties)
    case sequenceEnd
    case mappingStart(Properties)
    case mappingEnd
}
