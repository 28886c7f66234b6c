import NewsModel

extension QuoteWords {
    /// Auxiliaries of a passive cue: "X was quoted by the agency".
    static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "been", "being", "be"]

    /// Prepositions that make the following name an object, not a subject: "the killing of X", "met with X".
    static let prepositions: Set<String> = [
        "of", "by", "to", "with", "for", "against", "from", "on", "at", "in", "about", "after", "before", "than",
        "like", "toward", "towards", "into", "upon", "without", "between", "among", "via", "including",
    ]

    /// Speech verbs whose "by" is a medium or a means, never an agent: "said by email".
    static let activeOnly: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "stated", "explained", "replied",
        "responded", "tweeted", "posted", "announced", "insisted",
    ]

    /// Means of saying something: "said by phone".
    static let media: Set<String> = [
        "email", "e-mail", "phone", "telephone", "text", "video", "letter", "tweet", "satellite", "radio", "videolink",
    ]

    /// Words that start a clause, never a speaker: `"...," explains how ...`.
    static let clauseStarts: Set<String> = ["how", "why", "what", "when", "where", "whether", "that", "if", "who"]

    /// Relative words that start a clause of their own.
    static let relatives: Set<String> = ["which", "who", "whom", "whose", "where", "that", "when"]

    /// Nouns naming what someone said: `his remarks ... "..."`.
    static let speechNouns: Set<String> = [
        "remarks", "remark", "comments", "comment", "statement", "words", "speech", "message", "warning", "tweet",
        "interview", "letter", "address", "testimony", "post", "announcement", "view", "views", "position", "belief",
        "claim", "promise", "pledge", "vow", "assessment", "argument", "description", "reply", "verdict",
    ]

    /// Nouns of a charge: the words quoted after `an allegation of "..."` are the charge's, not the accused's.
    static let chargeNouns: Set<String> = [
        "allegation", "allegations", "charge", "charges", "accusation", "accusations", "suspicion", "counts", "count",
    ]

    /// Works whose title a quote may be: `the song "Returning Happiness to Thailand"`, `a report dubbed "..."`.
    static let workNouns: Set<String> = [
        "song", "report", "book", "film", "movie", "album", "documentary", "programme", "program", "show", "series",
        "play", "poem", "article", "column", "editorial", "campaign", "slogan", "hashtag", "headline", "motto", "theme",
        "novel", "painting", "exhibition", "study", "paper",
    ]

    /// Nouns that name a woman or a man: "Majed's mother" is no "he".
    static let femaleNouns: Set<String> = [
        "mother", "woman", "wife", "daughter", "sister", "girl", "grandmother", "spokeswoman", "chairwoman",
        "businesswoman", "aunt", "widow", "queen", "actress",
    ]
    static let maleNouns: Set<String> = [
        "father", "man", "husband", "son", "brother", "boy", "grandfather", "spokesman", "chairman", "businessman",
        "uncle", "widower", "king", "actor",
    ]

    /// Speakers that are groups, not one person, even when capitalised at the start of a sentence.
    static let collectives: Set<String> = [
        "police", "officials", "authorities", "government", "army", "military", "rebels", "troops", "ministry",
        "residents", "witnesses", "sources", "reports", "analysts", "experts", "critics", "officers", "soldiers",
        "militants", "protesters", "activists", "doctors", "prosecutors", "investigators", "organisers", "organizers",
        "they", "we", "it", "who",
    ]

    /// Head nouns that make "the X group" the organisation X.
    static let organisationHeads: Set<String> = [
        "group", "organisation", "organization", "movement", "militia", "party", "faction", "network", "company",
        "firm", "alliance", "coalition", "outfit", "agency",
    ]

    /// Who speaks for someone: "Theresa May's office", "the senator's campaign".
    static let representatives: Set<String> = ["office", "camp", "team", "campaign", "aide", "aides", "spokespeople", "staff"]

    /// Owners of a speech noun.
    static let owners: Set<String> = ["his", "her", "its", "their", "'s", "’s"]

    /// Nouns for a person by their role: "the minister said" points at a person named before.
    static let personNouns: Set<String> = [
        "minister", "president", "spokesman", "spokeswoman", "spokesperson", "official", "officer", "journalist",
        "reporter", "director", "chief", "commander", "general", "leader", "governor", "mayor", "ambassador", "envoy",
        "secretary", "prosecutor", "lawyer", "attorney", "judge", "senator", "chairman", "chairwoman", "premier",
        "diplomat", "analyst", "witness", "colonel", "captain", "king", "queen", "prince", "priest", "activist",
        "ombudsman", "founder", "executive", "professor", "researcher", "doctor", "man", "woman", "driver",
        "lawmaker", "politician", "candidate", "representative", "negotiator", "mediator", "inspector", "head",
        "commissioner", "chancellor", "mother", "father", "survivor", "resident", "victim", "author", "expert",
        "writer", "student", "teacher", "farmer", "worker", "soldier", "nurse", "musician", "artist", "historian",
        "democrat", "republican", "lawmaker", "nominee", "defendant", "adviser", "advisor", "correspondent",
    ]
}
