extension StringProtocol {
    /// The same string as `lowercased()`, made faster for Swedish text.
    ///
    /// The standard library lowercases scalar by scalar through Unicode tables unless the whole
    /// string is ASCII, so one "å" sends every line of a Swedish plan down the slow path (it was
    /// 15 % of a text dump's time). Here ASCII and Latin-1 letters (UTF-8 `C3 80`–`C3 9E`, where
    /// the lowercase letter is 0x20 higher; `C3 97` is "×") are mapped on bytes and only other
    /// scalars ask their Unicode `lowercaseMapping`, which is what `lowercased()` itself applies,
    /// with no context. A string with nothing to lower is returned as it is.
    public func fastLowercased() -> String {
        var text = String(self)
        return text.withUTF8 { Self.lowercased(bytes: $0) } ?? text
    }

    /// The lowercased text of valid UTF-8 `bytes`, or nil when no byte changes.
    private static func lowercased(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = firstChange(in: bytes) else { return nil }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + 8)
        output.append(contentsOf: bytes[..<first])
        var index = first
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                output.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                index += 1
            } else if byte == 0xC3 || byte == 0xC2 {
                let next = bytes[index + 1]
                output.append(byte)
                output.append(byte == 0xC3 && isLatin1Capital(next) ? next + 0x20 : next)
                index += 2
            } else {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let scalarBytes = UnsafeBufferPointer(rebasing: bytes[index..<(index + length)])
                let scalar = String(decoding: scalarBytes, as: UTF8.self).unicodeScalars.first
                if let scalar {
                    output.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    output.append(contentsOf: scalarBytes)
                }
                index += length
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The offset of the first byte that lowering may change: an ASCII capital, a Latin-1 capital
    /// or the lead byte of a scalar beyond Latin-1.
    private static func firstChange(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte >= 0x41 && byte <= 0x5A { return index }
                index += 1
            } else if byte == 0xC2 {
                index += 2
            } else if byte == 0xC3 {
                if isLatin1Capital(bytes[index + 1]) { return index }
                index += 2
            } else {
                return index
            }
        }
        return nil
    }

    /// Whether the continuation byte after `C3` is a capital letter of Latin-1 (À–Þ without ×).
    private static func isLatin1Capital(_ byte: UInt8) -> Bool {
        byte >= 0x80 && byte <= 0x9E && byte != 0x97
    }
}
