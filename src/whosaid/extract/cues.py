"""Word lists of general English used to find and attribute quotations.

Everything here is data: lemmas of reporting verbs, anonymous-source nouns, ordinals and
the phrases that introduce an outlet ("told X", "in an interview with X"). The lists are
general English, drawn from the reporting-verb inventories of PARC 3.0 (Pareti 2016) and
Krestel et al. (2008) "Minding the Source", and checked against the cues of PolNeAR's
*dev* annotations by frequency only (never its contents).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text."""
    return frozenset(text.split())


# Verbs of saying: their clausal complement (ccomp) is reported speech, their subject the
# source. PARC/Krestel speech verbs.
SPEECH_VERBS = _words(
    """
    say tell add note write claim report announce argue suggest warn insist explain
    state declare reveal admit acknowledge confirm deny respond reply recall
    continue emphasize emphasise stress predict promise pledge vow allege tweet post
    testify complain concede contend maintain mention indicate assert caution boast
    brag charge counter joke muse observe remark reiterate repeat retort quip
    disclose divulge gush share speculate swear scoff scream shout yell whisper
    exclaim sigh laugh cry agree proclaim affirm assure inform notify advise lament
    grumble posit opine comment clarify signal hint imply threaten guarantee
    estimate calculate forecast project conclude determine find show reckon relay
    relate recount describe propose urge demand ask wonder question tout trumpet
    """
)

# Verbs of belief, knowledge and intention: PolNeAR annotates these as attributions too
# ("X believes", "X fears", "The Post has learned").
COGNITION_VERBS = _words(
    """
    believe think fear hope know learn feel expect worry suspect doubt understand
    realize realise assume guess imagine consider presume recognize recognise decide
    acknowledge anticipate figure sense see hear read notice discover conclude
    insist
    """
)

# Verbs whose infinitive complement (xcomp) is the attributed content: intentions, promises
# and refusals ("He plans to reduce ...", "She refused to release ...").
INTENTION_VERBS = _words(
    """
    plan want intend promise pledge vow refuse decline threaten hope aim seek
    propose offer agree urge expect decide
    """
)
# Verbs that report an intention or a decision only with an infinitive of an act
# ("is looking to smooth over X", "the board voted to endorse Y"); PolNeAR train: 6 of 8
# matched. Verbs of trying ("try", "struggle", "work to") report an effort: 9 of 47.
AIM_VERBS = _words("look vote")
# Verbs of casting a ballot: "voted for X" is one ballot, not a view, but a poll's share
# ("27 percent would vote for X") reports what those polled said.
BALLOT_VERBS = {"vote": ("for", "against")}

CUE_VERBS = SPEECH_VERBS | COGNITION_VERBS
# Verbs that give words or sources: saying, and citing ("..., citing a report").
CITING_VERBS = SPEECH_VERBS | _words("cite")

# Verbs whose direct object is what the subject said or stood for: PolNeAR annotates
# "Graham criticized the party's lack of ...", "Clinton cited derogatory comments ...",
# "called half of his supporters 'deplorables'" as attributions (content = the object
# and its predicate: "X as Y", "X Y", "X to do Y").
OBJECT_VERBS = (
    SPEECH_VERBS
    | COGNITION_VERBS
    | _words(
        """
        criticize criticise attack cite accuse endorse support back praise condemn blast
        slam reject defend mention describe offer propose express announce acknowledge
        question demand echo promise pledge denounce call ask encourage urge discuss
        reference compare blame applaud welcome oppose dismiss tout highlight emphasize
        stress deny dispute challenge champion estimate decry lambast lambaste
        mock ridicule hail commend thank congratulate fault characterize characterise
        label brand dub term advocate favor favour threaten vow promote push tweet
        retweet quote insist embrace
        """
    )
)
# "recommend" is left out: its object is a step urged on others ("recommend charges",
# "recommend stories"), which PolNeAR does not annotate (train + dev: 0 of 4 matched).

# Levin (1993) "English Verb Classes and Alternations": judgment verbs (33), characterize
# verbs (29.2) and complain/advise verbs (37.8, 37.9) beyond the lists above; their object
# is what the subject judged, characterized or addressed ("X derided the deal as ...").
OBJECT_VERBS = OBJECT_VERBS | _words(
    """
    acclaim castigate censure chastise compliment condone deride deplore excuse forgive
    laud rebuke reprimand reproach scold scorn slander salute disparage belittle
    denigrate vilify demonize demonise berate chide admonish pillory skewer rip
    depict portray regard view paint rate define classify cast frame dismiss
    invoke address detail highlight reference liken equate link tie contrast
    lament bemoan decry protest rally grill pooh-pooh tout hype rebut herald
    assail savage spurn needle voice credit attribute renew name list deem
    """
)

# Verbs whose object is the addressee or a thing perceived, not what was said ("told
# her", "continued his tour", "found the keys"): no object rule for them.
NON_OBJECT_VERBS = _words(
    "tell continue find see show respond reply hear read inform notify advise assure"
)
OBJECT_VERBS = OBJECT_VERBS - NON_OBJECT_VERBS

# Verbs whose content is their object with the phrase of the charge: "accused X of lying",
# "blamed X on Y".
CHARGE_VERBS = {"accuse": ("of",), "charge": ("with",), "suspect": ("of",), "blame": ("for", "on")}

