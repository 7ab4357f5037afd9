import Foundation

/// A JSON encoder that writes object keys in the order the value encodes them (the declaration
/// order of the model's `CodingKeys`), pretty-printed with two spaces, `"key": value`, `[]` and
/// `{}` for empty containers, and slashes and non-ASCII text unescaped.
///
/// Foundation's `JSONEncoder` on Linux writes keys in hash order unless told to sort them,
/// which would make output differ between runs; this encoder makes it byte-identical.
public struct OrderedJSONEncoder: Sendable {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> Data {
        let root = JSONNode()
        try root.store(value, codingPath: [])
        var output: [UInt8] = []
        root.render(into: &output, indent: 0)
        output.append(0x0A)
        return Data(output)
    }
}

/// A node of the JSON tree being built; a class so containers can fill it after handing it out.
final class JSONNode {
    enum Storage {
        case empty
        case literal(String)
        case array([JSONNode])
        case object(keys: [String], values: [String: JSONNode])
    }

    var storage = Storage.empty

    func store<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        switch value {
        case let string as String: storage = .literal(Self.quoted(string))
        case let bool as Bool: storage = .literal(bool ? "true" : "false")
        case let int as Int: storage = .literal(String(int))
        case let double as Double: storage = .literal(try Self.number(double, codingPath: codingPath))
        default: try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
        }
    }

    // The parts are taken out of `storage` before they change (it is left empty meanwhile), so
    // they are not shared and grow in place: copying them on every append made an array of n
    // items cost n² (a dump with thousands of activities spent most of its time here).

    func child(forKey key: String) -> JSONNode {
        if case .object(_, let values) = storage, let existing = values[key] { return existing }
        var (keys, values) = objectParts
        storage = .empty
        let node = JSONNode()
        keys.append(key)
        values[key] = node
        storage = .object(keys: keys, values: values)
        return node
    }

    func appendChild() -> JSONNode {
        var items = arrayItems
        storage = .empty
        let node = JSONNode()
        items.append(node)
        storage = .array(items)
        return node
    }

    func becomeObject() { storage = .object(keys: objectParts.keys, values: objectParts.values) }
    func becomeArray() { storage = .array(arrayItems) }

    var arrayCount: Int { arrayItems.count }

    private var objectParts: (keys: [String], values: [String: JSONNode]) {
        if case .object(let keys, let values) = storage { return (keys, values) }
        return ([], [:])
    }

    private var arrayItems: [JSONNode] {
        if case .array(let items) = storage { return items }
        return []
    }

    /// Writes the node's JSON as UTF-8 bytes (a byte buffer grows faster than a string).
    func render(into output: inout [UInt8], indent: Int) {
        switch storage {
        case .empty: output.append(contentsOf: "null".utf8)
        case .literal(let text): output.append(contentsOf: text.utf8)
        case .array(let items):
            guard !items.isEmpty else { return output.append(contentsOf: "[]".utf8) }
            output.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                Self.indent(&output, indent + 1)
                item.render(into: &output, indent: indent + 1)
                output.append(contentsOf: (index == items.count - 1 ? "\n" : ",\n").utf8)
            }
            Self.indent(&output, indent)
            output.append(UInt8(ascii: "]"))
        case .object(let keys, let values):
            guard !keys.isEmpty else { return output.append(contentsOf: "{}".utf8) }
            output.append(contentsOf: "{\n".utf8)
            for (index, key) in keys.enumerated() {
                Self.indent(&output, indent + 1)
                output.append(contentsOf: Self.quoted(key).utf8)
                output.append(contentsOf: ": ".utf8)
                values[key]?.render(into: &output, indent: indent + 1)
                output.append(contentsOf: (index == keys.count - 1 ? "\n" : ",\n").utf8)
            }
            Self.indent(&output, indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func indent(_ output: inout [UInt8], _ depth: Int) {
        output.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }

    static func number(_ value: Double, codingPath: [any CodingKey]) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath,
                                                          debugDescription: "JSON has no NaN or infinity"))
        }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    static func quoted(_ text: String) -> String {
        // Most text needs no escape: it is written as it is, without a look at each scalar.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result.append("\\\"")
            case "\\": result.append("\\\\")
            case "\n": result.append("\\n")
            case "\r": result.append("\\r")
            case "\t": result.append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

private struct NodeEncoder: Encoder {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeArray()
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(node: node, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.child(forKey: key.stringValue).storage = .literal("null") }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try node.child(forKey: key.stringValue).store(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
            .container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var count: Int { node.arrayCount }

    mutating func encodeNil() throws { node.appendChild().storage = .literal("null") }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.appendChild().store(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.appendChild(), codingPath: codingPath) }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.storage = .literal("null") }

    mutating func encode<T: Encodable>(_ value: T) throws { try node.store(value, codingPath: codingPath) }
}
