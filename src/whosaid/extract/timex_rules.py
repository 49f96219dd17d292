"""Data for the TIMEX3 tagger in ``extract.dates``: word lists and the ordered rule table.

Every rule is a regular expression with named groups plus the name of the resolver in
``extract.dates`` that turns a match into a TIMEX3 type and value. Extents follow the
TimeML / TempEval-3 guidelines (Pustejovsky et al. 2003; UzZaman et al. 2013), as seen in
the TE3 training annotation: determiners and modifiers belong to the expression
("the past three months", "nearly two years ago", "early next year"), prepositions do not
("on Friday" -> "Friday"). The word lists are general English; nothing here is taken from a
particular article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
FULL_MONTHS = {k for k in MONTHS if len(k) > 4 or k in ("may", "june", "july")}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "a thousand": 1000, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5, "half an": 0.5,
}  # fmt: skip
# Quantifiers that make a duration vague: TimeML writes the number as X ("PXY").
VAGUE_NUMBERS = {"a few", "few", "several", "some", "many", "the", "a number of"}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8,
    "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11,
    "twelfth": 12, "12th": 12, "thirteenth": 13, "13th": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "19th": 19, "twentieth": 20, "20th": 20, "twenty-first": 21, "21st": 21, "last": 4,
}  # fmt: skip
# TIMEX3 unit letters (ISO 8601 durations); decades and centuries are written in years,
# as most TE3 training values do (P10Y rather than P1DE).
UNITS = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "weekend": ("D", 2, False), "month": ("M", 1, False), "quarter": ("Q", 1, False),
    "year": ("Y", 1, False), "decade": ("Y", 10, False), "century": ("Y", 100, False),
    "centurie": ("Y", 100, False),
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
TIMES_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
# Fixed-date holidays (month, day); Thanksgiving and Easter are computed in dates.py.
HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "valentine's day": (2, 14), "independence day": (7, 4), "the fourth of july": (7, 4),
    "veterans day": (11, 11), "boxing day": (12, 26), "bastille day": (7, 14),
}  # fmt: skip
# Modifiers that TimeML keeps inside the extent, with the TIMEX3 mod they set.
MODS = {
    "about": "APPROX", "around": "APPROX", "nearly": "APPROX", "almost": "APPROX",
    "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX", "or so": "APPROX",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "less than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
    "fewer than": "LESS_THAN", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS",
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "late": "END", "later": "END", "the end of": "END", "mid": "MID", "mid-": "MID",
    "the middle of": "MID",
}  # fmt: skip
# Words that put a bare weekday or month in the future (TimeML resolves bare weekdays in
# news to the past by default; "will ... on Friday" is the next one). General English.
FUTURE_CUES = re.compile(
    r"\b(?:will|won't|wo|'ll|shall|going to|scheduled|expected to|expects to|plans? to|"
    r"planned|planning|is to|are to|is due|are due|due to|upcoming|set to|to be held|"
    r"would like|until|as soon as|postponed|deadline)\b",
    re.I,
)
# Words right before a date that make it a deadline or a starting point, which news gives
# for what is still ahead ("pay the loan by February", "effective Feb. 1", "through January").
# Not after "had" ("had filed reports by Wednesday") nor for a reporting period that ends
# at the date ("sales this year through August").
DEADLINE_BEFORE = re.compile(
    r"^(?!.*\bhad\b).*(?:\b(?:by|effective)|(?<!year )\bthrough)\s+(?:early\s+|late\s+|mid-?)?$",
    re.I | re.S,
)
# A future cue after these was the future of a past moment ("had been due to expire Friday").
PAST_PERFECT = re.compile(r"\bhad(?:\s+been)?\s+$", re.I)

# The verb a date modifies ("said Sunday", "sank Thursday morning") gives its direction, not
# a future tense elsewhere in the sentence ("will not be deployed for days, he said Sunday").
# Simple past forms of common irregular verbs ("-ed" forms are recognised by their ending).
IRREGULAR_PAST = frozenset({
    "said", "told", "sank", "went", "came", "took", "made", "saw", "gave", "got", "began",
    "ran", "left", "met", "held", "spoke", "wrote", "found", "brought", "thought", "sold",
    "bought", "fell", "rose", "struck", "kept", "lost", "won", "paid", "sent", "spent",
    "built", "felt", "led", "stood", "broke", "became", "chose", "drove", "flew", "grew",
    "knew", "shook", "threw", "wore", "sought", "caught", "taught", "fought", "dealt",
    "meant", "heard", "stole", "swore", "tore", "woke", "blew", "drew", "froze", "hung",
    "slid", "spun", "sat", "sang", "swam", "rang", "arose", "bore", "forbade", "forgave",
    "forgot", "hid", "overtook", "sprang", "stuck", "stung", "swept", "swung", "undertook",
    "withdrew", "withheld",
})  # fmt: skip
# Auxiliaries and modals, by the tense they give the verb group; "neutral" ones (present,
# conditional) stop the search without a direction.
AUX_PAST = frozenset({"was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't"})
AUX_FUTURE = frozenset({"will", "shall", "won't", "'ll", "’ll"})
AUX_NEUTRAL = frozenset({
    "is", "are", "am", "be", "been", "being", "has", "have", "does", "do", "would", "could",
    "should", "might", "may", "must", "can", "cannot", "isn't", "aren't", "hasn't", "haven't",
    "doesn't", "don't", "wouldn't", "couldn't", "shouldn't", "can't", "'s", "’s", "'re", "’re",
})  # fmt: skip
# Common present-tense verbs: the date belongs to a present clause, whose direction the
# sentence's other cues decide ("the rule takes effect Feb. 1").
PRESENT_VERBS = frozenset({
    "says", "tells", "takes", "makes", "goes", "comes", "begins", "starts", "ends", "opens",
    "closes", "meets", "holds", "remains", "seems", "gets", "gives", "runs", "leaves",
    "returns", "resumes", "becomes", "faces", "expects", "hopes", "wants", "needs", "plans",
    "intends", "aims", "wait", "waits", "stays", "keeps", "continues", "lasts", "falls",
    "rises", "reopens", "arrives",
})  # fmt: skip
# Words before an "-ed" form that make it an adjective ("the detailed plan"), not a verb,
# and before a date that make it a noun's ("a June 13 trip", "the week of March 6").
DETERMINERS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these",
    "those", "some", "any", "no", "each", "every", "another", "of",
})  # fmt: skip
# "-ed" words that are not past forms.
NOT_PAST_ED = frozenset({
    "indeed", "need", "speed", "proceed", "succeed", "exceed", "breed", "hundred", "kindred",
    "sacred", "naked", "wicked", "rugged", "wretched", "seabed", "riverbed", "embed", "shred",
    "sled", "seed", "feed", "weed", "greed", "deed", "bleed", "steed", "tweed",
})  # fmt: skip
# Past participles that speak of what is ahead ("a meeting expected on June 10").
FUTURE_PARTICIPLES = frozenset({"expected", "scheduled", "planned", "slated", "intended",
                                "proposed", "anticipated", "projected", "forecast"})  # fmt: skip
# Subordinators after which the words to the left belong to another clause.
CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "whether", "if", "because"})
# Adjectives that can sit between a determiner and a counted unit ("the first nine months").
DURATION_ADJ = (
    r"(?:past|last|next|first|previous|coming|following|final|remaining|latest|recent|same|initial|"
    r"year-earlier|year-ago)"
)

# ---- regex building blocks -------------------------------------------------------------
_L = r"(?<![\w$£€'’.-])"  # left edge: not inside a word, number or price
_R = r"(?![\w%]|['’](?!s\b)|-\w|\.\d|,\d)"  # right edge; a possessive 's may follow
# right edge of a day of the month, which may open a range ("May 3-4")
_R_DAY = r"(?![\w%]|['’](?!s\b)|-(?![0-3]?\d\b)\w|\.\d|,\d)"
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
WEEKDAY_RE = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tues\.|Tue\.|"
    r"Wed\.|Thurs\.|Thu\.|Fri\.|Sat\.|Sun\.)"
)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
NUM_RE = (
    r"(?:\d+(?:\.\d+)?(?:\s1/2)?|" + _TENS + r"(?:[- ]" + _ONES + r")?|"
    r"a couple of|a couple|couple of|a dozen|a few|a number of|a hundred|a thousand|half an|half a|"
    r"several|many|few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|a|an)"
)
UNIT_RE = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|"
    r"decades?|century|centuries)"
)
YEAR_RE = r"(?:1[6-9]\d\d|20\d\d)"
MOD_RE = (
    r"(?:about|around|nearly|almost|approximately|roughly|more than|just over|over|"
    r"at least|no less than|less than|fewer than|just under|under|up to|no more than|"
    r"at most|some)"
)
POINT_MOD_RE = (
    r"(?:early-|late-|early|late|mid-|mid|the beginning of|the start of|the end of|the middle of)"
)
TOD_RE = r"(?:morning|afternoon|evening|night)"
# Time zones written after a 24-hour time ("1800 GMT"); a longer list would take in
# acronyms ("1950 MIT" is no time).
ZONE_RE = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|JST|IST)"


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of the tagger: a regex and the resolver that gives type and value."""

    name: str
    pattern: re.Pattern[str]
    resolver: str


