import Foundation

/// A horizontal bar chart as inline SVG, for a person: a title (also as the SVG's accessible
/// `<title>`), a label column as wide as its longest label, a value axis with ticks and its unit,
/// and each bar's value at its end. Negative values extend left of the zero line.
struct BarChart: Sendable {
    struct Bar: Sendable {
        var label: String
        var value: Double
        /// Where the label links to (the document's JSON), if anywhere.
        var link: String?
    }

    var title: String
    /// The axis unit, as the axis caption says it ("kr", "antal").
    var unit: String
    var bars: [Bar]
    var format: @Sendable (Double) -> String

    /// Measures the page is drawn with: 12 px text, about 7 px per character.
    static let characterWidth = 7.0
    static let rowHeight = 22
    static let plotWidth = 380.0
    /// About this many steps between ticks along the value axis.
    static let tickCount = 4

    /// The SVG; `id` makes the title's element id unique on the page.
    func svg(id: String) -> String {
        let labelWidth = Int(Double(bars.map(\.label.count).max() ?? 0) * Self.characterWidth) + 12
        let valueWidth = Int(Double(bars.map { format($0.value).count }.max() ?? 0) * Self.characterWidth) + 16
        let step = Self.tickStep(min(0, bars.map(\.value).min() ?? 0), max(0, bars.map(\.value).max() ?? 0))
        let low = (min(0, bars.map(\.value).min() ?? 0) / step).rounded(.down) * step
        let high = max(low + step, (max(0, bars.map(\.value).max() ?? 0) / step).rounded(.up) * step)
        let span = high - low
        let x = { (value: Double) in Double(labelWidth) + (value - low) / span * Self.plotWidth }
        let top = 4, axisTop = top + bars.count * Self.rowHeight
        let width = labelWidth + Int(Self.plotWidth) + valueWidth, height = axisTop + 40
        var svg = "<svg width=\"\(width)\" height=\"\(height)\" role=\"img\" "
            + "aria-labelledby=\"\(id)\" data-label-width=\"\(labelWidth)\">\n"
        svg += "<title id=\"\(id)\">\(HTMLText.escape(title))</title>\n"
        for tick in 0...Int((span / step).rounded()) {
            let value = low + step * Double(tick)
            let position = Self.number(x(value))
            svg += "<line class=\"grid\" x1=\"\(position)\" y1=\"\(top)\" x2=\"\(position)\" y2=\"\(axisTop)\"/>"
            svg += "<text class=\"tick\" x=\"\(position)\" y=\"\(axisTop + 14)\" text-anchor=\"middle\">\(HTMLText.escape(format(value)))</text>\n"
        }
        for (index, bar) in bars.enumerated() {
            let y = top + index * Self.rowHeight
            let start = x(min(0, bar.value)), end = x(max(0, bar.value))
            let label = "<text class=\"label\" x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLText.escape(bar.label))</text>"
            svg += bar.link.map { "<a href=\"\(HTMLText.escape($0))\">\(label)</a>" } ?? label
            svg += "<rect class=\"\(bar.value < 0 ? "negative" : "bar")\" x=\"\(Self.number(start))\" y=\"\(y + 3)\" "
                + "width=\"\(Self.number(end - start))\" height=\"\(Self.rowHeight - 6)\"><title>\(HTMLText.escape(bar.label)): \(HTMLText.escape(format(bar.value)))</title></rect>"
            svg += "<text class=\"value\" x=\"\(Self.number(max(end, x(0)) + 6))\" y=\"\(y + 15)\">\(HTMLText.escape(format(bar.value)))</text>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(Self.number(x(0)))\" y1=\"\(top)\" x2=\"\(Self.number(x(0)))\" y2=\"\(axisTop)\"/>"
        svg += "<text class=\"unit\" x=\"\(Self.number(x(low) + Self.plotWidth / 2))\" y=\"\(axisTop + 32)\" text-anchor=\"middle\">\(HTMLText.escape(unit))</text>\n"
        return svg + "</svg>\n"
    }

    /// The distance between ticks: 1, 2 or 5 times a power of ten, about `tickCount` ticks over
    /// `low...high`, and never below 1 (the charts count whole things or kronor).
    static func tickStep(_ low: Double, _ high: Double) -> Double {
        let raw = max(1, (high - low) / Double(tickCount))
        let power = pow(10, (log10(raw)).rounded(.down))
        return [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw } ?? 10 * power
    }

    /// A coordinate with at most one decimal, the same on every run.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : String(format: "%.1f", Double(tenths) / 10)
    }
}
