/// A bar chart of counts over time, as inline SVG: one bar per bucket, the first and last bucket and the highest
/// count labelled. Buckets come in time order; missing ones are simply absent (the gateway leaves out empty ones).
struct TimelineChart {
    struct Bar: Hashable {
        var label: String
        var value: Int
    }

    var bars: [Bar]
    /// What the bars count, for the axis and the accessible name ("mentions per day").
    var caption: String
    var width = 720.0
    var height = 180.0

    func render() -> HTML {
        guard !bars.isEmpty else { return "<p class=\"empty-chart\">No dated \(caption) to chart.</p>" }
        let left = 40.0, bottom = 24.0, top = 10.0
        let plotWidth = width - left - 8, plotHeight = height - bottom - top
        let highest = max(1, bars.map(\.value).max() ?? 1)
        let step = plotWidth / Double(bars.count)
        let barWidth = max(1, step * 0.8)
        var rects: [HTML] = []
        rects.reserveCapacity(bars.count)
        for (index, bar) in bars.enumerated() {
            let barHeight = plotHeight * Double(bar.value) / Double(highest)
            let x = left + Double(index) * step + (step - barWidth) / 2
            rects.append("<rect class=\"bar\" x=\"\(x)\" y=\"\(top + plotHeight - barHeight)\" width=\"\(barWidth)\" height=\"\(barHeight)\"><title>\(bar.label): \(bar.value)</title></rect>")
        }
        let baseline = top + plotHeight
        let first = bars[0].label, last = bars[bars.count - 1].label
        let lastLabel: HTML = bars.count > 1
            ? "<text class=\"axis\" x=\"\(width - 8)\" y=\"\(height - 6)\" text-anchor=\"end\">\(last)</text>" : .empty
        return """
            <svg class="chart timeline" viewBox="0 0 \(width) \(height)" role="img" aria-label="\(caption)" data-bars="\(bars.count)">
            <title>\(caption)</title>
            <line class="axis" x1="\(left)" y1="\(baseline)" x2="\(width - 8)" y2="\(baseline)"/>
            <text class="axis" x="\(left - 4)" y="\(top + 8)" text-anchor="end">\(highest)</text>
            <text class="axis" x="\(left - 4)" y="\(baseline)" text-anchor="end">0</text>
            \(rects)
            <text class="axis" x="\(left)" y="\(height - 6)">\(first)</text>
            \(lastLabel)
            </svg>
            """
    }
}
