/// A role phrase in apposition before a name gives that person the role: "Il portavoce del Governo di unità
/// nazionale della Libia, Mohamed Hammouda, ha smentito … ha detto il portavoce" (Agenzia Nova), "Lo ha detto il
/// Ministro degli affari esteri e della cooperazione internazionale, Antonio Tajani, … ha aggiunto il ministro"
/// (Agenzia Nova), "El ministro de Trabajo, Pablo Mieres, presentó" (El País).
///
/// The role words next to the name ("il presidente russo Vladimir Putin") were already the name's; with a comma
/// between, the role was lost, and "il portavoce" later went to whoever was named last. Only where the head noun
/// comes first (Italian, French, Spanish), and only for a phrase that opens its clause with an article and a role
/// noun, so "la riunione con il ministro, Mario Rossi" gives no one the role "riunione".
extension QuoteAttributor {
    static let roleAppositionReach = 14

    /// The head word of a role phrase that opens a clause and ends at the comma before word `first` (a name's first
    /// word), if there is one.
    func roleApposition(before first: Int) -> Int? {
        guard headFirst, first >= 2, gapHasOnlyComma(first - 1, first), text.scalars[words[first - 1].end] == ","
        else { return nil }
        var a = first - 1
        while a - 1 >= 0, first - (a - 1) <= Self.roleAppositionReach, !gapHasBoundary(a - 1, a),
              !word(a - 1, is: .aux), !isSpeechVerb(a - 1) {
            a -= 1
        }
        guard first - a < Self.roleAppositionReach else { return nil }
        // Past connectives ("e il sindaco …"), an article, then the role noun.
        while a < first - 1, word(a, is: .function), !word(a, is: .determiner) { a += 1 }
        guard word(a, is: .determiner), !word(a, is: .indefinite) else { return nil }
        let head = a + 1
        guard head < first, isRoleWord(head) else { return nil }
        return head
    }

    /// A noun that names a role or a kind of speaker: "portavoce", "ministro", "presidente", "leader".
    func isRoleWord(_ k: Int) -> Bool {
        word(k, is: .speakernoun) || EntityGazetteer.shared.roles[words[k].key] != nil
    }
}