def _rule(name: str, pattern: str, resolver: str, *, cased: bool = False, right: str = _R) -> Rule:
    flags = 0 if cased else re.I
    return Rule(name, re.compile(_L + pattern + right, flags), resolver)


# Left out after measuring on the TE3 training set, where annotators tagged them in under
# a third of their uses: "previously" (3 of 23), "quarterly" (1 of 11), "annually" (1 of 5),
# "recent" alone (6 of 15). Longer expressions with them ("recent years") are kept.

# Ordered: on equal length, the earlier rule wins. Weekday, month and holiday names are
# matched case-sensitively (capitalised), which keeps "may", "march", "sun" out.
RULES: tuple[Rule, ...] = (
    # A 24-hour time: a live blog's entry stamp, "2059:" or "20:59:" before the entry
    # ("2059: Mr X says ..."), or one with a zone ("1800 GMT", "1300 local time"). First,
    # so that it beats the year rule on the same four digits; the resolver keeps a bare
    # "2059:" only when the text is a live blog (``extract.dates``).
    _rule(
        "stamp",
        r"(?:(?P<mod>(?i:about|around|approximately|at about|shortly after|shortly before))\s)?"
        r"(?P<h>[01]?\d|2[0-3])(?P<sep>[:.]?)(?P<mi>[0-5]\d)"
        r"(?:(?=:\s)|\s(?P<tz>" + ZONE_RE + r")(?!\w)|(?=\s(?P<local>local time)\b))",
        "stamp",
        cased=True,
    ),
    _rule(
        "clock",
        r"(?:(?P<mod>(?i:about|around|approximately|at about|shortly after|shortly before))\s)?"
        r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s?(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm))"
        r"(?:\s(?P<tz>[A-Z]{2,4}T|GMT|UTC)(?!\w))?"
        r"(?:,?\s(?P<wd>" + WEEKDAY_RE + r"|(?i:today|yesterday|tomorrow))"
        r"|,?\s(?P<month>" + MONTH_RE + r")\s(?P<day>\d{1,2})(?:,\s(?P<year>" + YEAR_RE + r"))?)?",
        "clock",
        cased=True,
    ),
    _rule(
        "noon",
        r"(?P<word>(?i:noon|midnight|midday))(?:,?\s(?P<wd>"
        + WEEKDAY_RE
        + r"|(?i:today|yesterday|tomorrow)))?",
        "noon",
        cased=True,
    ),
    _rule(
        "month_day",
        r"(?:(?P<mod>(?i:" + POINT_MOD_RE + r"|around|about|on or about))\s)?"
        r"(?:(?P<wd>" + WEEKDAY_RE + r"),?\s)?(?P<month>" + MONTH_RE + r")\s"
        r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s(?P<year>" + YEAR_RE + r"))?(?!\d|:\d)",
        "month_day",
        cased=True,
        right=_R_DAY,
    ),
    _rule(
        "day_month",
        r"(?:(?P<wd>" + WEEKDAY_RE + r"),?\s)?(?:the\s)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s"
        r"(?:of\s)?(?P<month>" + MONTH_RE + r")(?:,?\s(?P<year>" + YEAR_RE + r"))?",
        "month_day",
        cased=True,
    ),
    _rule(
        "iso_date",
        r"(?P<year>" + YEAR_RE + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)",
        "numeric_date",
    ),
    _rule(
        "us_date",
        r"(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<year>" + YEAR_RE + r"|\d\d)",
        "numeric_date",
    ),
    _rule(
        "month_year",
        r"(?:(?P<mod>(?i:" + POINT_MOD_RE + r"))\s?)?(?P<month>" + MONTH_RE + r"),?\s(?:of\s)?"
        r"(?P<year>" + YEAR_RE + r")",
        "month_year",
        cased=True,
    ),
    _rule(
        "month_rel",
        r"(?:(?P<mod>(?i:" + POINT_MOD_RE + r"))\s?)?"
        r"(?:(?P<rel>(?i:last|this|next|this past|this coming|the coming|that))\s)?"
        # not before a day number: "last Oct. 23" is the date "Oct. 23" (month_day)
        r"(?P<month>" + MONTH_RE + r")(?!\.?\s[0-3]?\d(?!\d))"
        r"(?:\s(?P<yrel>(?i:last year|this year|next year)))?",
        "month_rel",
        cased=True,
    ),
    _rule(
        "spoken_year",
        r"(?:(?P<theyear>(?i:the\syear))\s)?(?:(?P<month>"
        + MONTH_RE
        + r")\s|(?i:the\s(?P<season>winter|summer|spring|fall|autumn)\sof\s))?"
        r"(?P<cent>(?i:nineteen|two thousand))(?:[\s-](?i:and\s)?(?P<rest>(?i:"
        + _TENS
        + r"(?:[- ]"
        + _ONES
        + r")?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
        r"nineteen|" + _ONES + r")))?",
        "spoken_year",
        cased=True,
    ),
    _rule(
        "holiday",
        r"(?:(?P<rel>(?i:last|this|next|this past|this coming))\s)?"
        r"(?P<name>Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Halloween|Valentine's Day|"
        r"Independence Day|the Fourth of July|Veterans Day|Boxing Day|Bastille Day|"
        r"Thanksgiving(?: Day)?|Easter(?: Sunday)?|Election Day)"
        r"(?:,?\s(?P<year>" + YEAR_RE + r"))?",
        "holiday",
        cased=True,
    ),
    _rule(
        "weekday",
        r"(?:(?P<mod>(?i:early|late))\s)?"
        r"(?:(?P<rel>(?i:last|this|next|this past|this coming|coming|the previous|the following|"
        r"the next|that))\s)?(?P<wd>" + WEEKDAY_RE + r")(?P<plural>s)?"
        r"(?:\s(?P<tod>(?i:" + TOD_RE + r")s?))?",
        "weekday",
        cased=True,
    ),
    _rule(
        "relday",
        r"(?:(?P<mod>early|late)\s)?(?P<word>today|tonight|tomorrow|yesterday|"
        r"the day before yesterday|the day after tomorrow)"
        r"(?:\s(?P<tod>" + TOD_RE + r"))?",
        "relday",
    ),
    _rule(
        "this_tod",
        r"(?:(?P<mod>early|late|earlier|later)\s)?(?P<rel>this|last|yesterday|tomorrow)\s"
        r"(?P<tod>" + TOD_RE + r")",
        "this_tod",
    ),
    _rule(
        "quarter",
        r"(?:(?P<det>the|its|their|a|this year's|last year's|next year's|the year's)\s)?"
        r"(?:(?P<pyear>" + YEAR_RE + r")\s)?"
        r"(?:(?P<adj>latest|current|previous|fiscal|calendar|year-earlier|year-ago|comparable|"
        r"same|flat|weak|strong|traditionally\s\w+)\s)*"
        r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|latter)[- ](?:fiscal\s|calendar\s)?"
        r"(?P<unit>quarter|half)(?P<plural>s)?"
        r"(?:\s(?:of\s)?(?:the\s)?(?:fiscal\s|calendar\s)?(?P<year>" + YEAR_RE + r"|year))?",
        "quarter",
    ),
    _rule(
        "the_quarter",
        r"(?P<det>the|this|that|last|next|last year's|this year's)\s(?:(?P<pyear>"
        + YEAR_RE
        + r")\s)?(?:(?P<adj>latest|current|previous|recent|corresponding|"
        r"year-earlier|year-ago|comparable|same|fiscal|just-ended|just-completed)\s)*"
        r"(?P<unit>quarter|period)"
        r"(?:\s(?P<ago>a year (?:ago|earlier)|last year|of last year))?",
        "the_quarter",
    ),
    _rule(
        "year_ago_adj",
        r"(?P<word>year-ago|year-earlier|year-before)",
        "year_ago_adj",
    ),
    _rule(
        "decade",
        r"(?:(?P<det>the)\s)?(?:(?P<mod>early|late|mid-|mid)\s?)?"
        r"(?:(?P<dec>(?:1[6-9]|20)\d0)'?s|['’](?P<d2>\d0)s|(?:nineteen\s)?(?P<word>twenties|"
        r"thirties|forties|fifties|sixties|seventies|eighties|nineties))",
        "decade",
    ),
    _rule(
        "century",
        r"(?:(?P<det>the)\s)?(?:(?P<mod>early|late|mid-|mid)\s?)?"
        r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|twentieth|twenty-first|nineteenth|eighteenth)"
        r"[- ]century",
        "century",
    ),
    _rule(
        "season",
        r"(?:(?P<mod>early|late|mid-|mid|the beginning of|the end of|the middle of)\s?)?"
        r"(?:(?P<rel>last|this|next|this past|this coming|the coming|the|that|the early|"
        r"the late)\s)?(?P<season>spring|summer|fall|autumn|winter)"
        r"(?:\s(?:of\s)?(?P<year>" + YEAR_RE + r"))?",
        "season",
    ),
    _rule(
        "year",
        r"(?:(?P<mod>" + POINT_MOD_RE + r"|fiscal|calendar|the year|around|about|"
        r"the fiscal year|the calendar year|post-|pre-)\s?)?"
        r"(?P<year>" + YEAR_RE + r")(?:\s(?P<after>or later|and beyond|or earlier|onwards))?",
        "year",
    ),
    _rule(
        "rel_unit",
        r"(?:(?P<mod>" + POINT_MOD_RE + r"|earlier|later|sometime|around)\s)?"
        r"(?P<rel>last|this|next|the past|the last|the previous|the next|the coming|"
        r"the current|the following|the same|the preceding|that|that same|past|previous|"
        r"coming|current|the full|the)\s(?P<adj>fiscal\s|calendar\s)?"
        r"(?P<unit>week|weekend|month|year|decade|century|day)"
        r"(?:\s(?P<orso>or so))?",
        "rel_unit",
    ),
    _rule(
        "year_end",
        r"(?:(?P<mod>around|about|by|at)\s)?(?:the\s)?(?P<word>year-end|year end|year's end|"
        r"end of the year|end of this year|end of the month|end of this month|month-end)",
        "year_end",
    ),
    _rule(
        "ago",
        r"(?:(?P<mod>" + MOD_RE + r")\s)?(?P<num>" + NUM_RE + r")(?:\sor\s(?:so|two|three|more))?"
        r"(?:\s(?:more|full|long))?[\s-](?P<unit>" + UNIT_RE + r")"
        r"(?:\s(?P<orso>or so))?\s(?P<dir>ago|earlier|later|before|from now|hence|back)",
        "ago",
    ),
    _rule(
        "duration",
        r"(?:(?P<det>the|its|their|his|her|our|each of the|another|an additional|a further|"
        r"the first|the last|the past|the next)\s)?"
        r"(?:(?P<mod>" + MOD_RE + r")\s)?(?:(?P<adj>" + DURATION_ADJ + r")\s)?"
        r"(?P<num>" + NUM_RE + r")(?:\s(?P<num2>to|or)\s(?P<numb>" + NUM_RE + r"))?"
        r"(?:\s(?:more|additional|full|straight|consecutive|long|whole|trading|business|"
        r"calendar|working|school|fiscal))?"
        r"[\s-](?P<unit>" + UNIT_RE + r")(?P<half>\sand\sa\shalf)?(?:\s(?P<orso>or so))?"
        r"(?P<old>-old|\sold(?=\W))?",
        "duration",
    ),
    _rule(
        "vague_plural",
        r"(?P<det>recent|the coming|the next few|the past few|the last few|the first few|"
        r"the next several|the past several|the last several|the coming few|in coming|"
        r"coming|the early|the final|the|for|over|within)\s"
        r"(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)",
        "vague_plural",
    ),
    _rule(
        "long_adj",
        # "a day-long meeting", "a decades-long feud", "a years-old slump": a unit as an
        # adjective, one of it when singular, an unknown number when plural
        r"(?P<unit>minute|hour|day|night|week|month|year|decade|centurie|century)(?P<pl>s)?"
        r"(?:-?long|(?(pl)-old|(?!)))",
        "long_adj",
    ),
    _rule(
        "set",
        r"(?P<q>every|each|per|once a|twice a|once every)\s(?:(?P<num>other|two|three|four|"
        r"five|six|\d+)\s)?(?P<unit>" + UNIT_RE + r"|Monday|Tuesday|Wednesday|Thursday|Friday|"
        r"Saturday|Sunday|morning|afternoon|evening|spring|summer|fall|autumn|winter|January|"
        r"February|March|April|June|July|August|September|October|November|December)",
        "set",
    ),
    _rule(
        "set_adv",
        r"(?P<word>daily|weekly|monthly|yearly|hourly|nightly|biweekly|every day|everyday)",
        "set_adv",
    ),
    _rule(
        "ref",
        r"(?P<word>right now|just now|now|nowadays|currently|these days|at present|at the moment|"
        r"at this time|presently|current|the present|"
        r"more recently|most recently|recently|lately|formerly|"
        r"the past|once upon a time|"
        r"the near future|the foreseeable future|the distant future|the future|in future|"
        r"future|the near term|the short term|the long term|a later date|as soon as possible|"
        r"soon|shortly)",
        "ref",
    ),
)

