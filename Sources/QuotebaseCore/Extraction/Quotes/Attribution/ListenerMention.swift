/// A name that is the listener of a speech verb, not a speaker: the outlet or person the words were said to.
/// "fuentes de Montecon dijeron a El País que «…»" (El País, Uruguay), "explicaron a Clarín desde el entorno
/// presidencial" (Clarín), "racconta una commessa al Messaggero" (Il Messaggero), "dijo a la red Erbol" (El Deber).
///
/// German "gegenüber": "sagte Andreas Beck gegenüber einem ARD-Reporter", "äußerte gegenüber dem Hamburger
/// Abendblatt" (German Wikinews train).
///
/// The context offered such a name as a candidate (an organization named before the quote), and the ranker took
/// the outlet for the source of the quotes that followed. Only organizations: a person asked something is often the
/// one who answers ("se le preguntó … a Yurramendi, quien señaló que «…»", la diaria).
///
/// A credit line in parentheses, "(ANSA) - ROMA, 01 MAR -" or "… alla direzione nazionale della Cna. (ANSA).", is the
/// agency that carried the words, not their speaker either (`isCredit`).
extension QuoteAttributor {
    /// Mention `k` is an organization alone between parentheses: "(ANSA)".
    func isCredit(_ k: Int) -> Bool {
        let span = mentions[k].mention.span
        guard entities[mentions[k].entity].kind != .person, span.start > 0, span.end < text.count else { return false }
        return text.scalars[span.start - 1] == "(" && text.scalars[span.end] == ")"
    }

    /// At most this many words between the speech verb and the preposition: "afirmó un integrante del Poder
    /// Ejecutivo a El País".
    static let listenerVerbReach = 8

    /// Mention `k` follows a speech verb and a "to" preposition ("a", "al", "à", "au", "alla"), over an article
    /// and a noun or two ("a la red Erbol", "al quotidiano"), in the same clause.
    func isListener(_ k: Int) -> Bool {
        guard entities[mentions[k].entity].kind != .person else { return false }
        let w = text.wordIndex(atOrAfter: mentions[k].mention.span.start)
        var p = w - 1
        var skipped = 0
        while p >= 0, skipped < 3, !word(p, is: .listener), !gapHasBoundary(p, p + 1),
              word(p, is: .determiner) || !words[p].isCapitalized && !word(p, is: .stop) && !word(p, is: .function)
                && !isSpeechVerb(p) {
            p -= 1
            skipped += 1
        }
        guard p >= 0, word(p, is: .listener), !gapHasBoundary(p, p + 1) else { return false }
        // German may open the clause with the listener, the verb right after it: "Gegenüber den Stuttgarter
        // Nachrichten sagte er".
        if verbSecond {
            let after = text.wordIndex(atOrAfter: mentions[k].mention.span.end)
            if after < words.count, !gapHasBoundary(after - 1, after), isSpeechVerb(after) { return true }
        }
        var v = p - 1
        while v >= 0, p - v <= Self.listenerVerbReach, !gapHasBoundary(v, v + 1) {
            if isSpeechVerb(v) { return true }
            v -= 1
        }
        return false
    }
}
