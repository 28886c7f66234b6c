/// Word lists shared by the stages (lower-case unless said otherwise).
enum Lexicon {
    /// Words that keep their period (without it): "Dr." "Lt." "Jan." "Inc.".
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "lt", "gen", "col", "maj", "capt", "sgt", "cpl",
        "adm", "brig", "cmdr", "gov", "sen", "rep", "reps", "sens", "rev", "hon", "pres", "supt", "insp", "det", "messrs",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "corp", "ltd", "co", "bros", "plc", "llc", "dept", "univ", "assn", "govt",
        "vs", "etc", "al", "approx", "est", "fig", "ave", "blvd", "rd",
    ]

    /// Abbreviations that stand before a name: never the end of a sentence.
    static let titleAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "lt", "gen", "col", "maj", "capt", "sgt", "cpl", "adm", "brig", "cmdr", "gov",
        "sen", "rep", "reps", "sens", "rev", "hon", "pres", "supt", "insp", "det", "st", "mt", "ft", "messrs", "no", "nos",
    ]

    /// Words that clearly begin a sentence (as written, capitalised).
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "You", "His", "Her",
        "Its", "Their", "Our", "My", "But", "And", "However", "Meanwhile", "In", "On", "At", "After", "Before", "During",
        "When", "While", "If", "As", "There", "Here", "Some", "Many", "Most", "According", "Also", "So", "Yet", "Still",
        "Now", "Then", "Earlier", "Later", "Last", "Next", "Yesterday", "Today", "Tomorrow", "Since", "For", "From",
        "Although", "Though", "Because", "Despite", "Under", "With", "Without", "No", "Not", "Both", "Each", "Every",
        "All", "Other", "Another", "What", "Who", "Why", "How", "Where", "Such", "Officials", "Police",
    ]

    /// Capitalised words that are never (the start of) a name: function words, pronouns, days, months.
    static let nonNames: Set<String> = [
        "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "You", "His", "Her",
        "Hers", "Its", "Their", "Our", "My", "Your", "Him", "Them", "Us", "Me",
        "But", "And", "Or", "Nor", "So", "Yet", "However", "Meanwhile", "Moreover", "Furthermore", "Nevertheless",
        "In", "On", "At", "To", "Of", "By", "For", "From", "With", "Without", "Into", "Onto", "Over", "Under", "About",
        "After", "Before", "During", "Since", "Until", "Through", "Between", "Among", "Against", "Despite", "Amid",
        "When", "While", "If", "As", "Although", "Though", "Because", "Unless", "Whether", "Once",
        "There", "Here", "Some", "Many", "Most", "Much", "More", "Few", "Several", "All", "Both", "Each", "Every", "Any",
        "No", "Not", "None", "Other", "Another", "Such", "What", "Which", "Who", "Whom", "Whose", "Why", "How", "Where",
        "According", "Also", "Still", "Now", "Then", "Thus", "Even", "Only", "Just", "Earlier", "Later", "Last", "Next",
        "First", "Second", "Third", "Finally", "Instead", "Indeed", "Already", "Again", "Yes", "Well", "Oh",
        "Yesterday", "Today", "Tomorrow", "Tonight", "Morning", "Evening", "Afternoon", "Night",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        "Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun.",
        "Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Do", "Does", "Did", "Will", "Would", "Can",
        "Could", "Should", "May", "Might", "Must", "Let", "Please", "Thank", "Thanks",
        "Comments", "Comment", "Advertisement", "Read", "Share", "Source", "Sources", "Photo", "Image", "Video", "Watch",
        "Related", "Update", "Updated", "Breaking", "Exclusive", "Analysis", "Opinion", "Editor", "Note",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dozens", "Hundreds",
        "Thousands", "Millions",
    ]

    /// Person titles and role words: not part of a name, but a sign that one follows.
    static let titles: Set<String> = [
        "President", "Vice", "Prime", "Minister", "Ministers", "Colonel", "Col.", "General", "Gen.", "Lt.", "Lieutenant",
        "Major", "Maj.", "Captain", "Capt.", "Sergeant", "Sgt.", "Corporal", "Cpl.", "Private", "Admiral", "Adm.",
        "Brigadier", "Brig.", "Marshal", "Field", "Commander", "Cmdr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss",
        "Dr", "Dr.", "Prof.", "Professor", "Sen.", "Senator", "Rep.", "Representative", "Congressman", "Congresswoman",
        "Gov.", "Governor", "Secretary", "Deputy", "Chief", "Ambassador", "King", "Queen", "Prince", "Princess",
        "Sheikh", "Sheik", "Pope", "Judge", "Justice", "Chancellor", "Mayor", "Speaker", "Chairman", "Chairwoman",
        "Chair", "Director", "Emir", "Premier", "Sultan", "Rev.", "Reverend", "Father", "Sister", "Brother", "Bishop",
        "Archbishop", "Cardinal", "Imam", "Rabbi", "Sir", "Dame", "Lord", "Lady", "Hon.", "Pres.", "Sens.", "Reps.",
        "Defense", "Defence", "Foreign", "Interior", "Finance", "Economy", "Health", "Education", "Trade", "Energy",
        "Transport", "Agriculture", "Security", "Home", "Attorney", "Solicitor", "Inspector", "Superintendent",
        "Officer", "Spokesman", "Spokeswoman", "Spokesperson", "Head", "Leader", "Opposition", "Acting", "Interim",
        "Transitional", "Former", "Ex", "Supreme", "Executive", "Managing",
        "Senior", "Special", "Envoy", "Representative", "Permanent", "Undersecretary", "Assistant", "Associate",
        "Counsel", "Agent", "Detective", "Constable", "Coach", "Dean", "Provost", "Rector", "Warden", "Consul",
    ]

    /// Role words that make a capitalised run a title and nothing more ("Defense Minister", "Secretary General").
    static let roleHeads: Set<String> = [
        "President", "Minister", "Ministers", "Colonel", "General", "Lieutenant", "Major", "Captain", "Sergeant",
        "Admiral", "Marshal", "Commander", "Secretary", "Ambassador", "King", "Queen", "Prince", "Princess", "Pope",
        "Judge", "Chancellor", "Mayor", "Speaker", "Chairman", "Chairwoman", "Director", "Emir", "Premier", "Governor",
        "Senator", "Spokesman", "Spokeswoman", "Spokesperson", "Envoy", "Chief", "Officer", "Deputy", "Leader",
    ]

    /// Words that make a capitalised run an organisation.
    static let orgCues: Set<String> = [
        "Group", "Army", "Party", "Nations", "Office", "Council", "Ministry", "Agency", "Company", "Inc", "Inc.", "Corp",
        "Corp.", "Corporation", "Ltd", "Ltd.", "LLC", "PLC", "Plc", "Bank", "University", "College", "Institute", "Union",
        "State", "Front", "Movement", "Committee", "Commission", "Organisation", "Organization", "Association",
        "Federation", "Foundation", "Fund", "Forces", "Force", "Brigade", "Brigades", "Battalion", "Militia", "Police",
        "Court", "Parliament", "Assembly", "Congress", "Senate", "Department", "Board", "Authority", "Service",
        "Services", "Bureau", "Agency", "Alliance", "Coalition", "League", "Club", "Society", "Church", "Network",
        "Times", "Post", "News", "Press", "Television", "Radio", "Airlines", "Airways", "Holdings", "Industries",
        "Technologies", "Motors", "Group.", "Co.", "Secretariat", "Mission", "Programme", "Program", "Hospital",
        "School", "Academy", "Centre", "Center", "Cabinet", "Government", "Guard", "Navy", "Command", "Unit",
        "Brotherhood", "Taliban", "Hamas", "Hezbollah", "Jihad", "Caliphate", "Legion", "Regiment", "Division",
    ]

    /// Words that end the name of an event, a prize or a law: MISC ("World Cup", "Nobel Prize").
    static let miscCues: Set<String> = [
        "Cup", "Olympics", "Games", "Championships", "Championship", "Award", "Awards", "Prize", "War", "Festival",
        "Summit", "Accord", "Accords", "Agreement", "Treaty", "Act", "Convention", "Declaration", "Revolution",
    ]

    /// Lower-case words that end an organisation name after a capitalised one ("Wagner group").
    static let lowerOrgCues: Set<String> = ["group", "army", "party", "militia", "movement", "brigade", "network"]

    /// Lower-case words allowed inside an organisation name between capitalised words.
    static let nameConnectors: Set<String> = ["of", "for", "in", "on", "de", "du", "des", "la", "le", "al", "el", "and"]

    /// Capitalised words that end a place name ("Niger Delta", "Red Sea").
    static let placeCues: Set<String> = [
        "River", "Delta", "Valley", "Mountains", "Mountain", "Mount", "Island", "Islands", "Coast", "Sea", "Ocean",
        "Lake", "Desert", "Gulf", "Bay", "Strait", "Peninsula", "Basin", "County", "Province", "Region", "District",
        "Street", "Square", "Avenue", "Road", "Airport", "Bridge", "Highlands", "Plateau", "Canal", "Hills", "Park",
    ]

    /// Compass and size words that make "X Africa" a place ("West Africa", "Greater Sahara").
    static let placePrefixes: Set<String> = [
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Upper",
        "Lower", "Middle", "Inner", "Outer", "Northeast", "Northwest", "Southeast", "Southwest", "New",
    ]

    /// Words before a name that make it a place.
    static let placePrepositions: Set<String> = [
        "in", "at", "near", "from", "into", "across", "outside", "inside", "towards", "toward", "around", "throughout",
        "via", "to",
    ]

    /// Speech and attribution verbs that introduce a quote (lower-case).
    static let cueVerbs: Set<String> = [
        "said", "says", "say", "saying", "told", "tells", "tell", "declared", "declares", "added", "adds", "stated",
        "states", "praised", "praises", "asked", "asks", "warned", "warns", "explained", "explains", "noted", "notes",
        "insisted", "insists", "denied", "denies", "announced", "announces", "wrote", "writes", "tweeted", "tweets",
        "posted", "replied", "replies", "responded", "claimed", "claims", "argued", "argues", "urged", "urges",
        "admitted", "admits", "acknowledged", "confirmed", "confirms", "stressed", "stresses", "emphasised",
        "emphasized", "recalled", "recalls", "continued", "concluded", "described", "describes", "called", "calls",
        "quoted", "quipped", "remarked", "observed", "commented", "cautioned", "vowed", "pledged", "promised",
        "threatened", "accused", "accuses", "blamed", "blames", "incriminates", "incriminated", "denounced",
        "denounces", "condemned", "condemns", "welcomed", "welcomes", "hailed", "hails", "lamented", "complained",
        "shouted", "whispered", "testified", "insisting", "adding", "telling", "according", "reiterated", "predicted",
        "suggested", "believes", "believed", "thinks", "feels", "agreed", "demanded", "decried", "branded", "labelled",
        "labeled", "termed", "dubbed",
    ]

    /// Words that end an attribution noun phrase.
    static let phraseStops: Set<String> = [
        "of", "on", "at", "after", "before", "when", "while", "as", "because", "that", "which", "who", "whom", "whose",
        "and", "or", "but", "to", "for", "with", "from", "by", "about", "over", "during", "since", "if", "than",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "would", "will", "could", "should", "may",
        "might", "can", "do", "does", "did", "not", "also", "in",
    ]

    /// Adverbs and auxiliaries between a subject and its speech verb ("Goïta also said", "she had told").
    static let verbModifiers: Set<String> = [
        "also", "later", "then", "has", "had", "have", "was", "were", "is", "are", "reportedly", "repeatedly",
        "previously", "once", "again", "did", "does", "would", "will", "had", "further", "recently", "publicly",
        "privately", "earlier", "subsequently", "allegedly", "firmly", "strongly", "simply", "just", "even", "only",
        "not", "never", "often", "always", "herself", "himself", "themselves",
    ]

    // MARK: determiners, one family of sets built from the same parts

    static let articles: Set<String> = ["the", "a", "an"]
    static let demonstratives: Set<String> = ["this", "that", "these", "those"]
    static let possessives: Set<String> = ["its", "his", "her", "their", "our", "my", "your"]

    /// What may open a noun phrase before a name or a role (speakers: "the", "several", "two" in "two officials").
    static let determiners: Set<String> = articles.union(demonstratives)
        .union(["its", "his", "her", "their", "our", "some", "several", "many", "one", "two", "three"])

    /// What may open the noun phrase of a trigger or a participant, without numbers (the event stage: "the attack",
    /// "another raid", "every meeting"): a number there is a count, not a determiner.
    static let nounDeterminers: Set<String> = articles.union(demonstratives).union(possessives)
        .union(["another", "any", "each", "every", "some"])

    /// What may stand before a count's noun ("their three sons", "the 12 soldiers").
    static let countDeterminers: Set<String> = articles.union(["this", "that"])
        .union(["its", "his", "her", "their", "our"])

    /// Determiners that point back to something named before: "the attack", "this meeting".
    static let definiteDeterminers: Set<String> = demonstratives.union(["the"])

    static let personPronouns: Set<String> = ["he", "she"]
    static let otherPronouns: Set<String> = ["they", "we", "i", "you", "it", "who", "which", "that", "one"]
}
