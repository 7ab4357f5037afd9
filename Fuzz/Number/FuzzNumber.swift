import Foundation
import FuzzSupport
import Normalize

/// libFuzzer target: bytes as UTF-8 text through the Swedish number parser and the row splitter.
/// A number that parses formats back to the same value; a split row has the columns asked for.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSwedishNumber(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzNumber.check(String(decoding: FuzzMain.data(bytes, count), as: UTF8.self))
    return 0
}

@main
enum FuzzNumber {
    static func main() { FuzzMain.run(fuzzSwedishNumber) }

    static func check(_ text: String) {
        if let number = SwedishNumber.parse(text) {
            let again = SwedishNumber.parse(SwedishNumber.format(mantissa: number.mantissa, decimals: number.decimals))
            FuzzMain.require(again?.mantissa == number.mantissa && again?.decimals == number.decimals,
                             "\(text) → \(number.mantissa), \(number.decimals) does not round-trip")
        }
        for columns in 1...4 {
            for spacing in [NumberTail.Spacing.singleSpaced, .padded] {
                guard let tail = NumberTail.split(text, columns: columns, spacing: spacing) else { continue }
                FuzzMain.require(tail.cells.count == columns, "\(text): \(tail.cells.count) cells for \(columns) columns")
            }
        }
    }
}
