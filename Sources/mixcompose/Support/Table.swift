import Foundation

/// A plain text table with left-aligned columns separated by three spaces, as `docker ps` prints.
struct Table {
    var titles: [String]
    var rows: [[String]]

    var rendered: String {
        let all = [titles] + rows
        let widths = titles.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column] + 3, withPad: " ", startingAt: 0)
            }.joined()
        }.joined(separator: "\n") + "\n"
    }
}