# Verb + preposition pairs whose prepositional object is the content ("called for X",
# "pointed to X", "spoke about X", "warned against X", "said, referring to X"). Not "voted
# for X" (a ballot cast). "refer to" was left out on 9 candidates (2 matched); on the
# larger rebuilt train samples PolNeAR marks 29 of 43 active "refer to" as cues, and the
# pair added 23 matches for 31 predictions over dev and four train samples.
PREP_CUES = {
    "call": ("for", "on"),
    "point": ("to",),
    "speak": ("about", "of", "on"),
    "speak out": ("against", "for", "in"),  # "spoke out in favor of X"
    "come": ("against",),  # "came out against X"
    "talk": ("about", "of"),
    "argue": ("for", "against"),
    "ask": ("for", "about"),
    "warn": ("against", "of", "about"),
    "push": ("for",),
    "advocate": ("for",),
    "complain": ("about", "of"),
    "comment": ("on",),
    "testify": ("about", "on"),
    "boast": ("about", "of"),
    "brag": ("about",),
    "joke": ("about",),
    "write": ("about", "of"),
    "worry": ("about",),
    "rail": ("against",),
    "lash": ("out",),
    "lash out": ("at", "against"),  # "lashed out at X"
    "campaign": ("for", "against", "on"),
    "go": ("after",),
    # stance and reaction verbs with a prepositional object (PARC/Levin; same dev check)
    "focus": ("on",),
    "seize": ("on", "upon"),
    "pounce": ("on", "upon"),
    "double": ("on",),
    "apologize": ("for",),
    "apologise": ("for",),
    "agree": ("on", "with"),
    "believe": ("in",),
    "refer": ("to",),
    "respond": ("to", "with"),
    "react": ("to",),
    "insist": ("on", "upon"),
    "acquiesce": ("to", "in"),
    "balk": ("at",),
    "bristle": ("at",),
    "plead": ("to",),  # "pleaded guilty to X"
    "spar": ("over", "with"),
    "distance": ("from",),  # "distanced himself from X"
    "side": ("with", "against"),
    "object": ("to",),
    "rally": ("against", "behind", "around"),
    "lobby": ("for", "against"),
    "fight": ("for", "against"),
    "protest": ("against",),
    "weigh": ("in", "on"),
    "elaborate": ("on",),
    "reflect": ("on",),
    "harp": ("on",),
    "dwell": ("on",),
    # cognition verbs with what the thought is about ("wondering about X", "knows all
    # about X", "learned of X")
    "wonder": ("about",),
    "know": ("about", "of"),
    "think": ("about", "of"),
    "care": ("about",),
    "learn": ("about", "of"),
}

# Prepositional cues that pass a thing on when they take a direct object ("referred the
# case to the prosecutor"): only without one is the prepositional object the topic.
INTRANSITIVE_PREP_CUES = _words("refer")

# Prepositional cues whose object is a view however short: a demand or an apology names
# its object in a word or two ("called for change", "apologized for the remarks").
SHORT_PREP_CUES = {"call": ("for",), "apologize": ("for",), "apologise": ("for",)}

# Verbs of putting, keeping, sending and making (Levin 1993 classes of those names) whose
# report needs a clause or an "as" predicate ("added that ...", "maintains that ...",
# "cast him as a victim"); with a noun phrase alone they add, keep, send or make a thing
# ("added a week", "maintains a program", "cast a ballot", "painted murals").
# "share" is one too: with a bare noun it shares a thing ("shared a microphone"); a
# feeling ("shared their concerns about X"), a statement with its clause ("shared a report
# that ...") or a passive ("Her view is shared by X") is a view.
CLAUSAL_SENSE_VERBS = _words("add post maintain cast paint frame define share")

# Cue verbs that on their own are too ambiguous to introduce a quotation without a clause
# ("see", "find", "show" take many non-speech complements); they count only with a ccomp.
WEAK_CUE_VERBS = frozenset(
    ["see", "hear", "read", "find", "show", "figure", "sense", "notice", "consider"]
)

# Verbs that, with a quotation next to them and a subject, still introduce it even though
# they are not verbs of saying ("'Go,' she laughed"): handled by the quote-adjacent rule.
# Manner-of-speaking verbs (Levin 1993, 37.3) and verbs of breaking in or rebuking do so
# too ("X interjected, '...'", "chiding him, '...'"). _UTTERING_MANNER are the 37.3 verbs
# that also take a quotation as what was uttered (UTTERANCE_VERBS).
_UTTERING_MANNER = _words(
    "chant sing recite mutter murmur mumble holler shriek bellow hiss shout yell scream whisper"
)
MANNER_OF_SPEAKING_VERBS = _UTTERING_MANNER | _words(
    """
    interject interrupt chime chide scold snap growl bark thunder roar wail groan moan
    whine stammer stutter gasp sneer rant marvel gripe fume rail plead beg
    """
)
QUOTE_ADJACENT_VERBS = (
    SPEECH_VERBS
    | frozenset(["laugh", "smile", "sigh", "cry", "shrug", "nod"])
    | MANNER_OF_SPEAKING_VERBS
)

# Forms of the verbs a speech tag after a quotation takes that the tagger may read as
# nouns ('"...," the envoys state in a paper', '"...," the sign read.').
TAG_VERB_FORMS = _words(
    """
    say says said state states stated read reads write writes wrote add adds added
    note notes noted claim claims claimed
    """
)

# Adjectives over an infinitive that tell how soon the act was done, which was: "X was
# quick to condemn Y" (Y is condemned, as after "began to").
TIMING_ADJECTIVES = _words("quick swift")

# Adjectives whose subject does the act of the infinitive after them ("X was quick to
# point out", "X were more likely to say"); not "hard/easy to" ones, whose subject is
# the act's object ("X is hard to predict").
CONTROL_ADJECTIVES = TIMING_ADJECTIVES | _words(
    """
    likely unlikely careful eager reluctant willing unwilling ready keen
    loath hesitant anxious determined prepared apt inclined
    """
)

