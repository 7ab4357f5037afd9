/// Text made safe for HTML: in element content and in double-quoted attribute values alike.
enum HTMLText {
    /// `text` with `&`, `<`, `>` and `"` written as entities.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
