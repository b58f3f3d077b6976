/// The short volume syntax `[SOURCE:]TARGET[:OPTIONS]`, parsed like compose-go
/// `format.ParseVolume`: a one-letter part before `:` is a Windows drive, colons inside `${…}`
/// do not split, and unknown options are dropped.
struct VolumeSpec: Hashable {
    enum MountType: String { case bind, volume }

    var type: MountType = .volume
    var source = ""
    var target = ""
    var readOnly = false
    var selinux = ""
    var propagation = ""
    var noCopy = false
    /// Whether the `bind`/`volume` sub-objects appear (compose-go sets them as a side effect).
    var hasBind = false
    var hasVolume = false
    var createHostPath = false

    struct ParseError: Error, Equatable {
        var message: String
    }

    static let propagations: Set<String> = ["rprivate", "private", "rshared", "shared", "rslave", "slave"]

    /// Parses one short volume string; errors carry compose-go's wording. Scanned as UTF-8 bytes
    /// (every delimiter is ASCII): each part is the text between two splitting colons.
    static func parse(_ spec: String) throws(ParseError) -> VolumeSpec {
        var volume = VolumeSpec()
        let bytes = Array(spec.utf8)
        if bytes.isEmpty { throw ParseError(message: "invalid empty volume spec") }
        if bytes.count <= 2 {
            volume.target = spec
            return volume
        }
        var partStart = 0
        var depth = 0
        var index = 0
        while index <= bytes.count {
            let byte: UInt8? = index < bytes.count ? bytes[index] : nil
            defer { index += 1 }
            if byte == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
                depth += 1
            } else if byte == UInt8(ascii: "}"), depth > 0 {
                depth -= 1
            } else if byte == UInt8(ascii: ":"), isDriveLetter(bytes[partStart..<index]) {
                continue
            } else if byte == nil || (byte == UInt8(ascii: ":") && depth == 0) {
                let part = String(decoding: bytes[partStart..<index], as: UTF8.self)
                do throws(ParseError) {
                    try volume.populate(from: part, atEnd: byte == nil)
                } catch {
                    throw ParseError(message: "invalid spec: \(spec): \(error.message)")
                }
                partStart = index + 1
            }
        }
        volume.populateType()
        return volume
    }

    /// Whether `part` is exactly one alphabetic Unicode scalar (a Windows drive letter).
    private static func isDriveLetter(_ part: ArraySlice<UInt8>) -> Bool {
        guard let first = part.first, part.count <= 4 else { return false }
        if first < 0x80 {
            return part.count == 1 && Unicode.Scalar(first).properties.isAlphabetic
        }
        let scalars = String(decoding: part, as: UTF8.self).unicodeScalars
        return scalars.count == 1 && scalars.first?.properties.isAlphabetic == true
    }

    private mutating func populate(from part: String, atEnd: Bool) throws(ParseError) {
        switch true {
        case part.isEmpty: throw ParseError(message: "empty section between colons")
        case source.isEmpty && atEnd: target = part
        case source.isEmpty: source = part
        case target.isEmpty: target = part
        case !atEnd: throw ParseError(message: "too many colons")
        default:
            for option in part.split(separator: ",", omittingEmptySubsequences: false) {
                switch option {
                case "ro": readOnly = true
                case "rw": readOnly = false
                case "nocopy": noCopy = true; hasVolume = true
                case "z", "Z": selinux = String(option); hasBind = true
                case _ where Self.propagations.contains(String(option)): propagation = String(option); hasBind = true
                default: continue
                }
            }
        }
    }

    private mutating func populateType() {
        if Self.isFilePath(source) {
            type = .bind
            hasBind = true
            createHostPath = true
        } else {
            type = .volume
            hasVolume = true
        }
    }

    /// compose-go `isFilePath`: `.`, `/`, `~`, `\\` or a drive letter start a host path.
    static func isFilePath(_ source: String) -> Bool {
        guard let first = source.unicodeScalars.first else { return false }
        if first == "." || first == "/" || first == "~" || source.hasPrefix("\\\\") { return true }
        let rest = source.unicodeScalars.dropFirst()
        return rest.first == ":" && first.properties.isAlphabetic
    }
}