# Nouns denoting an unnamed source: "a source", "an insider", "a second friend".
ANONYMOUS_NOUNS = _words(
    """
    source insider friend pal confidant confidante official aide spokesperson
    spokesman spokeswoman representative rep person observer witness eyewitness
    onlooker relative associate colleague staffer adviser advisor expert analyst
    employee member neighbor neighbour acquaintance family tipster informant
    operative
    """
)

# Nouns for someone who speaks for a body. Named with the body ("a spokeswoman for
# Acme", "an Acme spokesman", "Acme's press secretary"), they are on the record for it
# and their speaker is the body; with none named ("a spokesman said") they stay unnamed.
SPOKES_NOUNS = _words("spokesman spokeswoman spokesperson representative")
# Ones of two words, by their head: the word that must come right before it.
SPOKES_COMPOUNDS = {"secretary": "press"}
# Words before such a noun that put it off the body's record ("a former spokesman").
OFF_RECORD_MODIFIERS = _words("former ex onetime")
# Phrases of a sentence whose speaker speaks without the body's leave ("an Acme spokesman,
# who spoke on condition of anonymity"): an unnamed source, not the body.
ANONYMITY_PHRASES = (
    "anonymity",
    "not to be named",
    "not be named",
    "not to be identified",
    "not be identified",
    "not authorized",
    "not authorised",
)

# Nouns for people that the agent lists and English person endings ("-er", "-ist")
# miss: "a second insider", "another child" are speakers, "a report" is not.
PERSON_NOUNS = _words(
    """
    child kid boy girl teen teenager wife husband mother father son daughter sister
    brother aunt uncle cousin fan guest host couple victim survivor patient nurse cop
    veteran mom dad grandmother grandfather widow youth
    """
)

# Last words of the names of bodies, which may hold "and" ("the National Oceanic and
# Atmospheric Administration", "the Department of Health and Human Services").
BODY_NOUNS = _words(
    """
    administration agency department institute association council commission center
    centre foundation service services bureau office authority board committee society
    university college corporation company trust fund
    """
)

# Last words of organisations that are no news outlet, whatever NER or a venue position
# suggests ("according to the Coast Guard", "told Congress"), unless the name also has an
# outlet word ("Press Association").
NOT_OUTLET_HEADS = BODY_NOUNS | _words(
    """
    guard congress senate house court police army navy ministry government party
    campaign parliament assembly legislature
    """
)

# Ordinals in words and as determiners that introduce a further distinct speaker.
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
}

# Determiners that start a new, distinct anonymous speaker ("another source said").
NEW_SPEAKER_DETS = frozenset(["a", "an", "another", "one", "some"])

# Things people produce to say something: in "X issued a statement calling Y a threat"
# the participle's implicit subject is the statement, whose author (X) is the source; a
# news piece too ("X ran a piece that noted ...": the paper that ran it), a magazine cover
# and an ad spot.
AUTHORED_NOUNS = _words(
    """
    statement letter tweet post paper papers filing memo note report comment remark
    message email speech ad advertisement video column editorial release brief op-ed
    piece article story feature cover spot
    """
)

# Verbs of a short sentence that introduces the quotation after it ("X agreed. '...'",
# "X continued his attack. '...'"): speech verbs with no words of their own.
INTRODUCING_VERBS = SPEECH_VERBS | _words("echo concur")  # ("continue", "agree" are in it)
# Titles before a name whose full stop spaCy's English tokenizer splits off (it knows
# "Gen.", "Gov.", "Sen.", "Dr." ...); see ``pipeline.load_nlp``.
TITLE_ABBREVIATIONS = _words(
    "Lt. Sgt. Cpl. Maj. Cmdr. Capt. Pvt. Spc. Supt. Insp. Det. Amb. Atty. Brig. Pres. Lt.Col. Msgr."
)
# Personal pronouns that may stand for a named speaker earlier in the article.
PERSON_PRONOUNS = frozenset({"he", "she"})
PLURAL_PRONOUNS = frozenset({"they"})
# Possessive forms of the person pronouns ("his promise", "her criticism of X"): the
# speaker is whoever the pronoun stands for.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}
# Honorifics that tell a name's gender, so "she" is never resolved to "Mr. X".
MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "father", "brother"})
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "lady", "queen", "princess", "sister"})
# Common English given names that name one sex nearly always: a "she" is not a "Robert"
# nor a "he" a "Susan". Names worn by both ("Jordan", "Leslie", "Kim") are in neither.
MALE_GIVEN_NAMES = _words(
    """
    aaron adam alan albert alex alexander andrew anthony arthur ben benjamin bernard
    bill bob bobby brad brian bruce carl carlos charles chris christopher colin craig dan
    daniel darren dave david dennis derek dick don donald doug douglas duncan ed eddie edward
    eric frank fred gary geoff george gerald gordon graham greg gregory harold harry henry
    howard ian jack jacob james jason jeff jeffrey jeremy jerry jim jimmy joe joel john
    johnny jonathan joseph josh juan justin keith ken kenneth kevin larry mark martin
    matt matthew michael mike mitch neil nicholas nick nigel oliver patrick paul peter phil
    philip ray raymond richard rick rob robert roger ron ronald roy russell ryan sam samuel
    scott sean simon stephen steve steven stuart ted terry thomas tim timothy todd tom tommy
    tony travis victor vincent walter wayne william
    """
)
FEMALE_GIVEN_NAMES = _words(
    """
    alice alison amanda amy angela ann anna anne barbara betty beverly brenda carol caroline
    catherine cheryl christina christine claire cynthia deborah debra denise diana diane
    donna dorothy elizabeth ellen emily emma eva evelyn fiona frances gloria hannah heather
    helen irene jane janet janice jennifer jessica joan joanne joyce judith judy
    julia julie karen katherine kathleen kathy laura lauren linda lisa lucy margaret
    maria marie marilyn martha mary maureen melissa michelle nancy natalie nicole olivia
    pamela patricia paula rachel rebecca rose ruth sandra sarah sharon shirley sophie
    stephanie susan teresa theresa tina victoria virginia wendy
    """
)
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# Family words written as names ("told Mom"): a person, never an outlet.
KIN_WORDS = frozenset({"mom", "mum", "dad", "mama", "papa", "grandma", "grandpa", "nana"})

