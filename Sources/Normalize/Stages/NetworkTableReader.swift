import Ingest

/// Reads networks from a PDF grid under the slide heading "Samverkan via nätverk": each header
/// cell is a group, and each line of a cell below it a network of that group (a slide lists one
/// network a line), column by column as the slide is read.
struct NetworkTableReader {
    /// The indices of the grids read, and the networks.
    func parse(_ tables: [TableGrid], texts: [GridText], skipping: Set<Int>) -> (networks: [Network], read: Set<Int>) {
        var networks: [Network] = []
        var read = Set<Int>()
        for (index, (grid, text)) in zip(tables, texts).enumerated() where !skipping.contains(index) {
            guard grid.title?.collapsingWhitespace.fastLowercased() == SlideParser.networkHeading else { continue }
            read.insert(index)
            let groups = text.header.map(GridText.cell)
            for column in groups.indices {
                for row in grid.rows where column < row.count {
                    let cell = row[column]
                    let provenance = TableGrid.provenance(of: [cell])
                    for name in Self.names(cell.lines) {
                        networks.append(Network(name: name, group: groups[column].isEmpty ? nil : groups[column],
                                                provenance: provenance))
                    }
                }
            }
        }
        return (networks, read)
    }

    /// One name a line; a line that starts in lowercase goes on with the name above it
    /// ("Delregionalt" / "kollektivtrafikråd").
    static func names(_ lines: [String]) -> [String] {
        var names: [String] = []
        for line in lines.map(\.collapsingWhitespace) where !line.isEmpty {
            if let last = names.last, line.first?.isLowercase == true {
                names[names.count - 1] = last + " " + line
            } else {
                names.append(line)
            }
        }
        return names
    }
}
