import Ingest

/// Finds a list of percentages printed before their labels, such as a staffing list
/// ("100%  Förbundsdirektör" … "Totalt 725%"). It is not a money table: it becomes a table
/// with unit `%`, whose cells have no `amount_sek`.
struct PercentListScanner {
    /// Fewer rows than this are not a list.
    var minimumRows = 3

    /// The list starting at `start`, and the index after it; nil when none starts there.
    func scan(_ lines: [SourceLine], from start: Int) -> (BudgetDraft, Int)? {
        guard Self.leadingPercent(lines[start].text) != nil else { return nil }
        var rows: [BudgetDraft.Row] = []
        var index = start
        var blanks = 0
        while index < lines.count, blanks < 2 {
            let line = lines[index]
            if line.isBlank {
                blanks += 1
            } else if let (number, label) = Self.leadingPercent(line.text) {
                rows.append(BudgetDraft.Row(label: label, cells: [number], lines: [line]))
                blanks = 0
            } else if blanks == 0, !rows.isEmpty, !line.text.contains("%") {
                rows[rows.count - 1].label += " " + line.collapsed
                rows[rows.count - 1].lines.append(line)
            } else if let tail = NumberTail.split(line.text, columns: 1, spacing: .padded),
                      let number = tail.cells.first ?? nil, number.isPercent, !tail.label.isEmpty {
                rows.append(BudgetDraft.Row(label: tail.label, cells: [number], lines: [line]))
                index += 1
                break
            } else {
                break
            }
            index += 1
        }
        guard rows.count >= minimumRows else { return nil }
        var titleLines: [SourceLine] = []
        var above = start - 1
        while above >= 0, above >= start - 3, lines[above].isBlank { above -= 1 }
        if above >= 0, !lines[above].isBlank, lines[above].text.count <= 60 { titleLines = [lines[above]] }
        let draft = BudgetDraft(
            title: titleLines.first.map { $0.collapsed } ?? "",
            unit: .percent, columns: [BudgetColumn(label: "%", year: nil)], rows: rows,
            headerLines: titleLines)
        return (draft, index)
    }

    /// "100%  Förbundsdirektör" → (100 %, "Förbundsdirektör").
    static func leadingPercent(_ text: String) -> (SwedishNumber, String)? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return nil }
        let trimmed = text.trimmingCharacters(" ")
        guard let percentIndex = trimmed.firstIndex(of: "%"),
              let number = SwedishNumber.parse(String(trimmed[...percentIndex])), number.isPercent else { return nil }
        let label = trimmed[trimmed.index(after: percentIndex)...].trimmingCharacters(" ")
        guard let first = label.first, first.isLetter else { return nil }
        return (number, label.collapsingWhitespace)
    }
}
