import Foundation
import Normalize

/// A written document given another id or source path (a batch's inputs whose ids collide, or
/// whose content another input shares), without decoding and encoding it again: `PlanJSON`
/// writes the document's id as the first field of `document` and the path as the first of its
/// `source`, each on a line of its own, so the two strings are replaced where they stand. A
/// document not laid out so (written by another version) is decoded and encoded instead; both
/// ways give the same bytes.
enum DocumentRelabel {
    /// `data` with `id` and `sourcePath` (each where not nil) in place of its own.
    static func relabelled(_ data: Data, id: String?, sourcePath: String?) throws -> Data {
        guard id != nil || sourcePath != nil else { return data }
        var bytes = [UInt8](data)
        if let sourcePath, !replace(in: &bytes, after: sourcePrefix, with: sourcePath) {
            return try decoded(data, id: id, sourcePath: sourcePath)
        }
        if let id, !replace(in: &bytes, after: idPrefix, with: id) {
            return try decoded(data, id: id, sourcePath: sourcePath)
        }
        return Data(bytes)
    }

    /// What stands before the document's id and before its source's path, as `PlanJSON` writes them.
    static let idPrefix = Array("{\n  \"schema_version\": \"1\",\n  \"document\": {\n    \"id\": ".utf8)
    static let sourcePrefix = Array("\n    \"source\": {\n      \"path\": ".utf8)

    /// The way around: decoded, changed and encoded.
    static func decoded(_ data: Data, id: String?, sourcePath: String?) throws -> Data {
        var document = try JSONDecoder().decode(PlanDocument.self, from: data)
        if let id { document.document.id = id }
        if let sourcePath { document.document.source.path = sourcePath }
        return try PlanJSON.encode(document)
    }

    /// Replaces the JSON string right after the first `prefix` in `bytes` with `text`; false
    /// when `prefix` is not followed by a string.
    private static func replace(in bytes: inout [UInt8], after prefix: [UInt8], with text: String) -> Bool {
        guard let found = ByteSearch.firstIndex(of: prefix, in: bytes, from: 0), found + prefix.count < bytes.count,
              bytes[found + prefix.count] == UInt8(ascii: "\"") else { return false }
        let start = found + prefix.count
        var end = start + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard end < bytes.count else { return false }
        bytes.replaceSubrange(start...end, with: Array(JSONNode.quoted(text).utf8))
        return true
    }
}
