/// A finding about a document's content, reported in its `warnings`.
///
/// Diagnostics are data, not log lines: the text stays as printed and the
/// diagnostic says what was found and what planpipe did about it.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// The published, stable warning codes.
    public enum Code: String, Sendable, Codable, CaseIterable {
        case sumMismatch = "sum_mismatch"
        case signSuspect = "sign_suspect"
        case missingCell = "missing_cell"
        /// A table cell holds text that is not a number; it is kept as text with a null amount.
        case unreadableCell = "unreadable_cell"
        /// A row's digit groups could be split into columns in more than one way.
        case ambiguousNumber = "ambiguous_number"
        /// A budget table names no unit, so its amounts in kronor are unknown.
        case unknownUnit = "unknown_unit"
        /// A text dump was not UTF-8 and was read as Windows-1252.
        case legacyEncoding = "legacy_encoding"
        /// The text looks like UTF-8 that was once decoded as Latin-1 ("fÃ¶r").
        case mojibakeSuspect = "mojibake_suspect"
        /// The document's organization, kind or period could not be told.
        case unclassified
        /// A table region that no structure read; it is kept in `tables` with `read_as: null`.
        case unmappedTable = "unmapped_table"
        /// A document with text from which no list could be read.
        case noStructureFound = "no_structure_found"
        /// Items shaped as a list's (a delområde's initiatives) that the document gives no place
        /// in it (no fokusområde heading above them); they are in no list.
        case unplacedItems = "unplaced_items"
        /// A PDF whose pages hold no text (scanned images): it needs OCR before planpipe can read it.
        case noTextLayer = "no_text_layer"
    }

    public var code: Code
    public var message: String
    public var provenance: Provenance?

    public init(code: Code, message: String, provenance: Provenance? = nil) {
        self.code = code
        self.message = message
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey { case code, message, provenance }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encode(provenance, forKey: .provenance)
    }
}

/// Collects diagnostics from every stage; `sorted` gives them in document order,
/// so output never depends on the order the stages ran in.
public struct DiagnosticLog: Sendable, Equatable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Adds what `other` holds (the diagnostics of stages that ran apart), after what this holds.
    public mutating func append(_ other: DiagnosticLog) {
        diagnostics += other.diagnostics
    }

    /// Document order (diagnostics without provenance first), then code and message.
    public var sorted: [Diagnostic] {
        diagnostics.sorted { lhs, rhs in
            switch (lhs.provenance, rhs.provenance) {
            case (nil, .some): return true
            case (.some, nil): return false
            case let (l?, r?) where l != r: return l < r
            default: return (lhs.code.rawValue, lhs.message) < (rhs.code.rawValue, rhs.message)
            }
        }
    }
}
