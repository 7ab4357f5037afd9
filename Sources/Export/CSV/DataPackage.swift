import Foundation

/// The Frictionless `datapackage.json` describing the CSV tables: every column with its type,
/// and for numbers the decimal and group characters of the dialect.
struct DataPackage: Encodable {
    var profile = "tabular-data-package"
    var name: String
    var resources: [Resource]

    struct Resource: Encodable {
        var name: String
        var path: String
        var description: String
        var profile = "tabular-data-resource"
        var format = "csv"
        var mediatype = "text/csv"
        var encoding: String
        var dialect: Dialect
        var schema: Schema
    }

    struct Dialect: Encodable {
        var delimiter: String
        var lineTerminator = "\r\n"
        var quoteChar = "\""
        var doubleQuote = true
        var header = true
    }

    struct Schema: Encodable {
        var fields: [Field]
    }

    struct Field: Encodable {
        var name: String
        var type: String
        var description: String
        var decimalChar: String?
        var groupChar: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(type, forKey: .type)
            try container.encode(description, forKey: .description)
            try container.encodeIfPresent(decimalChar, forKey: .decimalChar)
            try container.encodeIfPresent(groupChar, forKey: .groupChar)
        }

        private enum CodingKeys: String, CodingKey { case name, type, description, decimalChar, groupChar }
    }

    init(name: String, tables: [CSVTable], dialect: CSVDialect) {
        self.name = name
        resources = tables.map { table in
            Resource(
                name: table.name.replacingOccurrences(of: "_", with: "-"), path: "\(table.name).csv",
                description: table.description, encoding: "utf-8",
                dialect: Dialect(delimiter: String(dialect.separator)),
                schema: Schema(fields: table.columns.map { column in
                    let isNumber = column.kind == .number
                    return Field(name: column.name, type: column.kind.rawValue, description: column.description,
                                 decimalChar: isNumber ? String(dialect.decimalSeparator) : nil,
                                 groupChar: isNumber ? "" : nil)
                }))
        }
    }
}
