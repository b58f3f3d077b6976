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

    /// Parses one short volume string; errors carry compose-go's wording.
    static func parse(_ spec: String) throws(ParseError) -> VolumeSpec {
        var volume = VolumeSpec()
        let scalars = Array(spec.unicodeScalars)
        if spec.utf8.count == 0 { throw ParseError(message: "invalid empty volume spec") }
        if spec.utf8.count <= 2 {
            volume.target = spec
            return volume
        }
        var buffer: [Unicode.Scalar] = []
        var depth = 0
        var index = 0
        while index <= scalars.count {
            let char: Unicode.Scalar? = index < scalars.count ? scalars[index] : nil
            defer { index += 1 }
            if char == "$", index + 1 < scalars.count, scalars[index + 1] == "{" {
                depth += 1
                buffer.append("$")
                continue
            }
            if char == "}", depth > 0 {
                depth -= 1
                buffer.append("}")
                continue
            }
            if char == ":", buffer.count == 1, buffer[0].properties.isAlphabetic {
                buffer.append(":")
            } else if char == nil || (char == ":" && depth == 0) {
                do throws(ParseError) {
                    try volume.populate(from: String(String.UnicodeScalarView(buffer)), atEnd: char == nil)
                } catch {
                    throw ParseError(message: "invalid spec: \(spec): \(error.message)")
                }
                buffer = []
            } else if let char {
                buffer.append(char)
            }
        }
        volume.populateType()
        return volume
    }

    private mutating func populate(from part: String, atEnd: Bool) throws(ParseError) {
        switch true {
        case part.isEmpty: throw ParseError(message: "empty section between colons")
        case source.isEmpty && atEnd: target = part
        case source.isEmpty: source = part
        case target.isEmpty: target = part
        case !atEnd: throw ParseError(message: "too many colons")
        default:
            for option in part.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
                switch option {
                case "ro": readOnly = true
                case "rw": readOnly = false
                case "nocopy": noCopy = true; hasVolume = true
                case "z", "Z": selinux = option; hasBind = true
                case _ where Self.propagations.contains(option): propagation = option; hasBind = true
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