# Per rule, words one of which occurs in every match (lower-cased; "#" stands for any
# word with a digit), and how many characters around such a word a match may reach.
# find_timexes runs each rule only in windows around its trigger words: about 4x faster on
# news text, same output (checked on the TE3 training set and the shared news corpus).
DIGIT = "#"
_UNIT_WORDS = frozenset(k + s for k in UNITS for s in ("", "s")) | {"centuries"}
_REF_WORDS = frozenset({
    "now", "nowadays", "currently", "current", "days", "present", "presently", "moment",
    "time", "recently", "lately", "formerly", "past", "once", "future", "term", "later",
    "date", "possible", "soon", "shortly",
})  # fmt: skip
_SET_WORDS = frozenset({"every", "each", "per", "once", "twice"})
_HOLIDAY_WORDS = frozenset(
    {w for k in HOLIDAYS for w in re.findall(r"\w+", k)} - {"the", "s", "of", "day", "new"}
) | {"thanksgiving", "easter", "election", "new"}
TRIGGERS: dict[str, tuple[frozenset[str], int]] = {
    "stamp": (frozenset({DIGIT}), 12),
    "clock": (frozenset({"am", "pm", "m", DIGIT}), 60),
    "noon": (frozenset({"noon", "midnight", "midday"}), 40),
    "month_day": (frozenset(MONTHS), 60),
    "day_month": (frozenset(MONTHS), 60),
    "iso_date": (frozenset({DIGIT}), 12),
    "us_date": (frozenset({DIGIT}), 12),
    "month_year": (frozenset(MONTHS), 40),
    "month_rel": (frozenset(MONTHS), 40),
    "spoken_year": (frozenset({"nineteen", "thousand"}), 60),
    "holiday": (_HOLIDAY_WORDS, 40),
    "weekday": (frozenset(WEEKDAYS) | {w + "s" for w in WEEKDAYS}, 40),
    "relday": (frozenset({"today", "tonight", "tomorrow", "yesterday"}), 40),
    "this_tod": (frozenset(TIMES_OF_DAY), 30),
    "quarter": (frozenset({"quarter", "quarters", "half"}), 80),
    "the_quarter": (frozenset({"quarter", "period"}), 80),
    "year_ago_adj": (frozenset({"year"}), 20),
    "decade": (frozenset({DIGIT}) | frozenset(DECADE_WORDS), 30),
    "century": (frozenset({"century"}), 40),
    "season": (frozenset(SEASONS), 40),
    "year": (frozenset({DIGIT}), 40),
    "rel_unit": (_UNIT_WORDS, 60),
    "year_end": (frozenset({"year", "month", "end"}), 40),
    "ago": (_UNIT_WORDS, 60),
    "duration": (_UNIT_WORDS, 80),
    "vague_plural": (_UNIT_WORDS, 40),
    "long_adj": (
        _UNIT_WORDS | {u + "long" for u in ("day", "night", "week", "month", "year")},
        20,
    ),
    "set": (_SET_WORDS, 40),  # "each July" is within reach of "each"
    "set_adv": (
        frozenset(
            {
                "daily",
                "weekly",
                "monthly",
                "yearly",
                "hourly",
                "nightly",
                "biweekly",
                "every",
                "everyday",
            }
        ),
        20,
    ),  # fmt: skip
    "ref": (_REF_WORDS, 40),
}
