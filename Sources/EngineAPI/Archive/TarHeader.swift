/// One 512-byte ustar header, and the PAX records an entry needs when its fields overflow it.
struct TarHeader: Sendable {
    /// The entry types the archive writes.
    enum EntryType: UInt8, Sendable {
        case file = 0x30, symlink = 0x32, directory = 0x35, pax = 0x78
    }

    var name: String
    var type: EntryType
    var mode: Int
    var size: Int
    var modified: Int
    var linkTarget = ""
    var uid = 0
    var gid = 0

    /// The largest size an 11-digit octal field holds (8 GiB - 1).
    private static let maximumOctalSize = 0o77777777777

    /// `path`, `linkpath` and `size` records for values the ustar fields cannot hold.
    var paxRecords: [[UInt8]] {
        var records: [[UInt8]] = []
        if name.utf8.count > 100 { records.append(Self.paxRecord("path", name)) }
        if linkTarget.utf8.count > 100 { records.append(Self.paxRecord("linkpath", linkTarget)) }
        if size > Self.maximumOctalSize { records.append(Self.paxRecord("size", String(size))) }
        return records
    }

    /// What the archive holds before the entry's data: a PAX header with its records when the ustar fields
    /// overflow, then the header block.
    var blocks: [UInt8] {
        let records = paxRecords.flatMap { $0 }
        guard !records.isEmpty else { return block }
        let pax = TarHeader(name: "././@PaxHeader", type: .pax, mode: 0o644, size: records.count, modified: modified)
        return pax.block + records + Self.padding(after: records.count) + block
    }

    /// The zero bytes that fill the last block of `size` bytes of data.
    static func padding(after size: Int) -> [UInt8] {
        let remainder = size % TarArchive.blockSize
        return [UInt8](repeating: 0, count: remainder == 0 ? 0 : TarArchive.blockSize - remainder)
    }

    /// The header block, checksum included.
    var block: [UInt8] {
        var block = [UInt8](repeating: 0, count: TarArchive.blockSize)
        Self.put(Array(name.utf8.prefix(100)), at: 0, in: &block)
        Self.put(Self.octal(mode & 0o7777, width: 8), at: 100, in: &block)
        Self.put(Self.octal(uid, width: 8), at: 108, in: &block)
        Self.put(Self.octal(gid, width: 8), at: 116, in: &block)
        Self.put(Self.octal(min(size, Self.maximumOctalSize), width: 12), at: 124, in: &block)
        Self.put(Self.octal(max(modified, 0), width: 12), at: 136, in: &block)
        block[156] = type.rawValue
        Self.put(Array(linkTarget.utf8.prefix(100)), at: 157, in: &block)
        Self.put(Array("ustar\u{0}00".utf8), at: 257, in: &block)
        // The checksum is computed with its own field read as eight spaces.
        Self.put([UInt8](repeating: 0x20, count: 8), at: 148, in: &block)
        let sum = block.reduce(0) { $0 + Int($1) }
        Self.put(Self.octal(sum, width: 7) + [0x20], at: 148, in: &block)
        return block
    }

    /// `"<length> <key>=<value>\n"`, where the length counts the whole record, its own digits included.
    static func paxRecord(_ key: String, _ value: String) -> [UInt8] {
        let body = " \(key)=\(value)\n".utf8.count
        var length = body + String(body).count
        if String(length).count != String(body).count { length = body + String(length).count }
        return Array("\(length) \(key)=\(value)\n".utf8)
    }

    /// Zero-padded octal digits followed by a NUL, `width` bytes in all.
    private static func octal(_ value: Int, width: Int) -> [UInt8] {
        let digits = String(value, radix: 8)
        let padded = String(repeating: "0", count: max(width - 1 - digits.count, 0)) + digits
        return Array(padded.utf8) + [0]
    }

    private static func put(_ bytes: [UInt8], at offset: Int, in block: inout [UInt8]) {
        for (index, byte) in bytes.enumerated() { block[offset + index] = byte }
    }
}
