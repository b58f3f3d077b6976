/// Reads what the daemon's archive endpoint answers (`GET /containers/{id}/archive`): the first regular
/// file's content, or every entry, with PAX and GNU long names applied.
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

    /// Every file, directory and link in `archive`, in order; nil when the archive is cut short or malformed.
    package static func entries(in archive: [UInt8]) -> [TarEntry]? {
        let block = TarArchive.blockSize
        var offset = 0
        var entries: [TarEntry] = []
        var longName: String?
        var longLink: String?
        while offset + block <= archive.count {
            let header = archive[offset..<(offset + block)]
            guard header.contains(where: { $0 != 0 }) else { return entries }
            guard let size = octal(header.dropFirst(124).prefix(12)) else { return nil }
            let start = offset + block
            guard start + size <= archive.count else { return nil }
            let data = Array(archive[start..<(start + size)])
            offset = start + (size + block - 1) / block * block
            let type = archive[start - block + 156]
            switch type {
            case UInt8(ascii: "x"):
                let records = paxRecords(data)
                longName = records["path"] ?? longName
                longLink = records["linkpath"] ?? longLink
                continue
            case UInt8(ascii: "L"): longName = text(data[...]); continue
            case UInt8(ascii: "K"): longLink = text(data[...]); continue
            default: break
            }
            let kind: TarEntry.Kind? = switch type {
            case UInt8(ascii: "0"), 0, UInt8(ascii: "7"): .file
            case UInt8(ascii: "5"): .directory
            case UInt8(ascii: "2"): .symlink
            case UInt8(ascii: "1"): .hardlink
            default: nil
            }
            let prefix = text(header.dropFirst(345).prefix(155))
            let short = text(header.prefix(100))
            var path = longName ?? (prefix.isEmpty ? short : prefix + "/" + short)
            while path.hasSuffix("/") { path.removeLast() }
            let link = longLink ?? text(header.dropFirst(157).prefix(100))
            longName = nil
            longLink = nil
            guard let kind else { continue }
            entries.append(TarEntry(
                path: path, kind: kind, mode: octal(header.dropFirst(100).prefix(8)) ?? 0o644,
                uid: octal(header.dropFirst(108).prefix(8)) ?? 0, gid: octal(header.dropFirst(116).prefix(8)) ?? 0,
                modified: octal(header.dropFirst(136).prefix(12)) ?? 0, linkTarget: link, contents: kind == .file ? data : []))
        }
        // Ended without the zero blocks: cut short unless nothing at all is left over.
        return offset == archive.count ? entries : nil
    }

    /// A NUL-terminated header field as text.
    private static func text(_ field: ArraySlice<UInt8>) -> String {
        String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// `length key=value\n` records of a PAX header.
    private static func paxRecords(_ data: [UInt8]) -> [String: String] {
        var records: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let space = line.firstIndex(of: " "), let equals = line[space...].firstIndex(of: "=") else { continue }
            records[String(line[line.index(after: space)..<equals])] = String(line[line.index(after: equals)...])
        }
        return records
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