# Prepositional phrases after a cue that name where the words were given:
# "shared with X", "speaking to X", "said on X" (a broadcast), "told X" (the dative).
VENUE_PREPS = {
    "share": ("with",),
    "speak": ("to", "with", "on"),
    "talk": ("to", "with", "on"),
    "say": ("to", "on"),
    "explain": ("to",),
    "reveal": ("to",),
    "confirm": ("to",),
    "admit": ("to",),
    "add": ("to",),
    "write": ("in", "for"),
    "dish": ("to",),
    "open": ("to",),
}
# Nouns that make "in an interview with X" / "in a statement to X" name a venue.
VENUE_NOUNS = frozenset(
    ["interview", "statement", "conversation", "chat", "email", "letter", "podcast"]
)

# Quotation marks, straight and curly, double and single, as single characters.
QUOTE_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019")

# Nouns by which an article goes on about an outlet it named ("The Sunday Ledger reported
# ... The paper said"): "the" + one of these, as a speaker, is that outlet.
OUTLET_DESCRIPTIONS = _words(
    """
    paper newspaper magazine tabloid broadcaster network channel station website site
    daily weekly publication outlet
    """
)

# General words that mark a proper name as a news outlet, used when NER hesitates between
# an outlet and a person ("told Starwatch Weekly").
OUTLET_WORDS = _words(
    """
    times post news journal weekly magazine daily herald tribune gazette telegraph
    guardian mail sun mirror express reporter report review press wire radio tv
    television network channel podcast show outlet newspaper paper tabloid site blog
    today online
    """
)
# Of those, the words that end a newspaper's name and alone, after "the", still name it
# ("told the Gazette"; not "said to the TV", "the Network").
MASTHEAD_WORDS = _words("times post journal herald tribune gazette telegraph guardian mirror")

# Verbs of publishing: their subject, when a bare name, is an outlet ("X reported that").
REPORT_VERBS = frozenset({"report", "publish"})
# A newsroom's own idiom: "X can reveal" (the verb and its auxiliaries); its subject, when
# a bare name, is an outlet too ("X has learned" is not: "Congress has learned that").
OUTLET_IDIOMS = {"reveal": ("can",)}

# Phrases that mark the words as given earlier or elsewhere (relayed, not own reporting).
RELAY_MARKERS = (
    "at the time",
    "previously",
    "earlier this",
    "last month",
    "last week",
    "last year",
)

# Quotation marks: opening -> closing. Straight marks pair by alternation.
DOUBLE_QUOTES = {"\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb"}
STRAIGHT_DOUBLE = '"'

# Dashes that attribute a quotation to a name after it: "“...” — Jane Doe".
ATTRIBUTION_DASHES = "\u2014\u2015\u2013"

# Every verb lemma that can be a cue, for repairing the lemmatizer ("hoped" -> "hop").
ALL_CUES = CUE_VERBS | OBJECT_VERBS | INTENTION_VERBS | frozenset(PREP_CUES)

# Words of a photo caption's credit line ("Photograph: Jo Ray/Agency", "Photo credit:
# ...", "Getty Images"): a name that NER glues onto one is cut off at it.
CREDIT_WORDS = _words("photograph photographs photo photos picture pictures image images credit")

# Capitalised words that open a line with a colon without being a speaker
# ("UPDATE: ...", "Photo: ..."): never taken for a transcript or headline speaker label.
LABEL_STOPWORDS = _words(
    """
    update note editor photo photos video watch read related correction clarification
    source sources image images credit warning breaking exclusive opinion analysis
    live poll review q a and but or so latest
    """
)

# Nouns of saying and believing whose that-clause is attributed content
# ("Trump's claim that ...", "the company's statement that ..."); PARC noun cues.
CUE_NOUNS = _words(
    """
    claim statement assertion argument belief allegation suggestion warning promise pledge
    vow insistence view fear hope charge accusation admission acknowledgment
    acknowledgement announcement assurance contention declaration denial prediction
    remark comment report testimony message notion conclusion finding emphasis
    """
)

# Phrasal verbs of saying (verb + particle), taken like SPEECH_VERBS.
PHRASAL_CUES = frozenset(
    {
        "point out",
        "lay out",
        "spell out",
        "speak out",
        "find out",
        "fire back",
        "hit back",
        "push back",
        "shoot back",
        "chime in",
        "weigh in",
        "sound off",
        "bring up",
        "note down",
        "read out",
        "cry out",
        "lash out",
        "shrug off",
        "brush off",
        "wave off",
    }
)

# Adjectives of belief, feeling and intent whose complement is attributed to the
# subject: "Democrats are afraid that ...", "she was sure Trump would win".
ATTITUDE_ADJECTIVES = _words(
    """
    sure certain confident convinced afraid worried concerned aware hopeful optimistic
    pessimistic determined eager skeptical sceptical critical supportive proud
    unsure uncertain adamant insistent fearful anxious frustrated angry upset furious
    """
)
# "willing" is left out: a readiness to act ("willing to work hard"), not a view (train +
# dev: 2 of 8 matched).

