import Ingest

/// Puts a PDF page's lines in reading order: column by column, where the page sets text in
/// columns, and top to bottom within each.
///
/// pdftotext orders lines by its own flows, which for a multi-column page laid out by a browser or
/// InDesign can go back and forth between the columns. The page is cut recursively (an XY cut):
/// lines that share a height form bands; consecutive bands that keep a common gutter free form a
/// block, read column by column; a band that covers a gutter of the block (a full-width heading
/// or table, or a line across two of a row of boxes) starts a new block. A table found by geometry is kept whole, in pdftotext's order.
struct ReadingOrder {
    /// A line, or a whole table's lines on the page, placed as one box.
    private struct Atom {
        var lines: [SourceLine]
        var box: BoundingBox
    }

    /// The page's lines in reading order; `tables` gives the table a line belongs to, by line number.
    static func ordered(_ page: SourcePage, tables: [Int: Int]) -> [SourceLine] {
        guard page.lines.count > 1, page.lines.allSatisfy({ $0.bbox != nil }) else { return page.lines }
        var atoms: [Atom] = []
        var tableAtoms: [Int: Int] = [:]
        for line in page.lines {
            guard let box = line.bbox else { continue }
            if let table = tables[line.number] {
                if let index = tableAtoms[table] {
                    atoms[index].lines.append(line)
                    atoms[index].box = atoms[index].box.union(box)
                } else {
                    tableAtoms[table] = atoms.count
                    atoms.append(Atom(lines: [line], box: box))
                }
            } else {
                atoms.append(Atom(lines: [line], box: box))
            }
        }
        atoms = attachingMarkers(atoms)
        let heights = page.lines.compactMap(\.bbox?.height).sorted()
        let gutter = max(LayoutTolerances.minimumGutter, heights[heights.count / 2] * LayoutTolerances.gutterWidth)
        return order(atoms, gutter: gutter).flatMap(\.lines)
    }

    /// A list marker printed apart from its text ("•" in a hanging indent) goes with the line to
    /// its right, so the marker column is no column of text.
    private static func attachingMarkers(_ atoms: [Atom]) -> [Atom] {
        var atoms = atoms
        var index = 0
        while index < atoms.count {
            let atom = atoms[index]
            guard atom.lines.count == 1, let line = atom.lines.first, LayoutBlock.isMarker(line.collapsed),
                  let partner = atoms.indices.filter({ other in
                      other != index && atoms[other].box.x0 >= atom.box.x1
                          && atoms[other].box.x0 - atom.box.x1 < atom.box.height * LayoutTolerances.markerDistance
                          && atoms[other].box.y0 < atom.box.y1 && atom.box.y0 < atoms[other].box.y1
                  }).min(by: { atoms[$0].box.x0 < atoms[$1].box.x0 }) else {
                index += 1
                continue
            }
            atoms[partner].lines.insert(line, at: 0)
            atoms[partner].box = atoms[partner].box.union(atom.box)
            atoms.remove(at: index)
        }
        return atoms
    }

    private static func order(_ atoms: [Atom], gutter: Double) -> [Atom] {
        guard atoms.count > 1 else { return atoms }
        let left = atoms.map(\.box.x0).min() ?? 0
        let right = atoms.map(\.box.x1).max() ?? 0
        var result: [Atom] = []
        for block in blocks(atoms, left: left, right: right, gutter: gutter) {
            guard let cut = interiorGap(block, left: left, right: right, gutter: gutter),
                  block.contains(where: { $0.box.x1 <= cut.lowerBound }), block.contains(where: { $0.box.x0 >= cut.upperBound })
            else {
                result += block.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
                continue
            }
            let middle = (cut.lowerBound + cut.upperBound) / 2
            result += order(block.filter { $0.box.x1 <= middle }, gutter: gutter)
            result += order(block.filter { $0.box.x1 > middle }, gutter: gutter)
        }
        return result
    }

