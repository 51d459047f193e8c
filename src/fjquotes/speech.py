"""The words of reported speech: speech verbs, names, titles and reporting clauses.

Shared by the rules that find quotations (`quotation_marks`), speakers (`people`) and the
attribution between them (`extract`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

# Where people post.
PLATFORMS = ("Facebook", "Instagram", "LinkedIn", "TikTok", "Twitter", "YouTube")
SPEECH_VERBS = (
    "says",
    "said",
    "say",
    "explains",
    "explained",
    "notes",
    "noted",
    "describes",
    "described",
    "states",
    "stated",
    "observes",
    "observed",
    "adds",
    "added",
    "told",
    "tells",
    "emphasizes",
    "emphasised",
    "emphasized",
    "emphasises",
    "stresses",
    "stressed",
    "continues",
    "continued",
    "goes on",
    "went on",
    "recalls",
    "recalled",
    # "Katja Pasanen … still remembers her first game of swamp soccer." over her words
    "remembers",
    "remembered",
    # "– …, so there is a very exciting climax ahead, Ruohomaa speculates."
    "speculates",
    "speculated",
    # "Mikko reflects on growing up in Helsinki …" over a paragraph of his words
    "reflects",
    "reflected",
    # "Former president Tarja Halonen took to Twitter to pay her respects …" over her post
    *(
        f"{verb} to {where}"
        for verb in ("took", "takes")
        for where in (*PLATFORMS, "X", "social media")
    ),
    "recounts",
    "recounted",
    "relates",  # "‘…,’ relates Head Investigator NAME" (not "related": "related to the case")
    "argues",
    "argued",
    # "Kerttu Niskanen reasoned much like Pärmäkoski …" over "– I’m not a fan of …".
    "reasons",
    "reasoned",
    "comments",
    "commented",
    "comment",
    "remarks",
    "remarked",
    "insists",
    "insisted",
    # "Describing the decision as “extremely disappointing,” Ishiba maintained that …"
    "maintains",
    "maintained",
    "concludes",
    "concluded",
    # "Interior Minister Mari Rantanen informed reporters, “Today, the government …”"
    "informs",
    "informed",
    "writes",
    "wrote",
    "asks",
    "asked",
    "summed up",
    "sums up",
    "points out",
    "pointed out",
    "warns",
    "warned",
    "admits",
    "admitted",
    "acknowledges",
    "acknowledged",
    "replies",
    "replied",
    "announces",
    "announced",
    "advises",
    "advised",
    "write",
    "reiterates",
    "reiterated",
    # "… when Aaltola repeated at least three times during the evening how “…”".
    "repeats",
    "repeated",
    "reminds",  # "– …, head coach Kanerva reminds."
    "reminded",
    "declares",
    "declared",
    "urges",
    "urged",
    "confirms",
    "confirmed",
    "predicts",
    "predicted",
    # "“…,” forecasts research professor Ilka Julkunen from the THL." (Not the bare "forecast",
    # a noun as often as a past tense.)
    "forecasts",
    "forecasted",
    # A forecaster's or an analyst's figures: "…, ”estimates the meteorologist NAME".
    "estimates",
    "estimated",
    # An athlete's own view of a game, as translations of Finnish sports news put it:
    # "…, Nkamhoua evaluates his own performance."
    "evaluates",
    "evaluated",
    # "– Great! …, Raitala expressed the mood after the 1–0 home win."
    "expresses",
    "expressed",
    "assesses",
    "assessed",
    # "“…,” NAME, a deputy commander at the …, analysed for YLE on Wednesday."
    "analyses",
    "analysed",
    "analyzes",
    "analyzed",
    # "“…,” characterizes the CEO of the … Association Kim Jordan." (Finnish "luonnehtii")
    "characterizes",
    "characterized",
    "characterises",
    "characterised",
    "suggests",
    "suggested",
    "shares",
    "shared",
    # Reporting verbs of news (as in GenderGapTracker's list of quote verbs).
    "claims",
    "claimed",
    "asserts",
    "asserted",
    "assures",
    "assured",
    "exclaims",
    "exclaimed",
    "highlights",
    "highlighted",
    "mentions",
    "mentioned",
    "responds",
    "responded",
    "reckons",
    "reckoned",
    "points",
    "pointed",
    "tweets",
    "tweeted",
    "reveals",
    "revealed",
    "affirms",
    "affirmed",
    "answers",
    "answered",
    "elaborates",
    "elaborated",
    "underlines",
    "underlined",
    "underscores",
    "underscored",
    "cautions",
    "cautioned",
    "agrees",
    "agreed",
    "summarises",
    "summarised",
    "summarizes",
    "summarized",
    "concedes",
    "conceded",
    "confesses",
    "confessed",
    "complains",
    "complained",
    "bemoans",
    "bemoaned",
    "laments",
    "lamented",
    "wonders",
    "wondered",
    "boasts",
    "boasted",
    # How the words were said, standing for "said" after them: "…, Kojonkoski beamed".
    "jokes",
    "joked",
    "quips",
    "quipped",
    "laughs",
    "laughed",
    "smiles",
    "smiled",
    "beams",
    "beamed",
    # "– It felt absolutely fantastic. …, the topper Paulus Arajuuri glowed with a smile."
    "glows",
    "glowed",
    # Agreeing with the words quoted before: "“…,” seconds chef NAME, author of …".
    "seconds",
    "seconded",
    "enthuses",
    "enthused",
    # "– The skis worked well, …, Niskanen gushed, before leaving for the award ceremony."
    "gushes",
    "gushed",
    # Finnish sports copy's "iloitsi", as translations render it: "– I always feel at home …,
    # Blomqvist was happy after the race."
    "rejoices",
    "rejoiced",
    "was happy",
    # A warning or a promise made in words: "“…,” a disappointed Matti Lappalainen threatens."
    "threatens",
    "threatened",
    "vows",
    "vowed",
    "promises",
    "promised",
    # A wish put in words, as translations of Finnish copy say it: "- …. Please? NAME wishes."
    "wishes",
    "wished",
    "hopes",
    "hoped",
    # The first words of a feature's interview: "“…,” NAME, Executive Vice President, begins."
    "begins",
    "began",
    # "…”, Kaarina Gould phrased."
    "phrases",
    "phrased",
    # "… which are, as Latva puts it, “about to succeed”."
    "puts it",
    "put it",
    # Machine translation of Finnish sports copy's "latasi", to say bluntly: "– …, head coach
    # NAME uploaded to Urheilu".
    "uploads",
    "uploaded",
    # And of "tunnelmoi" and "intoili", to tell one's mood, to enthuse: "– Yes, it feels good
    # …, the last person to jump from Finland NAME set the mood.", "– …, Nikunen incensed at
    # Puhe."
    "sets the mood",
    "set the mood",
    "incensed",
    # After the brand, as often capitalised as not: "…”, Minister Mika Lintilä Tweeted".
    "Tweets",
    "Tweeted",
    # An interview's introduction of who answers: "… rhythm cellist NAME sat down to chat
    # about …", then a question and the words.
    "sat down to chat",
    "sat down to talk",
    "sits down to chat",
    "sits down to talk",
    "was quoted as saying",
    "is quoted as saying",
    "was quoted saying",
    "is quoted saying",
)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first so that none stops short."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# The same few names are sought over and over, in every paragraph of an article.
@functools.lru_cache(maxsize=1024)
def whole_word(word: str) -> re.Pattern[str]:
    """A pattern for `word` as written, standing alone and not inside a longer word."""
    return re.compile(rf"\b{re.escape(word)}\b")


VERB = _alternation(SPEECH_VERBS)
# Titles written short with a full stop, which ends no sentence: "said Prof. Aino Virtanen",
# "Gov. Yuriko Koike said".
ABBREVIATED_TITLES = (
    "Adm",
    "Amb",
    "Capt",
    "Cmdr",
    "Col",
    "Det",
    "Dr",
    "Gen",
    "Gov",
    "Hon",
    "Insp",
    "Lt",
    "Maj",
    "Mr",
    "Mrs",
    "Ms",
    "Pres",
    "Prof",
    "Rep",
    "Rev",
    "Sen",
    "Sgt",
    "Supt",
)
# (Also the abbreviations: "PM Abe", "Prof. Virtanen"; a word is compared without its stop.)
TITLE_WORDS = {
    *ABBREVIATED_TITLES,
    "MP",
    "PM",
    "Mayor",
    "Governor",
    "Senator",
    "Ambassador",
    "President",
    "Minister",
    "Prime",
    "CEO",
    "Chairman",
    "Chairperson",
    "Chairwoman",
    "Speaker",
    "Director",
    "Professor",
    # A doctor's degree: "says the principal investigator of the project PhD NAME".
    "PhD",
    "Chief",
    "Commissioner",
    "Head",
    "Manager",
    "Secretary",
    "General",
    # A university's: "said Rector Jukka Kola", "Rector Kola: Finland must …".
    "Rector",
    "Chancellor",
    # The church's: "Archbishop Tapio Luoma" under his words.
    "Archbishop",
    "Bishop",
    "Cardinal",
    # Ranks: "According to Colonel Lehmus" of Colonel Mikko Lehmus, named before; "Major
    # Antti Virta, deputy commander of …".
    "Colonel",
    "Major",
    "Admiral",
    "Lieutenant",
    "Commander",
    "Brigadier",
    "Sergeant",
    # Sumo's ranks: "Yokozuna Hoshoryu", "Ozeki Takakeisho" go by their ring names.
    "Yokozuna",
    "Ozeki",
    "Sekiwake",
    "Komusubi",
}
# A capitalised word; a full stop belongs to it only inside ("U.S"), as an initial ("J.") or
# after an abbreviated title ("Prof."), so "agree with Marin. Japan and Finland" holds no name
# "Marin. Japan".
# (Its capital may carry a mark, as Nordic and other European names' do: Åkermark, Öhman.)
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
NAME_WORD = rf"(?:(?:{'|'.join(ABBREVIATED_TITLES)})\.|[{CAPITALS}](?:[\w’'.-]*[\w’'-]|\.)?)"
# Words of one name stand on one line: a heading above a paragraph is not a first name.
GAP = r"[^\S\n]+"
NAME = rf"{NAME_WORD}(?:{GAP}{NAME_WORD}){{0,3}}"
# A name after a title that may hold joining words: "Japanese Foreign Minister Taro Kono",
# "Minister of Trade Ville Tavio". `people` tells the title from the name. Not "and" before a
# name alone: "Eero Salo and Maija Salo" are two people; but "Minister of Agriculture and
# Forestry Jari Leppä", where more than a name follows it, is one.
# ("in" joins a body's name: "Invest in Finland's Senior Advisor NAME sums up".)
_TITLE_JOINER = "of|for|to|the|in"
_TITLE_AND = rf"and{GAP}(?=(?:{NAME_WORD}{GAP}){{2}}{NAME_WORD})"
# ("of the" may join too: "Chairman of the Coalition Parliamentary Group NAME".)
_JOINING = rf"(?:{_TITLE_JOINER})(?:{GAP}the)?{GAP}|{_TITLE_AND}"
TITLED_NAME = rf"{NAME_WORD}(?:{GAP}(?:{_JOINING})?{NAME_WORD}){{0,8}}"
PRONOUN = r"\b(?:[Hh]e|[Ss]he|[Tt]hey)"
PRONOUNS = {"he", "she", "they"}
# "his plan", "In her own words": a possessive stands for the person as a pronoun does.
_POSSESSIVE = r"[Hh]is|[Hh]er"
POSSESSIVES = {"his", "her"}
# Whose something is: "Rauhala's", "his" (the name without its 's).
_OWNER = rf"(?P<who>{TITLED_NAME}(?=[’']s\s)|{_POSSESSIVE})(?:[’']s)?"
# An apposition after a name, commas and all: ", President of IHI’s Aero Engine, Space &
# Defense Business Area,". Lazy, so it stops at the comma before the verb; a participle may
# stand between it and the verb (", CEO of Nokia, commenting on the market said"). A space
# typed before its comma is allowed ("Heikki Sinisalo , a meteorologist …, stated"), and a
# clock's colon ("Tatsumi, who voted shortly after 6:30 a.m. …, told reporters").
APPOS = r"(?:[^\S\n]?,(?:[^:“”\"]|(?<=\d):(?=\d))*?,(?:\s+[a-z]+ing\b[^,:“”\"]*?)?)?"
# Lower-case words that may stand inside a title before a name ("Ambassador to Finland").
JOINERS = {*_TITLE_JOINER.split("|"), "and"}
# Prepositions, and with the conjunctions the words that link rather than name or describe:
# the patterns below stop at them ("his plan for …", "Aino Salo in Tokyo").
_PREPOSITIONS = ("in", "on", "at", "of", "for", "to", "with", "from", "by")
_LINKING = "|".join((*_PREPOSITIONS, "and", "or"))
# "the 55-year-old Finnish leader said": a description ending in one of these is a person,
# and so is a name right after one ("Team Japan coach Yujiro Kasahara was disappointed").
PERSON_NOUNS = {
    "activist",
    "adviser",
    "advisor",
    "ambassador",
    "analyst",
    "artist",
    "author",
    "captain",
    "ceo",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "chief",
    "coach",
    "co-founder",
    "cofounder",  # "Housemarque cofounder NAME called Returnal “…”"
    "commissioner",
    "consultant",
    "counsel",
    "defenceman",
    "defenseman",
    "designer",
    "diplomat",
    "director",
    "economist",
    "engineer",
    "entrepreneur",
    "envoy",
    "executive",
    "expert",
    "forward",
    "founder",
    "general",  # "director general Pekka Soini"
    "gm",  # a side's general manager: "the national team GM Jere Lehtinen said"
    "goalie",
    "goaltender",
    "governor",
    "head",
    "investor",
    "journalist",
    "lawyer",
    "leader",
    "lecturer",
    "man",
    "manager",
    "mayor",
    "minister",
    "officer",
    "official",
    "player",
    "pm",
    "premier",
    "president",
    "principal",  # "Mercedes team principal Toto Wolff"
    "professor",
    "representative",
    "researcher",
    "scientist",
    "secretary",
    "specialist",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "steward",  # a union's shop steward: "The Metalworkers' Union shop steward NAME"
    "strategist",
    "student",
    "teacher",
    "woman",
    # Fellows: "Countryman Latvala".
    "compatriot",
    "countryman",
    "countrywoman",
    # What people quoted in features and sports news are: "photographer Joona Forsgren",
    # "Rovaniemi resident Reijo Kortesalmi", "Finland midfielder Tim Sparv".
    "athlete",
    "architect",
    "center",
    "champion",
    "chef",
    "curator",
    "defender",
    "doctor",
    "driver",
    "editor",
    "goalkeeper",
    "guard",
    "historian",
    "medalist",
    "medallist",
    "midfielder",
    # A defender by where he plays: "said HJK's Finnish international full-back Ville Nylund".
    "full-back",
    "fullback",
    "centre-back",
    "center-back",
    "wing-back",
    "musician",
    "owner",
    "photographer",
    "pilot",
    "reporter",
    "resident",
    "runner",
    "singer",
    "skater",
    "skier",
    # "Eurovision hopeful Kaarija has said …", "Olympic hopeful NAME".
    "hopeful",
    # "“…,” the gold hero told STT."
    "hero",
    "heroine",
    # "said the Nashville Predators prospect and tournament MVP": the most valuable player.
    "mvp",
    # "“…,” the lubrication guru said."
    "guru",
    # Who rescues or keeps order: "“…”, regrets the firefighter."
    "firefighter",
    "fireman",
    "paramedic",
    "rescuer",
    "lifeguard",
    "policeman",
    "policewoman",
    "soldier",
    "ranger",
    "warden",
    # Who keeps a building or serves in it: "“…,” school janitor NAME told Finnish
    # broadcaster YLE."
    "janitor",
    "caretaker",
    "cleaner",
    "waiter",
    "waitress",
    "shopkeeper",
    # Who tries or reviews a product, or writes about it online: "Tester Rachel Metz, from
    # MIT, explains …".
    "tester",
    "reviewer",
    "blogger",
    "influencer",
    # The church's: "The new archbishop asked the congregation …".
    "archbishop",
    "bishop",
    "priest",
    "pastor",
    "vicar",
    "chaplain",
    # Who oversees others' work: "Supervisor Aki Kaurismäki movies have a new emphasis" (a
    # translation's word for a film's director).
    "supervisor",
    "foreman",
    "star",
    "striker",
    "superstar",
    "veteran",
    "winger",
    "winner",
    "writer",
    # What music news calls performers: "one of the band’s two vocalists Niko Vilhelm", "the
    # chief conductor confesses".
    "bassist",
    "composer",
    "conductor",
    "contestant",
    "dancer",
    "dj",  # "Finnish DJ Darude"
    "drummer",
    "entrant",
    "frontman",
    "frontwoman",
    "guitarist",
    "performer",
    "pianist",
    "producer",  # "Show producer NAME said …"
    "presenter",
    "rapper",
    "rocker",
    "songwriter",
    "vocalist",
    # What police and crime news call the people it quotes: "police inspector NAME",
    # "Eyewitness NAME told YLE".
    "detective",
    "eyewitness",
    "inspector",
    "investigator",
    "sergeant",
    "superintendent",
    "witness",
    # And court news: "District Court judge NAME said", "district prosecutor NAME told Yle".
    "judge",
    "prosecutor",
    # And news of strikes and protests: "30-year-old demonstrator NAME, who works as a ship
    # crewman, told AFP", "Protester NAME holds a placard".
    "demonstrator",
    "protester",
    "protestor",
    "campaigner",
    "organiser",
    "organizer",
    "employee",
    "worker",
    "crewman",
    "commuter",
    "passenger",
    # And politics: "The populist apparently joked …", "Green League lawmaker NAME said".
    "populist",
    "lawmaker",
    "legislator",
    "senator",
    "congressman",
    "congresswoman",
    "candidate",
    # And the athletes of sports news: "The 23-years-old Finland pole vaulter Wilma Murto won".
    "vaulter",
    "jumper",
    "sprinter",
    "hurdler",
    "thrower",
    "decathlete",
    "heptathlete",
    "triathlete",
    "biathlete",
    "marathoner",
    "swimmer",
    "boxer",
    "wrestler",
    "cyclist",
    "rower",
    "golfer",
    "snowboarder",
    "gymnast",
    "weightlifter",
    "fencer",
    # And who else takes part in a sport or a contest, or watches it: "hobby horse competitor
    # NAME", "The spectator said".
    "competitor",
    "participant",
    "finalist",
    "rider",
    "racer",
    "referee",
    "trainer",
    "enthusiast",
    "fan",
    "spectator",
    # And the work of the countryside: "reindeer herder NAME", "the farmer said".
    "farmer",
    "herder",
    "hunter",
    "fisherman",
    # And travel and everyday news: "The nurse, from Stoke-on-Trent, told the Press
    # Association: “…”" of the holidaymaker named before.
    "customer",
    # "“…,” local guide NAME told me."
    "guide",
    "holidaymaker",
    "nurse",
    "parent",
    "patient",
    "pensioner",
    "tourist",
    "traveler",
    "traveller",
    "visitor",
    "volunteer",
    # And the people beside a player, and a player's stage: "said good friend and teammate
    # NAME", "the defenseman prospect said".
    "colleague",
    "friend",
    "teammate",
    "team-mate",
    "netminder",
    "prospect",
    "rookie",
    "skipper",
    "keeper",
    # And the trades news quotes besides: "said English boxing promoter Eddie Hearn".
    "promoter",
    "columnist",
    "critic",
    "commentator",
    "pundit",
    "attorney",
    "physician",
    "surgeon",
    "psychologist",
    "instructor",
    "actor",
    "actress",
    "novelist",
    "poet",
    "filmmaker",
    "banker",
    "trader",
    "broker",
    "boss",
    "miner",
    "villager",
    "neighbour",
    "neighbor",
    "citizen",
    "voter",
}
# Endings that make a noun a person's whatever its stem: meteorologist, seismologist,
# physician, statistician.
_PERSON_ENDINGS = ("ologist", "ician")
# Kin, who speak in news of the person they are kin to: "his wife NAME told". Before a name
# they say what the person is; alone they stand for nobody in particular ("the wife to be
# carried").
KIN_NOUNS = {
    "brother",
    "daughter",
    "father",
    "husband",
    "mother",
    "sister",
    "son",
    "widow",
    "wife",
}
PERSON_NOUNS |= KIN_NOUNS
# Nouns that alone stand for nobody in particular, though before a name they say what the
# person is: kin, and "guide", which alone may be a book ("According to the guide, …" of the
# Michelin Guide) where "local guide NAME told me" is a person.
NOBODY_ALONE = KIN_NOUNS | {"guide"}
# What anybody may be, never a post: "said the Finnish student" after "NAME, director of
# Madelitan Swedish High School" is somebody else, unnamed, where "the educator" may be NAME.
LAY_NOUNS = frozenset(
    {
        "bystander",
        "commuter",
        "customer",
        "fan",
        "local",
        "onlooker",
        "passenger",
        "pedestrian",
        "pupil",
        "resident",
        "schoolboy",
        "schoolgirl",
        "shopper",
        "spectator",
        "student",
        "teenager",
        "tourist",
        "villager",
        "visitor",
    }
)
# Who a person is by country, as news names them: "the Finn said", "Spaniard Alonso, who …".
# (Not the ones that name a people too: "the Japanese said".)
DEMONYMS = {
    "American",
    "Argentine",
    "Australian",
    "Austrian",
    "Belgian",
    "Brazilian",
    "Brit",
    "Briton",
    "Canadian",
    "Colombian",
    "Croatian",
    "Czech",
    "Dane",
    "Dutchman",
    "Englishman",
    "Estonian",
    "Finn",
    "Frenchman",
    "German",
    "Greek",
    "Hungarian",
    "Icelander",
    "Indian",
    "Irishman",
    "Israeli",
    "Italian",
    "Kenyan",
    "Korean",
    "Latvian",
    "Lithuanian",
    "Mexican",
    "Norwegian",
    "Pole",
    "Russian",
    "Scot",
    "Slovak",
    "Slovenian",
    "Spaniard",
    "Swede",
    "Thai",
    "Turk",
    "Ukrainian",
    "Welshman",
}
# A lower-case noun, then a name that ends there: "coach Yujiro Kasahara was", "champion
# Hoshoryu has" (a full name, or one a person goes by alone).
NOUN_THEN_NAME = re.compile(
    rf"\b(?P<noun>[a-z][a-z-]*){GAP}(?P<name>{NAME_WORD}(?:{GAP}{NAME_WORD})?)\b"
    rf"(?!{GAP}[{CAPITALS}])"
)

# "Swedish Eurovision winner Loreen", "Loreen, 39, became": one name after what a person is
# (also in capitals: "Finnish DJ Darude", "Countryman Latvala, who …"), before an age, or
# before an apposition saying what a person is ("Darude, the Finnish representative of …"),
# is a person's, who may go by that name alone.
ONE_NAME = re.compile(
    rf"\b(?P<noun>[a-z][a-z-]*|[{CAPITALS}]{{2,3}}){GAP}(?P<name>{NAME_WORD})\b(?!{GAP}[{CAPITALS}])"
    rf"|\b(?P<aged>{NAME_WORD}),{GAP}\d{{1,3}},{GAP}[a-z]"
    rf"|\b(?P<described>{NAME_WORD}),{GAP}the{GAP}(?P<apposition>[^,.;“”\"\n]+),"
)
# Or before "who", which is said of people: "said Moriyasu, who is now in his sixth year at the
# helm". (Apart, so that "said Moriyasu" matching `ONE_NAME` takes no place this one needs.)
ONE_NAME_WHO = re.compile(rf"\b(?P<who_is>{NAME_WORD}),{GAP}who\b")
# Or set off by commas after what the person is: "a new guide, Suoma, briefed us".
ONE_NAME_SET_OFF = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ur|[Mm]y|[Tt]heir){GAP}(?:[a-z][\w-]*{GAP}){{0,2}}(?P<noun>[a-z][\w-]*),"
    rf"{GAP}(?P<name>{NAME_WORD}),"
)
# Or listed after a colon, what they are said before it in the plural: "We talked to two
# designers while visiting: Sami and Minna."
ONE_NAMES_LISTED = re.compile(
    rf"\b(?P<nouns>[a-z][a-z-]*s)(?:{GAP}[a-z][\w’'-]*){{0,3}}:{GAP}"
    rf"(?P<names>{NAME_WORD}(?:,{GAP}{NAME_WORD})*,?{GAP}and{GAP}{NAME_WORD})[.;]"
)
# The same after a capitalised word, which is what a person is when `is_person_noun` says so
# ("Countryman Latvala"). (Apart from `ONE_NAME`, so that "From" in "From Loreen, 39, …" takes
# no place the age's match needs.)
ONE_NAME_AFTER_CAPITAL = re.compile(
    rf"\b(?P<noun>[{CAPITALS}][a-z]+){GAP}(?P<name>{NAME_WORD})\b(?!{GAP}[{CAPITALS}])"
)
TRAILING_VERB = re.compile(rf"\s+(?:{VERB})$")
AGED = re.compile(r"\b\d{1,3}-year-old\b")
# "the former world No. 1": a ranking only a player holds, in a description in lower case.
RANKED = re.compile(r"\bno\.\s?\d{1,3}$")
# “…,” says WHO.   “…,” said WHO, ROLE.
# (The verb perhaps glued to the name by a lost space: "“…,” toldKari Wihlman, director …";
# a dash perhaps before it, as translations from Russian leave it: "“…”, – declared NAME".)
# (After a comma the verb may be capitalised by mistake: "“…”, Says Mariina Hallikainen".)
_CAPITALISED_VERB = _alternation(v.capitalize() for v in SPEECH_VERBS)
AFTER_VERB_WHO = re.compile(
    rf"^(?:[\s,]*(?:[–—]\s+)?(?:{VERB})|,\s*(?:{_CAPITALISED_VERB}))"
    rf"(?:\s+|(?=[{CAPITALS}][a-z]))(?P<who>[^!?“”\"]+)"
)
# "the chairman", "the 55-year-old Finnish leader", "the Finnish capital’s mayor", "the
# Finnish Prime Minister", "the Finn": a person described, not named.
# (Written as in a title: "Minister", and abbreviations in capitals: "the PM", "the CEO".)
TITLE_NOUN = "|".join(sorted(n.upper() if len(n) <= 3 else n.capitalize() for n in PERSON_NOUNS))
# "Emperor Naruhito", "Pope Francis": a monarch's title and one name are a whole name, and
# "the Emperor" later is that person.
REGNAL_TITLES = {"Emperor", "Empress", "King", "Queen", "Pope", "Prince", "Princess"}
_NOUN_DESCRIPTION = (
    rf"(?:[{CAPITALS}][\w-]*\s+)*(?:{TITLE_NOUN}|{'|'.join(sorted(DEMONYMS | REGNAL_TITLES))})\b"
)
# An aside in brackets after who: "(267.5 points)", "(Finns)".
_ASIDE = r"\s+\([^()\n]{1,40}\)"
# Opening a sentence, a nationality is a person only before a verb: "The Finn expressed …",
# "The American is …", not "The American home furnishing chain and Marimekko’s “love story”
# began …", where it describes a firm.
_SUBJECT_DESCRIPTION = (
    rf"(?:[{CAPITALS}][\w-]*\s+)*(?:{TITLE_NOUN}|{'|'.join(sorted(REGNAL_TITLES))}"
    rf"|(?:{'|'.join(sorted(DEMONYMS))})(?=(?:{_ASIDE})?"
    r"\s+(?:[a-z]+(?:s|ed|d)|is|was|won|had|has|took|made"
    r"|got|came|went|ran|led|felt|knew|saw|left|lost|kept|held|became|began|hit|set|put"
    r"|will|would|can|could|may|might|must|should|also|then|still|now|only|never)\b))\b"
)
# (A player's ranking may end it: "the former world No. 1 said".)
DESCRIPTION = (
    rf"\b(?:[Tt]he\s+|this\s+(?=[a-z]))(?:(?:[{CAPITALS}][\w-]*\s+|[\w-]+[’']s\s+)*[a-z0-9][\w -]*?"
    rf"(?:\s+No\.\s?\d{{1,3}})?|{_NOUN_DESCRIPTION})"
)
# "Finnair spokesperson Anna Salo", "Nokia Networks executive Ashish Chowdhary": a firm, a
# role in lower case, then the name.
# ("“…,” meteorologist NAME tells News Now Finland": a noun by its ending too.)
_ROLE_NOUN = rf"{_alternation(PERSON_NOUNS)}|[a-z]+(?:{'|'.join(_PERSON_ENDINGS)})"
# What a person is in lower case, a word or two describing it first: "foreign minister",
# "populist", "hobby horse competitor".
_LOWER_ROLE = rf"(?:[a-z][\w-]*\s+){{0,2}}(?:{_ROLE_NOUN})\b"
# What or where the role is of: "ambassador to the United States", "minister of Finance".
_OF_A_BODY = rf"{GAP}(?:of|to|for|in|at)(?:{GAP}the)?"
_BODY_WORD = rf"{GAP}[{CAPITALS}][\w’'&-]*"
_ROLE_OF = rf"(?:{_OF_A_BODY}(?:{_BODY_WORD}){{1,3}})"
_FIRM_AND_ROLE = (
    rf"(?:[{CAPITALS}][\w’'&-]*{GAP}){{0,3}}(?:[a-z][\w-]*{GAP}){{0,2}}(?:[a-z]+-)?(?:{_ROLE_NOUN})"
)
# (Not a preposition's object: "To his wife NAME he thanked …". Two roles "and" may join:
# "NHL Network analyst and former NHL goaltender Jamie McLennan", "president and CEO NAME".)
# "fellow Finn Anton Lundell", "compatriot Swede NAME": where a teammate is from, as a role.
_FELLOW = rf"(?:fellow|compatriot){GAP}(?:{'|'.join(sorted(DEMONYMS))})"
# "deputy CEO Saila Miettinen-Lahde", "former Prime Minister NAME": a title after a word in
# lower case saying when or how the person holds it.
_QUALIFIED_TITLE = (
    r"(?:former|interim|acting|deputy|vice|outgoing|incoming|then|current|founding)"
    rf"{GAP}(?:{'|'.join(sorted(TITLE_WORDS))})\b"
)
ROLE_THEN_NAME = (
    rf"(?!(?:To|For|With|From|By|Of|In|On|At)\b)(?:{_FELLOW}|{_QUALIFIED_TITLE}|{_FIRM_AND_ROLE})"
    rf"(?:{GAP}and{GAP}(?:[a-z]+{GAP})?(?:{_FIRM_AND_ROLE}|(?:{TITLE_NOUN})\b))?"
    rf"{_ROLE_OF}?{GAP}{NAME_WORD}(?:{GAP}{NAME_WORD}){{1,2}}"
)
# “…,” WHO said.   “…,” TITLE NAME said.   “…,” FIRM role NAME said.   “…,” the ROLE said.
# “…,” he said.
# (Also an apposition that no comma closes, when the verb ends the clause: "“…,” Olli
# Eloranta, a credit analyst at Danske Bank said.", "“…,” Lieutenant Colonel NAME, Chief of
# Staff of the Karelia Brigade said.": a title's capital then, with "of", "at" or "for". The
# article may be capitalised by mistake: "“…,” Petri Hoppula, A meteorologist from the
# Finnish Meteorological Institute explained."; or a post in lower case with "of", "at" or
# "for", a participle's clause after the verb: "“…,” Pekka Taehtelae, captain of the icebreaker
# Voima said, referring to …"; a few words may end the clause: "… union told the paper.")
_UNCLOSED_APPOS = (
    rf",\s+(?:(?:[Aa]n?|the)\s+|(?=[{CAPITALS}][^,:“”\"]*?\s(?:of|at|for)\s)"
    r"|(?=[a-z]+\s+(?:of|at|for)\s))"
    rf"[^,:“”\"]*?(?=\s+(?:{VERB})(?:\s+[^,.;:!?“”\"]{{1,40}})?(?:\s*[.,;]?|,\s+[a-z]+ing\b.*)\s*$)"
)
# (A helping verb, a word, or both may stand between the person and the verb: "he had said",
# "NAME later said", "Haimi now says", "NAME has repeatedly said", "NAME for example argued",
# "NAME further said".)
_BEFORE_VERB = (
    r"(?:(?:had|has|have|would)\s+)?"
    r"(?:(?:also|later|earlier|further|again|then|once|now|still|often|himself|herself"
    r"|for\s+(?:example|instance)"
    # an adverb of how or of hearsay: "The populist apparently joked …", "NAME quickly added"
    r"|[a-z]+ly)\s+)?"
)
# (The close of a single quotation inside may stray after the double mark: "… 'Agggh, not
# another bronze," ' Raty said".)
# (Also where the person works, after "of" or "from": "“…,” Captain Jussi Vainikka of the
# Finnish Border Guards told Reuters", "NAME from Helsinki’s education department told AFP",
# "poverty expert NAME from children’s charity MLL told AFP".)
_OF_BODY = rf"(?:{GAP}(?:of|from){GAP}(?:[\w’'&.-]+{GAP}){{0,6}}?[\w’'&.-]+)?"
# "30-year-old", "twenty-five-year-old": an age written before what a person is or their name.
AN_AGE = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\s+"
# A firm and a role in lower case, no name yet: "Fennovoima chief executive".
_FIRM_ROLE = (
    rf"(?:[{CAPITALS}][\w’'&-]*{GAP}){{1,3}}(?:[a-z][\w-]*{GAP}){{0,2}}(?:{_ROLE_NOUN})\b"
    rf"{_ROLE_OF}?"
)
# "“…,” 30-year-old demonstrator NAME told AFP": the age ahead of what the person is, which
# says who they are no more than the name does.
_AGE_AHEAD = rf"(?:{AN_AGE})?"
# "a still somewhat bewildered Aho said": how the person was, then the name (no preposition:
# not "a source close to NAME said").
_HOW_THEY_WERE = rf"[Aa]n?\s+(?:(?!(?:{_LINKING})\b)[a-z]+\s+){{1,3}}"
# Posts listed before the one the name follows, a comma between, as Japanese firms give them:
# "“…” President&Chief Executive Officer, Representative Director NAME from … describes."
_POSTS_BEFORE = (
    rf"(?:(?:[{CAPITALS}][\w’'&-]*|and|&){GAP})*?"
    rf"(?:{'|'.join(sorted(TITLE_WORDS))}|Officer),\s+(?=(?:{NAME_WORD}{GAP}){{2}})"
)
# The firm whose post a long title names, in the possessive before it: "“…,” HMD Global’s
# Executive Vice President and Chief Marketing Officer Pekka Rantala told …" (the title and
# the name alone may run to the most words a titled name holds).
_OWNER_FIRST = rf"(?:[{CAPITALS}][\w&.-]*{GAP}){{0,2}}[{CAPITALS}][\w&.-]*[’']s{GAP}"
# One word in lower case saying where a party or a person leans, before the party's post:
# "“…,” conservative National Coalition Party chair Petteri Orpo told Yle".
_LEANING = rf"(?:(?!(?:{VERB}|{_LINKING}|the|an?|then)\b)[a-z][\w-]*{GAP})"
# (An "as" may lead the clause: "“…,” as she put it.")
AFTER_WHO_VERB = re.compile(
    rf"^[\s,]*(?:['’]\s+)?(?:as\s+)?{_AGE_AHEAD}(?P<who>(?:the\s+)?(?:{_OWNER_FIRST}|{_POSTS_BEFORE})?{TITLED_NAME}{_OF_BODY}(?:{_UNCLOSED_APPOS}|{APPOS})"
    rf"|{_LEANING}?{ROLE_THEN_NAME}{_OF_BODY}{APPOS}"
    # the description first, the name set off after it: "“…,” the current President, Sauli
    # Niinisto, said in a statement", "“…,” Fennovoima chief executive, Joachim Specht, said"
    rf"|(?:{DESCRIPTION}|{_FIRM_ROLE}),\s+{NAME_WORD}{GAP}{NAME_WORD}(?:{GAP}{NAME_WORD})?,"
    rf"|{_HOW_THEY_WERE}{NAME_WORD}(?:{GAP}{NAME_WORD})?|{PRONOUN}|{DESCRIPTION}"
    # A translation that lost the comma after the name: "“…,” Colonel Mikko Lehmus the head of
    # the Border Guard’s Situation and Risk Analysis Center, said".
    rf"|{TITLED_NAME}\s+the\s+[a-z][^,.;“”\"]{{0,100}},)"
    # A stray comma may part the person from the verb: "“…,” THL's expert NAME, told STT"; a
    # pronoun may hold "has": "“…,” he’s told CVG".
    rf"(?:(?<=[Hh]e)[’']s)?,?\s+{_BEFORE_VERB}(?:{VERB})\b"
)
# “…,” Rauhala's statement read.   “…,” his statement said.   (the person's own written words: a
# statement, letter, post or message of theirs that reads or says them)
AFTER_POSSESSOR_STATEMENT = re.compile(
    rf"^[\s,]*{_OWNER}\s+"
    r"(?:statement|letter|post|message|tweet|note|e-?mail|release)\s+"
    r"(?:said|says|read|reads|stated|states|added|adds|continued|continues)\b"
)
# “…,” Toivola listed his team’s successes.   “…,” he shrugged.   After a quotation that a comma
# ends, a person and a verb in a tense, whatever the verb: reporters vary the manner of saying
# without end, and nothing else stands there. (Not a form of be, have or do.)
# (Also a few irregular pasts: "“…,” Samooja thought.")
_ANY_VERB = r"(?!(?:is|was|has|does)\b)(?:[a-z]+(?:ed|s)|thought|felt|spoke|swore)\b"
AFTER_WHO_ANY_VERB = re.compile(
    rf"^\s*,?\s*(?P<who>{TITLED_NAME}|{PRONOUN})\s+(?:also\s+)?{_ANY_VERB}"
)
# “…!” Siegfrids sweats.   After the words' own "!" or "?", no comma: a person and any verb
# are the reporting clause only when nothing follows them in the sentence.
AFTER_CRY_WHO_ANY_VERB = re.compile(
    rf"^\s*(?P<who>{TITLED_NAME}|{PRONOUN})\s+(?:also\s+)?{_ANY_VERB}\s*$"
)
# “…!” started Mr Lordi.   The verb first, the same way: nothing may follow the person.
AFTER_CRY_ANY_VERB_WHO = re.compile(
    rf"^\s*{_ANY_VERB}\s+(?P<who>{TITLED_NAME}|{DESCRIPTION})\s*[.]?\s*$"
)
# “…,” details Paananen.   “…,” chuckled Hale, …   (the verb first, the name ending the clause)
AFTER_ANY_VERB_WHO = re.compile(
    rf"^\s*,?\s*{_ANY_VERB}\s+(?P<who>{TITLED_NAME}|{DESCRIPTION})(?=\s*(?:[,.;]|$))"
)
# “…,” Sega’s chief operating officer and head of consumer games Shuji Utsumi told.   A
# description too long to be a title, then the full name (or a surname the article gives in
# full elsewhere: "…, head coach Tuovi commented.") and the verb ending the clause.
# (`before`, the word ahead of the name, must describe: not "a source close to NAME said".
# It may be "of" and the side's name, as machine translation leaves it: "…, having coached his
# third match at the helm of Susijeng Lassi Tuovi acknowledged.", or a body's name of a few
# words: "…, communication specialist of the Helsinki Police Department Silva Nieminen says.",
# or what the person is as a title: "…, Fullback Emma Koivisto acknowledge.")
AFTER_DESCRIBED_NAME_VERB = re.compile(
    rf"^\s*,?\s*(?P<description>(?:[\w’'&-]+{GAP}){{0,10}}?"
    rf"(?P<before>[a-z][\w-]*|{TITLE_NOUN}"
    rf"|(?:of|at|for){GAP}(?:the{GAP})?(?:[{CAPITALS}][\w’'&-]*{GAP}){{0,3}}"
    rf"[{CAPITALS}][\w’'&-]*)){GAP}"
    rf"(?P<who>{NAME_WORD}(?:{GAP}{NAME_WORD})?)\s+(?:(?:{VERB})"
    # (A circumstance may follow the verb: "…, the topper NAME glowed with a smile.", "…,
    # editor-in-chief of … division NAME said when Yle commissioned the report.")
    rf"(?=\s*(?:[.,;]|$)|\s+(?:with|after|before|during|in|at|on|to|when|while|as)\s)"
    # (Or one word in lower case ends the sentence, whatever verb a translation made of it:
    # "…, the Stars pilot Rick Bowness incense.")
    r"|[a-z]+\.?\s*$)"
)
# “…, ”says the meteorologist on duty at the Finnish Meteorological Institute. Helena Laakso.
# A machine translation that broke "says NAME's ROLE NAME" in two: the verb and a description
# end one sentence, and the next is the person's name alone; the description may be an owner's
# ("says Ski Saariselkä’s CEO. Jarmo Katajamaa.").
_OWNER_S = rf"(?:[{CAPITALS}][^\s.!?“”\"]*\s+){{0,3}}[{CAPITALS}][^\s.!?“”\"]*[’']s"
AFTER_VERB_DESCRIPTION_NAME = re.compile(
    rf"^[\s,]*(?:{VERB})\s+(?P<description>(?:the|{_OWNER_S})\s+[^.!?“”\"]+)\.\s+"
    rf"(?P<who>{NAME_WORD}{GAP}{NAME_WORD}(?:{GAP}{NAME_WORD})?)\.(?=\s|$)"
)
# “…,” he said. said Fortum CEO Markus Rauramo.   A machine translation that said it twice: the
# second clause names the person the pronoun stands for.
AFTER_PRONOUN_THEN_NAME = re.compile(
    rf"^[\s,]*(?:he|she)\s+(?:{VERB})\.\s+(?:{VERB})\s+(?P<who>{TITLED_NAME}{APPOS})\s*\.?\s*$"
)
# “It's quite a strange situation,” he says Kati Kristo.   A translation that kept the pronoun
# of "says" and put the full name after it: the name is the speaker (not after "told" or
# "asked", whose object is someone else).
AFTER_PRONOUN_VERB_NAME = re.compile(
    r"^[\s,]*(?:he|she)\s+(?:says|said|states|stated|explains|explained|adds|added|notes|noted"
    r"|comments|commented)\s+"
    rf"(?P<who>{NAME_WORD}{GAP}{NAME_WORD}(?:{GAP}{NAME_WORD})?)\s*(?:[.,;]|$)"
)
# Words before a name that make it someone other than the speaker: "close to", "for", "by".
NOT_DESCRIBING = {
    *("a", "an", "the", "and", "or", "than", "like", "close", "near", "via", "per"),
    *_PREPOSITIONS,
    *("about", "against"),
}
ACCORDING = re.compile(r"^[\s,]*according to\s+(?P<who>[^!?“”\"]+)")
# “significantly higher” than $1 billion, according to NAME.
ACCORDING_LATER = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^!?“”\"]+)")
# According to NAME, ROLE, “…”
ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^!?“”\"]+?),?\s*$")
# A seminar called “Finland in Japanese trade”, the classic cliché “message is always
# message”, "The theme of the pavilion is “…”": a name or a saying, not a quotation. Nor a
# gloss: the word mimamoru, meaning “watching over”, is understood as “teaching by watching”;
# a war chant translates to “hit them in the head” (and "what that translates to is, “…”" is
# the writer's gloss), [approximate English translation: “They call it a buzz: …”]; nor the
# words in brackets after a term: NEXBTL (“Next generation biomass to liquid”); nor what a
# word can mean: “Sumimasen,” which can mean, “Sorry,” or, “Excuse me,” depending on ….
# Also what a place or a firm calls itself, an article or a possessive allowed before the
# name: Rovaniemi calls itself the “official hometown of Santa Claus”, has marketed itself as
# Santa's "official home", or what it is touted as: Touted as a “100,000-year tomb,” the
# Onkalo facility …. And the name of a work after its kind: their biggest hit single,
# 'In the Shadows,' released in 2003.
NAMING = re.compile(
    r"(?:\b(?:called|named|titled|entitled|dubbed|nicknamed|meaning|means?,?|termed"
    r"|(?:known|understood|referred to|translated|recogni[sz]ed) as"
    r"|translat(?:es|ed|ing) to(?:\s+is,?)?"
    r"|translation:"
    # "the official translation is ”The other side of hope”": a title's translation
    r"|translation\s+is"
    # what a clause refers to: '…," NAME said, referring to the "just-in-time" logistics systems'
    r"|referring to(?: the| an?)?"
    r"|[Tt]out(?:s|ed|ing) as(?: an?| the)?"
    r"|call(?:s|ing)? (?:it|them)"
    r"|(?:the|a|its|their)(?: [a-z]+)? (?:theme|slogan|motto|term|word|phrase|nickname"
    r"|clich[eé]|adage|proverb|mantra|catchphrase|expression|title|headline),?"
    r"|\b(?:theme|slogan|motto|name)\s+of\s+[^“”\".!?]{1,80}?\s+(?:is|was|will\s+be))|\w\s*\("
    r"|\b(?:call|market|bill|brand|style|describe)(?:s|d|ed|ing)?"
    r" (?:themselves|itself)(?: as)?(?:\s+(?:the|a|an|[\w-]+[’']s))?"
    r"|\b(?:single|song|album|track|hit|anthem|entry|film|movie|book|novel|poem|series"
    r"|number),?"
    # what a singer performs: 'Windows95man performs "No Rules!" at pre-party in Madrid'
    r"|\b(?:perform|sing)(?:s|ed|ing)?|\bsang"
    # A gloss of words just quoted: “VÄESTÖNSUOJA SKYDDSRUM”, or “defence shelter”; or of a
    # thing's name: avanto swimming, or “ice hole swimming”; the maternity package, or
    # “Finnish baby box”, first issued in 1938. (The comma makes it a gloss: "many" or "very
    # many" new cases are her alternatives, both her words.)
    r"|[”\"],\s+or,?|,[”\"]\s+or,|\b[a-z][\w-]*,\s+or"
    # (or roughly: "it is called ”Saattokeikka”, roughly ”The escort gig”")
    r"|[”\"],\s+roughly"
    # what a word is in another language: “arigatou” (Japanese for “thank you”, the ed.)
    r"|\b(?:[A-Z][a-z]+(?:ese|ish|ian|ic|an)|Latin|Greek|Dutch|French|Thai|Sami|slang|short)"
    r"\s+for)"
    r"\s*$"
)
# The “control room”, a dimly lit space …: a term after "the", which an apposition explains
# and no speech verb follows, is a name for a thing (the "bright time," the five weeks …);
# so is one opening a sentence that a dash explains: "Phone parking" - asking the pupils to
# leave their phones ….
TERM_EXPLAINED = re.compile(
    rf"(?:,\s+(?:an?|the)\s+|\s+[-–—]\s+)(?![^.;:“”\"]*\b(?:{VERB})\b)[a-z]"
)
# The “Amaranth” video, the “End of an era” dvd: words in marks that the kind of a work follows
# at once name the work (words ending in their own punctuation, “We did it,” album producer
# NAME said, are somebody's).
_WORK_KINDS = (
    r"album|DVD|dvd|EP|video|music\s+video|single|song|track|film|movie|documentary"
    r"|book|novel|memoir|tour|show|series|podcast|exhibition|musical|opera|play"
)
WORK_KIND_AFTER = re.compile(rf"\s+(?:{_WORK_KINDS})s?\b")
# 'A documentary … made about the repository, "Into Eternity," has gained a following': the
# kind of a work earlier in the sentence, and the words set off after a comma, name the work
# when the sentence then goes on with a verb of its own, not one of speech (extract.py).
WORK_KIND_BEFORE = re.compile(rf"\b(?:{_WORK_KINDS})s?\b[^.!?;:“”\"]*,\s*$")
# Kaurismäki's film Fallen Leaves: two capitalised words after a work's kind name the work, no
# person (only the kinds that are never verbs: not "hit", "book" or "track").
WORK_TITLE = re.compile(
    rf"\b(?:album|documentary|film|movie|novel|poem|series|single|song){GAP}"
    rf"(?P<name>{NAME_WORD}{GAP}{NAME_WORD})\b"
)
# WHO said: “…”   In a statement, WHO said: “…”   As WHO summed up: “…”   and he said, “…”
# (A title's own "of" and "and" included: "Minister of Economic Affairs and Employment NAME".)
BEFORE = re.compile(
    rf"(?P<who>{TITLED_NAME}|{NAME}{APPOS}|{PRONOUN}|{DESCRIPTION})\s+(?:{VERB})\b"
    r"(?:[^“”\":.]*[:,])?\s*$"
)
# … and Canes coach Bill Peters calls him “an important piece.”   What a person calls someone or
# something, right before the words, is theirs (whoever the sentence opened with); the thing
# may be named: "Jalonen called the Bratislava team “Koivu’s team”".
CALLED_BEFORE = re.compile(
    rf"(?P<who>{TITLED_NAME}|{PRONOUN})\s+(?:calls|called|dubs|dubbed|labels|labelled|labeled)"
    r"\s+(?:him|her|it|them|this|that|the(?:\s+[\w’'-]+){1,4}?)\s*$"
)
# Orpo addressed his followers and declared, "…"   (the verb of speech after another of the
# person's verbs and "and"; also past where the person is from, a comma before "and", and
# "that": "NAME, of The New York Times, hailed her third appearance …, and wrote that “…”",
# and any apposition: "NAME, Development Director of HUS, talked to HS and said “…”";
# "then" for "and": "He thought; then said: “…”")
AND_THEN_SAID = re.compile(
    rf"(?P<who>{TITLED_NAME}|{PRONOUN})(?:,\s+[^,“”\":;]{{1,100}},)?"
    rf"\s+[a-z][^“”\":.;,]{{0,80}}?(?:,?\s+and(?:\s+then)?|[;,]\s+then)\s+(?:{VERB})\b"
    r"(?:\s+that)?"
    r"\s*[:,]?\s*$"
)
# Hale aims to make Oura a “health company”: a fragment quoted in a sentence about a person,
# with no reporting verb, is that person's words (asked of partial quotations only).
# (Also after a firm and a role: "Team Japan coach Yujiro Kasahara was also disappointed".)
# (Also after a phrase setting the scene: "During the visit, Vice Rector NAME highlighted …",
# or a participle's: "Conceding just before 9pm, having fallen behind, Haavisto shook …";
# a second phrase may follow the first: "Following the request, in this interview, the …".)
_SCENE_WORDS = r"(?:\s+[\w’'/-]+){1,20}"
# A year, a weekday or a month.
_WHEN_WORD = (
    r"(?:1[89]|20)\d\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April"
    r"|May|June|July|August|September|October|November|December"
)
# A linking adverb opening a sentence: "Meanwhile, Finns leader Riikka Purra called it …".
_LINKING_ADVERBS = r"Meanwhile|Meantime|However|Earlier|Later|Separately|Elsewhere|Instead|Still"
# A phrase of time or place after it: "Earlier, on the 7th of last month at the Diet, …".
_WHEN_OR_WHERE = rf"(?:during|at|in|on|after|before|following|under|through){_SCENE_WORDS},\s+"
# Both before whom a reporting clause names: "Earlier, on the 7th …, Prime Minister Takaichi,
# when asked …, said".
LINKING_ADVERB_OPENING = re.compile(rf"^(?:{_LINKING_ADVERBS}),\s+(?:{_WHEN_OR_WHERE})?")
# What the place a sentence opens in is, set off by commas after it (see `_SCENE`).
_PLACE_SET_OFF = r"(?:,\s+(?:home\s+to|where)\s(?:[^“”\".!?:;,]|,(?=\d)){1,80}?)?"
_SCENE = (
    r"(?:(?:(?:During|At|In|On|After|Ahead\s+of|Instead\s+of|Before|Following|Since|Upon|Under"
    r"|Through|Despite)"
    # (what the place is may follow it: "In Sydney, home to more than 30,000 Japanese, …")
    rf"{_SCENE_WORDS}{_PLACE_SET_OFF}|According\s+to\s+[^,“”\"]{{1,60}}"
    # a linking adverb alone
    rf"|{_LINKING_ADVERBS}"
    rf"|[{CAPITALS}][a-z]+ing\s[^“”\".!?:;]{{1,150}}?"
    # a question put: "Asked about Italy’s plans …, Rehn called the development “worrisome”",
    # "When asked about his emotions …, the Sauber driver admitted to feeling “disappointed”"
    r"|(?:When\s+(?:asked|pressed|questioned)|Asked|Pressed|Questioned)\s[^“”\".!?:;]{1,150}?),\s+"
    rf"(?:{_WHEN_OR_WHERE})?"
    # a year or a day with no comma after it: "In 2007 he began with pole position and win."
    rf"|(?:In|On|By|Since|Until)\s+(?:{_WHEN_WORD})\s+)?"
)
# "On the whole, Kanerva was satisfied with the outcome." over "– It was an entertaining
# game.": how a person felt, as the writer tells it, introduces the words after it; so does
# what they think: "However, Kirvesniemi does not believe that the struggle … would have
# turned …" over "“Johanna's speed distribution was optimal for those conditions.”".
FELT = re.compile(
    rf"(?:^|(?<=[.!?])\s)\s*{_SCENE}(?:[Tt]he\s+)?(?P<who>{ROLE_THEN_NAME}|{TITLED_NAME})\s+"
    r"(?:(?:was|is|seemed|looked|felt)\s+(?:(?:very|quite|clearly|visibly|rather|also)\s+)?"
    r"(?:pleased|satisfied|happy|disappointed|delighted|unhappy|frustrated|relieved|proud"
    r"|content|upset|angry|surprised|thrilled|annoyed)"
    r"|(?:(?:does|did)\s+not\s+|(?:doesn|didn)[’']t\s+|also\s+|still\s+)?"
    r"(?:believes?|believed|thinks?|thought|doubts?|doubted|expects?|expected))\b"
)
# "Austria's 18-year-old Gregor Schlierenzauer won …": an age before a name describes them.
_AGE_BEFORE_NAME = rf"(?:(?:[Tt]he|[{CAPITALS}][\w-]*(?:[’']s)?)\s+)?{AN_AGE}(?=[{CAPITALS}])"
# "ZHANGJIAKOU, China (Reuters) -Iivo Niskanen may …", "HELSINKI -- NAME took …": a wire
# story's dateline, a place in capitals, the agency perhaps, and a dash, before the sentence.
_DATELINE = (
    rf"(?:[{CAPITALS}][{CAPITALS}’'.-]+(?:\s+[{CAPITALS}][{CAPITALS}’'.-]+)*(?:,\s+[{CAPITALS}][\w.]*(?:\s+[{CAPITALS}][\w.]*)*)?"
    r"(?:\s+\([^()\n]{1,30}\))?\s*(?:--|[–—-])\s*)?"
)
# A relative clause about the person named before it, set off by commas; it may quote
# them: ", who calls himself a “paranoid optimist”,", or others: "Orpo, whose government has
# argued the country needs an "export-driven labour market model" to boost competitiveness,".
_WHO_CLAUSE = r",\s+who(?:se)?\b[^,]*,"
# "Camilo Delgado Díaz, a Colombian tenor, plays …", "Mikko Heikkilä, Fingrid’s Strategic Grid
# Planning Manager, writes …": what the person is, set off by commas.
_WHAT_THEY_ARE = (
    r"(?:,\s+(?:a|an|the|[\w’'-]+[’']s|real\s+name)\s[^,:;“”\"]{1,80},"
    # or an apposition running on to the verb: "Venla Berg, a leading researcher at … said"
    rf"|,\s+(?:a|an|the)\s[^,:;“”\"]{{1,100}}?(?=\s+(?:{VERB})\b)"
    # or a post with no article before a verb of being or having, a comma closing it or not:
    # "Pertti Porokari, chairperson of the Union of Professional Engineers in Finland UIL was
    # shocked" (not before what the person considers: "…, head of design at Remedy, considers
    # the game to be the studio’s “masterpiece”")
    rf"|,\s+{_LOWER_ROLE}[^,:;“”\"]{{0,100}}?,?(?=\s+(?:was|is|were|are|has|had)\b))?"
)
# "He’s", "she'd": a pronoun's contraction, which a name's pattern would read as a name.
_CONTRACTED = rf"{PRONOUN}[’'](?:s|d|ll)\b"
SENTENCE_SUBJECT = re.compile(
    rf"^\s*{_DATELINE}{_SCENE}(?:{_AGE_BEFORE_NAME})?"
    rf"(?P<who>[Tt]he\s+(?:{_SUBJECT_DESCRIPTION}|{_LOWER_ROLE})"
    rf"|[Aa]n?\s+{_LOWER_ROLE}"
    rf"|{ROLE_THEN_NAME}(?=\s+[a-z])"
    rf"|(?!{_CONTRACTED}|The\s+[{CAPITALS}]){TITLED_NAME}(?:{_WHO_CLAUSE}|{_WHAT_THEY_ARE})"
    # after a scene set: "When asked about his emotions, the Sauber driver admitted …"
    rf"|the\s+{_FIRM_AND_ROLE}(?=\s+[a-z])"
    rf"|(?P<pronoun>{PRONOUN}))"
    # "He’s still just as funny, replying that he “…”": a pronoun's contraction, never a
    # name's possessive ("Aino’s film").
    r"(?(pronoun)(?:[’'](?:s|d|ll))?)"
    # (an aside in brackets may follow: "The German (267.5 points) showed the longest jump")
    rf"(?:{_ASIDE})?\s+[a-z]"
)
# His self-declared ambition “to build with humbleness”: a fragment that the words right
# before it call someone's own (his or her, then a word or two, none a preposition) is theirs;
# also what that is: "a big part of his day-to-day work is “continuing to protect them.”"
POSSESSOR_BEFORE = re.compile(
    rf"\b(?P<who>{_POSSESSIVE})(?:\s+(?!(?:{_LINKING})\b)"
    r"[a-z][\w’'-]*){1,2}(?:\s+(?:is|was))?,?\s*$"
)
# CMO Sami Pienimäki makes no secret of the focus: “…”   (a person, then a colon; no verb)
# (Not a title cut short before its own "of": "Minister of Employment NAME, welcomed …:".)
# A semicolon may stand for the colon: "NAME spoke on their victory on the night; ‘…’".
# (Or what the person is: "Discussing stability, the foreign minister commended the Kingdom,
# stating: “…”".)
# (The name may close an apposition opened before it: "…, Helenius’ trainer, Johan
# Lindström, was screaming excitedly to his protege …:".)
COLON_SUBJECT = re.compile(
    rf"(?P<who>{TITLED_NAME}{APPOS}|\b[Tt]he\s+{_LOWER_ROLE}|(?<=,\s)(?P<closing>{TITLED_NAME})(?=,))"
    rf"(?(closing),)(?=\s+(?!(?:{_TITLE_JOINER})\b)[a-z][^“”\":;.!?]*[:;]\s*$)"
)
# Working for the chipset company, Ball’s wish list is specific: “…”   (a sentence whose subject
# is what a person has, ending in a colon: the words are the possessor's)
POSSESSOR_COLON = re.compile(
    rf"^\s*{_SCENE}(?P<who>{NAME_WORD}(?:{GAP}{NAME_WORD}){{0,2}})[’']s\s+[a-z][^“”\":;.!?]*:\s*$"
)
# Mika Ihamuotila, President and CEO: “…”   (a release's full name and title, a colon)
NAME_ROLE_COLON = re.compile(
    rf"^\s*(?P<who>{NAME_WORD}{GAP}{NAME_WORD}(?:{GAP}{NAME_WORD})?,\s+[^:;“”\"]{{1,80}}?)\s*:\s*$"
)
# Fiskars President and CEO, Kari Kauniskangas: "…"   (a release's title, then the full name
# after a comma, a colon; the apposition the other way round)
ROLE_NAME_COLON = re.compile(
    rf"^\s*(?P<description>[{CAPITALS}][^,:;“”\"]{{1,80}}?),\s+"
    rf"(?P<who>{NAME_WORD}{GAP}{NAME_WORD}(?:{GAP}{NAME_WORD})?)\s*:\s*$"
)
# Finnish coach Niemela: “The key to winning is …”   (a headline: who, a colon, the words)
# (Also to whom, after a section's label and a bar: "The new president | Stubb to his spouse:
# “I know this is a huge sacrifice from you”"; or as an item of a list: "• Miller: “…”".)
HEADLINE_WHO = re.compile(
    rf"^\s*(?:[•▪‣◦*]\s*)?(?:[^|:“”\"\n]{{1,40}}\|\s*)?(?P<who>(?:[\w’'-]+{GAP}){{0,4}}{NAME_WORD})"
    # (a dash may stand for the colon: "Sofi Oksanen – “It was quite obvious …”")
    rf"(?:{GAP}to{GAP}[\w’' -]{{1,40}})?(?::|\s+[–—])\s*$"
)
# Ahtisaari "extremely pleased" with Nobel Peace Prize   (a headline: a name, then the words
# quoted, with no verb between; not `His “informativeness principle” showed …`)
NAME_THEN_WORDS = re.compile(
    rf"^\s*(?!(?:{_POSSESSIVE}|{PRONOUN})\b)(?P<who>(?:{NAME_WORD}{GAP}){{0,3}}{NAME_WORD})\s*$"
)
# The participles of speech that both `PARTICIPLE` and `WITH_SAYING` read.
_SPEAKING = "saying|adding|noting|stating|warning|insisting|arguing"
# NAME, ROLE, expressed his alarm, saying “…” (or saying that …): the words are the sentence
# subject's.
PARTICIPLE = re.compile(rf"(?:,\s+|\s+(?=\w+:))(?:{_SPEAKING}|explaining)\b")
# "Mr. Cao Wencha congratulated Ms. Liu saying, “…”": after a verb that addresses someone, the
# participle needs no comma to be the subject's (unlike "He could imagine them saying: “…”").
ADDRESSED_SAYING = re.compile(
    r"\b(?:congratulat|thank|greet|welcom|prais|encourag|reassur|remind|comfort|invit|urg)"
    rf"[a-z]*\s+(?:(?:Mrs?|Ms|Dr|Prof)\.|[^,.;:!?“”\"]){{1,40}}?\s+"
    rf"(?P<participle>(?:{_SPEAKING})\b)"
)
# “… on Friday, September 30.” This was stated by the Minister of Foreign Affairs Pecca
# Haavisto, reports Yle.   (a translation's passive: the sentence after the words names whose)
# (Also "“…” — these are the words that Prime Minister NAME repeated", "those were the words
# of NAME".)
STATED_BY = re.compile(
    r"^\s*(?:[—–-]\s*)?(?:(?:This|That|It|These\s+words|The\s+words)\s+(?:was|were)\s+"
    r"(?:stated|said|announced|declared|written|noted|posted|tweeted|told)\s+by\s+"
    r"|(?:[Tt]hese|[Tt]hose|[Tt]hat|[Tt]his)\s+(?:are|were|is|was)\s+(?:the\s+)?words\s+"
    r"(?:of|that|which)\s+)"
    # (What the person is may come first: "by the head coach of the Lions Jukka Jalonen".)
    # (The body's words taken as few as may be, the name as many.)
    rf"(?:the\s+)?(?:{_FIRM_AND_ROLE}(?:{_OF_A_BODY}(?:{_BODY_WORD}){{1,3}}?)?{GAP})?"
    rf"(?P<who>{TITLED_NAME})"
)
# "…, with Minister of Public Administration Jaak Aab saying that the goal was “not
# realistic.”": a person the sentence adds with a participle of speech, the words theirs; what
# they are may stand between: "with Japanese Prime Minister NAME, who served as honorary
# chairman of the Expo, saying in an address: “…”".
# (Or of a post: "…, with Billström posting on X, “…”".)
WITH_SAYING = re.compile(
    rf"\bwith\s+(?P<who>{TITLED_NAME}|{ROLE_THEN_NAME})(?:,\s+[^,“”\":;]{{1,100}},)?\s+"
    rf"(?:{_SPEAKING}|calling|posting|writing|tweeting)\b[^“”\"]*$"
)
# Each person (with any apposition) or pronoun followed by a verb, from each place in the
# sentence: "In March, Aino Virtanen, Minister of Trade, voiced" holds "Aino Virtanen, …".
# A stray comma may part the subject from a verb in the past: "Aino Virtanen, welcomed", or
# from an adverb and its verb ("His teammate, Patrik Laine, jokingly emphasizes"). A possessive
# opens no clause: "His teammate" is no "he" doing something.
CLAUSE_SUBJECT = re.compile(
    rf"\b(?=(?P<who>(?!(?:{_POSSESSIVE})\b){TITLED_NAME}{APPOS}|{PRONOUN})"
    r"(?:,(?=\s+(?:[a-z]+ly\s+[a-z]+(?:s|ed)|[a-z]+ed)\b))?"
    rf"\s+(?!(?:{_LINKING}|as)\b)[a-z])"
)
# In the words of Kurt Cobain, it’s “come as you are”.   In Koskinen's words, “…”   In his
# own words, “…”   (whose words the quotation is, said before it in its sentence)
IN_WORDS_OF = re.compile(rf"\b[Ii]n\s+the\s+words\s+of\s+(?P<who>{TITLED_NAME})")
IN_OWN_WORDS = re.compile(rf"\b[Ii]n\s+{_OWNER}\s+(?:own\s+)?words\b")
# Said NAME, ROLE: “…”   (the verb first, capitalised, opening the sentence)
INVERTED_BEFORE = re.compile(
    rf"^\s*(?:{'|'.join(v.capitalize() for v in SPEECH_VERBS if ' ' not in v)})"
    r"\s+(?P<who>[^:;“”\"]+?)\s*[:,]\s*$"
)
# The market is hard, says division President NAME: “…”   (the verb and then the person, after
# the writer's clause and a comma, the words after a colon)
VERB_WHO_COLON = re.compile(rf",\s+(?:{VERB})\s+(?P<who>[^!?:;“”\"]+?)\s*:\s*$")
# “…,” Paananen quoted Masayoshi Son as saying: the words are the second person's.
# PM @MarinSanna: "…"   (a post quoted under its author's handle)
HANDLE_BEFORE = re.compile(r"(?P<who>@\w+):\s*$")
# The name in a credit: "— Name, title" under words, "“…” – Name, title" after them.
_CREDITED = rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})"
# “…” – Mikko Koivumaa, Embassy of Finland Tokyo.   (a credit after a dash, on the same line;
# a hyphen with spaces stands for the dash in headlines: "'…' - Raikkonen"; so does a tilde,
# as blogs set an epigraph's credit: "“A mind is like a parachute. …” ~ Frank Zappa")
_CREDIT_DASH = r"^\s*(?:[–—~]|-(?=\s))\s*"
AFTER_DASH_WHO = re.compile(rf"{_CREDIT_DASH}(?P<who>{_CREDITED}(?:,[^“”\"]*)?)$")
# "…" - Frank Martela PhD Psychology, Aalto University   (a degree after the name, no comma:
# it and what follows describe the person)
_DEGREE = r"(?:Ph\.?D|M\.?D|MBA|M\.?Sc|D\.?Sc|DPhil|LL\.?M)\b\.?"
AFTER_DASH_DEGREE = re.compile(
    rf"{_CREDIT_DASH}(?P<who>{_CREDITED})\s+(?P<description>{_DEGREE}[^“”\"]*?)\.?\s*$"
)
# '…' - Raikkonen   (a headline credits its quotation by surname alone)
AFTER_DASH_SURNAME = re.compile(rf"{_CREDIT_DASH}(?P<who>{NAME_WORD})\s*$")
# "We spoke with Fingrid’s CEO Jukka Ruusunen." over the words: the writer's interview names
# who answers.
# How the writer says they talked with someone, done and (in an intro) about to be.
_TALKED = r"spoke|talked|chatted|caught\s+up|sat\s+down"
_TALKING = r"speak|talk|chat|catch\s+up|sit\s+down"
INTERVIEWED = re.compile(
    rf"\b(?:[Ww]e|I)\s+(?:{_TALKED})\s+(?:with|to)\s+"
    r"(?P<who>[^.,;:!?“”\"]+?)\s*[.:]?\s*$"
)
# "Finnair CEO NAME spoke to The CEO Magazine about …" over a paragraph of words alone: the
# person who talked to the writer's paper answers in it (not "caught up with": a race's).
TALKED_TO = re.compile(rf"(?P<who>{TITLED_NAME})\s+(?:spoke|talked|chatted)\s+(?:with|to)\b")
# "We figured there was no better time to catch up with the flying Finn, NAME, of …" or "NAME
# was asked when …" over a paragraph of words alone: whom the writer talks to, or who was
# asked, answers. `rest` holds the name, wherever in it the name stands.
INTERVIEW_INTRO = re.compile(
    rf"\b(?:[Ww]e|I)\b[^.!?“”\"]{{0,60}}?\b(?:{_TALKED}|{_TALKING})\s+(?:with|to)\b"
    r"(?P<rest>[^.!?“”\"]*)"
)
WAS_ASKED = re.compile(rf"(?P<who>{TITLED_NAME}|{PRONOUN})\s+was\s+(?:then\s+|also\s+)?asked\b")
# A person's full name in such an introduction ends a phrase, or precedes where or what about:
# "catch up with …, NAME, of the team", "sat down with NAME to talk"; not "Silver Arrows very
# own flying Finn", a team's name describing the person.
INTRODUCED_NAME = re.compile(
    rf"{NAME_WORD}{GAP}{NAME_WORD}(?=\s*(?:[,.;:)]|$)|\s+(?:to|about|of|at|in|on|for|from"
    r"|ahead|before|after|during|and|who)\b)"
)
# "We are pleased to present an exclusive interview with President Tarja Halonen, who …": the
# person an interview is with, who answers the questions put to "you" in it. So is a Q&A's:
# "Heikki Kovalainen Q&A: The last of a dying breed in SUPER GT", "a Q&A with NAME".
INTERVIEW_WITH = re.compile(
    rf"\b(?:interview(?:ed)?|Q&A)\s+with\s+(?P<who>{TITLED_NAME})"
    rf"|(?P<subject>{TITLED_NAME})\s+Q&A\b"
    # "We recall the interview Stubb gave to the portal in March 2022"
    rf"|\binterview\s+(?P<giver>{TITLED_NAME})\s+gave\b"
)
# "Last week, you wrote on Twitter: “…” Could you explain …?": the interviewer quotes the one
# interviewed back to them.
YOU_SAID = re.compile(rf"\b[Yy]ou\s+(?:have\s+|had\s+)?(?:{VERB})\b[^.!?“”\"]*?[:,]?\s*$")
# "The person interviewed on the video is Michael Hornborg, an organic farmer …" over words
# alone: the one the piece says it interviewed answers.
INTERVIEWEE_IS = re.compile(
    rf"\binterview(?:ed|ee)\b[^.!?“”\"]{{0,60}}?\b(?:is|was)\s+(?P<who>{TITLED_NAME})"
)
# "Lauri Hantula, 45, raises livestock …": a paragraph opening on a name and an age profiles
# the person.
PROFILED = re.compile(rf"^\s*(?P<who>{TITLED_NAME}),\s+\d{{1,3}},\s+[a-z]")
# “The beginning of all wisdom is the acknowledgement of facts.” President J.K. Paasikivi used
# these words to describe …: the sentence after names whose words they are (initials run
# together allowed).
USED_THESE_WORDS = re.compile(
    rf"^\s*(?P<who>(?:{NAME_WORD}{GAP})*?(?:[{CAPITALS}]\.){{1,3}}{GAP}?{NAME_WORD}|{TITLED_NAME})"
    r"\s+(?:(?:had|has|once)\s+)?(?:used|uttered|coined|spoke|wrote)"
    r"\s+(?:these|those|this|the)\s+(?:very\s+)?(?:words?|phrase|lines?|sentence)\b"
)
# “… on the walls and ruins…” Aino Ackté 1912   (a full name and a year, and nothing more
# after the words: an epigraph's credit, without a dash; not "VIA Al Jazeera", a source)
AFTER_NAME_ALONE = re.compile(rf"^\s+(?P<who>{_CREDITED}),?\s+\(?\d{{4}}\)?\s*$")
# “Lars felt so sorry ….” Apocalyptica's Eicca Toppinen on stoned soundguys, …   (a headline:
# the words, then whose they are and what about, as magazines write them; the band's or the
# paper's name may own the name)
NAME_ON_TOPIC = re.compile(
    rf"^[:\s]*(?:{NAME_WORD}[’']s{GAP})?(?P<who>{NAME_WORD}(?:{GAP}{NAME_WORD}){{1,2}})"
    rf"{GAP}on{GAP}[a-z]"
)
# “I’m so happy that I’m back on the podium.”Krista Parmakoski (FIN)   (a whole sentence quoted,
# then only the name, a country's code perhaps: the credit of the words; or the name in
# brackets, as a motto's credit: “To encourage every woman to be herself …” (cit. Armi Ratia).)
AFTER_NAME_CREDIT = re.compile(
    rf"^\s*(?P<open>\((?:cit\.\s*)?)?"
    rf"(?P<who>{NAME_WORD}{GAP}{NAME_WORD}(?:{GAP}{NAME_WORD})?)"
    rf"(?(open)\)\.?|(?:{GAP}\([A-Z]{{3}}\))?)\s*$"
)
# (Also as a paper reported or cited them: "“…,” Finnish public broadcaster Yle reported
# Vesterbacka as saying"; or a description of the person: "news agency Kyodo quoted the
# 33-year-old as saying".)
QUOTED_AS = re.compile(
    r"\b(?:quoted|reported|cited)\s+"
    rf"(?P<who>{TITLED_NAME}{APPOS}|the(?:{GAP}[\w’'-]+){{1,4}}?)\s+as\s+saying\b"
)
# "Following are excerpts from BOJ Governor Kazuo Ueda's comments at his news conference, …:"
# over the words themselves (Reuters' form): whose words the paragraphs under it are.
EXCERPTS_OF = re.compile(
    r"\b(?:[Ee]xcerpts|[Hh]ighlights|[Ee]xtracts|[Kk]ey quotes)\s+(?:from|of)\s+"
    rf"(?P<who>{TITLED_NAME})[’']s\s+(?:comments|remarks|speech|testimony|statement|answers)\b"
)
# "“The odds are fifty-sixty,” Finns often quote him": others quote the person the pronoun
# stands for.
QUOTE_HIM = re.compile(
    rf"^[\s,]*(?:[{CAPITALS}][\w’'-]*\s+){{1,3}}(?:[a-z]+\s+)?quote[sd]?\s+(?P<who>him|her)\b"
)
# "It's true – he confirmed - I read it somewhere.", "“I think every Finn has content in itself –
# he says in the interview with Courier the Prime Minister of Finland, Sanna Marin – and that
# means …”": a reporting clause set between dashes inside the marks, as Italian and Spanish
# reports write it. It parts the words in two (`INSERTED`); its speaker is the name the clause
# ends on (`INSERTED_NAME`), or the description right after its verb (`INSERTED_DESCRIBED`),
# else whoever stands before the verb (`INSERTED_BEFORE`): not "the interview" in "– he says
# in the interview –".
_INSERTED_WHO = rf"(?:{TITLED_NAME}|{PRONOUN}|{DESCRIPTION})"
_INSERTED_DASH = r"\s[–—-]\s*"
_INSERTED_VERB = rf"{_INSERTED_DASH}(?:(?:he|she)\s+)?(?:{VERB})\b"
INSERTED = re.compile(
    rf"{_INSERTED_DASH}(?:{_INSERTED_WHO}\s+)?(?:{VERB})\b[^–—“”\"]{{0,150}}?\s*(?P<closing>[–—-])\s"
)
INSERTED_NAME = re.compile(
    rf"^{_INSERTED_VERB}[^–—“”\"]{{0,150}}?(?<![\w-])(?P<who>{TITLED_NAME})\s*[–—-]\s"
)
INSERTED_DESCRIBED = re.compile(rf"^{_INSERTED_VERB}\s+(?P<who>{DESCRIPTION})\s*[–—-]\s")
INSERTED_BEFORE = re.compile(rf"^{_INSERTED_DASH}(?P<who>{_INSERTED_WHO})\s+(?:{VERB})\b")
# The Finnish company reached a “landmark” deal with Telefonica, Suri said.
LATER_SAID = re.compile(rf",\s+(?P<who>{TITLED_NAME}|{PRONOUN}|{DESCRIPTION})\s+(?:{VERB})\b")
# The verb first, ending the sentence: "Mobile phone throwing is “the only sport where …”
# caused by this modern equipment, said Christine Lund, the creator of the championships."
LATER_SAID_INVERTED = re.compile(
    rf",\s+(?:{VERB})\s+(?P<who>{TITLED_NAME}|{DESCRIPTION})(?:,\s+[^,.!?“”\"]{{1,80}})?\s*$"
)
# "Finavia’s plan has progressed on schedule, said Haapasaari in a tone of pleasure. “…”": a
# sentence of reported speech that credits its person after the verb, a circumstance or what
# the person is perhaps after the name ("…, added NAME, professor at the University of
# Helsinki. “…”"), then the words.
VERB_WHO_ENDING = re.compile(
    rf",\s+(?:{VERB})\s+(?P<who>{TITLED_NAME}|{DESCRIPTION})"
    r"(?:\s+(?:in|with|at|on|during|after|before|to|from)\b[^.!?“”\"]{0,60}"
    r"|,\s+[A-Za-z][^.!?“”\"]{0,80})?[.!]\s*$"
)
# When: "Rehn on Friday told Helsingin Sanomat that …".
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The sentence's reporting clause: NAME[, ROLE,] said that the company “…”, the Finn said he
# was “…”. A stray comma before the verb is allowed: "Chief Commercial Officer Ole Orvér,
# said “…”". So is a clause about the person, or "who" standing for them: "NAME, who …,
# describes his …", "NAME, who describes the “…”"; and a word before the verb: "NAME, ROLE,
# has said the birth rate is a “top priority”". Where they posted, or the day, may stand
# before the verb: "the minister on Twitter described the paper as “…”", "Rehn on Friday told
# Helsingin Sanomat that …".
SUBJECT = re.compile(
    rf"(?P<who>{TITLED_NAME}(?:{APPOS}|{_WHO_CLAUSE})|{PRONOUN}|\bthe\s+{_NOUN_DESCRIPTION}"
    # what the person is, in lower case: "The populist apparently joked with …"
    rf"|\b[Tt]he\s+{_LOWER_ROLE})"
    # where the person is from or a clause about them, set off by commas: "The nurse, from
    # Stoke-on-Trent, who is due to fly out on December 3, told the Press Association: “…”"
    r"(?:,\s+(?:from|of|in|who)\b[^,“”\":;]{1,60}){0,2}"
    rf"(?:\s+on\s+(?:{'|'.join((*PLATFORMS, *WEEKDAYS))}))?"
    rf",?\s+(?:who\s+)?{_BEFORE_VERB}(?:{VERB})\b"
)
# Sami Rintala, when do you work with wood?   (an interviewer's question, the answers follow)
ADDRESSED = re.compile(rf"^\s*(?P<who>{NAME_WORD}{GAP}{NAME_WORD}),\s+[a-z][^.!“”\"]*\?\s*$")
# Toni Rajala   (a line that is only a name, heading the quotation under it; a title may
# stand first: "Coach Jukka Jalonen". `People.names_one` tells a name from other headings.)
# Kerry King, Slayer   (the name may be followed by a comma and the band, team or firm)
NAME_HEADING = re.compile(
    rf"^\s*(?P<who>{NAME_WORD}(?:{GAP}{NAME_WORD}){{1,3}})"
    rf"(?:,\s+[{CAPITALS}][\w’'&.-]*(?:\s+[{CAPITALS}][\w’'&.-]*){{0,3}})?\s*$"
)
# Tarja Halonen:   Halonen:   (an interview's label, a colon after the name, over the answer)
# "Marcus Gronholm [BP Ford WRT]:": a side in brackets after the name says a person answers;
# so does a post after a comma: "Mikael Kuitunen, chief physician of Hus’ pediatric …:".
NAME_LABEL = re.compile(
    rf"^\s*(?P<who>{NAME_WORD}(?:{GAP}{NAME_WORD}){{0,3}})"
    r"(?:(?P<side>\s*\[[^\]\n]+\]|\s*\([^)\n]+\))|,\s+(?P<post>[^:“”\"\n]{1,120}))?:\s*$"
)
# Gold Medallist - PARVIAINEN, Aki (FIN)   (a results sheet's line: the family name in
# capitals, the given name, the country's code; heading the words of that athlete under it)
_LOWER = "a-zß-ÿ"  # Latin-1 letters too: ZELEZNY, Jan; ÖBERG, Åsa
_GIVEN = rf"[{CAPITALS}][{_LOWER}’'-]+"
RESULTS_NAME = re.compile(
    rf"(?P<family>[{CAPITALS}][{CAPITALS}’'-]+),\s+(?P<given>{_GIVEN}(?:[\s-]{_GIVEN})?)"
    r"\s+\([A-Z]{3}\)\s*$"
)
# … was a commentator for the Japanese Asahi TV Yohei Onishi.   Head coach Atsushi Uchiyama:
# (a paragraph ending in a full name after a title or a firm, presenting whoever speaks in
# the next; not "… the Baltic Sea.", nor a photo credit "Image: Slush/Petri Anttila")
NAME_ENDING = re.compile(
    rf"(?:^|\s)(?P<before>\S+){GAP}(?P<who>{NAME_WORD}{GAP}{NAME_WORD})\s*[.:]?\s*$"
)
# …, write NAME and NAME in their opinion piece.   (a paragraph without quotation marks)
# Not after "told" or "tells": the name after them is who was told ("Purra on Thursday told
# MTV Uutiset that …").
_INVERTED_VERB = _alternation(v for v in SPEECH_VERBS if v not in {"told", "tells"})
VERB_SUBJECT = re.compile(rf"\b(?:{_INVERTED_VERB})\s+(?P<who>{TITLED_NAME})")
NAME_LINE = re.compile(rf"^(?P<dash>\s*(?:[—–]|--?)\s*)?{_CREDITED},\s+(?P<title>[^.“”\"]+)$")
# “…” on its own line, then "– Harri Koskinen, Design Director of Iittala." under it: a dash,
# a full name and a title (a full stop allowed) credit the words above; they are no one's words.
CREDIT_LINE = re.compile(rf"^\s*(?:[—–]|--?)\s*(?P<who>{_CREDITED}(?:,\s+[^“”\"]+?)?)\.?\s*$")
# “…” on its own line, then "Jasper Pääkkönen – owner, Löly Spa, Helsinki Finland" under it:
# a full name, a dash and a post credit the words above, as a dash before the name does.
NAME_DASH_POST = re.compile(rf"^\s*{_CREDITED}\s+[—–]\s+(?P<title>[^.“”\"]+?)\.?\s*$")
# Overlapping pairs of capitalised words: "CEO Tomas Harju-Jeanty" holds "Tomas Harju-Jeanty".
PERSON = re.compile(rf"(?=\b({NAME_WORD}){GAP}({NAME_WORD})\b)")
# Aleksander “Sasha” Barkov, Teemu (The Finnish Flash) Selanne: a nickname in marks or brackets
# between a given name and a surname is part of neither; nor is how to say the given name
# ("Eicca (pronounced Ay-Ka) Toppinen").
# (Its nickname is whom a "Serral admitted" later stands for: Joona ‘Serral’ Sotala.)
NICKNAMED = re.compile(
    rf"\b(?P<first>{NAME_WORD}){GAP}"
    rf"(?:[“\"‘(](?P<nickname>[{CAPITALS}][^“”\"‘’()\n]{{0,40}})|\(pronounced\s[^“”\"()\n]{{0,40}})"
    rf"[”\"’)]{GAP}(?P<last>{NAME_WORD})\b"
)
# A word or a paragraph's start, then three words that may be names ending there: "General
# Rafael Mariano Grossi was", "Inka Saara Arttijeff and her family".
THREE_NAMES = re.compile(
    rf"(?=(?:(?<!\S)(\S+){GAP}|(?<![^\n]))"
    rf"({NAME_WORD}){GAP}({NAME_WORD}){GAP}({NAME_WORD})\b(?!{GAP}[{CAPITALS}]))"
)
APPOSITION = re.compile(
    rf"\b(?P<name>{NAME_WORD}{GAP}{NAME_WORD}),\s+(?:the\s+|a\s+|an\s+)?(?P<role>[^,.“”\"\n]+?),"
)
# "Read Also: This Finnish guy gets a $600 per month 'basic income' for doing nothing": a line
# linking to another article, whose headline quotes and names nobody in this one.
LINK_TO_ANOTHER = re.compile(
    r"\s*(?:(?:read|see)\s+(?:also|more)|also\s+read"
    r"|(?:related|recommended)(?:\s+(?:articles?|stories|news|reading))?)\s*:",
    re.IGNORECASE,
)
# Capitalised at a sentence's start or as a date, never part of a name: "As Okada summed up".
NOT_NAMES = {
    "As",
    "In",
    "On",
    "At",
    "But",
    "And",
    "When",
    # Nor a question's word: a translation's doubled "What What happened …" names no one.
    "What",
    "Why",
    "Where",
    "How",
    "While",
    "The",
    "A",
    "An",
    "Then",
    "Now",  # "Now Nokia is increasing its base station shipments": no given name
    "So",
    "Yet",
    "If",
    "For",
    "With",
    # A preposition a translation capitalised before a name: "Head coach To Jukka Jalonen".
    "To",
    "By",
    "Of",
    "According",
    "After",
    "Before",
    "Since",
    "From",
    "Although",
    "Though",
    "Because",
    "Despite",
    "Given",  # "Given Darude can’t hold a tune …"
    "Meet",  # a feature's "Meet Riho Suzuki, an exchange student who …"
    "Unlike",
    "Until",
    # A day or a month after a company is a date, not a surname: "Wärtsilä Wednesday
    # announced". (Not May, June, April or August: they are names too.)
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    # "Yesterday Billström said he agreed …": when, not a given name.
    "Yesterday",
    "Today",
    "Tomorrow",
    "Tonight",
    # A feast is a day: "on the night between Christmas Eve and Christmas Day" names no one.
    "Christmas",
    "Easter",
    "January",
    "February",
    "March",
    "July",
    "September",
    "October",
    "November",
    "December",
    # Nor is the word before a day a title: "Last Wednesday NAME announced".
    "Last",
    "Next",
    "This",
    # Nor is a word of degree, in a sentence or a title: "Endless Forms Most Beautiful", or a
    # page's links: "More Stories".
    "Most",
    "More",
    # Nor is a preposition made of a participle: "Following Finland’s impressive 2023 entry".
    "Following",
    "Including",
    "Regarding",
    "Concerning",
    "Considering",
    # Nor is an adjective of time made of a participle: "Upcoming Android phones made “in
    # tight collaboration with Google”" names no "Upcoming Android".
    "Upcoming",
    "Incoming",
    "Outgoing",
    "Ongoing",
    # Nor is a determiner opening a sentence: "All Wolt shareholders …", "Both Salo and Virta".
    "All",
    "Any",
    "Another",
    "Both",
    "Each",
    "Every",
    "Few",
    "Many",
    "Other",
    "Several",
    "Some",
    "Such",
    # Nor is a verb of being, as a headline capitalises it: "Finland Is Once more the World’s
    # Happiest Nation" names no "Finland Is".
    "Is",
    "Are",
    "Was",
    "Were",
    # Nor is the helping verb that opens a question: "Did Kaurismäki say that alcohol
    # destroyed his life?" (Not Will or Can: names too.)
    "Did",
    "Does",
    "Do",
    "Has",
    "Have",
    "Had",
    "Would",
    "Could",
    "Should",
    # Nor is a reporting verb a headline capitalises: "Summit to 'Put America in Better
    # Place', Sec. of State Pompeo Says" names no "Pompeo Says".
    "Says",
    "Tells",
    "Warns",
    "Admits",
    "Claims",
    "Insists",
    "Urges",
    # Nor is a linking adverb opening a sentence with no comma after it: "However Ohisalo was
    # not able to say …".
    "However",
    "Meanwhile",
    "Nevertheless",
    "Nonetheless",
    "Moreover",
    "Furthermore",
    "Therefore",
    "Instead",
    "Indeed",
    # Nor is an interjection, as a headline's pun has it: "Oh Lordi - Eurovision goes Metal".
    "Oh",
    "Ah",
    "Wow",
    # Nor is a greeting before the name of whom it greets: "“Hey Joonas – thanks for …”".
    "Hey",
    "Hi",
    "Hello",
    "Dear",
}
# A word that begins a side's name, never part of a person's: "named to Team Finland, said"
# (though it stays in a title: "Team Finland coach Mira Kuisma").
SIDE_WORDS = {"Team"}
# The adjective of a nation never begins a person's name: "Finnish UPM states commitment to
# Asia" names a company. (Not English, French or Welsh: surnames too.)
NATION_ADJECTIVES = {
    "Asian",
    "British",
    "Chinese",
    "Danish",
    "European",
    "Finnish",
    "Icelandic",
    "Irish",
    "Japanese",
    "Nordic",
    "Norwegian",
    "Polish",
    "Portuguese",
    "Russian",
    "Scandinavian",
    "Scottish",
    "Spanish",
    "Swedish",
    "Taiwanese",
    "Turkish",
    "Vietnamese",
}
# Nor is a nation's name part of a person's: the headline "Finland Chooses F-35 Over Super
# Hornet" names nobody "Finland Chooses". (Not Jordan, Chad, Israel, Georgia, India, Asia,
# Holland, England, Ireland or France: names too.)
NATIONS = {
    "Afghanistan",
    "Australia",
    "Austria",
    "Belarus",
    "Belgium",
    "Brazil",
    "Britain",
    "Canada",
    "China",
    "Denmark",
    "Estonia",
    "Europe",
    "Finland",
    "Germany",
    "Greece",
    "Hungary",
    "Iceland",
    "Iran",
    "Iraq",
    "Italy",
    "Japan",
    "Korea",
    "Latvia",
    "Lithuania",
    "Mexico",
    "Netherlands",
    "Norway",
    "Poland",
    "Portugal",
    "Russia",
    "Scandinavia",
    "Spain",
    "Sweden",
    "Switzerland",
    "Syria",
    "Ukraine",
}
# As NAME, ROLE explains, “…”   (the role runs on to the verb, no comma closing it; it may be
# written in lower case: "Keith Williams, chief executive of British Airways said, “…”")
BEFORE_ROLE = re.compile(
    rf"^\s*(?:[Aa]s\s+)?(?!(?:{'|'.join(sorted(NOT_NAMES))})\b)"
    rf"(?P<who>{NAME},\s+[A-Za-z][^:;“”\"]*?)\s+(?:{VERB})\b[^“”\":.]*[:,]\s*$"
)


# "the Foreign Minister of Finland, Pekka Haavisto met …": a title, a comma, then the name.
TITLE_THEN_NAME = re.compile(
    rf"(?P<title>(?:[{CAPITALS}][\w’'-]*{GAP})*(?:{'|'.join(sorted(TITLE_WORDS))})"
    rf"(?:{GAP}(?:of|for|to){GAP}[{CAPITALS}][\w’'-]*(?:{GAP}[{CAPITALS}][\w’'-]*)*)?)"
    rf",{GAP}(?P<name>{NAME_WORD}{GAP}{NAME_WORD})\b"
)


# The last word of an organization's, an event's or a place's name, never of a person's:
# "Okayama University and others have stated" is no one's statement, "President Hiroshi
# Makino of Okayama University" ends with his employer, and "the EU-Japan Summit" holds no
# "Japan Summit".
NOT_PERSON_ENDINGS = {
    # Military units: "Troops from the Kainuu Brigade" is nobody a later "he" stands for.
    "Army",
    "Battalion",
    "Brigade",
    "Corps",
    "Guard",
    "Navy",
    "Regiment",
    "Administration",  # "a committee member with the … Election Administration told NHK"
    "Agency",
    "Airlines",
    "Airways",
    "Alliance",
    "Association",
    "Authority",
    "Bank",
    "Bureau",
    "Center",
    "Centre",
    "Coalition",
    "College",
    "Commission",
    "Committee",
    "Company",
    "Conference",
    "Contest",
    "Corp",
    "Corporation",
    "Council",
    "Court",
    "Defence",  # "the Finnish Civil Defence headquarters"
    "Defense",
    "Department",
    "Embassy",
    "Exchange",  # "the Helsinki Stock Exchange"
    "Entertainment",
    "Federation",
    "Festival",
    "Expo",  # "the 1970 World Expo, held in …" names no one a later clause stands for
    "Exposition",
    "Week",  # "Kari Korkman, the founder and director of Design Week in Helsinki" then "he says"
    # "Annu Kemppainen from the Helsinki Pride Community", the "Helsinki Pride Parade" under
    # her words: an event and the people behind it, no one's name.
    "Community",
    "Parade",
    "Foods",  # "Arla Foods said that it has …"
    "Affairs",  # "the Ministry for Foreign Affairs states"
    "Forum",
    "Force",
    "Foundation",
    "Government",
    "Group",
    # A chamber or a building: "the previous Upper House election" names no "Upper House".
    "House",
    "Holdings",
    "Hospital",
    "Inc",
    "Industries",
    "Institute",
    "Initiative",  # "the Crisis Management Initiative"
    "Laboratory",
    "League",
    "Movement",  # "the separatists of the Free Aceh Movement"
    "Order",  # "the game's developer Colossal Order", "the Teutonic Order"
    "Ltd",
    "Ministry",
    "Museum",
    "Church",  # "the Evangelical Lutheran Church of Finland" is nobody a pronoun stands for
    "Organisation",
    "Organization",
    "Oy",
    "Oyj",
    "Plc",  # "Konecranes said …" is the firm's statement, as "Konecranes Plc" shows
    "PLC",
    "GmbH",
    "LLC",
    "Parliament",
    "Party",
    "Police",
    "School",
    "Services",  # "Head of Information Services at Statistics Finland NAME"
    "Society",
    "Solutions",
    "Summit",
    "Systems",
    "Technologies",
    "Union",
    "University",
    # Newspapers: "In a comment to Helsingin Sanomat, Jorma Ollila, former CEO of Nokia, says".
    "Gazette",
    "Guide",  # "“The cooking focuses on …”" over a line "Michelin Guide"
    "Herald",
    "Journal",
    "Magazine",
    "Nyheter",  # Dagens Nyheter
    "Sanomat",
    "Shimbun",
    # Broadcasters' desks: "Speaking to Yle Sports on Saturday, the 20-year-old said …" then
    # "“…,” he said" is the athlete's, not a "Yle Sports".
    "Sports",
    "Times",
    "Tribune",
    "Uutiset",
    # Places: "Metsa says" is no person's name for "the Metsa Village".
    "Airport",
    "Avenue",
    "Prefecture",
    "Province",
    # Japanese municipalities as translations name them: "Earthquake in Noto Town, Ishikawa
    # Prefecture" then "she said" is no "Noto Town"'s.
    "City",
    "Town",
    "Square",
    "Station",
    "Plant",  # "the Fukushima No. 1 Nuclear Power Plant" names no "Power Plant"
    # Venues: "the capacity crowd at Nokia Arena" is no one a later "he said" stands for.
    "Arena",
    "Stadium",
    "Street",
    # A railway's line: "… on the Tokaido Shinkansen Line." then "“…,” she said" is no
    # "Shinkansen Line"'s, nor "the Tokaido and Sanyo Shinkansen lines" a "Sanyo Shinkansen".
    "Line",
    "Railway",
    "Railways",
    "Shinkansen",
    "Valley",
    "Village",
    "Zoo",  # "The director of Ähtäri Zoo, Harpakoski, … He expressed, “…”"
    # Contests: "the World Cup final", "the Grand Prix Final", "the 4 Nations Face-Off" are no
    # one's name.
    "Championship",
    "Championships",
    "Marathon",  # "September's Oslo Marathon, where he hopes to …" names no one
    "Cup",
    "Face-Off",
    "Final",
    "Finals",
    "Games",
    "Olympics",  # "the Tokyo Summer Olympics" names no "Summer Olympics"
    "Paralympics",
    # Their adjective, never a surname: "Trinidad and Tobago Olympic javelin gold medallist
    # Keshorn Walcott" names no "Tobago Olympic".
    "Olympic",
    "Paralympic",
    "Prix",
    "Trophy",
    # Tours and shows: "… Their Roots With Debut Album Tour" names no "Album Tour".
    "Tour",
    "Interview",  # a headline's "… Cities: Skylines Gamescom Interview"
    # Prizes: "when he was awarded the Nobel Peace Prize" names no "Nobel Peace".
    "Award",
    "Medal",
    "Prize",
    # Platforms: a photo credited "P. Vesterbacka Twitter" names no "Vesterbacka Twitter".
    *PLATFORMS,
    # Nor does a phone's system: "the upcoming Nokia Android phones" names no "Nokia Android".
    "Android",
    # People in the plural: "the 100 Most Powerful Women in the world" names no one.
    "Boys",
    "Children",
    "Girls",
    "Men",
    "People",
    "Women",
    # Bodies in the plural: "the National Federation of Fisheries Cooperative Associations
    # said" names no "Cooperative Associations" (not "Banks" or "Courts": surnames too).
    "Agencies",
    "Associations",
    "Authorities",
    "Commissions",
    "Committees",
    "Councils",
    "Federations",
    "Ministries",
    "Organisations",
    "Organizations",
    "Unions",
}


# An adverb opening a sentence, never a name: Originally, Apparently, Previously, Eventually,
# Similarly, Hopefully, Arguably; seven letters at least (Sally and Wally are names, as are
# Emily, Kelly, Holly and Charly).
_ADVERB = re.compile(
    r"^\w{3,}(?:ally|ently|antly|ously|edly|ingly|ately|ively|ually|arly|fully|ably|ibly)$"
)
# "Sonkajarvi in Eastern Finland province": a region, no one's given name.
_COMPASS_ADJECTIVES = {"Eastern", "Western", "Northern", "Southern"}


# A compound whose second word is in lower case: what a thing is for or how it came about, no
# part of a name ("Nokia-branded Android phones", "Helsinki-based"; not "Halla-aho").
_LOWER_COMPOUND = re.compile(r"-(?:language|[a-z]+(?:ing|ed)|made)$")


def is_name_word(word: str) -> bool:
    """Whether `word` may be part of a person's name (not a title or a sentence opener)."""
    return (
        word[:1].isupper()
        and word != "I"  # "the Oslo Philharmonic I say": the pronoun, no initial
        and not is_title_word(word)
        and word not in NOT_NAMES
        and word not in SIDE_WORDS
        and word not in NATION_ADJECTIVES
        and word.rstrip(".,;:") not in NATIONS
        and word not in _COMPASS_ADJECTIVES
        # "Russian-language Telegram groups", "Reindeer-herding Saami people", "Nokia-branded"
        and not _LOWER_COMPOUND.search(word)
        and not _ADVERB.search(word)  # "Originally Keisteri invented …"
        and not any(c.isdigit() for c in word)  # a model's: "Toyota GR Yaris Rally1"
        and word.rstrip(".,;:") not in NOT_PERSON_ENDINGS
        and not word.endswith(("’s", "'s"))
        and not _capitals_only(word)
    )


