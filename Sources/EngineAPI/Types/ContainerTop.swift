/// `GET /containers/{id}/top`: column titles and one row of cells per process.
package struct ContainerTop: Codable, Sendable, Hashable {
    package var titles: [String]
    package var processes: [[String]]

    /// Creates a process table.
    package init(titles: [String], processes: [[String]]) {
        self.titles = titles
        self.processes = processes
    }

    enum CodingKeys: String, CodingKey {
        case titles = "Titles", processes = "Processes"
    }

    /// Decodes an answer, reading absent lists (a container without processes) as empty.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        titles = try container.decodeIfPresent([String].self, forKey: .titles) ?? []
        processes = try container.decodeIfPresent([[String]].self, forKey: .processes) ?? []
    }
}