    /// Bands (atoms whose heights overlap), joined into blocks while a gutter stays free.
    private static func blocks(_ atoms: [Atom], left: Double, right: Double, gutter: Double) -> [[Atom]] {
        var bands: [(atoms: [Atom], bottom: Double)] = []
        for atom in atoms.sorted(by: { $0.box.y0 < $1.box.y0 }) {
            if let last = bands.last, atom.box.y0 < last.bottom {
                bands[bands.count - 1].atoms.append(atom)
                bands[bands.count - 1].bottom = max(last.bottom, atom.box.y1)
            } else {
                bands.append(([atom], atom.box.y1))
            }
        }
        var blocks: [[Atom]] = []
        var free: [ClosedRange<Double>] = []
        var bottom = -Double.infinity
        for band in bands {
            let top = band.atoms.map(\.box.y0).min() ?? 0
            let height = band.atoms.map(\.box.height).min() ?? 0
            // A wide gap ends the block: what follows (a figure, a caption) is set apart from it.
            let apart = top - bottom > height * LayoutTolerances.blockGap
            bottom = max(bottom, band.bottom)
            let bandFree = freeIntervals(band.atoms, left: left, right: right, gutter: gutter)
            let common = intersect(free, bandFree, gutter: gutter)
            let interior = { (intervals: [ClosedRange<Double>]) in
                intervals.filter { $0.lowerBound > left && $0.upperBound < right }.count
            }
            // A band joins the block while it leaves every gutter of the block free, and the block
            // leaves every gutter of the band free (a row of boxes under a heading starts a block).
            if !blocks.isEmpty, !apart, interior(common) > 0, interior(common) >= interior(free),
               interior(common) >= interior(bandFree),
               !startsBelowColumns(band.atoms, block: blocks[blocks.count - 1], gutters: common, top: top, height: height) {
                blocks[blocks.count - 1] += band.atoms
                free = common
            } else {
                blocks.append(band.atoms)
                free = bandFree
            }
        }
        return blocks
    }

    /// Whether a band on one side of the block's widest gutter starts below the end of the other
    /// side and apart from its own side: a caption under balanced columns, not a line of a column.
    private static func startsBelowColumns(_ band: [Atom], block: [Atom], gutters: [ClosedRange<Double>],
                                           top: Double, height: Double) -> Bool {
        guard let cut = gutters.max(by: { $0.upperBound - $0.lowerBound < $1.upperBound - $1.lowerBound }) else { return false }
        let middle = (cut.lowerBound + cut.upperBound) / 2
        let onLeft = band.allSatisfy { $0.box.x1 <= middle }, onRight = band.allSatisfy { $0.box.x0 >= middle }
        guard onLeft || onRight else { return false }
        let own = block.filter { onLeft ? $0.box.x1 <= middle : $0.box.x0 >= middle }.map(\.box.y1).max()
        let other = block.filter { onLeft ? $0.box.x0 >= middle : $0.box.x1 <= middle }.map(\.box.y1).max()
        guard let own, let other else { return false }
        return other < top && top - own > height * LayoutTolerances.captionGap
    }

    /// The widest free interval strictly inside the block's width.
    private static func interiorGap(_ atoms: [Atom], left: Double, right: Double, gutter: Double) -> ClosedRange<Double>? {
        let blockLeft = atoms.map(\.box.x0).min() ?? left, blockRight = atoms.map(\.box.x1).max() ?? right
        return freeIntervals(atoms, left: blockLeft, right: blockRight, gutter: gutter)
            .filter { $0.lowerBound > blockLeft && $0.upperBound < blockRight }
            .max { $0.upperBound - $0.lowerBound < $1.upperBound - $1.lowerBound }
    }

    /// The x intervals no atom covers, at least a gutter wide, between `left` and `right`.
    private static func freeIntervals(_ atoms: [Atom], left: Double, right: Double, gutter: Double) -> [ClosedRange<Double>] {
        var intervals: [ClosedRange<Double>] = []
        var x = left
        for atom in atoms.sorted(by: { $0.box.x0 < $1.box.x0 }) {
            if atom.box.x0 - x >= gutter { intervals.append(x...atom.box.x0) }
            x = max(x, atom.box.x1)
        }
        if right - x >= gutter { intervals.append(x...right) }
        return intervals
    }

    private static func intersect(_ lhs: [ClosedRange<Double>], _ rhs: [ClosedRange<Double>], gutter: Double) -> [ClosedRange<Double>] {
        lhs.flatMap { a in
            rhs.compactMap { b -> ClosedRange<Double>? in
                let low = max(a.lowerBound, b.lowerBound), high = min(a.upperBound, b.upperBound)
                return high - low >= gutter ? low...high : nil
            }
        }
    }
}