# Adjectives of feeling and stance toward something, with the prepositions that
# introduce it: "X is passionate about Y", "wary of Y", "hostile to Y", "pleased with Y".
# The preposition is fixed per adjective: "open to the public" is no stance.
STANCE_ADJECTIVES = {
    **dict.fromkeys(
        _words(
            """
            passionate sensitive unapologetic enthusiastic ambivalent excited nervous
            cautious upbeat bullish bearish
            """
        ),
        ("about",),
    ),
    **dict.fromkeys(
        _words(
            """
            leery wary dismissive enamored enamoured fond suspicious contemptuous tolerant
            respectful appreciative complimentary
            """
        ),
        ("of",),
    ),
    **dict.fromkeys(_words("hostile sympathetic receptive opposed grateful"), ("to",)),
    **dict.fromkeys(_words("disgusted outraged alarmed troubled bothered offended"), ("by", "at")),
    **dict.fromkeys(
        _words("pleased impressed satisfied dissatisfied unhappy happy comfortable uncomfortable"),
        ("with",),
    ),
    "disappointed": ("in", "with", "by"),
    "irritated": ("about", "with", "by"),
    "interested": ("in",),
    "surprised": ("at", "by"),
    "open": ("to",),
}

# Nouns of stance whose "of" object is attributed: "X is a staunch opponent of Y".
STANCE_NOUNS = _words(
    """
    supporter opponent critic advocate champion proponent defender foe fan backer
    """
)

# Nouns of intent, speech and stance and the words that introduce what they are about:
# "plans to ...", "questions about ...", "criticism of ...", "support for ..." (PARC noun
# cues; Levin-style stance nouns). The holder is the possessor or the subject of the verb
# the noun is the object of ("X announced plans to ..."); an embedded question after the
# noun needs none ("there are questions about whether ...", "the debate over how ...").
# Nouns of trying ("effort", "attempt") are left out, as the verbs of trying are from
# ``DESIRE_VERBS``: an act, not a stance (PolNeAR train: 2 of 11 matched).
_TO = ("to",)
_ABOUT = ("about", "over", "on", "of")
TOPIC_NOUNS = {
    **dict.fromkeys(
        [
            "plan",
            "plans",
            "decision",
            "determination",
            "agreement",
            "bid",
            "promise",
            "pledge",
            "vow",
            "threat",
            "refusal",
            "intention",
            "intent",
            "desire",
            # nouns of the attitude adjectives and "want" verbs ("eager", "wish")
            "eagerness",
            "wish",
            "ambition",
            "unwillingness",
            "willingness",
            "readiness",
            "reluctance",
            "commitment",
            "proposal",
            "call",
            "push",
            "move",
            "offer",
        ],
        _TO,
    ),
    **dict.fromkeys(
        [
            "question",
            "questions",
            "concern",
            "concerns",
            "doubt",
            "doubts",
            "misgiving",
            "misgivings",
            "complaint",
            "complaints",
            "comment",
            "comments",
            "remark",
            "remarks",
            "worry",
            "worries",
            "fear",
            "fears",
            "thought",
            "thoughts",
            "view",
            "views",
            "illusion",
            "illusions",
            "skepticism",
            "scepticism",
            "debate",
            "debates",
            "disagreement",
            "dispute",
            "consensus",
            "speculation",
            "uncertainty",
            "confusion",
        ],
        _ABOUT,
    ),
    **dict.fromkeys(
        ["criticism", "attack", "attacks", "praise", "condemnation"], ("of", "on", "for")
    ),
    **dict.fromkeys(["support", "backing", "enthusiasm", "disdain", "contempt"], ("for",)),
    **dict.fromkeys(["opposition", "objection", "hostility"], ("to",)),
    # nouns that with a light verb make a cue: "had kind words for X", "made no mention
    # of X", "had a low opinion of X", "sounded a note about X", "made the case for X"
    **dict.fromkeys(["words"], ("for", "about")),
    **dict.fromkeys(["mention"], ("of",)),
    **dict.fromkeys(["opinion", "opinions", "feelings", "prediction", "predictions"], _ABOUT),
    **dict.fromkeys(["note"], ("about", "on")),
    **dict.fromkeys(["case"], ("for", "against")),
}


# Stance nouns that a verb of receiving gives to its subject from someone ("X drew
# criticism from Y", "X has the support of Y", "X won the endorsement of Y"): the subject
# is what the stance is about, the phrase after "of/from/among" its holder.
RECEIVED_NOUNS = _words(
    """
    criticism praise condemnation rebuke ire scorn backlash support endorsement
    endorsements backing applause
    """
)
# Verbs that give their subject such a stance: the receiving verbs, and possession
# ("has the support of", "enjoys the backing of") and winning ("won the endorsement of").
RECEIVING_VERBS = _words(
    "face draw attract receive earn get garner win gain have enjoy consolidate"
)

# Nouns that, after "on", give the terms on which something was said ("spoke on
# condition of anonymity", "on the record", "on background"), not its topic.
SPEAKING_TERMS = _words("condition record background")
# Verbs of talking something over with someone: their "with" phrase names the other
# party ("discussed the plan with her mother"), not part of what was discussed.
RECIPROCAL_VERBS = _words("discuss debate negotiate")

# Verbs whose passive gives the terms of a source's anonymity ("did not want to be
# named", "asked not to be quoted"), not an intention reported.
IDENTIFYING_VERBS = _words("name identify quote")

