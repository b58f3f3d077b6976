/// Plain-text tables as `docker` prints them (Go's `tabwriter`): columns padded to their widest cell plus
/// `padding` spaces, and at least `minimumWidth` wide.
enum AlignedColumns {
    /// One line per row (the first is usually the titles); the last column is not padded.
    static func lines(_ rows: [[String]], minimumWidth: Int = 0, padding: Int = 3) -> [String] {
        var widths: [Int] = []
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index < widths.count { widths[index] = max(widths[index], cell.count) } else { widths.append(cell.count) }
            }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: max(widths[index] + padding, minimumWidth) - cell.count)
            }.joined()
        }
    }
}
