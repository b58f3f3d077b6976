/// Reads what the daemon's archive endpoint answers for one file (`GET /containers/{id}/archive`):
/// the first regular file's content, skipping PAX and other metadata entries before it.
package enum TarReader {
    /// The content of the first regular file in `archive`, or nil when it holds none (or is cut short).
    package static func firstFile(in archive: [UInt8]) -> [UInt8]? {
        let block = TarArchive.blockSize
        var offset = 0
        while offset + block <= archive.count {
            let header = archive[offset..<(offset + block)]
            // Two zero blocks end the archive; one is enough to know nothing follows.
            guard header.contains(where: { $0 != 0 }), let size = octal(header.dropFirst(124).prefix(12)) else { return nil }
            let type = archive[offset + 156]
            let start = offset + block
            guard start + size <= archive.count else { return nil }
            // `0` and NUL are regular files; PAX (`x`, `g`), GNU long names (`L`) and the like are skipped.
            if type == UInt8(ascii: "0") || type == 0 { return Array(archive[start..<(start + size)]) }
            offset = start + (size + block - 1) / block * block
        }
        return nil
    }

    /// An octal header field: digits, ended by NUL or a space; nil when it holds anything else.
    private static func octal(_ field: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in field {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "7"): value = value * 8 + Int(byte - UInt8(ascii: "0"))
            case 0, UInt8(ascii: " "): if value > 0 { return value }
            default: return nil
            }
        }
        return value
    }
}
