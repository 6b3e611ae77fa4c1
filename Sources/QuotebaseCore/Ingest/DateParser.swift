/// Finds a calendar date in a short line: `20 Dicembre 2022`, `December 20, 2022`, `20/12/2022`, `2022-12-20`,
/// `1987-02-26T15:01:01`, in any language with a bundled profile. Returns ISO `YYYY-MM-DD`.
public struct DateParser: Sendable {
    private let monthNumbers: [String: Int]

    public init(profiles: [String: LanguageProfile] = LanguageProfile.all) {
        var numbers: [String: Int] = [:]
        for profile in profiles.values {
            for (index, name) in profile.months.enumerated() { numbers[Normalizer.key(name)] = index + 1 }
            for (index, name) in profile.monthAbbreviations.enumerated() where numbers[Normalizer.key(name)] == nil {
                numbers[Normalizer.key(name)] = index + 1
            }
        }
        monthNumbers = numbers
    }

    /// The first date in `text`, as `YYYY-MM-DD`.
    public func firstDate(in text: String) -> String? {
        if let iso = Self.leadingISODate(text) { return iso }
        let tokens = Self.tokens(text)
        for (i, token) in tokens.enumerated() {
            switch token {
            case .number(let digits, let separator):
                if let iso = Self.isoDate(digits, separator) { return iso }
                // 20 Dicembre 2022
                if digits.count == 1, let day = digits.first, i + 2 < tokens.count,
                   case .word(let month) = tokens[i + 1], let m = monthNumbers[month],
                   case .number(let year, _) = tokens[i + 2], year.count == 1 {
                    if let iso = Self.format(year[0], m, day) { return iso }
                }
            case .word(let word):
                // December 20, 2022
                if let m = monthNumbers[word], i + 2 < tokens.count,
                   case .number(let day, _) = tokens[i + 1], day.count == 1,
                   case .number(let year, _) = tokens[i + 2], year.count == 1,
                   let iso = Self.format(year[0], m, day[0]) {
                    return iso
                }
            }
        }
        return nil
    }

    /// `2022-12-20`, `1987-02-26T15:01:01`: the answer of the general scan below for a text that opens with an ISO
    /// date, read from its first bytes (most feeds give the date this way, and tokenizing costs far more).
    private static func leadingISODate(_ text: String) -> String? {
        var utf8 = text.utf8.makeIterator()
        // YYYYMMDD as one number, read digit by digit.
        var digits = 0
        for position in 0..<10 {
            guard let byte = utf8.next() else { return nil }
            if position == 4 || position == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard (0x30...0x39).contains(byte) else { return nil }
                digits = digits * 10 + Int(byte - 0x30)
            }
        }
        // An ASCII byte next (or none) ends the number; a digit or a separator would continue it, a combining mark
        // would join the last digit.
        if let next = utf8.next() {
            guard next < 0x80, !(0x30...0x39).contains(next), next != UInt8(ascii: "-"), next != UInt8(ascii: "/"),
                  next != UInt8(ascii: ".") else { return nil }
        }
        return format(digits / 10000, digits / 100 % 100, digits % 100)
    }

    private enum Token { case number([Int], Character?), word(String) }

    private static let linkingWords: Set<String> = ["de", "del", "er", "th", "st", "nd", "rd", "of", "the"]

    /// Numbers joined by / . - (as one token with their parts), and folded words.
    private static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var parts: [Int] = []
        var digits = ""
        var separator: Character?
        var word = ""
        func flushNumber() {
            if !digits.isEmpty { parts.append(Int(digits) ?? -1); digits = "" }
            if !parts.isEmpty { tokens.append(.number(parts, separator)) }
            parts = []
            separator = nil
        }
        func flushWord() {
            // "5 de marzo de 2021", "1er mars": linking words between the parts of a date carry nothing.
            if !word.isEmpty, !Self.linkingWords.contains(Normalizer.key(word)) { tokens.append(.word(Normalizer.key(word))) }
            word = ""
        }
        for character in text {
            if character.isASCII, character.isNumber {
                flushWord()
                digits.append(character)
            } else if character.isLetter {
                // "2022-12-20T15:01" keeps its date part; "20th" keeps 20.
                flushNumber()
                word.append(character)
            } else if "/.-".contains(character), !digits.isEmpty, separator == nil || separator == character {
                parts.append(Int(digits) ?? -1)
                digits = ""
                separator = character
            } else {
                flushNumber()
                flushWord()
            }
            if tokens.count > 64 { break }
        }
        flushNumber()
        flushWord()
        return tokens
    }

    private static func isoDate(_ parts: [Int], _ separator: Character?) -> String? {
        guard parts.count == 3 else { return nil }
        if parts[0] >= 1000 { return format(parts[0], parts[1], parts[2]) }  // 2022-12-20
        if parts[2] >= 1000, separator != "-" || parts[0] <= 31 {
            return format(parts[2], parts[1], parts[0])  // 20/12/2022, 20.12.2022
        }
        return nil
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1800...2200).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        // In these ranges every part has a fixed number of digits: YYYY-MM-DD.
        let digits = [year / 1000, year / 100 % 10, year / 10 % 10, year % 10, month / 10, month % 10, day / 10, day % 10]
        return String(unsafeUninitializedCapacity: 10) { out in
            var k = 0
            for (n, digit) in digits.enumerated() {
                if n == 4 || n == 6 {
                    out[k] = UInt8(ascii: "-")
                    k += 1
                }
                out[k] = UInt8(0x30 + digit)
                k += 1
            }
            return k
        }
    }
}
