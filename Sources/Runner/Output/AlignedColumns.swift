/// Plain-text tables as `docker` prints them: columns padded to their widest cell plus three spaces.
enum AlignedColumns {
    /// One line per row (the first is usually the titles); the last column is not padded. A column is at least
    /// `minimumWidth` wide, gap included (the docker CLI's `tabwriter` minimum, 20 for `ls`).
    static func lines(_ rows: [[String]], minimumWidth: Int = 0) -> [String] {
        var widths: [Int] = []
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index < widths.count { widths[index] = max(widths[index], cell.count) } else { widths.append(cell.count) }
            }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: max(widths[index] + 3, minimumWidth) - cell.count)
            }.joined()
        }
    }
}
