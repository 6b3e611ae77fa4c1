import Foundation

/// Each attribution rule's measured precision: a quote's confidence is the share of quotes its rule attributed
/// correctly on annotated articles (`Resources/attribution/rule-precision.tsv`, written by
/// `scripts/attribution-precision` from train and dev splits, never from blind ones).
///
/// A row is `lang TAB rule TAB matched TAB correct`; `lang` is `*` for the figure pooled over languages, used where a
/// language has fewer than `minimumQuotes` judged quotes for the rule. Precision is smoothed towards one half so a
/// rule seen on four quotes does not claim 1.0.
struct RulePrecisionTable: Sendable {
    static let minimumQuotes = 30

    /// Smoothed precision per language with enough quotes of its own, and pooled (`*`): resolved once here, since
    /// every extracted quote asks.
    private var byLanguage: [String: [AttributionRule: Double]] = [:]
    private var pooled: [AttributionRule: Double] = [:]

    init(tsv: String) {
        for line in tsv.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 4, let rule = AttributionRule(rawValue: String(fields[1])),
                  let matched = Int(fields[2]), let correct = Int(fields[3]),
                  matched >= 0, correct >= 0, correct <= matched else { continue }
            let precision = (Double(correct) + 1) / (Double(matched) + 2)
            if fields[0] == "*" {
                pooled[rule] = precision
            } else if matched >= Self.minimumQuotes {
                byLanguage[String(fields[0]), default: [:]][rule] = precision
            }
        }
    }

    /// The rule's precision in `lang`, else over all languages; nil when the table has never seen it.
    func precision(of rule: AttributionRule, lang: String) -> Double? {
        byLanguage[lang]?[rule] ?? pooled[rule]
    }

    static let shipped: RulePrecisionTable = {
        RulePrecisionTable(tsv: BundledText.read("rule-precision", "tsv", in: "attribution") ?? "")
    }()
}
