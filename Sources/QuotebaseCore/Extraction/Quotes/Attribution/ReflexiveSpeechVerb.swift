/// German "sich zeigen" with an adjective reports what someone said or felt: "„…“, zeigte sich Milovan Rajevac, der
/// Trainer Ghanas nach dem Spiel zufrieden.", "Der italienische Innenminister zeigte sich besorgt, dass …: „…“"
/// (German Wikinews train). Without "sich" the verb shows something ("Das Video zeigt Soldaten"), so its forms,
/// listed among the lexicon's speech verbs, count as one only next to "sich".
extension QuoteAttributor {
    private static let reflexiveOnly: Set<String> = ["zeigt", "zeigte", "zeigten", "zeigen"]

    /// Word `k` is a form that speaks only with "sich", and no "sich" stands next to it.
    func lacksItsReflexive(_ k: Int) -> Bool {
        guard verbSecond, Self.reflexiveOnly.contains(words[k].key) else { return false }
        let after = k + 1 < words.count && words[k + 1].key == "sich" && !gapHasBoundary(k, k + 1)
        let before = k > 0 && words[k - 1].key == "sich" && !gapHasBoundary(k - 1, k)
        return !(after || before)
    }
}
