import Ingest

/// What a document is: its stable id, title, organization, kind, period and source file.
public struct DocumentInfo: Sendable, Equatable, Codable {
    /// `<org>-<kind>-<from>[-<to>]`, e.g. `fyrbodal-aktivitetsplan-2023`.
    public var id: String
    public var title: String
    public var organization: Organization
    public var kind: DocumentKind
    public var period: Period?
    public var source: SourceInfo

    public init(id: String, title: String, organization: Organization, kind: DocumentKind,
                period: Period?, source: SourceInfo) {
        self.id = id
        self.title = title
        self.organization = organization
        self.kind = kind
        self.period = period
        self.source = source
    }

    private enum CodingKeys: String, CodingKey { case id, title, organization, kind, period, source }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(organization, forKey: .organization)
        try container.encode(kind, forKey: .kind)
        try container.encode(period, forKey: .period)
        try container.encode(source, forKey: .source)
    }
}

/// The kommunalförbund a document belongs to; both fields are null when it can't be told.
public struct Organization: Sendable, Equatable, Codable {
    public var id: String?
    public var name: String?

    public init(id: String?, name: String?) {
        self.id = id
        self.name = name
    }

    public static let unknown = Organization(id: nil, name: nil)

    private enum CodingKeys: String, CodingKey { case id, name }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
    }
}

/// The years a plan covers; `to` equals `from` for a one-year plan.
public struct Period: Sendable, Hashable, Codable {
    public var from: Int
    public var to: Int

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }
}

/// The input file: path as given, format, content hash and page count.
public struct SourceInfo: Sendable, Equatable, Codable {
    public var path: String
    public var format: SourceFormat
    public var sha256: String
    public var pages: Int

    public init(path: String, format: SourceFormat, sha256: String, pages: Int) {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.pages = pages
    }
}
