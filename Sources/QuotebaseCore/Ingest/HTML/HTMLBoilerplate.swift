import CLibXML2

/// What page furniture looks like: tags, roles and class/id words that mark navigation, share bars, comments,
/// related-story lists and ads, in English and Italian, plus the words that mark the article itself.
///
/// Class and id values are split into words at spaces, `-` and `_` (`c-share-bar__item` → c, share, bar, item), and a
/// word must match exactly, so `shared-content` does not look like a share bar but `article-share` does.
enum HTMLBoilerplate {
    /// Never article text, wherever they are.
    static let alwaysJunkTags: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form", "button",
        "select", "input", "textarea", "nav", "aside", "head", "link", "meta", "map", "audio", "video", "dialog",
    ]

    /// Page furniture unless they hold most of the page's text (some sites wrap everything in a `<header>`).
    static let furnitureTags: Set<String> = ["header", "footer", "menu", "figure", "figcaption", "picture"]

    static let junkRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
        "toolbar", "tablist",
    ]

    static let junkWords: Set<String> = [
        // navigation and page frame
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "footer", "header", "masthead",
        "topbar", "toolbar", "skip", "pagination", "pager",
        // sharing and social
        "share", "sharing", "sharebar", "social", "socials", "sociallinks", "follow",
        // comments
        "comment", "comments", "commenti", "disqus", "discussion", "respond", "reply", "replies",
        // related, recommended, read also
        "related", "correlati", "correlato", "recommended", "recommendations", "recirc", "recirculation", "trending",
        "popular", "mostread", "most", "readmore", "leggi", "leggianche", "outbrain", "taboola", "also", "more",
        "next", "prev", "previous", "teaser", "teasers",
        // ads and promotions
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "banner",
        "sponsor", "sponsored", "promo", "promotion", "pubblicita", "dfp", "gpt",
        // sign-ups, paywalls, consent
        "newsletter", "subscribe", "subscription", "signup", "paywall", "cookie", "cookies", "consent", "gdpr",
        "popup", "modal", "overlay", "login", "register",
        // article furniture that is not prose
        "byline", "dateline", "meta", "tags", "tag", "keywords", "caption", "credit", "credits", "hidden",
        "print", "widget", "sr", "visually", "screenreader", "author", "bio", "timestamp", "date",
    ]

    static let commentWords: Set<String> = ["comment", "comments", "commenti", "disqus", "respond", "replies"]

    /// Words that mark the article body; used to recognize it and to weight blocks when scoring.
    static let contentWords: Set<String> = [
        "article", "articolo", "body", "content", "contenuto", "entry", "main", "post", "story", "text", "testo",
        "corpo", "prose", "richtext",
    ]

    /// Whole class/id values that name an article body outright.
    static let contentClassNames: Set<String> = [
        "article-body", "article__body", "articlebody", "article-content", "article__content", "article-text",
        "story-body", "story-content", "storycontent", "entry-content", "post-content", "post-body", "postbody",
        "post-entry", "content-body", "body-text", "bodytext", "article-body-text", "td-post-content", "news-text",
        "news-body", "articolo-body", "testo-articolo", "corpo-articolo", "detail-text", "story__body", "article-main",
        "article_body", "story_body", "post_content", "entry_content", "body-copy", "rich-text", "main-text",
    ]

    /// Text inside these counts as paragraph text.
    static let paragraphTags: Set<String> = ["p", "pre", "blockquote", "li", "dd", "h2", "h3", "h4"]

    /// Tags whose text gives points to their parent when scoring by density.
    static let scoredTags: Set<String> = ["p", "pre", "blockquote", "td", "section", "h2", "h3", "div"]

    static let inlineTags: Set<String> = [
        "a", "b", "strong", "i", "em", "u", "span", "q", "cite", "abbr", "small", "sub", "sup", "mark", "time", "font",
        "code", "s", "del", "ins", "br", "wbr", "label", "bdi", "bdo", "dfn", "kbd", "samp", "var", "big", "tt",
    ]

    static func words(_ classAndID: String) -> [Substring] {
        classAndID.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" || $0 == "\n" || $0 == ":" })
    }

    static func isJunk(_ node: HTMLNode) -> Bool {
        let tag = node.tag
        if alwaysJunkTags.contains(tag) || furnitureTags.contains(tag) { return true }
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if let role = node.attribute("role")?.lowercased(), junkRoles.contains(role) { return true }
        if inlineTags.contains(tag), tag != "span" { return false }
        let label = node.classAndID
        guard !label.isEmpty else { return false }
        if contentClassNames.contains(where: { label.contains($0) }) { return false }
        if let itemprop = node.attribute("itemprop")?.lowercased(), itemprop.contains("articlebody") { return false }
        return words(label).contains { junkWords.contains(String($0)) }
    }

    static func isComments(_ node: HTMLNode) -> Bool {
        words(node.classAndID).contains { commentWords.contains(String($0)) }
    }

    static func isContentClass(_ node: HTMLNode) -> Bool {
        let label = node.classAndID
        guard !label.isEmpty else { return false }
        return label.split(separator: " ").contains { contentClassNames.contains(String($0)) }
    }

    /// +25 for blocks named like article text, −25 for blocks named like furniture.
    static func classWeight(_ node: HTMLNode) -> Double {
        let label = node.classAndID
        guard !label.isEmpty else { return 0 }
        var weight = 0.0
        let parts = words(label).map(String.init)
        if parts.contains(where: contentWords.contains) { weight += 25 }
        if parts.contains(where: junkWords.contains) { weight -= 25 }
        return weight
    }
}