def _capitals_only(word: str) -> bool:
    """Whether `word` is written all in capitals: an acronym or a lead-in ("MORE SNOW is …").

    Initials ("J.K.") are not; a ticker ("ELISA.HE") is.
    """
    letters = word.rstrip(".,;:")
    return letters.isupper() and any(len(part) > 1 for part in letters.split("."))


# One chosen, not yet in office: "Prime Minister-designate NAME", "President-elect".
_NOT_YET_IN_OFFICE = {"designate", "elect"}


def is_person_noun(word: str) -> bool:
    """Whether `word` says what a person is, also joined to another: "forward-center".

    Capitalised, also in the plural: "Designers Pekka Toivanen and …" names no "Designers".
    """
    lower = word.lower()
    head, _, tail = lower.rpartition("-")
    return (
        lower in PERSON_NOUNS
        or (word[:1].isupper() and lower.endswith("s") and lower[:-1] in PERSON_NOUNS)
        or tail in PERSON_NOUNS
        or (tail in _NOT_YET_IN_OFFICE and head in PERSON_NOUNS)
        or (lower.endswith(_PERSON_ENDINGS) and lower.isalpha())
    )


def is_title_word(word: str) -> bool:
    """Whether `word` is a title, also cut short or in the plural: "Prof.", "Ministers"."""
    return word.removesuffix(".") in TITLE_WORDS or word.removesuffix("s") in TITLE_WORDS


def names_a_post(words: str) -> bool:
    """Whether any of the words is a title or says what a person is: "head of ferrochrome"."""
    return any(is_title_word(word) or is_person_noun(word) for word in words.split())


def is_full_name(text: str) -> bool:
    """Whether `text` is two or three words that may all be part of a person's name.

    Not what a person is before a surname: "Countryman Latvala", "Photographer Forsgren".
    """
    words = text.split()
    return 2 <= len(words) <= 3 and all(map(is_name_word, words)) and not is_person_noun(words[0])