# Verbs of regarding whose agentless passive reports a common view of its subject ("X is
# seen as Y", "X is widely considered a favorite", "X is known for Y"), with the
# prepositions that carry the view; "" admits a bare predicate ("deemed safe"). Verbs of
# perception take only "as": "seen gathered on the street" is a sight, not a view.
REGARD_PASSIVES = {
    "see": ("as",),
    "view": ("as",),
    "perceive": ("as",),
    "regard": ("as",),
    "recognize": ("as", "for"),
    "know": ("as", "for"),
    "consider": ("as", ""),
    "deem": ("",),
}
# The participles of those that the impersonal rule reads, with the same prepositions:
# the view held of their subject by no one named ("X is seen as Y", "X is known for Y").
PASSIVE_REGARD = {
    form: REGARD_PASSIVES[lemma]
    for form, lemma in (
        ("seen", "see"),
        ("viewed", "view"),
        ("regarded", "regard"),
        ("perceived", "perceive"),
        ("known", "know"),
    )
}

# Participles that attribute a statement to no one only in the passive: "X is said to Y".
PASSIVE_ONLY_CUES = _words("said reported perceived")

# Word forms that attribute a statement to no one in particular: "it seems", "it was
# unclear whether", "X appears to", "X is expected to", "X is seen as", "X looks weak",
# "X was asked about Y" (PolNeAR annotates these with an empty source).
# The participles of PASSIVE_REGARD and PASSIVE_ONLY_CUES are among them.
IMPERSONAL_CUES = (
    _words(
        """
        seem seems seemed appear appears appeared clear unclear obvious evident apparent
        expected believed thought rumored rumoured alleged reputed considered
        looks looked sounds sounded
        """
    )
    | frozenset(PASSIVE_REGARD)
    | PASSIVE_ONLY_CUES
)
# Verbs of seeming by the senses (Levin 1993, 30.4 "appear" class): with an adjective,
# "X looks weak", "the plan sounds reasonable" give an impression of X that no one in
# particular holds, like "X seems weak" ("looks at", "sounded the alarm" are other senses).
IMPRESSION_VERBS = _words("look sound")


# Nouns of people and bodies that hold and voice views, besides ANONYMOUS_NOUNS: the
# holders of "X's plans to ...", "endorsed by X" (general English role nouns).
AGENT_NOUNS = _words(
    """
    senator lawmaker legislator congressman congresswoman governor mayor president
    candidate nominee campaign party administration government minister leader chief
    executive director chairman chairwoman chair secretary judge court justice jury
    prosecutor lawyer attorney agency department committee panel board council commission
    union group organization organisation company firm bank critic supporter opponent
    voter resident citizen activist advocate economist scientist researcher doctor
    officer police authority regulator investor editor reporter writer author columnist
    newspaper network editorial delegate democrat republican conservative liberal
    people man woman men women parent student worker
    politician strategist pollster consultant commentator pundit professor historian
    diplomat lobbyist donor ally
    """
)

# The AGENT_NOUNS that name a body, not a person: "a court ruled", "a panel found" is an
# institution on record, never an unnamed source.
BODY_AGENT_NOUNS = _words(
    """
    campaign party administration government court jury agency department committee panel
    board council commission union organization organisation company firm bank
    police authority newspaper network editorial
    """
)

# Personal and possessive pronouns that can stand for a holder of a view ("his plans").
PERSONAL_PRONOUNS_ALL = _words("i me my we us our you your he him his she her they them their")

# Words that make a closing date phrase tell when something was said ("on Friday",
# "last week", "earlier this month"), not a span of time inside the content ("10 years").
DEICTIC_WHEN = _words("last this earlier yesterday today tonight")
DAY_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight"
)
# Prepositions of a date phrase on a cue verb that tells when it was said ("in June").
WHEN_PREPS = _words("in on at during since")

# Wh-words that, fronted before a cue's subject, stand for part of the reported words:
# "what X called a disaster", "which X says will close", "how X say it would work".
# PolNeAR keeps the wh-word as the content's first piece (the speaker and cue are a gap).
# "when/where/why" are left out: they usually open an adjunct of the outer clause.
CONTENT_WH = _words("what which how whom")
# Relative words that stand for part of the reported words only as the subject or object
# of the reported clause itself: "hackers who officials say are tied to X", "data that
# investigators said they found".
CLAUSE_RELATIVES = _words("who that")
# Subordinators that open an adverbial clause of time, reason or concession ("As the
# phone rang, ...", "While she spoke, ..."): a clause that sets the scene for a cue.
CLAUSE_OPENERS = _words("as when while once since until before because although though")
# Subordinators of condition ("If A, X said, B", "Unless A, ..."): such a clause before a
# parenthetical cue states when the reported words hold, and is part of them.
CONDITION_MARKS = _words("if unless whether")

# Adverbs that open an apposition narrowing what came before ("..., particularly those
# who wait", "..., most notably the mayor", "Ann Roe, then 35"): part of the content.
FOCUS_ADVERBS = _words(
    "particularly especially notably specifically mainly mostly chiefly primarily largely most then"
)

# Nouns of feeling toward something ("expressed concern about X", "voiced misgivings
# over X", "his attacks on X", "gave her opinion on X"; "astonishment" to "opinions"
# added on PolNeAR train): as the object of a verb they form one cue with it, and
# what the feeling is about, their prepositional object, is the content. Nouns of
# speech ("remarks", "comments") and of intent ("plans to") are not in the list: their
# phrase is the words or the aim themselves.
ATTITUDE_NOUNS = _words(
    """
    concern concerns misgiving misgivings doubt doubts worry worries fear fears
    skepticism scepticism disdain contempt hostility attack attacks outrage anger
    distrust mistrust dislike hatred admiration enthusiasm astonishment sympathy
    discomfort unease allegiance opinion opinions
    """
)
# Stance nouns that make a light-verb cue when bare ("claimed responsibility for X",
# "offered praise for X", "pledged allegiance to X"): the content is the noun's object.
LIGHT_STANCE_NOUNS = _words("support praise allegiance responsibility credit blame")
# Pronouns of amount that stand for what was said about a topic ("said little about X").
AMOUNT_PRONOUNS = _words("nothing little much more less something anything")
ATTITUDE_PREPS = _words("about over on for of at toward towards with")

# Conjunctive adverbs that, set off by a comma at the start of a sentence, link it to
# the writer's preceding text ("However, ...", "In addition, ..."): they are the
# writer's, not part of the reported words (outside a quotation).
CONNECTIVES = (
    "however",
    "yet",
    "after all",
    "as it stands",
    "meanwhile",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "additionally",
    "likewise",
    "similarly",
    "consequently",
    "therefore",
    "thus",
    "hence",
    "still",
    "besides",
    "in addition",
    "in turn",
    "by contrast",
    "in contrast",
    "on the other hand",
    "as a result",
    "at the same time",
    "in fact",
    "indeed",
    "even so",
    "as such",
    "for instance",
    "for example",
)

# A closing phrase that tells on what occasion or through what medium the words were
# given ("in an email", "during a campaign stop", "on his show") belongs to the cue, not
# to the content: prepositions of occasion and general nouns of occasion and medium
# (the spoken and written pieces, "remarks" to "editorial", added for the "in" noun tail
# of ``quotes.verbs._NOUN_TAIL_PREPS``).
OCCASION_PREPS = _words("in on during via")
OCCASION_NOUNS = _words(
    """
    interview statement conversation chat email letter podcast post tweet tweets
    website blog show program programme broadcast forum rally stop event speech
    hearing briefing conference meeting appearance address op-ed column memo
    media television tv radio twitter facebook
    remark remarks testimony ruling opinion filing article book essay
    editorial video ad advertisement commercial
    debate debates
    """
)

# -- further verb classes, each read by its own candidate rule (own ``method``) ----------

# Levin (1993) 31.2 "admire" verbs: a lasting attitude toward the object, which is what
# the subject stands for ("X admires Y", "X despises Y").
ATTITUDE_VERBS = _words(
    """
    admire adore appreciate cherish despise detest dislike distrust envy esteem hate like
    loathe love mistrust prefer relish resent respect revere trust value abhor
    """
)
# "enjoy" is left out: with an object it mostly means "have" ("enjoyed wide support").

# Levin (1993) 32.1 "want" verbs: the infinitive is what the subject desires ("X would
# like to hold a rally", "X prefers to wait"). Verbs of trying and needing ("try",
# "struggle", "need") report an effort or a necessity, not a stance: left out.
DESIRE_VERBS = _words("want like love prefer wish long yearn crave desire covet")

# FrameNet Publishing, Reveal_secret, Text_creation and Statement verbs that bring a text
# or information before the public: the object is what was made known ("X published Y",
# "X outlined his plan", "X did not single out Y").
PRESENTATION_VERBS = _words(
    """
    publish unveil outline document chronicle articulate issue propound unearth expose
    leak circulate broadcast air recount narrate recite specify summarize summarise
    sketch underscore underline illustrate spotlight profile single identify
    pitch
    """
)
# "feature" is left out: a show or an ad featuring someone shows them, it makes nothing
# known ("the parade featured heavy security"; train + dev: 1 of 7 matched).
# Verbs of giving and sending ("release", "deliver", "present"; Levin 13.1-13.2) take a
# text as object only in some uses ("released his returns" is a handover, not a
# statement), so they are not in the list above.

# Levin 35 "search" / 34 "assessment" verbs and FrameNet Scrutiny, Discussion and
# Judgment_of_intensity: the object is what the subject examined, weighed, or played up
# or down ("X examined the claim", "X downplayed the risk").
SCRUTINY_VERBS = _words(
    """
    examine investigate explore probe scrutinize scrutinise study analyze analyse assess
    evaluate review audit debate ponder contemplate mull judge ignore overlook downplay
    overstate understate exaggerate minimize minimise
    """
)

# Verbs of judgement, inference and wishing whose clausal object is attributed (Levin 29.5
# "conjecture" verbs, FrameNet Verdict and Desiring): "the court ruled that ...", "we
# might wish that ...", "no one could have envisioned what happened"; and "recommended
# that ..." (its bare object, "recommend charges", is not a view: not in OBJECT_VERBS);
# "convinced Y that ..." and "is convinced that ...": the belief held or urged.
CLAUSE_VERBS = _words(
    """
    rule decree wish envision envisage fathom surmise theorize theorise hypothesize
    hypothesise conjecture postulate infer deduce foresee dream pray certify attest
    bet wager pretend stipulate recommend convince
    """
)
# Factive verbs of proof ("prove", "demonstrate", "establish", "verify") present their
# clause as fact, not as anyone's claim: left out.

# Verbs of evidence: with a record, study or poll as subject their object is a finding
# attributed to that source ("Polls show a close race", "A study found 31 cases").
EVIDENCE_VERBS = _words("show find reveal suggest indicate demonstrate confirm document")
# Nouns of records, studies and counts that can be the source of a finding.
EVIDENCE_NOUNS = _words(
    """
    poll survey study analysis data research report review audit investigation probe
    video footage recording record document filing evidence figure statistic number
    estimate test experiment projection tally count census average model inquiry
    polling search
    """
)
# Nouns of opinion counts whose "in" phrase attributes a finding to them: "In the latest
# poll, X leads by 5 points", "X fared well in online polls" (PolNeAR cue "in").
POLL_NOUNS = _words("poll survey")

# Idioms of saying used in "as X put it, ...": the verb and the object it needs.
SAYING_IDIOMS = {"put": "it"}

ALL_CUES = (
    ALL_CUES | ATTITUDE_VERBS | DESIRE_VERBS | PRESENTATION_VERBS | SCRUTINY_VERBS | CLAUSE_VERBS
)

# Further nouns of saying, believing and proposing whose that-clause is attributed content
# (PARC noun cues; FrameNet Statement, Opinion, Awareness, Request and Expectation
# nouns): "media pronouncements that ...", "his bet is that ...".
MORE_CUE_NOUNS = _words(
    """
    pronouncement missive bet theory idea premise thesis speculation suspicion rumor
    rumour impression expectation assumption proposal demand request plea recommendation
    guarantee explanation reminder insinuation implication complaint objection threat
    doubt concern worry opinion position verdict ruling judgment judgement consensus
    perception realization realisation estimate forecast projection guess reassurance
    conviction sentiment feeling boast retort reply response answer admission confession
    """
)

# Nouns that as the subject of "be" frame a clause as a view or an issue raised ("the
# key question is whether A", "one lesson is that A", "the thinking is that A").
FRAMING_NOUNS = _words("question point goal aim message hope thinking lesson takeaway")

# Further nouns of judgement and attitude whose prepositional object is what the holder
# judged or stood for: "X's claims about Y", "X's adulation of Y", "calls by X for Y".
_OF_ABOUT = ("of", "about", "on", "over")
MORE_TOPIC_NOUNS = {
    **dict.fromkeys(
        _words(
            """
        claim claims allegation allegations accusation accusations statement statements
        assessment assessments analysis theory account description portrayal
        characterization characterisation depiction definition vision defense defence
        denunciation dismissal rejection embrace admiration adulation hatred dislike
        distrust mistrust suspicion suspicions warning warnings assertion assertions
        argument arguments
        """
        ),
        _OF_ABOUT,
    ),
    **dict.fromkeys(
        _words("demand demands request requests plea pleas appeal appeals calls advocacy"),
        ("for",),
    ),
}

# Verbs of official decision: what a body approved, repealed or imposed stands for its
# stance (FrameNet Deny_or_grant_permission, Rescinding, Enforcing).
DECISION_VERBS = _words(
    """
    approve veto sign sponsor repeal overturn abolish enact impose ban block
    authorize authorise ratify adopt introduce appoint nominate uphold reverse scrap
    """
)
# "lift" is left out: mostly raising something ("lifted a sign", "lifted people out of
# poverty"), and a lifted ban is not annotated either (train + dev: 0 of 4 matched).
ALL_CUES = ALL_CUES | DECISION_VERBS
# Modal and infinitival auxiliaries that make an act possible, planned or hypothetical
# rather than done ("could reverse", "would impose", "should enact", "to lift"): a
# decision verb under them records no decision.
IRREALIS_AUXILIARIES = _words("can ca could may might must shall should will wo would to")

# Verbs of saying and knowing that embed a question (Karttunen 1977; Lahiri 2002
# "responsive" and "rogative" predicates): "has not said when ...", "asked how ...",
# "could not explain why ...". Their question is the attributed content.
QUESTION_VERBS = _words(
    """
    say tell explain ask wonder know disclose reveal specify indicate clarify confirm
    detail predict decide determine discuss
    """
)
# Words that open an embedded question. "if" is left out: after a verb it more often
# opens a condition ("he will speak if asked") than a question.
QUESTION_WORDS = _words("when where how why whether what who which")


# Verbs of perceiving and finding (Levin 30.1, "discover" 29.x): their agentless passive
# ("oiled birds were seen", "traces of oil were found") reports an observation, not
# anyone's words or view.
PERCEPTION_VERBS = _words("see hear observe notice spot witness find discover detect uncover")
# Verbs of perception used as verbs of regarding with an object and an "as" predicate
# (Levin 29.2: "see X as Y", "perceive X as Y"); without "as" they report perception.
REGARD_VERBS = _words("see perceive interpret envision envisage")
# Verbs of ordering and asking (Levin 37.4 "order"-type uses, FrameNet Request and
# Attempt_suasion) with an object and an infinitive: "told his staff to cut costs",
# "implored her to run". PolNeAR takes the one asked and the act asked for as content.
# Verbs that report the outcome ("persuade", "convince", "force") are left out.
DIRECTIVE_VERBS = _words(
    """
    tell order instruct direct command implore exhort beg beseech entreat invite
    remind advise warn caution counsel press pressure prod nudge challenge dare
    petition request admonish
    """
)
ALL_CUES = ALL_CUES | DIRECTIVE_VERBS

# Levin (1993) 37.3 manner-of-speaking verbs and verbs of performing or writing out words:
# a quotation right after one is what was uttered, however short ('chanted "What
# curfew?"', 'singing "Our Time"', 'had typed "no fever"').
UTTERANCE_VERBS = _UTTERING_MANNER | _words("type scrawl scribble")
ALL_CUES = ALL_CUES | UTTERANCE_VERBS

# Reportative (hearsay) adverbs: the clause they modify is what someone unnamed says
# ("he allegedly hid the funds", "the campaign is reportedly scrambling"). Adverbs of
# the writer's own inference ("apparently", "evidently") are left out.
REPORTATIVE_ADVERBS = _words("reportedly allegedly purportedly supposedly")

# Nouns of view and account whose phrase frames a clause as someone's: "in his view, A",
# "A in their eyes", "by her own admission, A", "by one estimate, A" (with the holder as
# possessor, or "one/some"); the phrase is the cue.
PERSPECTIVE_NOUNS = {
    "in": _words("view views opinion eyes estimation judgment judgement mind"),
    "by": _words("admission account accounts estimate estimates reckoning count telling"),
}

# Words that end the object of a headline's cue ("X Slams Y In One Debate Answer",
# "X Endorses Y With Z's Blessing"): they open an adjunct of the verb.
HEADLINE_STOPS = _words(
    "in after amid as at instead but while when during ahead despite with before over"
)
