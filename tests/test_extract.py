"""`fjquotes extract` finds attributed quotations; `fjquotes add` merges them into a corpus."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from fjquotes._cli import app
from fjquotes.errors import CorpusError
from fjquotes.evaluation import evaluate, evaluate_articles
from fjquotes.extract import Candidate, extract
from fjquotes.model import Corpus


def test_every_bundled_quotation_is_recovered_with_its_speaker(corpus: Corpus) -> None:
    assert evaluate(corpus) == {
        "recall_exact": 1.0,
        "recall_80": 1.0,
        "precision": 1.0,
        "f1": 1.0,
        "speakers": 1.0,
    }


def test_labelled_articles_are_scored_by_overlap_and_allowed_speakers(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "“We grow,” said Aino Virtanen.\n“It is done,” the company said.\n"
        "A film called “Fallen” opened. Costs rose “more sharply than planned” this year.",
        encoding="utf-8",
    )
    gold = {"a.txt": [["We grow,", ["Aino Virtanen"]], ["It is done,", [None]]]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    scores = evaluate_articles(tmp_path)
    # Both found with the right speakers; "more sharply …" is a third candidate the labels lack.
    assert scores["recall_exact"] == scores["recall_80"] == scores["speakers"] == 1.0
    assert scores["precision"] == pytest.approx(2 / 3)
    assert scores["f1"] == pytest.approx(0.8)


def one(text: str) -> Candidate:
    (found,) = [c for c in extract(text) if not c.pull_quote]
    return found


def who(candidate: Candidate) -> str | None:
    return candidate.speaker.name if candidate.speaker else None


def speakers_and_role(text: str) -> tuple[list[str | None], str | None]:
    """The speakers of the article's candidates, and the first speaker's role."""
    found = extract(text)
    first = found[0].speaker if found else None
    return [who(c) for c in found], first.role if first else None


def test_says_name_with_a_role_and_organization() -> None:
    c = one("“We launch in May,” says Aino Virtanen, ICEYE’s Head of Sales in Japan.")
    assert c.text == "We launch in May,"
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role, c.speaker.organization) == (
        "Aino Virtanen",
        "Head of Sales in Japan",
        "ICEYE",
    )
    assert "says NAME" in c.pattern


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "“Trust matters,” said Finnish Minister of Trade Ville Tavio.",
            "Ville Tavio",
            "Finnish Minister of Trade",
            id="title_before_the_name",
        ),
        pytest.param(
            "“Exports will grow,” Finnish Minister of Foreign Trade Ville Korhonen said Monday.",
            "Ville Korhonen",
            "Finnish Minister of Foreign Trade",
            id="a_long_title_before_the_name_and_the_verb_after",
        ),
        pytest.param(
            "“Investment grew,” said Invest in Finland Executive Director Liisa Rauta.",
            "Liisa Rauta",
            "Invest in Finland Executive Director",
            id="a_title_may_hold_a_lower_case_word",
        ),
        pytest.param(
            "The agreement “opens up an opportunity for us,” Lakeside Minerals Group Chief"
            " Executive Officer Aino Virtanen said in a statement.",
            "Aino Virtanen",
            "Lakeside Minerals Group Chief Executive Officer",
            id="a_firm_of_three_words_and_a_title_of_three_before_the_name",
        ),
        pytest.param(
            "“It works,” the Ålands Bank CEO Örjan Öberg said.",
            "Örjan Öberg",
            "Ålands Bank CEO",
            id="the_before_a_firm_a_title_and_the_name",
        ),
        pytest.param(
            "“The plant closes,” Lakeside chief executive, Aino Virtanen, said.",
            "Aino Virtanen",
            "Lakeside chief executive",
            id="a_firm_and_a_role_then_the_name_set_off_by_commas",
        ),
        pytest.param(
            "“It is our strategy,” Finland's ambassador to the United States, Aino Virtanen, said.",
            "Aino Virtanen",
            "ambassador to the United States",
            id="an_owner_a_role_where_it_is_held_then_the_name_set_off_by_commas",
        ),
        pytest.param(
            "“Rates will fall,” Aino Virtanen, a credit analyst at Lakeside Bank said.",
            "Aino Virtanen",
            "credit analyst",
            id="an_apposition_with_no_closing_comma_before_the_verb_ending_the_clause",
        ),
        pytest.param(
            "“It is the first snow,” Aino Virtanen, A meteorologist from the Finnish "
            "Meteorological Institute explained.",
            "Aino Virtanen",
            "meteorologist from the Finnish Meteorological Institute",
            id="an_apposition_no_comma_closes_its_article_capitalised_by_mistake",
        ),
        pytest.param(
            "“Drills are necessary,” Lieutenant Colonel Aino Virtanen, Chief of Staff of the "
            "Karelia Brigade said.",
            "Aino Virtanen",
            "Chief of Staff",
            id="a_capitalised_title_with_of_as_an_apposition_no_comma_closes",
        ),
        pytest.param(
            "“We grow,” said Aino Virtanen, who was in Berlin to open a store.",
            "Aino Virtanen",
            None,
            id="a_clause_about_the_person_after_the_name_is_no_role",
        ),
        pytest.param(
            "Her colleague, Eero Laine, jokingly praises Salo’s defending, saying, “She never "
            "rests.”",
            "Eero Laine",
            None,
            id="an_adverb_and_a_verb_after_the_name_are_no_role",
        ),
        pytest.param(
            "The Hall will induct Aino Salo, Eero Laine and Mika Koivu, among others.\n\n"
            "“If I had not played with him, I would not be here,” said Salo.",
            "Aino Salo",
            None,
            id="a_list_of_names_after_a_name_is_no_role",
        ),
        pytest.param(
            "“We feel the customer is happy,” added Bernard Meyer proudly, although said that "
            "details cannot be revealed.",
            "Bernard Meyer",
            None,
            id="an_adverb_ends_the_name_and_a_clause_after_it_is_no_role",
        ),
        pytest.param(
            "According to Bernard Meyer, the handling of the crisis will require changes, and "
            "it was now “good timing” for a switch.",
            "Bernard Meyer",
            None,
            id="a_sentence_going_on_after_according_to_is_no_role",
        ),
        pytest.param(
            "“It will strengthen the sector,” head of Business Finland Lassi Noponen said in a "
            "statement.",
            "Lassi Noponen",
            "head of Business Finland",
            id="a_role_in_lower_case_of_a_named_body_before_the_name",
        ),
        pytest.param(
            "“We have had bigger numbers,” Captain Jussi Vainikka of the Finnish Border Guards "
            "told Reuters in Nuijamaa.",
            "Jussi Vainikka",
            "Captain",
            id="where_the_person_works_after_the_name_and_before_the_verb",
        ),
        pytest.param(
            "In a comment to Helsingin Sanomat, Jorma Ollila, former CEO of Nokia, says “This is "
            "a prize for Ben.”",
            "Jorma Ollila",
            "former CEO",
            id="a_newspaper_then_the_name_and_its_apposition",
        ),
        pytest.param(
            "Leaders met in Oslo.\n\nThe committee's Ole Danbolt Mjoes said: “These efforts "
            "have helped.”",
            "Ole Danbolt Mjoes",
            None,
            id="three_names_after_a_possessive_are_one_persons",
        ),
        pytest.param(
            "Aino Salo, with a spiky haircut, belted out: “Is it in my head?”",
            "Aino Salo",
            None,
            id="a_circumstance_with_after_a_names_comma_is_no_role",
        ),
        pytest.param(
            "The ceremony was attended by President Aino Salo, Deputy Speaker of the Parliament "
            "Tuula Haatainen, Minister of Defence Antti Kaikkonen and others.\n\n“It was "
            "brutal,” the president added.",
            "Aino Salo",
            None,
            id="the_next_title_in_a_list_of_people_is_no_role",
        ),
        pytest.param(
            "Leaders met in Oslo.\n\nThe chairman Ole Danbolt Mjoes said: “These efforts "
            "have helped.”",
            "Ole Danbolt Mjoes",
            None,
            id="three_names_after_what_a_person_is_are_one_persons",
        ),
        pytest.param(
            "The prize was won by Aino Salo, the foundation has announced in Oslo, Norway.\n\n"
            "“It was the most important,” Salo said.",
            "Aino Salo",
            None,
            id="a_perfect_tense_after_a_names_comma_is_no_role",
        ),
        pytest.param(
            "“It is not just girls running around,” said hobby horse competitor Aino Salo.",
            "Aino Salo",
            "hobby horse competitor",
            id="who_takes_part_in_a_contest_is_what_a_person_is",
        ),
        pytest.param(
            "“The snow came early,” says reindeer herder Aino Salo.",
            "Aino Salo",
            "reindeer herder",
            id="the_work_of_the_countryside_is_what_a_person_is",
        ),
        pytest.param(
            "“That is a rare thing,” said good friend and teammate Aino Salo.",
            "Aino Salo",
            "good friend and teammate",
            id="a_friend_and_teammate_is_what_a_person_is",
        ),
        pytest.param(
            "“People don’t want to fight him,” said English boxing promoter Aino Salo.",
            "Aino Salo",
            "English boxing promoter",
            id="a_promoter_is_what_a_person_is",
        ),
        pytest.param(
            "Aino Salo got her first taste of Texas summers at camp.\n\n"
            "“It's been really great,” the defenseman prospect said.",
            "Aino Salo",
            None,
            id="the_prospect_is_the_player_met_before",
        ),
        pytest.param(
            "“We were a group of enthusiasts,” Aino Salo, Executive Vice President, begins.",
            "Aino Salo",
            "Executive Vice President",
            id="a_feature_s_first_words_the_person_begins_with",
        ),
        pytest.param(
            "The chair of the board, Aino Salo, told shareholders at the company's AGM that "
            "there are no threats to its operation, and highlighted its market value.\n\n"
            "“We are at a turning point,” Salo said.",
            "Aino Salo",
            None,
            id="a_speech_verb_after_the_name_s_comma_begins_no_role",
        ),
        pytest.param(
            "“Statistics show it,” says Head of Information Services at Statistics Finland Aino "
            "Salo, who wrote an article.",
            "Aino Salo",
            "Head of Information Services at Statistics Finland",
            id="a_name_ending_in_services_is_a_body_s_inside_a_title",
        ),
        pytest.param(
            "Reiko Karvonen was at the park.\n\n“Hanami is a custom,” said Reiko Karvonen, "
            "explaining the meaning of the tradition.",
            "Reiko Karvonen",
            None,
            id="a_participle_taking_its_object_is_no_role",
        ),
        pytest.param(
            "“Demand is strong,” said Aino Salo, managing director of Valio.",
            "Aino Salo",
            "managing director",
            id="a_role_may_open_on_a_word_in_ing",
        ),
    ],
)
def test_the_speaker_and_role_credited(text: str, name: str, role: str | None) -> None:
    c = one(text)
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role) == (name, role)


def test_later_surname_title_and_pronoun_resolve_to_the_full_name() -> None:
    text = (
        "Kenji Sato, the company’s chairman, spoke first.\n"
        "“Sales doubled,” Sato said.\n"
        "“We are hiring,” he added.\n"
        "“Costs fell,” the chairman said."
    )
    names = [c.speaker.name if c.speaker else None for c in extract(text)]
    assert names == ["Kenji Sato"] * 3


def test_name_said_colon_and_in_a_statement() -> None:
    first = one("Mari Kiviniemi said: “The deal is done.”")
    assert first.speaker is not None
    assert first.speaker.name == "Mari Kiviniemi"
    c = one("In a statement, Jukka Lehto said: “We will deliver.”")
    assert c.speaker is not None
    assert c.speaker.name == "Jukka Lehto"


def test_according_to() -> None:
    text = (
        "Hiro Tanaka runs the lab. Demand is strong, with “orders up by half,” according to Tanaka."
    )
    c = one(text)
    assert c.speaker is not None
    assert c.speaker.name == "Hiro Tanaka"
    assert c.partial


def test_the_reporting_clause_of_the_sentence_names_the_speaker() -> None:
    c = one("Anna Laine said the plan was “fully funded” by spring.")
    assert (c.text, c.partial) == ("fully funded", True)
    assert who(c) == "Anna Laine"
    c = one("Kai Mäki, chief executive of Helvi Oy, said that the firm “will not sell.”")
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role, c.speaker.organization) == (
        "Kai Mäki",
        "chief executive",
        "Helvi Oy",
    )


def test_a_pronoun_stands_for_the_person_named_last() -> None:
    text = (
        "“One,” said Aino Virtanen.\n"
        "Mikko Laine, the mayor, joined her on stage.\n"
        "The hall was full, and he said, “Two.”"
    )
    assert [c.speaker.name if c.speaker else None for c in extract(text)] == [
        "Aino Virtanen",
        "Mikko Laine",
    ]


def test_a_statement_by_two_writers_names_the_first_with_their_own_role() -> None:
    c = one("“Costs must fall”, write Liisa Koski, CEO of Koski Oy, and Timo Aho, CEO of Aho Ab.")
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role, c.speaker.organization) == (
        "Liisa Koski",
        "CEO",
        "Koski Oy",
    )


def test_a_paragraph_without_quotations_can_introduce_the_next_speaker() -> None:
    text = "Heli Ranta reiterated the importance of exports.\n“Exports are our lifeline.”"
    (c,) = extract(text)
    assert who(c) == "Heli Ranta"
    assert c.pattern == "previous paragraph"
    text = "The plant opened in May, write Eero Salo and Maija Salo.\n“It was worth the wait.”"
    (c,) = extract(text)
    assert who(c) == "Eero Salo"


def test_an_apposition_between_the_name_and_the_verb() -> None:
    text = (
        "Aino Virtanen founded the firm.\n"
        "“We launched in 2018,” Virtanen, the firm’s chief executive, said in Tampa.\n"
        "Kenji Sato, President of Sato’s Aero, Space & Defense Unit, commented, “Times are hard.”"
    )
    assert [c.speaker.name if c.speaker else None for c in extract(text)] == [
        "Aino Virtanen",
        "Kenji Sato",
    ]


def test_the_name_ends_where_the_prose_begins() -> None:
    c = one("“Markets are new,” explains Aino Virtanen in an interview with WNP.")
    assert who(c) == "Aino Virtanen"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Acme Japan, a trade fair, opened in Tokyo.\n"
            "Aino Virtanen said: “We love Japan.”\n"
            "She added, “More will come.”",
            ["Aino Virtanen"] * 2,
            id="a_pronoun_stands_for_the_speaker_just_quoted",
        ),
        pytest.param(
            "Mikko Laine, the mayor, and Aino Virtanen, the founder, met.\n"
            "The fair opened.\n"
            "“Ask Laine,” a visitor said.\n"
            "Later she said, “It went well.”",
            [None, "Aino Virtanen"],
            id="a_name_inside_a_quotation_is_not_a_mention",
        ),
        pytest.param(
            "Liisa Rauta leads the agency.\n"
            "Exports will grow, says Rauta. The market is tough, however.\n"
            "“We must do the homework.”\n"
            "The ties are close, according to Finnish Ambassador Eero Aho.\n"
            "“We share much,” he said.",
            ["Liisa Rauta", "Eero Aho"],
            id="any_sentence_of_a_quoteless_paragraph_can_introduce_the_speaker",
        ),
        pytest.param(
            "The print was daring, says Marimekko CEO Tiina Kasko.\n\n"
            "Speaking fast, the 42-year-old Finn shares, “Our founder forbade floral prints.”",
            ["Tiina Kasko"],
            id="an_age_describes_the_person_named_before",
        ),
        pytest.param(
            "“The situation was like Finland’s,” tells Antti Sonninen, the CEO of Slush Tokyo.\n\n"
            "Image: Slush/Petri Anttila\n\n"
            "Slush, he adds, set out to change careers.\n\n"
            "“We wanted a community,” he says.",
            ["Antti Sonninen", "Antti Sonninen"],
            id="a_name_never_spans_a_line_break",
        ),
        pytest.param(
            "“We are open,” says Helsinki Mayor Aino Virtanen.\n"
            "The city will help build “strategic autonomy” for both, the Finnish capital’s mayor "
            "said.",
            ["Aino Virtanen", "Aino Virtanen"],
            id="a_described_person_with_a_possessive_is_the_one_named_before",
        ),
        pytest.param(
            "At the fair, Aino Virtanen, CEO of Aalto Air, commenting on the 5G market said, "
            "“We lead.”\n"
            "In the same time she admits “We are late.”",
            ["Aino Virtanen", "Aino Virtanen"],
            id="a_participle_between_the_role_and_the_verb",
        ),
        pytest.param(
            "Prime Minister Aino Virtanen met her counterpart in Tokyo.\n"
            "“The world has changed,” Virtanen said.\n"
            "“Japan is a partner,” the Finnish Prime Minister added.",
            ["Aino Virtanen", "Aino Virtanen"],
            id="the_role_in_capitals_describes_the_person_named_before",
        ),
        pytest.param(
            'EU Commissioner Virtanen on Japan trade deal: "Be ambitious"\n\n'
            "Commissioner for Trade Aino Virtanen is in Tokyo for the EU-Japan Summit.\n\n"
            "In her speech, Virtanen raised the issue of timing.\n\n"
            '"We believe that if this deal is worth doing, it is worth doing right."',
            ["Aino Virtanen", "Aino Virtanen"],
            id="an_event_or_an_organization_lends_no_name_to_a_speaker",
        ),
        pytest.param(
            '"We grow," said Aino Virtanen.\n'
            "Moon Jae-in arrived on Monday.\n"
            "Moon recalled the first talks. He said the talks were “a good start” for both.",
            ["Aino Virtanen", "Moon Jae-in"],
            id="a_pronoun_stands_for_the_person_a_sentence_of_its_paragraph_opened_with",
        ),
        pytest.param(
            "Pekka Salo spoke first.\n"
            '"Salo was right," said Aino Virtanen. "We agree with him," she added.',
            ["Aino Virtanen", "Aino Virtanen"],
            id="a_name_opening_the_words_of_a_quotation_is_no_subject_for_a_pronoun",
        ),
        pytest.param(
            "Aino Salo, when do you work with wood?\n“As often as possible, since it is local.”\n"
            "How do you feel about the material?\n“Wood is a democratic material.”",
            ["Aino Salo", "Aino Salo"],
            id="answers_to_a_question_put_to_someone_by_name_are_theirs",
        ),
        # "At Nordvik, our greatest aim …," is no person "At Nordvik" with a role.
        pytest.param(
            "In a blog post, Aino Virtanen explains the sale.\n"
            '"At Nordvik, our greatest aim is to grow, and that takes time," she writes.\n'
            'The Nordvik CEO claims the sale is a "strategic investment" by the firm.',
            ["Aino Virtanen", "Aino Virtanen"],
            id="words_inside_a_quotation_name_nobody_by_apposition",
        ),
        # Blank lines part the paragraphs; the one before is still the one with words in it, so
        # "she" is the speaker there, not a person named after her.
        pytest.param(
            "Kenji Sato, the head of Acme Japan, joined the talks.\n\n"
            "“We are committed to Asia,” Anna Virtanen said, of the plant that Sato runs.\n\n"
            "“We are also in China,” she said.",
            ["Anna Virtanen", "Anna Virtanen"],
            id="a_pronoun_after_a_blank_line_stands_for_the_speaker_of_the_paragraph_before",
        ),
        pytest.param(
            "Marko Anttila\n\n"
            "“It’s always a lot of pressure when you’re the home team.”\n\n"
            "Mikael Granlund\n\n"
            "“It feels great! So much work.”",
            ["Marko Anttila", "Mikael Granlund"],
            id="a_full_name_alone_over_the_next_quotation_is_its_heading",
        ),
        pytest.param(
            "Jeremiah Tesolin, Creative Director at Iittala, has lifted the veil for The "
            "LuxPad:\n\n"
            "“We admire the work of Miyake Design Studio very much.”\n\n"
            "Iittala x Issey Miyake-5\n\n"
            "“The whole process was a continued discussion.”",
            ["Jeremiah Tesolin", "Jeremiah Tesolin"],
            id="a_person_before_a_colon_ending_the_paragraph_speaks_in_the_next",
        ),
        pytest.param(
            "Eero Salo won in Ruka on Sunday.\n\n"
            '"I was thinking a lot," said Salo and added: "I was pretty nervous."',
            ["Eero Salo", "Eero Salo"],
            id="a_name_then_and_and_a_verb_ends_at_the_name",
        ),
        pytest.param(
            "Eero Salo was calm after the loss.\n\n"
            "“The other team was more efficient”, commented the head coach of the Lions Eero "
            "Salo C More, when Finland lost in Tampere.\n\n"
            "“Sport is like that sometimes,” Salo said.",
            ["Eero Salo", "Eero Salo"],
            id="a_description_holding_a_person_named_elsewhere_is_that_person",
        ),
        pytest.param(
            "– It’s always sad when you lose a big game, head coach Eero Salo uploaded to Urheilu\n"
            "– There was a chill, even though it was played cleanly.",
            ["Eero Salo", "Eero Salo"],
            id="uploaded_as_a_translation_leaves_it_reports_the_words",
        ),
    ],
)
def test_the_speakers_credited_in_order(text: str, speakers: list[str | None]) -> None:
    assert [who(c) for c in extract(text)] == speakers


def test_according_to_a_description_then_the_writers_words_before_a_fragment() -> None:
    text = (
        "Head coach Aino Virtanen named the squad.\n\nAccording to the coach, the striker’s "
        "rehabilitation has “gone very well”."
    )
    assert who(one(text)) == "Aino Virtanen"


def test_according_to_later_in_the_sentence() -> None:
    text = "Aino Virtanen runs it.\nSales grew “much faster” than planned, according to Virtanen."
    c = one(text)
    assert who(c) == "Aino Virtanen"


def test_a_described_person_is_the_one_named_last_but_a_company_is_nobody() -> None:
    text = (
        "Finnish Prime Minister Petteri Orpo said so on Monday.\n"
        "“We are keen,” the 55-year-old Finnish leader told reporters.\n"
        "“It is done,” the company said."
    )
    assert [c.speaker.name if c.speaker else None for c in extract(text)] == [
        "Petteri Orpo",
        None,
    ]


def test_a_pictures_credit_names_nobody_a_description_stands_for() -> None:
    text = (
        "The singer sits in a sauna before the contest (Aino Virtanen/PA)\n\n"
        "Speaking to the PA news agency, the Helsinki-born musician said: “We can win.”"
    )
    assert who(one(text)) is None


def test_a_hopeful_is_a_person_by_one_name() -> None:
    text = (
        "Eurovision hopeful Kaarija has said he wants to win.\n\n"
        "Speaking to the PA news agency, the Helsinki-born musician said: “We can win.”"
    )
    assert who(one(text)) == "Kaarija"


@pytest.mark.parametrize(
    "text",
    [
        "Aino Virtanen runs it. It helps those who are, as Virtanen puts it, “about to succeed”.",
        "Aino Virtanen runs it. “It helps those about to succeed,” as Virtanen put it.",
        "Aino Virtanen runs it. “It helps those about to succeed,” as she put it.",
    ],
)
def test_as_the_person_puts_it_reports_the_words(text: str) -> None:
    assert who(one(text)) == "Aino Virtanen"


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        pytest.param(
            "“The process goes on,” the national team GM Aino Salo said in a statement.",
            "Aino Salo",
            "national team GM",
            id="a_side_s_general_manager",
        ),
        pytest.param(
            "“We found our game,” said HJK's Finnish international full-back Aino Virtanen.",
            "Aino Virtanen",
            "Finnish international full-back",
            id="a_full_back",
        ),
        pytest.param(
            "His opposite number was Aino Virtanen, the Swedish captain.\n\n"
            "“We played in their zone,” said the Nashville Predators prospect and tournament MVP.",
            "Aino Virtanen",
            None,
            id="the_tournament_mvp",
        ),
        pytest.param(
            "Finland’s lubrication manager Aino Virtanen admitted a failure.\n\n"
            "“The feedback was direct,” the lubrication guru said.",
            "Aino Virtanen",
            None,
            id="the_lubrication_guru",
        ),
        pytest.param(
            "Tester Aino Virtanen, from MIT, explains how it works. “The plate merges the two "
            "displays into one image.”",
            "Aino Virtanen",
            "from MIT",
            id="a_tester_before_the_name",
        ),
        pytest.param(
            "“I heard several dozen rounds of shots,” school janitor Aino Virtanen told YLE.",
            "Aino Virtanen",
            "school janitor",
            id="a_school_janitor",
        ),
        pytest.param(
            "“It is still burning,” explains the fire chief, Aino Virtanen.\n\n"
            "“If the climate warms our summers, it will happen more often.”, regrets the "
            "firefighter.",
            "Aino Virtanen",
            "fire chief",
            id="the_firefighter",
        ),
        pytest.param(
            "Supervisor Aino Virtanen films have a new emphasis.\n\n"
            "“Alcohol is no joke,” Virtanen tells HS.",
            "Aino Virtanen",
            None,
            id="a_supervisor_before_the_name",
        ),
        pytest.param(
            "Archbishop Aino Virtanen was installed on Sunday.\n\nThe new archbishop asked the "
            "congregation what it profits a man. “What benefit will there be?”",
            "Aino Virtanen",
            None,
            id="the_new_archbishop",
        ),
    ],
)
def test_a_noun_of_what_a_person_is_names_the_speaker(
    text: str, speaker: str, role: str | None
) -> None:
    c = [c for c in extract(text) if not c.pull_quote][-1]
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role) == (speaker, role)


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        pytest.param(
            "After that, the case itself will start.", "Eero Salo", id="sentences_naming_nobody"
        ),
        pytest.param(
            "“We would be lucky.” In terms of procedure, the Court is free.",
            "Eero Salo",
            id="words_of_the_same_person_and_a_sentence_naming_nobody",
        ),
        pytest.param(
            "The case concerns a post by Aino Virta.", None, id="a_sentence_naming_somebody_else"
        ),
    ],
)
def test_a_paragraph_s_subject_speaks_words_that_follow_sentences_naming_nobody(
    between: str, speaker: str | None
) -> None:
    text = (
        "Eero Salo is the lawyer.\n\n"
        f"Salo expects the Court to decide before May. {between} “They might decide soon.”"
    )
    assert who(extract(text)[-1]) == speaker


def test_a_question_put_to_the_paragraph_s_subject_is_not_their_words() -> None:
    text = (
        "Eero Salo is the president. The room is quiet. – It is half a year since you became "
        "president. Has it met expectations? – Yes, in many ways, I have been happy with it."
    )
    assert [who(c) for c in extract(text)] == [None, "Eero Salo"]


def test_the_hero_is_the_person_described() -> None:
    text = (
        "Aino Virtanen came home with gold.\n\n“It was a relief,” Virtanen laughed.\n\n"
        "“At home, I relax in the sauna,” the gold hero told STT.\n\n“Then I eat fish.”"
    )
    assert [who(c) for c in extract(text)] == ["Aino Virtanen"] * 3


@pytest.mark.parametrize("form", ["Plc", "PLC", "GmbH", "LLC", "Oyj"])
def test_a_firm_by_its_first_word_is_nobody_when_its_legal_form_follows_elsewhere(
    form: str,
) -> None:
    text = (
        "Lakecranes said of the market, “The offer base remains stable,” in its report.\n"
        "CEO Aino Salo said: “This is the last report that I publish as the CEO of "
        f"Lakecranes {form}, and I thank you all.”"
    )
    assert [who(c) for c in extract(text)] == [None, "Aino Salo"]


def test_according_to_before_the_quotation_past_initials() -> None:
    c = one("According to H.E. Aiko Tanaka, Ambassador of Japan to Chile, “We share values.”")
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role, c.speaker.organization) == (
        "Aiko Tanaka",
        "Ambassador of Japan to Chile",
        None,
    )


def test_a_name_introduced_by_called_is_not_a_quotation() -> None:
    assert extract("She spoke at a seminar called “Finland in Japanese trade” on Monday.") == []


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("— Anna Laine, a Finnish investor", id="a_dash"),
        # A page's layout may indent the line and space the dash out: " -   Topi Manner, …".
        pytest.param(" -   Anna Laine, a Finnish investor", id="an_indented_spaced_hyphen"),
    ],
)
def test_a_block_quotation_over_a_dash_attribution_line(credit: str) -> None:
    text = f"Intro line.\nFinland must grow faster than it does\n{credit}"
    (c,) = extract(text)
    assert c.text == "Finland must grow faster than it does"
    assert text[c.start : c.end] == c.text
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role) == ("Anna Laine", "Finnish investor")


def test_an_honorific_and_a_company_abbreviation_keep_their_full_stops() -> None:
    c = one("“We export,” said Mr. Eero Aho, CEO of Aho Ltd.")
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role, c.speaker.organization) == (
        "Eero Aho",
        "CEO",
        "Aho Ltd.",
    )


def test_a_quotation_after_an_attributed_one_takes_its_speaker() -> None:
    found = extract("“First part,” said Liisa Aalto. “Second part.”")
    assert [c.text for c in found] == ["First part,", "Second part."]
    assert [c.speaker.name if c.speaker else None for c in found] == ["Liisa Aalto"] * 2
    assert found[1].pattern == "continuation"


def test_a_paragraph_that_is_only_a_quotation_takes_the_previous_speaker() -> None:
    found = extract("“One,” said Pekka Nieminen.\n“Two, and only two.”")
    assert [c.speaker.name if c.speaker else None for c in found] == ["Pekka Nieminen"] * 2
    assert found[1].pattern == "previous paragraph"


def test_pull_quote_joins_the_quotation_it_repeats() -> None:
    text = (
        "“Talk less, do more,” said Esa Rautalinko.\n"
        "Talk less, do more.\n"
        "Esa Rautalinko, Chief Executive Officer"
    )
    found = extract(text)
    assert len(found) == 2
    pull = found[1]
    assert pull.pull_quote
    assert pull.text == "Talk less, do more."
    assert text[pull.start : pull.end] == pull.text


def test_unclosed_quotation_ends_with_its_paragraph() -> None:
    found = extract("“Open and never closed, said nobody\nNext paragraph.")
    assert found[0].unclosed
    assert found[0].text == "Open and never closed, said nobody"
    chained = extract("“First paragraph of a long quote\n“Second paragraph.”")
    assert not chained[0].unclosed
    # Blank lines only separate paragraphs: the next one still opens with a mark.
    spaced = extract("“First paragraph of a long quote\n\n“Second paragraph.”")
    assert not spaced[0].unclosed


def test_straight_mismatched_and_backwards_marks() -> None:
    assert one('"Straight marks work," said Olli Rehn.').text == "Straight marks work,"
    assert one('“Mismatched work" said Olli Rehn.').text == "Mismatched work"
    assert one("”Backwards marks work,” said Olli Rehn.").text == "Backwards marks work,"


def test_a_left_mark_set_apart_and_glued_to_the_reporting_clause_closes() -> None:
    found = extract(
        "Aino Salo plays for Lakeside.\n\n“Support has been great, and I’m glad so many have "
        "stood by my side, “Salo said."
    )
    assert [(c.text, who(c), c.unclosed) for c in found] == [
        ("Support has been great, and I’m glad so many have stood by my side,", "Aino Salo", False)
    ]


def test_single_marks_after_said_and_a_colon_go_on_in_the_next_paragraph() -> None:
    found = extract(
        "Aino Salo, head of Lakeside’s Finland division, said: ‘The purchase is part of a "
        "programme that includes Latvia.\n\n‘Deliveries began in 2021,’ Salo continued."
    )
    assert [(c.text, who(c), c.unclosed) for c in found] == [
        ("The purchase is part of a programme that includes Latvia.", "Aino Salo", False),
        ("Deliveries began in 2021,", "Aino Salo", False),
    ]
    # Not closed and not carried on: flagged.
    (alone,) = extract("Aino Salo said: ‘The purchase is part of a programme that includes it.")
    assert alone.unclosed


def test_a_straight_quotation_left_open_holds_curly_pairs_to_its_end() -> None:
    found = extract(
        '"Lakeside does not import biofuels (i.e. “biobased diesel” in the report) from '
        "abroad or elsewhere.\n"
        '"Instead, Lakeside makes them at its own refineries."'
    )
    assert [c.text for c in found] == [
        "Lakeside does not import biofuels (i.e. “biobased diesel” in the report) from "
        "abroad or elsewhere.",
        "Instead, Lakeside makes them at its own refineries.",
    ]
    assert not found[0].unclosed


@pytest.mark.parametrize(
    ("closing", "speaker"),
    [
        ("We hope to meet them in the future”, Salo said.", "Aino Salo"),
        # The credit line of a signature, its title under it, credits the words too.
        (
            "We hope to meet them in the future.”\n\nEero Virtanen,\nAirport Director",
            "Eero Virtanen",
        ),
    ],
)
def test_words_opened_once_and_closed_paragraphs_later_go_on_through_them(
    closing: str, speaker: str
) -> None:
    text = (
        "Aino Salo runs the airport.\n\n“To me, the airport is a gate to the world.\n\n"
        f"We have done our best in the crisis.\n\n{closing}"
    )
    found = extract(text)
    assert [c.text.rstrip(".") for c in found] == [
        "To me, the airport is a gate to the world",
        "We have done our best in the crisis",
        "We hope to meet them in the future",
    ]
    assert not any(c.unclosed for c in found)
    assert {who(c) for c in found} == {speaker}


@pytest.mark.parametrize(
    "sentence",
    [
        "The film “Fallen Leaves” won a prize in Cannes.",
        # Inside a sentence the sentence's own comma or full stop may close the marks.
        "She skated her short program to “The Sound of Silence.”",
        "It made hits such as “Hay Day,” “Clash of Clans” and “Boom Beach.”",
        # A title may end in a number.
        "Aino Salo chairs the steering committee for the “Artificial Intelligence 4.0” program.",
        # A heading's label that names no person introduces a title, not words.
        "Film review: “The Unknown Soldier”",
        # Nor a name in single marks after a reporting clause, which reports other words.
        "Prime Minister Aino Salo said that the damage to the underwater ‘Baltic Connector’ "
        "did not occur by chance.",
    ],
)
def test_titles_in_quotes_are_not_quotations(sentence: str) -> None:
    assert extract(sentence) == []


def test_words_in_title_case_opening_a_sentence_are_a_quotation() -> None:
    assert [c.text for c in extract("“Thank You.” Those were her last words on stage.")] == [
        "Thank You."
    ]


def test_partial_quotation_inside_a_sentence() -> None:
    text = "Tuula Haatainen said the teams work “in true alignment” every day."
    c = one(text)
    assert c.partial
    assert c.text == "in true alignment"


@pytest.mark.parametrize("subject", ["He’s", "Despite his cold, he’s", "He'd be", "He is"])
def test_a_pronoun_s_contraction_opens_the_sentence_of_a_fragment(subject: str) -> None:
    text = (
        "Aino Salo spoke at the festival.\n\n"
        f"{subject} still as funny, replying that he “stopped drinking ten years ago”."
    )
    assert who(one(text)) == "Aino Salo"


def test_nothing_resolves_means_no_speaker() -> None:
    c = one("“Nobody knows who said this.”")
    assert c.speaker is None
    assert c.confidence < 0.5


_PIECES = [*"ab “”\"'\n.,:Ms ABC–—", " said", " says Ota", " in ", " of ", "Aino ", "the ", "\n– "]


@given(st.lists(st.sampled_from(_PIECES), max_size=80).map("".join))
@example("a” said  ”")  # a reporting clause naming nobody: no speaker, no crash
@example("a” said ,a")  # a reporting clause of only an apposition
@settings(max_examples=500, deadline=None)
def test_any_text_gives_spans_that_hold_their_words(text: str) -> None:
    for c in extract(text):
        assert text[c.start : c.end] == c.text


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(
        "Finnish startup Kvantti opened an office in Osaka.\n"
        "“Japan is our second home market,” says Anni Salo, CEO of Kvantti.\n"
        "“We will hire twenty engineers this year,” Salo added.\n",
        encoding="utf-8",
    )
    return path


def test_extract_prints_candidates_in_the_corpus_schema(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(
        app,
        [
            "extract",
            str(article),
            "--source-id",
            "kvantti",
            "--title",
            "Kvantti opens",
            "--address",
            "https://example.org",
        ],
    )
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["schema_version"] == 1
    assert [q["text"] for q in document["quotes"]] == [
        "Japan is our second home market,",
        "We will hire twenty engineers this year,",
    ]
    assert {q["speaker"] for q in document["quotes"]} == {"anni-salo"}
    assert all("pattern" in q and 0 < q["confidence"] <= 1 for q in document["quotes"])
    table = runner.invoke(app, ["extract", str(article), "--format", "table"])
    assert "Anni Salo" in table.stdout


def test_a_surname_with_a_particle_is_the_speakers_alias(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("“We stand with Finland,” said Ursula von der Leyen.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    (speaker,) = json.loads(result.stdout)["speakers"]
    assert (speaker["name"], speaker["aliases"]) == ("Ursula von der Leyen", ["von der Leyen"])


def test_add_merges_without_duplicates_and_verifies(
    runner: CliRunner, article: Path, tmp_path: Path
) -> None:
    candidates = tmp_path / "candidates.json"
    candidates.write_text(runner.invoke(app, ["extract", str(article)]).stdout, encoding="utf-8")
    mine = tmp_path / "corpus" / "mine.json"
    mine.parent.mkdir()
    reports = []
    for _ in range(2):  # adding the same candidates twice adds nothing the second time
        result = runner.invoke(app, ["add", str(candidates), "--to", str(mine)])
        assert result.exit_code == 0, result.stderr
        reports.append(result.stderr)
    assert reports == [
        f"fjquotes: {mine}: 2 quotes added, 2 in all; it verifies\n",
        f"fjquotes: {mine}: 0 quotes added, 2 in all; it verifies\n",
    ]
    data = json.loads(mine.read_text(encoding="utf-8"))
    assert len(data["quotes"]) == 2
    assert "pattern" not in data["quotes"][0]
    assert (mine.parent / data["sources"][0]["file"]).is_file()
    verify = runner.invoke(app, ["--data", str(mine), "verify", "--json"])
    assert verify.exit_code == 0
    assert json.loads(verify.stdout)["checked"] == 2


def test_a_surname_the_article_leaves_unresolved_is_the_corpus_speaker_of_that_name(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(
        "Japan and Finland signed a memorandum.\n\n“We will cooperate,” Okada said.\n"
        "“We are ready,” Virtanen said.\n",
        encoding="utf-8",
    )
    document = json.loads(runner.invoke(app, ["extract", str(path), "--format", "json"]).stdout)
    okada, virtanen = document["quotes"]
    assert (okada["speaker"], okada["pattern"], okada["confidence"]) == (
        "takashi-okada",
        "surname in the corpus",
        0.6,
    )
    # Nobody in the corpus is a Virtanen: no speaker, the name kept for the reviewer.
    assert (virtanen["speaker"], virtanen["named"]) == (None, "Virtanen")
    table = runner.invoke(app, ["extract", str(path), "--format", "table"]).stdout
    assert "Virtanen?" in table
    # The note is for review only: the corpus the candidates go into holds no "named".
    candidates = tmp_path / "candidates.json"
    candidates.write_text(json.dumps(document), encoding="utf-8")
    mine = tmp_path / "mine.json"
    assert runner.invoke(app, ["add", str(candidates), "--to", str(mine)]).exit_code == 0
    assert all("named" not in q for q in json.loads(mine.read_text(encoding="utf-8"))["quotes"])


def test_a_surname_two_known_speakers_share_names_nobody() -> None:
    from fjquotes.candidates import candidate_document
    from fjquotes.model import Speaker

    (cand,) = extract("“We will,” Salo said.")
    source = {"id": "s"}
    one = [Speaker(id="aino-salo", name="Aino Salo", role=None, organization=None)]
    two = [*one, Speaker(id="eero-salo", name="Eero Salo", role=None, organization=None)]
    assert candidate_document([cand], source, one)["quotes"][0]["speaker"] == "aino-salo"
    quote = candidate_document([cand], source, two)["quotes"][0]
    assert (quote["speaker"], quote["named"]) == (None, "Salo")


def test_add_refuses_candidates_that_misquote_and_leaves_the_corpus_alone(
    runner: CliRunner, article: Path, tmp_path: Path
) -> None:
    document = json.loads(runner.invoke(app, ["extract", str(article)]).stdout)
    document["quotes"][0]["occurrences"][0]["text"] = "Japan is our only market,"
    candidates = tmp_path / "bad.json"
    candidates.write_text(json.dumps(document), encoding="utf-8")
    mine = tmp_path / "mine.json"
    mine.write_text('{"schema_version": 1}', encoding="utf-8")
    result = runner.invoke(app, ["add", str(candidates), "--to", str(mine)])
    assert result.exit_code == 2
    assert "does not match" in result.stderr
    assert mine.read_text(encoding="utf-8") == '{"schema_version": 1}'
    assert not (tmp_path / "sources").exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            (
                "Hiroshi Ota reviews saunas on television.\n\n"
                "– Everyone here knows the sauna comes from Finland, says Ota.\n\n"
                "Ota started forty years ago.\n\n"
                "– When I started, there were no rules at all in the sauna.\n\n"
                "– Finland: 5 %\n\n"
                "— Aino Virtanen, Ambassador"
            ),
            [
                ("Everyone here knows the sauna comes from Finland,", "Hiroshi Ota"),
                ("When I started, there were no rules at all in the sauna.", "Hiroshi Ota"),
            ],
            id="dash_led_paragraphs_are_quotations_attributed_at_their_end",
        ),
        pytest.param(
            "“Well, it’s a choice, “ Tom Hale explains, “to be calm tech.”",
            [
                ("Well, it’s a choice,", "Tom Hale"),
                ("to be calm tech.", "Tom Hale"),
            ],
            id="a_backwards_mark_before_a_space_closes",
        ),
        pytest.param(
            (
                "Aino Salo was at the fair. She said that they have been ” wanting to do this "
                "for so long” and that it is a “bigger task for us”."
            ),
            [
                ("wanting to do this for so long", "Aino Salo"),
                ("bigger task for us", "Aino Salo"),
            ],
            id="a_mark_between_spaces_opens_where_every_mark_before_it_is_paired",
        ),
        pytest.param(
            (
                "“We are making a game to last,” Aino Salo says. “We build everything new.” Eero "
                "Virta, game designer, says the studio is “like fighting against ourselves,” "
                "in a way."
            ),
            [
                ("We are making a game to last,", "Aino Salo"),
                ("We build everything new.", "Aino Salo"),
                ("like fighting against ourselves,", "Eero Virta"),
            ],
            id="a_clause_running_on_to_the_next_quotation_introduces_that_one",
        ),
        pytest.param(
            "“We are making a game to last,” Aino Salo says. “We build everything new.” Eero "
            "Virta says, “and so do we.”",
            [
                ("We are making a game to last,", "Aino Salo"),
                ("We build everything new.", "Eero Virta"),
                ("and so do we.", "Eero Virta"),
            ],
            id="a_clause_with_no_words_after_its_verb_still_reports_the_words_before",
        ),
        pytest.param(
            (
                "“Rye is like a religion,” explains Aino Salo, the CEO.\n\n“Unlike most ideas,” "
                "Aino laughs, “this was a good one!”\n\nThe founders Aino Eeva Ville Kalle and "
                "Jouni"
            ),
            [
                ("Rye is like a religion,", "Aino Salo"),
                ("Unlike most ideas,", "Aino Salo"),
                ("this was a good one!", "Aino Salo"),
            ],
            id="a_caption_s_list_of_given_names_holds_no_full_name",
        ),
        pytest.param(
            (
                "President Eero Virta spoke first.\n\n“We are thankful,” Virta said.\n\nFormer "
                "president Aino Salo took to Twitter to pay her respects.\n\n“He strengthened "
                "our democracy.”"
            ),
            [
                ("We are thankful,", "Eero Virta"),
                ("He strengthened our democracy.", "Aino Salo"),
            ],
            id="took_to_twitter_introduces_the_post_under_it",
        ),
        pytest.param(
            (
                "Salmela was driven to succeed.\n\n“Since I was a child, I knew it.” Salmela took "
                "on jobs.\n\n“Since I was a child, I knew it.”\n\nHeikki Salmela"
            ),
            [
                ("Since I was a child, I knew it.", "Heikki Salmela"),
                ("Since I was a child, I knew it.", "Heikki Salmela"),
            ],
            id="a_name_line_ending_the_article_credits_the_pull_quote_over_it",
        ),
        pytest.param(
            (
                "Salmela was driven to succeed.\n\n“Since I was a child, I knew it.” Never one to "
                "shy away from hard work, Salmela took on jobs. “At one point, I worked as a "
                "salesman.”\n\n“Since I was a child, I knew it.”\n\nHeikki Salmela"
            ),
            [
                ("Since I was a child, I knew it.", "Heikki Salmela"),
                ("At one point, I worked as a salesman.", "Heikki Salmela"),
                ("Since I was a child, I knew it.", "Heikki Salmela"),
            ],
            id="words_going_on_from_ones_a_pull_quote_credits_are_that_speaker_s",
        ),
        pytest.param(
            "Finland does not agree.\n\n– We are going to win every game, Fullback Aino Salo "
            "acknowledge.",
            [("We are going to win every game,", "Aino Salo")],
            id="a_title_a_full_name_and_any_word_end_a_dash_led_paragraph",
        ),
        pytest.param(
            "Aino Salo co-founded the firm.\n\n‘Then we said: “Why isn't anyone doing anything "
            "about it?” We had Guitar Hero, which was fun,’ Aino says.",
            [
                (
                    "Then we said: “Why isn't anyone doing anything about it?” We had Guitar "
                    "Hero, which was fun,",
                    "Aino Salo",
                )
            ],
            id="double_marks_inside_single_ones_are_quoted_within_the_quotation",
        ),
        pytest.param(
            "Aino Salo is the expert.\n\n– Finland has not yet lost at home, so there is a very "
            "exciting climax ahead, Salo speculates.",
            [
                (
                    "Finland has not yet lost at home, so there is a very exciting climax ahead,",
                    "Aino Salo",
                )
            ],
            id="speculates_reports_the_words",
        ),
        pytest.param(
            "Aino Salo is the expert.\n\n– Even if Norway had a man down, they were able to "
            "finish strongly, Salo times.",
            [("Even if Norway had a man down, they were able to finish strongly,", "Aino Salo")],
            id="a_surname_the_article_gives_in_full_and_any_word_end_a_dash_led_paragraph",
        ),
        pytest.param(
            "Aino Salo is the expert.\n\n– We went to the north and the west, Lapland mostly.",
            [("We went to the north and the west, Lapland mostly.", None)],
            id="a_word_no_full_name_ends_with_is_no_clause_s_name",
        ),
        pytest.param(
            (
                "“It helps us,” Tom Hale told CNBC.\n"
                "Hale aims to make Oura a “health company” with “clinical grade” rings.\n"
                "However, saunas kept their “hot and stuffy” image."
            ),
            [
                ("It helps us,", "Tom Hale"),
                ("health company", "Tom Hale"),
                ("clinical grade", "Tom Hale"),
                ("hot and stuffy", None),
            ],
            id="a_fragment_in_a_sentence_about_a_speaker_is_theirs",
        ),
        pytest.param(
            (
                "The new chairman, Eero Virta, spoke on Sunday.\n\n"
                "The new chairman called the plan “foreign to everyday life”."
            ),
            [("foreign to everyday life", "Eero Virta")],
            id="a_fragment_in_a_sentence_about_the_adjective_and_role_of_a_person_is_theirs",
        ),
        pytest.param(
            "We made history,” Aino Virtanen told me. “I hope it is not the last time.”",
            [
                ("We made history,", "Aino Virtanen"),
                ("I hope it is not the last time.", "Aino Virtanen"),
            ],
            id="a_quotation_that_lost_its_opening_mark_before_another_quotation",
        ),
        pytest.param(
            "Aino Virtanen said, “We share values.\nToday we need partners.” She added, “More.”",
            [
                ("We share values.", "Aino Virtanen"),
                ("Today we need partners.", "Aino Virtanen"),
                ("More.", "Aino Virtanen"),
            ],
            id="a_quotation_closed_in_the_next_paragraph_before_another_quotation",
        ),
        pytest.param(
            (
                "- For Finland, it is about building relations with Norway, says Finnish "
                "journalist Eero Salo, who monitors the exercise on site, in the Morning Studio\n\n"
                "- It swung in principle overnight and is due to the uncertainty."
            ),
            [
                ("For Finland, it is about building relations with Norway,", "Eero Salo"),
                ("It swung in principle overnight and is due to the uncertainty.", "Eero Salo"),
            ],
            id="a_hyphen_led_paragraph_credited_after_a_description_is_a_quotation",
        ),
        pytest.param(
            "“Obviously Eero was decisive,” said coach Mika Salo.\n\nEero Laine won the "
            "race.\n\n“I have been missing that,” Laine said.",
            [
                ("Obviously Eero was decisive,", "Mika Salo"),
                ("I have been missing that,", "Eero Laine"),
            ],
            id="words_inside_a_quotation_make_no_surname_of_a_given_name",
        ),
        pytest.param(
            "CEO Aino Salo said “We are happy with the start.” What that translates to is, "
            "“we have made no profit yet.”",
            [("We are happy with the start.", "Aino Salo")],
            id="what_words_translate_to_is_the_writers_gloss",
        ),
        pytest.param(
            "Everyone played well, and the classic cliché “message is always message” held.",
            [],
            id="a_cliche_in_marks_is_no_quotation",
        ),
        pytest.param(
            "The theme of the pavilion is “connections between people and nature.” It opens in "
            "March.",
            [],
            id="what_a_theme_is_is_no_quotation",
        ),
        pytest.param(
            "Its pavilion would be like a “kirmu,” a Finnish word for a rocky hollow, and small "
            "“nano” satellites will orbit above it.",
            [],
            id="one_word_in_marks_credited_to_nobody_is_a_term",
        ),
        pytest.param(
            "In fact the catchphrase, “Say Fazer when you want the very best”, is a phrase all "
            "Finns know.",
            [],
            id="a_catchphrase_set_off_by_commas_is_no_quotation",
        ),
        pytest.param(
            "“I love this country,” Alexander Stubb said.\n\nThe first promise: “I will give my "
            "all absolutely every day.”",
            [
                ("I love this country,", "Alexander Stubb"),
                ("I will give my all absolutely every day.", "Alexander Stubb"),
            ],
            id="a_label_and_a_colon_before_a_paragraphs_words",
        ),
        pytest.param(
            "“It is not easy,” Eero Salo admits.\n\nIt was hard to find sponsors: “I do not "
            "know how many emails my mother sent.”",
            [
                ("It is not easy,", "Eero Salo"),
                ("I do not know how many emails my mother sent.", "Eero Salo"),
            ],
            id="a_clause_about_no_one_and_a_colon_before_a_paragraphs_words",
        ),
        pytest.param(
            "“Rather hopeful, really!” says Ville Valo.\n\nWhat is going on with you "
            "personally? “Life is lonely but filled with music.”",
            [
                ("Rather hopeful, really!", "Ville Valo"),
                ("Life is lonely but filled with music.", "Ville Valo"),
            ],
            id="an_interviewers_question_before_the_answer",
        ),
        pytest.param(
            "So here I am in the hall.\n\n– More substance!",
            [("More substance!", None)],
            id="a_short_cry_after_a_dash_is_a_quotation",
        ),
        pytest.param(
            "‘Our strategy focuses on growth’, VR Group CEO Elisa Markula said on Friday.",
            [("Our strategy focuses on growth", "Elisa Markula")],
            id="single_marks_before_a_reporting_clause_naming_the_person_first",
        ),
        pytest.param(
            "VR Group CEO Elisa Markula spoke on Friday.\n\nMarkula said ‘properly targeted "
            "investments are necessary’. She added that ’telecoms operators also need to "
            "invest’.",
            [
                ("properly targeted investments are necessary", "Elisa Markula"),
                ("telecoms operators also need to invest", "Elisa Markula"),
            ],
            id="single_marks_right_after_a_speech_verb",
        ),
        pytest.param(
            "Jorma Ollila says “His ability to question widely accepted “truths” is phenomenal.”",
            [("His ability to question widely accepted “truths” is phenomenal.", "Jorma Ollila")],
            id="the_same_marks_nested_inside_a_quotation",
        ),
        pytest.param(
            "Finland should “go to the core of NATO and to “produce, not consume, safety”.",
            [("go to the core of NATO and to", None), ("produce, not consume, safety", None)],
            id="an_opening_mark_never_closed_before_another_quotation_is_no_nest",
        ),
        pytest.param(
            "So here I am in the hall.\n\n– Its own sound?",
            [],
            id="a_short_question_after_a_dash_is_the_interviewers",
        ),
        pytest.param(
            "The manager warns against complacency – “I try to create a healthy sense of "
            "uncertainty”\n\nAino Salo wants to create a “healthy sense of uncertainty” in her "
            "people.",
            [
                ("I try to create a healthy sense of uncertainty", "Aino Salo"),
                ("healthy sense of uncertainty", "Aino Salo"),
            ],
            id="a_headline_holding_a_fragment_credited_below_is_its_speakers",
        ),
        pytest.param(
            "Leaders split – “We need a healthy sense of uncertainty and a clear plan for "
            "growth”\n\nAino Salo wants a “healthy sense of uncertainty” in her people. Eero "
            "Laine wants “a clear plan for growth” for his.",
            [
                ("We need a healthy sense of uncertainty and a clear plan for growth", None),
                ("healthy sense of uncertainty", "Aino Salo"),
                ("a clear plan for growth", "Eero Laine"),
            ],
            id="a_headline_holding_two_peoples_fragments_is_nobodys",
        ),
        pytest.param(
            '"A rock band won," Aino Salo said.\n\n"AN OPEN MIND"\n\n"Our win is a win for an '
            'open mind," she added.\n\n"Open Doors Festival"',
            [
                ("A rock band won,", "Aino Salo"),
                ("AN OPEN MIND", "Aino Salo"),
                ("Our win is a win for an open mind,", "Aino Salo"),
            ],
            id="a_heading_in_capitals_repeating_a_quotation_is_its_speakers",
        ),
        pytest.param(
            'Aino Salo said: "I think he is able. "In a way he is the head." VIA Al Jazeera',
            [("I think he is able.", "Aino Salo"), ("In a way he is the head.", "Aino Salo")],
            id="a_straight_mark_after_a_sentence_and_closed_later_opens_the_next_quotation",
        ),
        pytest.param(
            '"I heard shots," Aino Salo told AFP. "I went to see. "I looked through the '
            'window," she said, adding, "Thank God I was not hit."',
            [
                ("I heard shots,", "Aino Salo"),
                ("I went to see.", "Aino Salo"),
                ("I looked through the window,", "Aino Salo"),
                ("Thank God I was not hit.", "Aino Salo"),
            ],
            id="a_straight_mark_opening_the_next_quotation_nests_in_no_earlier_one",
        ),
        pytest.param(
            '"Japan sees investment coming. "Europe, however, lags, he added.',
            [("Japan sees investment coming.", None)],
            id="a_straight_mark_after_a_sentence_and_never_closed_moved_the_close",
        ),
        pytest.param(
            'Salo "extremely pleased" with prize\n\nAino Salo won the prize on Friday.',
            [("extremely pleased", "Aino Salo")],
            id="a_headlines_name_then_words_quoted_are_that_persons",
        ),
        pytest.param(
            "Aino Salo won the prize on Friday.\n\nIn the 1970s Salo showed how. His "
            "“informativeness principle” showed how pay should work.",
            [("informativeness principle", None)],
            id="a_possessive_then_words_quoted_is_no_headline_name",
        ),
        pytest.param(
            "“It was hard,” Aino Salo said while pondering on the question: “How do you feel?”",
            [("It was hard,", "Aino Salo"), ("How do you feel?", None)],
            id="the_question_put_to_a_speaker_is_not_theirs",
        ),
        pytest.param(
            "“We won,” Aino Salo said.\n\nThe battles were a heroic chapter of ours.”",
            [("We won,", "Aino Salo"), ("The battles were a heroic chapter of ours.", "Aino Salo")],
            id="a_paragraph_closed_after_a_quotation_dropped_its_opening_mark",
        ),
        pytest.param(
            "Aino Salo spoke on Monday.\n\nThe battles were a heroic chapter of ours.”",
            [],
            id="a_paragraph_closed_after_no_quotation_is_none",
        ),
        pytest.param(
            'This format began when Saara Aalto, "the eternal second", was selected.',
            [],
            id="words_in_marks_set_off_after_a_name_are_what_they_call_the_person",
        ),
        pytest.param(
            "Olympic champion Matti Nykanen has died.\n\n“Matti died last night,” his wife Pia "
            "Nykanen told the magazine.\n\nTrying to explain, Nykanen once said: “I was very "
            "young when I became successful.”",
            [
                ("Matti died last night,", "Pia Nykanen"),
                ("I was very young when I became successful.", "Matti Nykanen"),
            ],
            id="a_surname_kin_share_is_the_one_named_first",
        ),
        pytest.param(
            "Aino Salo met the minister.\n\nYesterday Salo said he agreed, stating on X, "
            "“Could not agree more.”",
            [("Could not agree more.", "Aino Salo")],
            id="yesterday_is_no_given_name",
        ),
        pytest.param(
            "Supercell CEO Aino Salo says so.\n\nSupercell Oy:n toimitusjohtaja Aino Salo "
            "Supercellin tiloissa Helsingissä.\n\nSupercell opened an office in Japan.\n\n"
            "“People thought we were crazy,” she remarks.",
            [("People thought we were crazy,", "Aino Salo")],
            id="a_firms_name_is_no_slip_for_its_inflection_glued_to_a_name",
        ),
        pytest.param(
            "Eero Virta advanced to the final.\n\n“Awesome wrestling from the Finns,” said the "
            "coach of the Finnish team Aino Salo in the bulletin.",
            [("Awesome wrestling from the Finns,", "Aino Salo")],
            id="a_description_ending_in_a_full_name_is_that_persons",
        ),
        pytest.param(
            "“I hope so,” said Aino Maija Salo, President of the Sámi Parliament.\n\n“Now is "
            "the time,” Salo added.",
            [("I hope so,", "Aino Maija Salo"), ("Now is the time,", "Aino Maija Salo")],
            id="a_surname_is_the_three_part_names_not_its_last_two_words",
        ),
        pytest.param(
            "Head coach To Aino Salo there was still something to think about.\n\n“The "
            "process is still ongoing,” Salo told reporters.",
            [("The process is still ongoing,", "Aino Salo")],
            id="a_preposition_left_capitalised_before_a_name_is_no_part_of_it",
        ),
        pytest.param(
            "President Aino Salo on Tuesday said the country was ready.\n\n“Of course we will "
            "help,” Salo told a press conference.\n\nAccording to defence minister Eero Salo, "
            "the police could help.",
            [("Of course we will help,", "Aino Salo")],
            id="a_surname_two_share_is_the_one_named_first_though_only_the_later_is_known",
        ),
        pytest.param(
            '"Last night at the "Dark Horse" when I won I was happy. This is insane," said Eric '
            "Melin.",
            [
                (
                    'Last night at the "Dark Horse" when I won I was happy. This is insane,',
                    "Eric Melin",
                )
            ],
            id="a_title_in_straight_marks_nested_in_a_straight_quotation",
        ),
        pytest.param(
            "Foreign Minister Yoko Kamikawa said she and her Finnish counterpart Elina Valtonen "
            "shared the “wish to do more together”.",
            [("wish to do more together", "Yoko Kamikawa")],
            id="a_name_sharing_the_verb_with_the_reporters_pronoun_does_not_report",
        ),
        pytest.param(
            "Yoko Kamikawa said Elina Valtonen stressed the “wish to do more together”.",
            [("wish to do more together", "Elina Valtonen")],
            id="a_name_reporting_inside_anothers_report_is_the_nearer_speaker",
        ),
        pytest.param(
            "Foreign Minister Yoko Kamikawa said she and her Finnish counterpart Elina Valtonen "
            "agreed on closer ties.\n\n“We will do more together.”",
            [("We will do more together.", "Yoko Kamikawa")],
            id="the_reporter_not_the_name_sharing_her_verb_introduces_the_next_paragraph",
        ),
        pytest.param(
            "“The biggest problem is the cuts,” 30-year-old demonstrator Henri Mertto, who works "
            "as a ship crewman, told AFP.",
            [("The biggest problem is the cuts,", "Henri Mertto")],
            id="an_age_and_a_protesters_noun_before_the_name",
        ),
        pytest.param(
            "Petteri Orpo spoke.\n\nOrpo, whose government has argued the country needs an "
            '"export-driven labour market model", on Thursday called the mass strikes '
            '"excessive and disproportionate".',
            [
                ("export-driven labour market model", None),
                ("excessive and disproportionate", "Petteri Orpo"),
            ],
            id="a_whose_clause_quoting_others_between_the_subject_and_the_fragment",
        ),
        pytest.param(
            "Jason Ball invests.\n\nWorking for a chipset firm, Ball’s wish list for partners is "
            "specific: “We’re looking for the next wave of wireless.”",
            [("We’re looking for the next wave of wireless.", "Jason Ball")],
            id="what_a_person_has_heading_a_colon_makes_the_words_theirs",
        ),
        pytest.param(
            "Jason Ball invests.\n\nThe firm praised Ball’s work in public: “We are proud.”",
            [("We are proud.", None)],
            id="a_possessive_that_is_no_subject_heads_no_colon",
        ),
        pytest.param(
            '"We\'ve been humble about what we have here," seconds chef Sami Tallberg, author '
            'of the popular "Wild Herb Cookbook," a field trip.',
            [("We've been humble about what we have here,", "Sami Tallberg")],
            id="seconding_the_words_before_reports_them",
        ),
        pytest.param(
            "Finland’s most well-known “green chef”, Sasu Laukkonen, runs a tiny restaurant.",
            [],
            id="words_in_marks_set_off_before_a_full_name_are_what_they_call_the_person",
        ),
        pytest.param(
            "He called the plan “a total disaster”, Aino Salo, the coach, said.",
            [("a total disaster", "Aino Salo")],
            id="a_fragment_before_a_name_and_its_apposition_is_still_reported",
        ),
        pytest.param(
            "Sasu Laukkonen cooks.\n“The cooking focuses on local ingredients.”\nMichelin Guide\n"
            "Small seasonal restaurant using only local produce",
            [("The cooking focuses on local ingredients.", None)],
            id="a_guide_under_a_quotation_is_no_person",
        ),
        pytest.param(
            "Inka Saara Arttijeff and her family gather in the kitchen.\n\n"
            "“Reindeer herding represents a way of life,” Arttijeff said.",
            [("Reindeer herding represents a way of life,", "Inka Saara Arttijeff")],
            id="three_names_opening_a_paragraph_are_one_persons",
        ),
        pytest.param(
            "It snowed. Inka Saara Arttijeff herds.\n\n“It is a way of life,” Arttijeff said.",
            [("It is a way of life,", "Inka Saara Arttijeff")],
            id="three_names_opening_a_sentence_are_one_persons",
        ),
        pytest.param(
            "It snowed. But Inka Saara Arttijeff herds.\n\n“It is a way of life,” she said.",
            [("It is a way of life,", "Inka Saara Arttijeff")],
            id="three_names_after_a_conjunction_opening_a_sentence_are_one_persons",
        ),
        pytest.param(
            "According to Inka Saara Arttijeff, director of the museum, it works.\n\n“It is a "
            "way of life,” she said.",
            [("It is a way of life,", "Inka Saara Arttijeff")],
            id="three_names_after_according_to_and_before_their_post_are_one_persons",
        ),
        pytest.param(
            "On Tuesday Saara Arttijeff spoke.\n\n“It is a way of life,” Arttijeff said.",
            [("It is a way of life,", "Saara Arttijeff")],
            id="a_word_opening_a_sentence_before_a_name_is_no_given_name",
        ),
        pytest.param(
            "Aino Salo runs Posiva.\n\n"
            "On Monday, in a statement, Salo called it “a great day for the firm”.",
            [("a great day for the firm", "Aino Salo")],
            id="a_second_phrase_setting_the_scene_before_the_subject",
        ),
        pytest.param(
            "Operator Teollisuuden Voima, or TVO, tweeted that “Olkiluoto 3 is now ready” "
            "after a delay.",
            [("Olkiluoto 3 is now ready", None)],
            id="a_name_known_by_its_letters_too_is_a_bodys",
        ),
        pytest.param(
            "“Olkiluoto 3 is now ready,” said Aino Salo, head of TVO, on Sunday.",
            [("Olkiluoto 3 is now ready,", "Aino Salo")],
            id="a_persons_apposition_may_name_a_body_by_its_letters",
        ),
        pytest.param(
            "Touted as a “100,000-year tomb,” the Onkalo facility is being built in bedrock.",
            [],
            id="what_a_thing_is_touted_as_is_a_name",
        ),
        pytest.param(
            "Finland Is Once more the World’s Happiest Nation, Report Finds\n\n"
            "In Finland, a relatively egalitarian society, people tend not to be fixated on "
            "“keeping up with the Joneses”.",
            [("keeping up with the Joneses", None)],
            id="a_headlines_verb_of_being_is_no_surname",
        ),
        pytest.param(
            '"People don\'t seem to be particularly happy." - Aino Salo PhD Psychology, '
            "Aalto University",
            [("People don't seem to be particularly happy.", "Aino Salo")],
            id="a_degree_after_the_name_a_dash_credits_describes_the_person",
        ),
        pytest.param(
            "The report estimates that trust is more important in determining happiness than "
            "‘income, unemployment, and major health risks’.",
            [("income, unemployment, and major health risks", None)],
            id="four_words_or_more_set_apart_in_single_marks_are_quoted",
        ),
        pytest.param(
            "Speaking in September, Deputy CEO Olli Salo praised the system in Sweden.\n"
            "Aino Virtanen, Finland’s Minister of Europe and a member of the Social Democratic "
            "Party (SDP), has now told MTV that the government supports the move.\n"
            "The Minister also added that a study has been sped up.\n"
            "She explained: “I myself hastened to make a report.”",
            [("I myself hastened to make a report.", "Aino Virtanen")],
            id="a_sentence_opening_with_a_title_is_about_the_person_holding_it",
        ),
        pytest.param(
            "The firm is beginning to see “the number of passengers grow” and aims to “make "
            "sure airlines return”, said SVP Eero Salo.",
            [
                ("the number of passengers grow", "Eero Salo"),
                ("make sure airlines return", "Eero Salo"),
            ],
            id="a_fragment_a_verb_joins_to_a_credited_one_shares_its_speaker",
        ),
        pytest.param(
            "Eero Salo runs the airport.\n\nThe plan has progressed on schedule, said Salo in a "
            "tone of pleasure. “We have managed to increase the space.”",
            [("We have managed to increase the space.", "Eero Salo")],
            id="a_sentence_crediting_its_person_after_the_verb_names_the_next_words",
        ),
        pytest.param(
            "Pooling resources is key, added Aino Salo, professor at the University of "
            "Helsinki. “By combining our resources, we will grow.”",
            [("By combining our resources, we will grow.", "Aino Salo")],
            id="a_sentence_crediting_its_person_and_role_after_the_verb_names_the_next_words",
        ),
        pytest.param(
            "The plan has progressed on schedule, said the company. “We increased the space.”",
            [("We increased the space.", None)],
            id="a_sentence_crediting_a_body_after_the_verb_names_nobody",
        ),
        pytest.param(
            "Aino Salo turned 50 on Friday.\n\nIn the podcast, the Finn looks back on her years "
            "at Ajax. She names the 1995 final her best moment. “But I was so very tired.”",
            [("But I was so very tired.", "Aino Salo")],
            id="words_after_sentences_about_a_person_with_no_verb_of_speech_are_theirs",
        ),
        pytest.param(
            "The firm cut a hundred jobs. “It is painful.”",
            [("It is painful.", None)],
            id="words_after_a_sentence_about_a_body_are_nobodys",
        ),
        pytest.param(
            "It’s Aino Salo’s birthday!\n\nListen to Aino in the Ajax Podcast!\n\nIn the "
            "podcast, the Finn looks back. “I feel more like thirty,” she says with a laugh.",
            [("I feel more like thirty,", "Aino Salo")],
            id="a_given_name_after_listen_to_is_a_person_not_a_place",
        ),
        pytest.param(
            "“Time flies,” Aino Salo says. I splutter.\n\nThis is not a normal interview. "
            "Getting Salo has been an obsession. “I have given enough interviews,” she says.",
            [("Time flies,", "Aino Salo"), ("I have given enough interviews,", "Aino Salo")],
            id="a_gerund_before_a_surname_opens_no_name",
        ),
        pytest.param(
            "Forbes named Aino Salo among the 100 Most Powerful Women in the world. She spoke "
            'today about health care, which she says has given Finland "a lower infant '
            'mortality rate."',
            [("a lower infant mortality rate.", "Aino Salo")],
            id="people_in_the_plural_end_no_name",
        ),
        pytest.param(
            "Aino Salo is going to find herself at the head of the Union.\n\nNow Reading:\n"
            "“What does this mean?”\n\nAino Salo:\n“This means bringing the nations together”."
            "\n\nQuestion:\n“Is it so?”\nSalo:\n“In Europe we have to compete.”",
            [
                ("What does this mean?", None),
                ("This means bringing the nations together", "Aino Salo"),
                ("Is it so?", None),
                ("In Europe we have to compete.", "Aino Salo"),
            ],
            id="an_interviews_label_and_colon_names_who_answers_under_it",
        ),
        pytest.param(
            'Rally reactions.\n\nAino Salo [BP Ford WRT]:\n\n"I never thought I could win."'
            '\n\nMatti Virta (Citroen):\n\n"I tried to push as hard as I could."',
            [
                ("I never thought I could win.", "Aino Salo"),
                ("I tried to push as hard as I could.", "Matti Virta"),
            ],
            id="a_label_with_the_side_in_brackets_names_a_person_written_nowhere_else",
        ),
        pytest.param(
            "We present an interview with President Aino Salo, who served from 2000.\n"
            "How did your journey begin?\n"
            "- I never thought of it. It was not part of my dreams at all.",
            [("I never thought of it. It was not part of my dreams at all.", "Aino Salo")],
            id="a_hyphen_led_answer_to_a_question_is_the_interviewees",
        ),
        pytest.param(
            "– A break-in is a complex crime to investigate. But we are making good progress, "
            "says Head of Investigation, Detective Chief Inspector Aino Salo of the NBI.",
            [
                (
                    "A break-in is a complex crime to investigate. But we are making good "
                    "progress,",
                    "Aino Salo",
                )
            ],
            id="a_dash_led_paragraphs_clause_may_hold_a_role_with_commas",
        ),
        pytest.param(
            'Outlook unchanged. Fiskars President and CEO, Aino Salo: "We had a strong start."',
            [("We had a strong start.", "Aino Salo")],
            id="a_title_a_comma_and_a_full_name_before_a_colon_name_the_speaker",
        ),
        pytest.param(
            'Our view on the weather, in short: "It was cold."',
            [("It was cold.", None)],
            id="words_naming_no_post_before_a_comma_and_a_colon_name_nobody",
        ),
        pytest.param(
            '"We lead," Aino Salo said. Meanwhile, Finns leader Eero Virta called it "an '
            'excellent result".',
            [("We lead,", "Aino Salo"), ("an excellent result", "Eero Virta")],
            id="a_linking_adverb_may_open_the_sentence_of_the_person_a_fragment_is_about",
        ),
        pytest.param(
            "Aino Salo lives in Tallinn. Instead, she does not name Lahti, where she has also "
            "lived, as her “own” city.",
            [],
            id="one_word_in_a_sentence_about_she_with_no_verb_of_speech_is_a_term",
        ),
        pytest.param(
            'Aino Salo won. Salo addressed her followers and declared, "We got the mandate."',
            [("We got the mandate.", "Aino Salo")],
            id="a_verb_of_speech_after_another_verb_and_and_names_the_speaker",
        ),
        pytest.param(
            "Critic Aino Salo praised her. That same year, Eero Virta, of The Times, hailed her "
            "third appearance with the [orchestra], and wrote that “she proved once again "
            "why.”",
            [("she proved once again why.", "Eero Virta")],
            id="a_verb_of_speech_after_where_a_person_is_from_a_clause_and_and",
        ),
        pytest.param(
            "Aino Salo, Development Director of the Hospital District (HUS), talked to the paper "
            "and said “the last case went home over the weekend.”",
            [("the last case went home over the weekend.", "Aino Salo")],
            id="a_verb_of_speech_after_an_apposition_another_verb_and_and",
        ),
        pytest.param(
            "In 2019, The Boston Globe’s Aino Salo noted that she “drew colors from the "
            "orchestra.”",
            [("drew colors from the orchestra.", "Aino Salo")],
            id="the_opening_a_bodys_name_in_the_possessive_before_the_persons",
        ),
        pytest.param(
            "Aino Salo led the party before.\n\nThe leader of the National Coalition is Eero "
            "Virta, who was deputy prime minister. “I think people want change,” he said.",
            [("I think people want change,", "Eero Virta")],
            id="a_description_is_the_name_after_it_names_the_sentences_person",
        ),
        pytest.param(
            "Aino Salo's party is the largest bloc. Leading its charge against the cabinet "
            "was group leader Eero Virta, who may succeed Salo.\n\n"
            "“This doesn't work for us,” he said.",
            [("This doesn't work for us,", "Eero Virta")],
            id="a_participles_phrase_then_was_and_the_name_names_the_sentences_person",
        ),
        pytest.param(
            "“He is the focal point,” coach Eero Virta said.\n\n“Let’s not limit him.”\n\n"
            "What opened Virta's eyes to Aino Salo was Salo's speed.\n\n"
            "“She pushed the ball,” he said.",
            [
                ("He is the focal point,", "Eero Virta"),
                ("Let’s not limit him.", "Eero Virta"),
                ("She pushed the ball,", "Eero Virta"),
            ],
            id="a_speaker_named_again_since_their_words_is_the_pronouns_person",
        ),
        pytest.param(
            "“We apologise,” Eero Virta said.\n\nThe commission’s chair, Aino Salo, said the "
            "schools were a tool of assimilation. Many lost their language. “These traumas "
            "persist,” she said.",
            [("We apologise,", "Eero Virta"), ("These traumas persist,", "Aino Salo")],
            id="a_name_in_apposition_to_a_description_names_the_sentences_person",
        ),
        pytest.param(
            "According to reports from Travel Gossip, TUI has issued an alert to its customers, "
            "stating: “We’ve been closely monitoring the weather.”",
            [("We’ve been closely monitoring the weather.", None)],
            id="a_source_after_according_to_is_no_subject_before_a_colon",
        ),
        pytest.param(
            'Aino Salo flew in.\n\n"We are monitoring the weather," a TUI spokesperson said.\n\n'
            '"There is no snow at your hotel," the spokesperson added.',
            [("We are monitoring the weather,", None), ("There is no snow at your hotel,", None)],
            id="the_role_of_a_person_met_unnamed_is_nobodys",
        ),
        pytest.param(
            'Aino Salo flew in. "We grow," said a spokesperson for Nokia, Eero Virta.\n\n'
            '"We win," the spokesperson added.',
            [("We grow,", "Eero Virta"), ("We win,", "Eero Virta")],
            id="the_role_of_a_person_named_after_a_is_theirs",
        ),
        pytest.param(
            'Aino Salo flew in. "We grow," a spokesperson for Nokia, Eero Virta, said.',
            [("We grow,", None)],
            id="a_clause_after_the_words_that_reports_them_keeps_the_sentence_before_out",
        ),
        pytest.param(
            "Hide Ad\nHide Ad\n\n“It is stressing us out,” a nurse said.\n\nHide Ad\nHide Ad\n\n"
            "“We have spent hundreds on snow clothing.”",
            [("It is stressing us out,", None), ("We have spent hundreds on snow clothing.", None)],
            id="a_line_the_page_repeats_is_no_name",
        ),
        pytest.param(
            "Candidates for president: Eero Salo and Aino Virta\n"
            "Candidates for president: Eero Salo and Aino Virta\n\n"
            'Salo leads the count. "We made it to the final," said Salo.',
            [("We made it to the final,", "Eero Salo")],
            id="a_caption_the_page_repeats_still_names_whom_the_story_calls_by_surname",
        ),
        pytest.param(
            "Aino Salo, 33, said she had spent £2,000.\n\nThe nurse, from Stoke-on-Trent, who is "
            "due to fly out on December 3, told the Press Association: “It is stressing us out.”",
            [("It is stressing us out.", "Aino Salo")],
            id="a_description_set_off_by_where_from_and_who_before_the_verb",
        ),
        pytest.param(
            '"It is with deep sadness," the current President, Aino Salo, said in a statement.',
            [("It is with deep sadness,", "Aino Salo")],
            id="a_description_then_the_name_set_off_after_the_words",
        ),
        pytest.param(
            "“Peace is a matter of will,” said Aino Salo when she was awarded the Nobel Peace "
            "Prize in 2008.\n\nShe brokered talks with the separatists of the Free Aceh "
            "Movement.\n\nPeace talks began in Helsinki in January 2005.\n\nThe two sides then "
            "described a stern woman.\n\n“I have enormous patience,” she later said.",
            [
                ("Peace is a matter of will,", "Aino Salo"),
                ("I have enormous patience,", "Aino Salo"),
            ],
            id="a_prize_and_a_movement_are_no_ones_names",
        ),
        pytest.param(
            "Aino Salo had received the Nobel Prize “for her important efforts to resolve "
            "international conflicts”.",
            [("for her important efforts to resolve international conflicts", None)],
            id="a_prizes_citation_is_not_the_laureates_words",
        ),
        pytest.param(
            "In a GQ interview, Housemarque cofounder Aino Salo called Returnal “kind of a "
            "stepping stone” for the company.",
            [("kind of a stepping stone", "Aino Salo")],
            id="a_cofounder_written_as_one_word_is_a_person",
        ),
        pytest.param(
            "Aino Salo wrote a new book. She places the crimes in the history of an "
            "imperialist Russia – “colonialist”, in her words.",
            [("colonialist", "Aino Salo")],
            id="words_followed_by_in_her_words_are_hers",
        ),
        pytest.param(
            "Aino Salo – “It was quite obvious for me that I’d never marry an author”\n\n"
            "Aino Salo, novelist and playwright, is the most famous writer.",
            [("It was quite obvious for me that I’d never marry an author", "Aino Salo")],
            id="a_headlines_name_and_dash_credit_the_words",
        ),
        pytest.param(
            "The years go by and, apparently, Aino Salo does not change: she still has her Amy "
            "Winehouse look. In the book, she places the crimes in the history of Russia – "
            "“colonialist”, in her words.",
            [("colonialist", "Aino Salo")],
            id="a_name_a_possessive_owns_is_no_one_her_stands_for",
        ),
        pytest.param(
            "Aino Salo spoke on Saturday. Asked about Italy’s plans to increase its deficit, "
            "Salo called the development “worrisome”.",
            [("worrisome", "Aino Salo")],
            id="a_question_put_to_the_person_may_open_the_sentence",
        ),
        pytest.param(
            "Critics doubt the so-called ‘Nordic happiness model’ travels well.",
            [],
            id="three_words_set_apart_in_single_marks_may_be_a_name",
        ),
        pytest.param(
            '"It will surprise many," said Wolt co-founder and CEO Miki Kuusi.',
            [("It will surprise many,", "Miki Kuusi")],
            id="and_joins_a_second_role_before_the_name",
        ),
        pytest.param(
            '"He is special," NHL Network analyst and former NHL goaltender Aino Salo told us.',
            [("He is special,", "Aino Salo")],
            id="and_a_word_and_a_firm_open_a_second_role_before_the_name_and_verb",
        ),
        pytest.param(
            '"It is our largest investment," president and CEO Aino Salo said.',
            [("It is our largest investment,", "Aino Salo")],
            id="and_joins_a_title_in_capitals_to_a_role_before_the_name_and_verb",
        ),
        pytest.param(
            'All Wolt shareholders become shareholders in Doordash.\n\n"We gain," Wolt said.',
            [("We gain,", None)],
            id="a_determiner_opening_a_sentence_is_no_given_name",
        ),
        pytest.param(
            'Both Salo and Virta spoke. Aino Salo leads.\n\n"We gain," Salo said.',
            [("We gain,", "Aino Salo")],
            id="both_before_a_surname_leaves_it_to_the_full_name",
        ),
        pytest.param(
            "Wolt CEO Miki Kuusi says that the sale was a 'small surprise' even to him.",
            [("small surprise", "Miki Kuusi")],
            id="words_set_apart_after_a_reporting_clause_are_its_persons",
        ),
        pytest.param(
            "Wolt CEO Miki Kuusi visited the 'dark store' in Hamburg.",
            [],
            id="words_set_apart_in_a_sentence_reporting_nothing_stay_out",
        ),
        pytest.param(
            "A pensioner visited the Finnish Civil Defence headquarters. “It’s for my wife that "
            "I ask,” the pensioner told the officials. “I want her to be safe,” he said.",
            [("It’s for my wife that I ask,", None), ("I want her to be safe,", None)],
            id="a_body_of_civil_defence_is_nobody_a_pronoun_stands_for",
        ),
        pytest.param(
            "A small door led to the “control room”, a dimly lit space with generators.",
            [],
            id="a_term_an_apposition_explains_is_a_name",
        ),
        pytest.param(
            "Finns enjoy the “bright time,” the five weeks when it never gets dark.",
            [],
            id="a_term_that_an_apposition_after_the_explains_is_a_name",
        ),
        pytest.param(
            "It was the “greatest honour”, a spokesman said.",
            [("greatest honour", None)],
            id="words_after_the_and_before_a_reporting_apposition_are_quoted",
        ),
        pytest.param(
            "The wall states: “VÄESTÖNSUOJA SKYDDSRUM”, or “defence shelter”. It is a bunker.",
            [],
            id="a_gloss_of_words_just_quoted_is_no_quotation",
        ),
        pytest.param(
            "The maternity package, or “Finnish baby box”, first issued in 1938, is offered to "
            "all expectant mothers.",
            [],
            id="another_name_for_a_thing_after_a_comma_and_or_is_no_quotation",
        ),
        pytest.param(
            "“The word “pöhinä” [~ “buzz” in English] undermines their work,” says Venla Salo.",
            [("The word “pöhinä” [~ “buzz” in English] undermines their work,", "Venla Salo")],
            id="pairs_nested_one_after_another_inside_a_quotation_hold_it_whole",
        ),
        pytest.param(
            "“Kutsuvat Sitä Pöhinäksi” [approximate English translation: “They call it a buzz: "
            "Real-life Stories”] is a celebration of the startup ecosystem.",
            [],
            id="a_translation_of_a_title_is_no_quotation",
        ),
        pytest.param(
            "And now I am certain that my symphonies are played more than his.\n"
            "—Sibelius to Jussi Jalas, 18th June 1940",
            [],
            id="a_dash_line_of_names_and_a_date_is_a_credit",
        ),
        pytest.param(
            "– Thank You Finland And Good Night Helsinki!",
            [("Thank You Finland And Good Night Helsinki!", None)],
            id="a_dash_led_cry_in_capitals_is_still_a_quotation",
        ),
        pytest.param(
            "Talking to the media, Venla Salo, a researcher at the institute said the decline "
            "was rapid.\n\n“We should try,” she warned.",
            [("We should try,", "Venla Salo")],
            id="an_apposition_may_run_on_to_the_verb_after_a_scene",
        ),
        pytest.param(
            "Italy’s prime minister, Giorgia Meloni, has said the birth rate is a “top priority”.",
            [("top priority", "Giorgia Meloni")],
            id="has_before_the_verb_of_a_subject_with_an_apposition",
        ),
        pytest.param(
            'Teachers may act. "Phone parking" - asking the pupils to leave their phones in a '
            "place reserved for them - can also be used.",
            [],
            id="a_term_opening_a_sentence_that_a_dash_explains_is_a_name",
        ),
        pytest.param(
            "– It was quite a rally. But that is also quite human, having coached his third "
            "match at the helm of Susijeng Lassi Tuovi acknowledged.",
            [("It was quite a rally. But that is also quite human,", "Lassi Tuovi")],
            id="a_description_ending_in_a_sides_name_before_the_full_name",
        ),
        pytest.param(
            "“The events have been held peacefully”, communication specialist of the command "
            "center of the Helsinki Police Department Aino Salo says.",
            [("The events have been held peacefully", "Aino Salo")],
            id="a_description_ending_in_a_bodys_name_of_a_few_words_before_the_full_name",
        ),
        pytest.param(
            "Olivier Nkamhoua scored 14.\n\n– I am a better player every day, Nkamhoua "
            "evaluates his own performance.",
            [("I am a better player every day,", "Olivier Nkamhoua")],
            id="evaluating_ones_own_game_reports_it",
        ),
        pytest.param(
            "Lassi Tuovi coaches Finland.\n\n“Let’s continue from here,” head coach Tuovi "
            "commented.",
            [("Let’s continue from here,", "Lassi Tuovi")],
            id="a_role_in_lower_case_and_a_surname_given_in_full_elsewhere",
        ),
        pytest.param(
            "The 23-year-old pole vaulter Wilma Murto won the title, beating Katerina "
            "Stefanidi, who fell.\n\nAsked about her behavior, she laughed and replied: "
            "“That’s something we have always done.”",
            [("That’s something we have always done.", "Wilma Murto")],
            id="an_athlete_described_by_their_event_opens_the_sentence_a_pronoun_follows",
        ),
        pytest.param(
            "In her moment of victory, when defending champion Aino Virta’s failure revealed "
            "her as the gold medallist, Wilma Murto appeared not to have noticed.\n\n"
            "Walking over to her coach, Jarno Salo, she exchanged a few words.\n\n"
            "Asked about it, she laughed and responded: “We have always done so.”",
            [("We have always done so.", "Wilma Murto")],
            id="she_is_not_the_person_named_only_as_her_coach",
        ),
        pytest.param(
            "In her moment of victory, when defending champion Aino Virta’s failure revealed "
            "her as the gold medallist, Wilma Murto appeared not to have noticed.\n\n"
            "Walking over to her coach, Jarno Salo, she exchanged a few words.\n\n"
            "Asked about it, he laughed and responded: “We have always done so.”",
            [("We have always done so.", "Jarno Salo")],
            id="he_may_be_the_person_named_as_her_coach",
        ),
        pytest.param(
            "Katie Moon continued the gold fight. – I dare not say that I am disappointed when I "
            "take bronze, comments Wilma Murto.",
            [("I dare not say that I am disappointed when I take bronze,", "Wilma Murto")],
            id="a_dash_after_a_sentence_leads_words_a_closing_clause_credits",
        ),
        pytest.param(
            "The team lost. – A bitter result for everyone in the club – and the season goes on.",
            [],
            id="a_dash_after_a_sentence_with_no_reporting_clause_leads_no_quotation",
        ),
        pytest.param(
            "Aino Salo, second leg runner, said she made small mistakes. – I liked the terrain, "
            "not very typical Finnish terrain.",
            [("I liked the terrain, not very typical Finnish terrain.", "Aino Salo")],
            id="a_dash_after_a_sentence_leads_first_person_words_to_the_paragraphs_end",
        ),
        pytest.param(
            "The team lost. – It was a bitter result for everyone in the club this season.",
            [],
            id="a_dash_after_a_sentence_leads_no_words_of_the_writers_own",
        ),
        pytest.param(
            "Aino Salo kept the third place. – On some level I knew where I was. – If I had had "
            "to sprint, I could not have done it. I gave my all, says Salo.",
            [
                ("On some level I knew where I was.", "Aino Salo"),
                ("If I had had to sprint, I could not have done it. I gave my all,", "Aino Salo"),
            ],
            id="a_second_dash_after_a_sentence_starts_the_next_quotation",
        ),
        pytest.param(
            "Aino Salo quit on Friday. Eero Virta, her rival, apparently joked about it in a "
            "speech.\n\n“Congratulations on the number.”",
            [("Congratulations on the number.", "Eero Virta")],
            id="an_adverb_of_hearsay_before_the_verb_introducing_the_words",
        ),
        pytest.param(
            "Vilhelm Junnila quit on Friday.\n\nThe populist later said the joke was “in poor "
            "taste”.",
            [("in poor taste", "Vilhelm Junnila")],
            id="what_a_person_is_in_lower_case_opens_a_reporting_clause",
        ),
        pytest.param(
            "Vilhelm Junnila joked in a campaign speech.\n\n“Congratulations for the excellent "
            "number.” The number is a popular cipher among neo-Nazis.",
            [("Congratulations for the excellent number.", "Vilhelm Junnila")],
            id="words_opening_a_paragraph_the_writer_goes_on_are_the_last_speakers",
        ),
        pytest.param(
            "Aino Salo spoke first.\n\n“We will win.” In Helsinki, Eero Virta disagreed, saying "
            "the team was tired.",
            [("We will win.", None)],
            id="words_opening_a_paragraph_another_reports_after_are_not_the_last_speakers",
        ),
        pytest.param(
            "Shares fell 3% on the Helsinki Stock Exchange.\n\n“The situation is grim,” he said.",
            [("The situation is grim,", None)],
            id="a_stock_exchange_is_nobody_a_pronoun_stands_for",
        ),
        pytest.param(
            "Shares fell.\n\n“The situation is not expected to improve,” he said. said Fortum "
            "CEO Markus Rauramo.",
            [("The situation is not expected to improve,", "Markus Rauramo")],
            id="a_reporting_clause_said_twice_names_the_pronouns_person",
        ),
        pytest.param(
            "“Russia, which made huge profits, is no more. She disappeared”, – declared Jukka "
            "Moisio, CEO of Nokian Tires.",
            [("Russia, which made huge profits, is no more. She disappeared", "Jukka Moisio")],
            id="a_dash_before_the_reporting_verb_after_the_words",
        ),
        pytest.param(
            "Teemu Keisteri won the vote.\n\nOriginally Keisteri invented the outfit and went "
            "“totally viral” online.",
            [("totally viral", "Teemu Keisteri")],
            id="an_adverb_opening_a_sentence_is_no_given_name",
        ),
        pytest.param(
            "Sally Salo won the vote.\n\n“We won,” Sally said.",
            [("We won,", "Sally Salo")],
            id="a_short_given_name_ending_like_an_adverb_is_still_one",
        ),
        pytest.param(
            "“It suited our needs,” Minister Eero Salo said.\n\nThe choice strengthens ties "
            "with Norway, said researcher Aino Virta of the institute.\n\n“Finland and Norway "
            "train together,” she told Reuters.\n\nSimilarly Norway is a member of NATO.",
            [
                ("It suited our needs,", "Eero Salo"),
                ("Finland and Norway train together,", "Aino Virta"),
            ],
            id="similarly_opening_a_sentence_is_no_given_name",
        ),
        pytest.param(
            "Charly Salo won the vote.\n\n“We won,” Charly said.",
            [("We won,", "Charly Salo")],
            id="a_given_name_ending_in_arly_is_still_one",
        ),
        pytest.param(
            "Following Finland’s impressive entry, Aino Salo looks set to win.\n\n"
            "“We will see,” said Finland.",
            [("We will see,", None)],
            id="a_participle_preposition_is_no_given_name",
        ),
        pytest.param(
            'Windows95man performs "No Rules!" at a pre-party in Madrid. He will be singing the '
            "bop number “Dance With Me!” too.",
            [],
            id="what_a_singer_performs_is_a_songs_name",
        ),
        pytest.param(
            "Windows95man, real name Teemu Keisteri, sees himself as an “embodiment of the "
            "’90s, who frees a family man”.",
            [("embodiment of the ’90s, who frees a family man", "Teemu Keisteri")],
            id="a_stage_name_and_its_real_name_are_one_person",
        ),
        pytest.param(
            "Aino Salo, the manager, points to a map. ‘We leave nothing to chance here,’ "
            'explains the manager. "We see who gets along well.',
            [
                ("We leave nothing to chance here,", "Aino Salo"),
                ("We see who gets along well.", "Aino Salo"),
            ],
            id="single_marks_with_their_own_clause_beside_double_ones_are_a_quotation",
        ),
        pytest.param(
            "“Oh boy, it’s been stressful,” Aino Salo said. ‘Barky’ told me, ‘You take care of "
            "Helsinki,’ and I was like, ‘All right, let’s do it.’",
            [("Oh boy, it’s been stressful,", "Aino Salo")],
            id="single_marks_a_speaker_quotes_after_their_own_words_are_none",
        ),
        pytest.param(
            '"Stores are on wheels," Aino Salo said, referring to the "just-in-time" logistics '
            "of modern firms.",
            [("Stores are on wheels,", "Aino Salo")],
            id="what_a_clause_refers_to_in_marks_is_no_quotation",
        ),
        pytest.param(
            'Aino Salo said that "a great many" or "very many" new cases are being reported.',
            [("a great many", "Aino Salo"), ("very many", "Aino Salo")],
            id="words_or_other_words_in_marks_with_no_comma_are_alternatives_not_a_gloss",
        ),
        pytest.param(
            "Aino Salo wryly commented during her speech on the opening day of the fair in "
            "Helsinki: ‘Finnish designers emphasise functionalism. Italians are\nthe opposite, "
            "giving too much attention to self-expression.’",
            [
                (
                    "Finnish designers emphasise functionalism. Italians are\nthe opposite, "
                    "giving too much attention to self-expression.",
                    "Aino Salo",
                )
            ],
            id="a_long_line_broken_before_a_word_in_lower_case_goes_on",
        ),
        pytest.param(
            "When Aino Salo was asked what made his line so great, he didn't know.\n"
            "− I suppose, it's not easy for the others to battle against us, he joked.",
            [("I suppose, it's not easy for the others to battle against us,", "Aino Salo")],
            id="a_minus_sign_leads_words_as_a_dash_does",
        ),
        pytest.param(
            "“Annoying on behalf of the team. It wasn’t enough, ”HIFK’s coach Aino Salo annoyed.",
            [("Annoying on behalf of the team. It wasn’t enough,", "Aino Salo")],
            id="a_backwards_mark_set_apart_closes_before_a_described_name_and_any_verb",
        ),
        pytest.param(
            "Finns reveal their true selves in the sauna\n\n- By Aino Salo\n\nFinns are "
            "taciturn.\n\n‘Do you know the difference between smoke and wood sauna?’ a gravelly "
            "voiced Finn asked a pair of Americans.",
            [("Do you know the difference between smoke and wood sauna?", None)],
            id="a_byline_presents_no_speaker",
        ),
        pytest.param(
            "He may be most recognized as “The bad guy” in the movie, but those that know Aino "
            "Salo know him better.",
            [],
            id="what_a_person_is_recognized_as_is_a_name_not_words",
        ),
        pytest.param(
            "Sauna Talk with Aino Salo\n\n“It makes me proud as a Finn. Not as the owner of the "
            "place.”\n\nAino Salo – owner, Löyly Spa, Helsinki Finland\nHe may be most "
            "recognized as an actor.",
            [("It makes me proud as a Finn. Not as the owner of the place.", "Aino Salo")],
            id="a_full_name_a_dash_and_a_post_under_words_credit_them",
        ),
        pytest.param(
            "#108 Aino Salo\n\n'One of my grandfathers was a forester. I think wood ages "
            "beautifully.'\n\nAino Salo, student of architecture",
            [
                (
                    "One of my grandfathers was a forester. I think wood ages beautifully.",
                    "Aino Salo",
                )
            ],
            id="a_full_name_a_comma_and_a_post_under_words_credit_them",
        ),
        pytest.param(
            "Lonna is less of a ‘scene’ than Löyly. One man summed up Lonna dryly to me with a "
            "characteristically Finnish assessment: ‘I think it’s quite OK.’",
            [("I think it’s quite OK.", None)],
            id="a_single_pair_holds_no_other_opening_single_mark",
        ),
        pytest.param(
            "Pulling Back the Curtain on the Finland Education Fantasy\n\n“A mind is like a "
            "parachute. It doesn't work if it's not open.” ~ Aino Salo",
            [("A mind is like a parachute. It doesn't work if it's not open.", "Aino Salo")],
            id="a_tilde_and_a_full_name_after_the_words_credit_them",
        ),
        pytest.param(
            "Eero Virtanen lost money.\n\n“It's quite a strange situation,” he says Aino Salo. "
            "Her husband works there.",
            [("It's quite a strange situation,", "Aino Salo")],
            id="a_translation_s_he_says_then_a_full_name_is_the_name_s",
        ),
        pytest.param(
            "Eero Virtanen lost money.\n\n“It's quite a strange situation,” he told Aino Salo.",
            [("It's quite a strange situation,", "Eero Virtanen")],
            id="he_told_then_a_full_name_is_still_his",
        ),
        pytest.param(
            "For Aino Salo, there’s no point comparing: « The opener was huge. »\n\nAlready "
            "quarter-finalists in 2022, Finland has gained maturity since then. « We learned "
            "that we need to improve throughout the tournament. »",
            [
                ("The opener was huge.", "Aino Salo"),
                ("We learned that we need to improve throughout the tournament.", "Aino Salo"),
            ],
            id="the_writer_s_sentences_naming_nobody_before_words_keep_the_speaker",
        ),
        pytest.param(
            "Second officer Aino Salo and captain Eero Virtanen plan their next “assist” from "
            "the bridge.",
            [],
            id="a_word_in_marks_of_a_subject_of_two_named_people_is_neither_s",
        ),
        pytest.param(
            "Eero Virtanen and his wife thought when they approached the “hairy old rock” that "
            "it was a paw.",
            [("hairy old rock", "Eero Virtanen")],
            id="a_subject_and_his_wife_still_tell_it_as_the_subject",
        ),
        pytest.param(
            "Max Payne is Remedy’s “masterpiece”\n\nAino Salo, head of design at Remedy, "
            "considers the long-awaited Max Payne to be the studio’s “masterpiece”.\n\nThe "
            "studio took its time, she has told Edge.\n\n“It took a long time,” she said.",
            [("It took a long time,", "Aino Salo")],
            id="what_a_subject_is_called_after_is_and_a_possessive_is_not_their_words",
        ),
        pytest.param(
            "Eero Virtanen is the team’s “secret weapon” this year.",
            [("secret weapon", None)],
            id="what_a_subject_is_called_after_is_and_the_is_not_their_words",
        ),
        pytest.param(
            "Eero Virtanen is “optimistic” about the season.",
            [("optimistic", "Eero Virtanen")],
            id="how_a_subject_is_after_is_alone_stays_their_word",
        ),
        pytest.param(
            "Javelin thrower Eero Salo won gold in London.\n\nSpeaking to Yle Sports on "
            "Saturday, the 20-year-old said his win had been a welcome surprise.\n\n“Nobody "
            "expected it,” he said.",
            [("Nobody expected it,", "Eero Salo")],
            id="a_broadcaster_s_sports_desk_is_nobody_a_pronoun_stands_for",
        ),
        pytest.param(
            "Trinidad and Tobago Olympic javelin gold medallist Eero Salo is in Finland to "
            "compete.\n\nOlympic gold “a big surprise”\n\nThe 20-year-old said his win had "
            "been welcome.\n\n“Nobody expected it,” he said.",
            [("a big surprise", None), ("Nobody expected it,", "Eero Salo")],
            id="olympic_ends_no_person_s_name",
        ),
        pytest.param(
            "“We were lucky,” Aino Salo says.\n\nAs a youth, Salo read about human anatomy. "
            "“I wanted to be a doctor.”",
            [("We were lucky,", "Aino Salo"), ("I wanted to be a doctor.", "Aino Salo")],
            id="the_writer_s_sentences_naming_only_the_speaker_keep_them",
        ),
        pytest.param(
            "“We were lucky,” Aino Salo says.\n\nSalo is not concerned with stars. At the park "
            "her burger sold out all summer. “Fast food means cheap food.”",
            [("We were lucky,", "Aino Salo"), ("Fast food means cheap food.", "Aino Salo")],
            id="the_writer_s_sentences_naming_the_speaker_make_her_theirs",
        ),
        pytest.param(
            "“We were lucky,” Aino Salo says.\n\nThe result surprised his fans. “It was a long "
            "season.”",
            [("We were lucky,", "Aino Salo"), ("It was a long season.", None)],
            id="the_writer_s_his_naming_nobody_is_not_the_speaker_s",
        ),
        pytest.param(
            "Aino Salo, CEO of the studio, cannot make games.\n\nAn Industrial Engineering "
            "graduate, she has no background in game design.\n\nIndeed, she revealed that her "
            "career was largely “an accident.”",
            [("an accident.", "Aino Salo")],
            id="a_fronted_apposition_is_what_the_pronoun_is_not_someone_unnamed",
        ),
        pytest.param(
            "Aino Salo, CEO of the studio, cannot make games.\n\nAn eyewitness said that she "
            "saw the fire.\n\nIndeed, she said it was “an accident.”",
            [("an accident.", None)],
            id="an_unnamed_witness_s_she_still_stands_for_nobody_named",
        ),
        pytest.param(
            "Reactions from the press conference\n\nTherese Johaug\n\n«I am really happy.»"
            "\n\nIivo Niskanen\n\n«I feel strong.»",
            [("I am really happy.", "Therese Johaug"), ("I feel strong.", "Iivo Niskanen")],
            id="a_given_name_ending_in_rese_is_no_nationality",
        ),
        pytest.param(
            "Aino Salo spoke first.\n\nAino Salo further said, “We won.”\n\nEero Virtanen "
            "again said, “We lost.”\n\nAino Salo earlier said, “Fine.”",
            [("We won.", "Aino Salo"), ("We lost.", "Eero Virtanen"), ("Fine.", "Aino Salo")],
            id="further_again_or_earlier_between_the_name_and_the_verb",
        ),
        pytest.param(
            "Aino Salo won the race.\n\n– The skis worked well, and the weather made this "
            "even tougher, Salo gushed, before leaving for the award ceremony.",
            [("The skis worked well, and the weather made this even tougher,", "Aino Salo")],
            id="gushed_ends_a_dash_led_paragraph_s_words",
        ),
        pytest.param(
            "Aino Salo and Eero Virtanen won.\n\n“It is rare,” expert Liisa Koski said.\n\n"
            "Eero Virtanen and his partner Lauri Vuorinen both took second place. The photo was "
            "taken in Lahti.\n\nAccording to her, Salo's start was too brisk, where Salo lost to "
            "Virtanen by a second.\n\nHowever, Koski does not believe that the race would have "
            "turned, even if Virtanen had messed up the start.\n\n“His pace was optimal.”",
            [("It is rare,", "Liisa Koski"), ("His pace was optimal.", "Liisa Koski")],
            id="what_a_named_person_believes_introduces_the_words_after",
        ),
        pytest.param(
            "Aino Salo: “Studying Abroad Has Taught Me a Lot.”\n\nMeet Aino Salo, an exchange "
            "student who has come to Helsinki from Tokyo.",
            [("Studying Abroad Has Taught Me a Lot.", "Aino Salo")],
            id="meet_opens_a_feature_s_sentence_and_no_name",
        ),
        pytest.param(
            "Mayor Aino Salo sent greetings to Eero Virtanen on Friday: “Minister, stop blaming "
            "the young.”",
            [("Minister, stop blaming the young.", "Aino Salo")],
            id="a_name_after_to_before_the_colon_is_no_subject",
        ),
        pytest.param(
            "Mayor Aino Salo (Coalition Party) sent greetings to Eero Virtanen on Friday: "
            "“Minister, stop blaming the young.”",
            [("Minister, stop blaming the young.", "Aino Salo")],
            id="a_party_s_name_of_words_in_brackets_after_a_name_is_an_aside",
        ),
        pytest.param(
            "Salo spoke.\n\n“We will do it together” President and Chief Executive Officer, "
            "Representative Director Shuji Tsuemura from Hokkoku Financial Holdings describes.",
            [("We will do it together", "Shuji Tsuemura")],
            id="posts_listed_before_the_one_the_name_follows_after_the_words",
        ),
        pytest.param(
            "Salo spoke.\n\n“We will do it together” President&Chief Executive Officer, "
            "Representative Director Shuji Tsuemura from Hokkoku Financial Holdings describes.",
            [("We will do it together", "Shuji Tsuemura")],
            id="an_ampersand_typed_without_spaces_joins_two_posts",
        ),
        pytest.param(
            "HIGHLIGHTS\nUpcoming Lumia phones made “in tight collaboration with Google”\nSalo "
            "spoke.",
            [("in tight collaboration with Google", None)],
            id="upcoming_opens_no_name",
        ),
        pytest.param(
            "HIGHLIGHTS\nNokia-branded Lumia phones made “in tight collaboration with Google”\n"
            "Salo spoke.",
            [("in tight collaboration with Google", None)],
            id="a_compound_ending_in_ed_after_its_hyphen_opens_no_name",
        ),
        pytest.param(
            "HIGHLIGHTS\nNokia Android phones made “in tight collaboration with Google”\nSalo "
            "spoke.",
            [("in tight collaboration with Google", None)],
            id="android_ends_no_name",
        ),
        pytest.param(
            "Salo spoke.\n\n“We see that the brand love is absolutely there,” HMD Global’s "
            "Executive Vice President and Chief Marketing Officer Pekka Rantala told reporters.",
            [("We see that the brand love is absolutely there,", "Pekka Rantala")],
            id="a_firm_s_possessive_before_a_long_title_and_the_name_after_the_words",
        ),
        pytest.param(
            "Barkov played.\n\n“He’s huge,” fellow Finn Anton Lundell said when Barkov broke "
            "the record.",
            [("He’s huge,", "Anton Lundell")],
            id="fellow_and_a_demonym_before_the_name_after_the_words",
        ),
        pytest.param(
            "Aino Salo is head chef at Rakas Restaurant. We asked Chef Salo about her work and "
            "what drew her to the Arctic life.\n\n🦌 How do you relax?\n\n“I go to the "
            "forest.”\n\n🦌 What do you cook?\n\n“I go hiking with my wife. Both are "
            "relaxing.\n\nText Tim Bird",
            [
                ("I go to the forest.", "Aino Salo"),
                ("I go hiking with my wife. Both are relaxing.", "Aino Salo"),
            ],
            id="a_text_credit_under_the_last_words_credits_nobody",
        ),
        pytest.param(
            "Talvivaara is considering an expansion.\n\n“We have not made any decisions yet,” "
            "deputy CEO Saila Miettinen-Lahde told Reuters.\n\n“It is a big project,” former "
            "Prime Minister Eero Virtanen said.",
            [
                ("We have not made any decisions yet,", "Saila Miettinen-Lahde"),
                ("It is a big project,", "Eero Virtanen"),
            ],
            id="a_title_after_deputy_or_former_before_the_name_after_the_words",
        ),
        pytest.param(
            "Paper maker Stora Enso said that demand had fallen. “Both mills are "
            "loss-making,” the company said in a statement.\n\nJussi Pesonen said the taxes "
            "were high. “The conditions are overwhelming,” he added.",
            [
                ("Both mills are loss-making,", None),
                ("The conditions are overwhelming,", "Jussi Pesonen"),
            ],
            id="words_a_body_reports_after_them_are_not_the_last_subjects",
        ),
        pytest.param(
            "The budget drew criticism.\n\n“The government seems to have left the tab "
            "running,” conservative National Coalition Party chair Petteri Orpo told Yle.",
            [("The government seems to have left the tab running,", "Petteri Orpo")],
            id="a_word_of_leaning_before_a_party_post_and_the_name_after_the_words",
        ),
        pytest.param(
            "In winter, snow covers everything. “To clear the snow, the city spends ¥100 "
            "million every day,” local guide Kunihiro Oikawa told me.",
            [("To clear the snow, the city spends ¥100 million every day,", "Kunihiro Oikawa")],
            id="a_guide_before_a_name_is_a_person",
        ),
        pytest.param(
            "The Michelin Guide gave out its stars. The Room by Kozeen Shiwan won one. "
            "According to the guide, the team is “doing a great job.”",
            [("doing a great job.", None)],
            id="the_guide_alone_may_be_a_book",
        ),
        pytest.param(
            "Shohei Ohtani ducked into a car. Reporters said he told them, “Sumimasen,” which "
            "can mean, “Sorry,” or, “Excuse me,” depending on the context.",
            [("Sumimasen,", "Shohei Ohtani")],
            id="what_a_word_can_mean_is_no_quotation",
        ),
        pytest.param(
            "David McNeill\n\nJAXA scientists retrieve a capsule.\n\nYuki Morono goes to work "
            "each day with a single aim. “There should be some point where life stops,” says "
            "the microbiologist, who works in Kochi.",
            [("There should be some point where life stops,", "Yuki Morono")],
            id="a_description_stands_for_whom_its_paragraph_opens_with_not_a_byline",
        ),
        pytest.param(
            "New Yokozuna Kisenosato vows to get stronger\n\nSumo wrestler Kisenosato was "
            "promoted.\n\n“I will apply myself even more,” Kisenosato told reporters.",
            [("I will apply myself even more,", "Kisenosato")],
            id="a_sumo_rank_is_a_title_before_the_ring_name",
        ),
        pytest.param(
            "Rachel Flynn\nReporting from the Royal Albert Hall\nGrand champion Hoshoryu has "
            "just been speaking to the press.\nHe smiles again. “I haven’t thought about that "
            "yet,” he replies.",
            [("I haven’t thought about that yet,", "Hoshoryu")],
            id="a_person_going_by_one_name_after_what_they_are_is_whom_he_stands_for",
        ),
        pytest.param(
            "Sumo wrestler Kisenosato was promoted.\n\n“I want to get stronger,” the "
            "30-year-old Kisenosato told reporters. “For a long time, I was one victory short,” "
            "the smiling Aino Salo said. Salo was third.",
            [
                ("I want to get stronger,", "Kisenosato"),
                ("For a long time, I was one victory short,", "Aino Salo"),
            ],
            id="an_age_before_the_one_name_a_person_goes_by",
        ),
        pytest.param(
            "Sumo wrestler Tokushoryu won.\n\n“I might have cried too much,” news agency Kyodo "
            "quoted the 33-year-old as saying.",
            [("I might have cried too much,", "Tokushoryu")],
            id="quoted_the_description_as_saying",
        ),
        pytest.param(
            "Salmon count rises\nVille Vähä, a specialist at the Natural Resources Institute, "
            "noted that the catch was small.\nMarika Kylmämaa, CEO of Lappean Salmon, observed "
            "that the salmon count matters. “The situation is not catastrophic,” she said.",
            [("The situation is not catastrophic,", "Marika Kylmämaa")],
            id="a_word_also_written_in_lower_case_is_no_surname",
        ),
        pytest.param(
            "Following are excerpts from BOJ Governor Kazuo Ueda's comments at his news "
            'conference, as translated by Reuters:\n\nIMPACT OF PAST RATE HIKES\n\n"Not much '
            'time has passed since we last raised rates."\n\nRATE-HIKE PATH\n\n"We will '
            'continue to raise interest rates."',
            [
                ("Not much time has passed since we last raised rates.", "Kazuo Ueda"),
                ("We will continue to raise interest rates.", "Kazuo Ueda"),
            ],
            id="excerpts_from_a_persons_comments_over_the_words_and_their_headings",
        ),
        pytest.param(
            '"Our opposition to the discharge has not changed a bit," the National Federation '
            "of Fisheries Cooperative Associations said in a joint statement.",
            [("Our opposition to the discharge has not changed a bit,", None)],
            id="a_body_named_in_the_plural_is_no_person",
        ),
        pytest.param(
            'Naomi Osaka won.\n\nOsaka said: "Fine. Really fine.\n\nGood, I think.\n\nOkay, '
            'whatever." On her season, the former world No. 1 said: "This year has been up and '
            'down.\n\nI\'m trying.\n\nSo, yeah." On sleep, Osaka said: "I sleep."',
            [
                ("Fine. Really fine.", "Naomi Osaka"),
                ("Good, I think.", "Naomi Osaka"),
                ("Okay, whatever.", "Naomi Osaka"),
                ("This year has been up and down.", "Naomi Osaka"),
                ("I'm trying.", "Naomi Osaka"),
                ("So, yeah.", "Naomi Osaka"),
                ("I sleep.", "Naomi Osaka"),
            ],
            id="a_players_ranking_ends_a_description_not_a_sentence",
        ),
        pytest.param(
            "Sanae Takaichi spoke.\n\nEarlier, on the 7th of last month at the Diet, Prime "
            'Minister Takaichi, when asked by an opposition lawmaker, said, "If warships are '
            'used, this could become a crisis." Meanwhile, Takaichi, asked about talks, said, '
            '"Bilateral talks are being coordinated."',
            [
                ("If warships are used, this could become a crisis.", "Sanae Takaichi"),
                ("Bilateral talks are being coordinated.", "Sanae Takaichi"),
            ],
            id="a_linking_adverb_and_a_time_before_the_name_and_its_aside",
        ),
        pytest.param(
            "“Snow is coming more or less in patches,” says meteorologist Nina Karusto.\n\n“It "
            "is difficult to predict” meteorologist Nina Karusto tells News Now Finland.",
            [
                ("Snow is coming more or less in patches,", "Nina Karusto"),
                ("It is difficult to predict", "Nina Karusto"),
            ],
            id="a_role_known_by_its_ending_before_the_name_after_the_words",
        ),
        pytest.param(
            "One expert shares his views.\n\nMikael Kuitunen, chief physician of Hus’ pediatric "
            "emergency department:\n\n“The emergency rooms have been overcrowded for months.",
            [("The emergency rooms have been overcrowded for months.", "Mikael Kuitunen")],
            id="a_name_and_post_before_a_colon_label_the_words_under_them",
        ),
        pytest.param(
            "Japan won 7-0.\n\n“We lost the first match last time,” said Moriyasu, who is now in "
            "his sixth year at the helm. “We didn’t want to do the same.”\n\nThe 41-year-old Finn, "
            "who won in 2007, retired. Kimi Raikkonen said: “It is time.” “I am ready,” the Finn "
            "added.",
            [
                ("We lost the first match last time,", "Moriyasu"),
                ("We didn’t want to do the same.", "Moriyasu"),
                ("It is time.", "Kimi Raikkonen"),
                ("I am ready,", "Kimi Raikkonen"),
            ],
            id="one_name_before_who_is_a_persons_and_a_nationality_is_not",
        ),
        pytest.param(
            "Florida Panthers captain Sasha Barkov called his hometown of Tampere the “hockey "
            "capital of Finland.’’ On Wednesday, he brought the Stanley Cup home.",
            [("hockey capital of Finland.", "Sasha Barkov")],
            id="two_right_single_marks_close_a_double_one",
        ),
        pytest.param(
            "Eriko Suemasa returned from Yokohama.\n\nShe switched trains after services were "
            "suspended on the Tokaido Shinkansen Line.\n\n“All information was vague,” she said.",
            [("All information was vague,", "Eriko Suemasa")],
            id="a_railway_line_is_no_person",
        ),
        pytest.param(
            "“It looks like the number is growing,” Jukka Lukkari, a deputy commander at the "
            "Southeast Finland Border Guard District, analysed for YLE on Wednesday.",
            [("It looks like the number is growing,", "Jukka Lukkari")],
            id="analysed_reports_words",
        ),
        pytest.param(
            "Chiho Tatsumi, an 18-year-old student, voted first.\n\nTatsumi, who voted shortly "
            "after 6:30 a.m. at an early voting station in Mino, before going to school, told "
            "reporters, “If I got the right to vote but did not go, that would not make sense.”",
            [
                (
                    "If I got the right to vote but did not go, that would not make sense.",
                    "Chiho Tatsumi",
                )
            ],
            id="a_clocks_time_inside_the_aside_before_the_verb",
        ),
        pytest.param(
            "Turnout fell from the previous Upper House election.\n\n“I voted for jobs,” said an "
            "18-year-old student. “Democracy is something we realize together,” he said.",
            [
                ("I voted for jobs,", None),
                ("Democracy is something we realize together,", None),
            ],
            id="a_chamber_is_no_speaker",
        ),
        pytest.param(
            "Koh Yun-ju, the ministry's director general, met his counterpart. “The two sides had "
            "a broad exchange,” the ministry said in a press release.",
            [("The two sides had a broad exchange,", None)],
            id="a_ministry_is_no_speaker_though_its_director_was_named",
        ),
        pytest.param(
            'Tokyo Marathon Post-Race Quotes\n\n"I\'m very happy to have won in Japan."\n'
            "--Viktor Rothlin, winner, 2:07:23 (PB, NR)\n\n\"I'm very disappointed by the race "
            'I ran today."\n--Toshinari Suwa, pre-race favorite; 4th place, 2:09:16',
            [
                ("I'm very happy to have won in Japan.", "Viktor Rothlin"),
                ("I'm very disappointed by the race I ran today.", "Toshinari Suwa"),
            ],
            id="two_hyphens_lead_a_credit_under_the_words",
        ),
        pytest.param(
            "Japan's London World Championships Marathon Squad Arrives Back Home\n\nThe six "
            "members of Japan's men's and women's marathon teams at the ongoing London World "
            "Championships returned to Tokyo's Haneda Airport on Aug. 9. Decked out in the "
            "official team suit, Japanese team captain and at 9th the top-placing Japanese "
            "marathoner in London Yuki Kawauchi (Saitama Pref. Gov't) spoke to the "
            "media.\n\nHaving declared pre-race his intention to withdraw from consideration for "
            "future Japanese National Team positions, post-race Kawauchi showed no change in "
            "that intent. With regard to his future plans, his motivation as a competitor "
            "likewise remaining unchanged, Kawauchi indicated that he will run Decmeber's "
            "Fukuoka International Marathon,where his 3rd-place overall finish last year earned "
            'him his place in London. "In Fukuoka I want to break my PB and run 2:07," he said. '
            '"There are things I want to accomplish besides being on the National '
            "Team.\"\n\nKawauchi revealed that his next marathon will be September's Oslo "
            "Marathon, where he hopes to break the Norwegian all-comers record, followed by "
            "France's Nice-Cannes Marathon in November where he plans to join the small group of "
            "six Japanese men to have ever won overseas marathons with a sub-2:10 time.",
            [
                ("In Fukuoka I want to break my PB and run 2:07,", "Yuki Kawauchi"),
                (
                    "There are things I want to accomplish besides being on the National Team.",
                    "Yuki Kawauchi",
                ),
            ],
            id="a_marathon_is_no_person",
        ),
        pytest.param(
            "Yuki Kawauchi spoke.\n\nAsked about the project under Toshihiko Seko, Kawauchi "
            'answered, "I only met Seko briefly." With a laugh he added, "Not that anyone has come '
            'to me for advice."\n\nNokia had fallen behind. Now Nokia is shipping more. "We were '
            'not so successful at first." He is referring to 2019.',
            [
                ("I only met Seko briefly.", "Yuki Kawauchi"),
                ("Not that anyone has come to me for advice.", "Yuki Kawauchi"),
                ("We were not so successful at first.", None),
            ],
            id="a_straight_closing_mark_after_a_stop_ends_the_sentence",
        ),
        pytest.param(
            "Famous startups from Finland include Supercell and Rovio of Angry Birds fame.\n\n"
            'What struck me when I spoke with Mike, was that he said, "I think I have a better '
            'chance of meeting the head of your country."',
            [
                (
                    "I think I have a better chance of meeting the head of your country.",
                    None,
                )
            ],
            id="what_one_is_famous_for_is_a_work",
        ),
        pytest.param(
            '"We are honoured," said Lars Anderson, Vice President, Wärtsilä Marine Solutions.\n\n'
            'In gas mode, emissions are "negligible at almost zero percent," Wärtsilä noted.',
            [
                ("We are honoured,", "Lars Anderson"),
                ("negligible at almost zero percent,", None),
            ],
            id="a_post_then_a_firm_s_name_names_no_one",
        ),
        pytest.param(
            '"This deal will help us," the chief executive Ilkka Paananen said.\nThe investment '
            'provides "a massive selection of strategic resources" which will help Supercell with '
            'the distribution of its games to "hundreds of millions of new consumers," he added.',
            [
                ("This deal will help us,", "Ilkka Paananen"),
                ("a massive selection of strategic resources", "Ilkka Paananen"),
                ("hundreds of millions of new consumers,", "Ilkka Paananen"),
            ],
            id="two_fragments_of_one_sentence_share_the_clause_ending_it",
        ),
        pytest.param(
            "One Helsinki resident Maria Vananen stated, “I was shocked.” Another resident Teemu "
            "Itkonen stressed, “It is shocking news for us.” On Friday the attacker was caught.\n\n"
            "Martti Ahtisaari spoke. “I am incredibly patient.” He added, “I don’t get angry "
            "often.”",
            [
                ("I was shocked.", "Maria Vananen"),
                ("It is shocking news for us.", "Teemu Itkonen"),
                ("I am incredibly patient.", "Martti Ahtisaari"),
                ("I don’t get angry often.", "Martti Ahtisaari"),
            ],
            id="a_named_clause_leading_to_the_next_words_is_theirs",
        ),
        pytest.param(
            "Police investigate a homicide on the night between Christmas Eve and Christmas Day."
            "\n\n“The patrol decided to stop this car,” the commissioner told STT.\n\n"
            "Most towns lie near the Fukushima No. 1 Nuclear Power Plant.\n\n“The budget is 14 "
            "times larger,” he said.\n\nWhat What happened on the Russian side?\n\n“There was a "
            "car there,” he says.",
            [
                ("The patrol decided to stop this car,", None),
                ("The budget is 14 times larger,", None),
                ("There was a car there,", None),
            ],
            id="a_feast_a_plant_and_a_question_name_no_one",
        ),
        pytest.param(
            "The head of the unit, Chief Inspector Seppo Kujala, explained it to Yle.\n\n"
            '"The situation looks normal," this police expert said.',
            [("The situation looks normal,", "Seppo Kujala")],
            id="this_expert_is_the_expert_just_named",
        ),
        pytest.param(
            "We were driven out to a clearing where a new guide, Suoma, briefed us. She liked "
            "making noise as she walked. She continued her instructions, ‘And when we get to the "
            "hide you must go quickly inside.’",
            [("And when we get to the hide you must go quickly inside.", "Suoma")],
            id="one_name_set_off_after_what_the_person_is",
        ),
        pytest.param(
            "Mikko Rantanen is a cool customer.\n\nEven the forward couldn't hide his feelings "
            "while the capacity crowd at Nokia Arena started to chant.\n\n“It was really cool,” "
            "the 26-year-old forward said.",
            [("It was really cool,", "Mikko Rantanen")],
            id="a_venue_is_no_one_described",
        ),
        pytest.param(
            "“It is extremely regrettable,” Prime Minister Shigeru Ishiba said on Thursday.\n\n"
            "Regarding efforts to directly ask U.S. President Donald Trump to reconsider the "
            "tariffs, he stated, “I will not hesitate one bit to work with him.”\n\n"
            "“Results won’t come overnight,” Ishiba told lawmakers.\n\n"
            "He also expressed willingness to travel for talks with Trump. “If we are to meet, "
            "we must present a clear set of actions,” he said.",
            [
                ("It is extremely regrettable,", "Shigeru Ishiba"),
                ("I will not hesitate one bit to work with him.", "Shigeru Ishiba"),
                ("Results won’t come overnight,", "Shigeru Ishiba"),
                ("If we are to meet, we must present a clear set of actions,", "Shigeru Ishiba"),
            ],
            id="whom_the_sentence_acts_on_is_no_pronoun_s_speaker",
        ),
        pytest.param(
            "Shigeru Ishiba spoke on Monday.\n\nDescribing the decision as “extremely "
            "disappointing and regrettable,” Ishiba maintained that Japan had done nothing unfair.",
            [("extremely disappointing and regrettable,", "Shigeru Ishiba")],
            id="maintained_reports_words",
        ),
        pytest.param(
            "Foreign Minister Erkki Tuomioja met his Estonian counterpart Urmas Paet. “The "
            "events are a tragedy for Norway,” the ministers said. “The bomb attack in Oslo is "
            "a horrific crime.”",
            [
                ("The events are a tragedy for Norway,", None),
                ("The bomb attack in Oslo is a horrific crime.", None),
            ],
            id="words_going_on_from_words_given_to_nobody_are_nobody_s",
        ),
        pytest.param(
            "Interior Minister Mari Rantanen informed reporters, “Today, the government has "
            "decided to close four crossings.”",
            [("Today, the government has decided to close four crossings.", "Mari Rantanen")],
            id="informed_reports_words",
        ),
        pytest.param(
            "Finland has closed its border, stated the Minister of Foreign Affairs, Elina "
            "Valtonen.\n\nAccording to her, Moscow deliberately mobilizes people.\n\nShe "
            'added that Finland protects the border because "our current laws are '
            'insufficient."',
            [("our current laws are insufficient.", "Elina Valtonen")],
            id="according_to_her_makes_no_unnamed_subject",
        ),
        pytest.param(
            "Marimekko was founded in 1951.\n\n“To encourage every woman to be herself and "
            "walk her own path.” (cit. Armi Ratia).",
            [("To encourage every woman to be herself and walk her own path.", "Armi Ratia")],
            id="a_full_name_in_brackets_credits_a_whole_sentence",
        ),
        pytest.param(
            "The paper spoke to visitors.\n\n“I am happy here.” (Helsinki Times)",
            [("I am happy here.", None)],
            id="a_paper_in_brackets_is_no_credit",
        ),
        pytest.param(
            "Fishermen worry about the release.\n\nMasao Takahagi is one of them. Fishing "
            'communities like his in Iwaki had only recently resumed.\n\n"I think in the end, '
            "there's only the sea where the water can be released.\"",
            [
                (
                    "I think in the end, there's only the sea where the water can be released.",
                    "Masao Takahagi",
                )
            ],
            id="a_paragraph_opening_on_a_full_name_presents_the_next_words",
        ),
        pytest.param(
            "Earthquake in Noto Town, Ishikawa Prefecture\n\nMany people crowded around the "
            "gymnasium.\n\nSitting in a chair, she said, “I’m weak. What should I do?”",
            [("I’m weak. What should I do?", None)],
            id="a_town_is_no_one_a_pronoun_stands_for",
        ),
        pytest.param(
            "IQM Quantum Computers Jan Goetz CEO said: “We are proud of this moment.” "
            "Wärtsilä president and CEO Håkan Agnevall said: “Demand is strong.”",
            [
                ("We are proud of this moment.", "Jan Goetz"),
                ("Demand is strong.", "Håkan Agnevall"),
            ],
            id="a_post_s_letters_after_a_full_name_are_its_role",
        ),
        pytest.param(
            "Finland was sixth.\n– Yes, it feels good. Now I was able to do a basic good jump, "
            "the last person to jump from Finland Niko Kytösaho set the mood.\n– We got a much "
            "better placement, Kytösaho stated.\nSports expert Tommi Nikunen was happy.\n– This "
            "is definitely a good result, Nikunen incensed at Puhe.",
            [
                ("Yes, it feels good. Now I was able to do a basic good jump,", "Niko Kytösaho"),
                ("We got a much better placement,", "Niko Kytösaho"),
                ("This is definitely a good result,", "Tommi Nikunen"),
            ],
            id="translated_verbs_of_mood_report_words",
        ),
        pytest.param(
            "Valtteri Bottas, Finnish driver for Sauber, expressed his frustration.\n\nWhen "
            "asked about his emotions, the Sauber driver admitted to feeling “disappointed” for "
            "not being rewarded.",
            [("disappointed", "Valtteri Bottas")],
            id="a_question_put_then_the_firm_s_role",
        ),
        pytest.param(
            "Riku Aalto, the chairperson of the Industrial Union, argued in a press release.\n\n"
            "Its members would stop work at sites of companies including ABB, Kone, Metso, Meyer "
            "Turku, Nokian Tyres, SSAB, Stora Enso, Terrafame, Valmet and Versowood.\n\n"
            "“The union will tighten the strike screw,” he declared.",
            [("The union will tighten the strike screw,", "Riku Aalto")],
            id="two_names_among_firms_of_one_word_are_a_firm",
        ),
        pytest.param(
            "We recall the interview Alexander Stubb gave to the portal in March 2022.\n\nLast "
            "week, you wrote on Twitter: “Finland is not a neutral state.” Could you explain your "
            "position?\n\nWe have not been a neutral state since 1989.",
            [("Finland is not a neutral state.", "Alexander Stubb")],
            id="words_an_interviewer_quotes_back_to_you_are_the_interviewee_s",
        ),
        pytest.param(
            "Reuters published an article with the title “Aging Japan: Robots may have role in "
            "future of elder care.” Kazuko Yamada said: “These robots are wonderful.”",
            [("These robots are wonderful.", "Kazuko Yamada")],
            id="an_article_s_title_named_so_is_no_quotation",
        ),
        pytest.param(
            "Mikko Salminen, a detective inspector with Finland’s National Bureau of "
            "Investigation (NBI), refused to specify what the men were suspected of, but said the "
            "investigated offence was “not common at all” in Finland.",
            [("not common at all", "Mikko Salminen")],
            id="a_long_apposition_before_the_sentence_s_verb",
        ),
        pytest.param(
            "Reiko Karvonen picnicked in the park.\n\n”Itadakimasu”, said Reiko Karvonen to her "
            "children.",
            [("Itadakimasu", "Reiko Karvonen")],
            id="one_capitalised_word_a_clause_reports_after_the_comma_is_no_title",
        ),
        pytest.param(
            "Mr. Cao Wencha congratulated Ms. Liu saying, “We are honored to present you with "
            "this phone.”",
            [("We are honored to present you with this phone.", "Cao Wencha")],
            id="a_participle_after_a_verb_addressing_someone_is_the_subject_s",
        ),
        pytest.param(
            "Cao Wencha heard Ms. Liu saying, “We are honored to present you with this phone.”",
            [("We are honored to present you with this phone.", None)],
            id="a_participle_after_a_verb_of_hearing_is_not_the_subject_s",
        ),
        pytest.param(
            "“It has become impossible to find staff,” said Inoue Naoki.\n\nOne of the new "
            "Japanese employees is 18-year-old Tsukamoto Yurika. She was attracted to the job "
            "because, she says, “it’s interesting to come into contact with all sorts of people.”",
            [
                ("It has become impossible to find staff,", "Inoue Naoki"),
                (
                    "it’s interesting to come into contact with all sorts of people.",
                    "Tsukamoto Yurika",
                ),
            ],
            id="one_of_several_is_name_then_she_says",
        ),
        pytest.param(
            "Hammer thrower Silja Kosonen threw 70 metres at the Tokyo Summer Olympics.\n\n"
            "The first throw flew out of the sector.\n\n- Yes, it's annoying now.\n\n- If I can "
            "achieve such a result, then it promises good, she emphasizes to Yle.",
            [
                ("Yes, it's annoying now.", "Silja Kosonen"),
                ("If I can achieve such a result, then it promises good,", "Silja Kosonen"),
            ],
            id="the_summer_olympics_are_nobody_s_name",
        ),
        pytest.param(
            "“Consistent rules are good,” said Tony Bijork, director of Madelitan Swedish High "
            "School.\n\n“We need to focus on the class,” said the Finnish student.",
            [
                ("Consistent rules are good,", "Tony Bijork"),
                ("We need to focus on the class,", None),
            ],
            id="the_student_is_not_the_director_named_before",
        ),
        pytest.param(
            "Hanna Virtanen, student at Aalto University, said the course was hard.\n\n“We "
            "need to focus on the class,” said the Finnish student.",
            [("We need to focus on the class,", "Hanna Virtanen")],
            id="the_student_is_the_student_named_before",
        ),
        pytest.param(
            "Shinji Fukuyo is the chief blender.\n\nFukuyo has worked on Hibiki. New products "
            'are the talk of the town, but a big part of his day-to-day work is "continuing to '
            'protect them."',
            [("continuing to protect them.", "Shinji Fukuyo")],
            id="what_his_work_is_in_his_words",
        ),
        pytest.param(
            "“‘It’s a miracle’: Helsinki’s radical solution to homelessness”, The Guardian\n\n"
            "“It’s a big miracle,” says Tatu Ainesmaa.",
            [("It’s a big miracle,", "Tatu Ainesmaa")],
            id="a_headline_and_the_paper_that_printed_it",
        ),
        pytest.param(
            "“It’s a big miracle”, Tatu Ainesmaa told The Guardian.",
            [("It’s a big miracle", "Tatu Ainesmaa")],
            id="words_told_to_a_paper_are_no_headline",
        ),
        pytest.param(
            "In Seoul, Naoya Maeda said he hopes politicians will listen, noting that “every time "
            "I make a trip back to Japan, I am hit by prices.”\n\nIn Sydney, home to more than "
            "30,000 Japanese nationals, 74-year-old Seiji Funamoto said land was central. Casting "
            "his ballot, he said Japan should “respond firmly without backing down.”",
            [
                ("every time I make a trip back to Japan, I am hit by prices.", "Naoya Maeda"),
                ("respond firmly without backing down.", "Seiji Funamoto"),
            ],
            id="a_place_set_off_by_commas_before_the_subject",
        ),
        pytest.param(
            "A committee member with the Takatsuki Municipal Election Administration told NHK of "
            'the boo-boo: "We apologise to everyone who has been caused inconvenience."',
            [("We apologise to everyone who has been caused inconvenience.", None)],
            id="an_administration_is_nobody",
        ),
        pytest.param(
            "The first minister of Finland: «We are ready to face any situation, including cyber "
            "attacks “",
            [("We are ready to face any situation, including cyber attacks", None)],
            id="a_guillemet_closed_by_the_line_s_one_double_mark",
        ),
        pytest.param(
            "from Paolo Valentino\n\nThe first minister of Finland: “We are ready to face any "
            "situation.”",
            [("We are ready to face any situation.", None)],
            id="a_byline_from_the_writer_is_no_minister",
        ),
        pytest.param(
            "“I think every Finn has content in itself – he says in the interview with Courier "
            "the Prime Minister of Finland, Sanna Marin – and that means the ability to overcome "
            "adversity ».",
            [
                ("I think every Finn has content in itself", "Sanna Marin"),
                ("and that means the ability to overcome adversity", "Sanna Marin"),
            ],
            id="a_reporting_clause_set_inside_the_words_between_dashes",
        ),
        pytest.param(
            "Ilkka Herlin spoke at length.\n\n“I think we will win – he says in the interview "
            "– and that means a lot to us.”",
            [
                ("I think we will win", "Ilkka Herlin"),
                ("and that means a lot to us.", "Ilkka Herlin"),
            ],
            id="a_pronoun_s_clause_set_inside_the_words_between_dashes",
        ),
        pytest.param(
            "“It's true – said Eero Salo - I read it somewhere.”",
            [("It's true", "Eero Salo"), ("I read it somewhere.", "Eero Salo")],
            id="a_verb_and_a_name_between_dashes_inside_the_marks",
        ),
        pytest.param(
            "Eero Salo is the oldest driver.\n\n"
            'It is no joke. "It\'s true – he confirmed - I read it somewhere." It is not humour.',
            [("It's true", "Eero Salo"), ("I read it somewhere.", "Eero Salo")],
            id="a_pronoun_and_a_verb_between_dashes_inside_the_marks",
        ),
        pytest.param(
            "“We will win – and I mean win – the final,” said Ilkka Herlin.",
            [("We will win – and I mean win – the final,", "Ilkka Herlin")],
            id="an_aside_between_dashes_is_no_reporting_clause",
        ),
        pytest.param(
            "The bands thanked the audience with “arigatou” (Japanese for “thank you”, the ed.).",
            [],
            id="what_a_word_is_in_another_language_is_no_quotation",
        ),
        pytest.param(
            "Sanna Marin argued for “a stronger and more united Europe.”",
            [("a stronger and more united Europe.", "Sanna Marin")],
            id="words_argued_for_are_still_a_quotation",
        ),
        pytest.param(
            "HELSINKI (Reuters) -Finland is preparing to “take action” to handle it, the "
            "Finnish interior minister said on Tuesday.\n\n“The number has grown significantly,” "
            "Minister of Interior Mari Rantanen told reporters.",
            [
                ("take action", "Mari Rantanen"),
                ("The number has grown significantly,", "Mari Rantanen"),
            ],
            id="a_lede_s_post_is_whom_the_story_names_below",
        ),
        pytest.param(
            "HELSINKI (Reuters) -Finland is preparing to “take action” to handle it, the "
            "Finnish foreign minister said on Tuesday.\n\n“The number has grown significantly,” "
            "Minister of Interior Mari Rantanen told reporters.",
            [("take action", None), ("The number has grown significantly,", "Mari Rantanen")],
            id="a_lede_s_post_is_not_another_post_named_below",
        ),
        pytest.param(
            "Head coach Jukka Jalonen made history. (Jalonen called the Bratislava team “Koivu’s "
            "team”).",
            [("Koivu’s team", "Jukka Jalonen")],
            id="what_a_person_calls_a_thing_named_is_theirs",
        ),
        pytest.param(
            "Mika Ihamuotila is Marimekko's CEO.\n\nThe American home furnishing chain and "
            "Marimekko’s “love story” began more than 40 years ago.",
            [("love story", None)],
            id="a_nationality_describing_a_firm_is_no_person",
        ),
        pytest.param(
            "Kimi Raikkonen finished second.\n\nThe Finn expressed his “disappointment with "
            "the tyres.”",
            [("disappointment with the tyres.", "Kimi Raikkonen")],
            id="a_nationality_before_its_verb_is_the_person",
        ),
        pytest.param(
            "In his address, Crown Prince Akishino thanked President Niinistö.\n\n“In recent "
            "years, the distance between us has grown even closer,” the Crown Prince continued.",
            [
                (
                    "In recent years, the distance between us has grown even closer,",
                    "Prince Akishino",
                )
            ],
            id="a_prince_s_title_and_one_name_are_a_whole_name",
        ),
        pytest.param(
            "What do you think of the restrictions?\n\nTiia Joensuu, 33, Helsinki\n\n“I am very "
            "sympathetic to the restrictions. ”\n\nTuomas Palonen.\n\nTuomas Palonen, 42, "
            "Helsinki\n\n“My confidence in the government is strong. ”",
            [
                ("I am very sympathetic to the restrictions.", "Tiia Joensuu"),
                ("My confidence in the government is strong.", "Tuomas Palonen"),
            ],
            id="a_vox_pop_s_label_over_the_words",
        ),
        pytest.param(
            "Euronews reporter Hans von der Brelie went to Finland.\n\nNiko is a 25-year-old "
            "with substance use disorder. “I first started smoking marijuana when I was 12”, he "
            "tells Hans.",
            [("I first started smoking marijuana when I was 12", None)],
            id="whom_the_words_are_told_to_is_not_who_tells_them",
        ),
        pytest.param(
            "Euronews reporter Hans von der Brelie went to Finland.\n\nNiko is a 25-year-old "
            "with substance use disorder. “I started when I was 12”, he says.\n\n“I lost many "
            "friends when I was younger”, he explains.",
            [("I started when I was 12", None), ("I lost many friends when I was younger", None)],
            id="a_person_left_unnamed_by_one_name_and_an_age",
        ),
        pytest.param(
            "“The time to act is now,” write Robert Koski and Jarmo Kantonen, experts in "
            "substance abuse prevention.\n\n“Substance dependency is a disease,” Koski and "
            "Kantonen emphasise. “Modern medicine works.”",
            [
                ("The time to act is now,", None),
                ("Substance dependency is a disease,", None),
                ("Modern medicine works.", None),
            ],
            id="two_people_s_words_are_neither_one_s",
        ),
        pytest.param(
            "“We will cut the tax,” said Minister of Agriculture and Forestry Jari Leppä.",
            [("We will cut the tax,", "Jari Leppä")],
            id="and_inside_a_title_names_one_person",
        ),
        pytest.param(
            "The prize was for the film ”Toivon tuolla puolen”, though the official translation "
            "is ”The other side of hope”. Another film is called ”Saattokeikka”, roughly ”The "
            "escort gig”.",
            [],
            id="a_title_s_translation_is_no_quotation",
        ),
        pytest.param(
            "A ceremony was held, with Japanese Prime Minister Shigeru Ishiba, who served as "
            "honorary chairman of the Expo, saying in an address: “We were able to create a "
            "wonderful Expo.”",
            [("We were able to create a wonderful Expo.", "Shigeru Ishiba")],
            id="with_a_name_and_what_they_are_saying",
        ),
        pytest.param(
            "Visitors outnumbered those of the 1970 World Expo, held in the city of Suita.\n\n"
            "“It was really fantastic,” he said.",
            [("It was really fantastic,", None)],
            id="an_expo_is_nobody_a_pronoun_stands_for",
        ),
        pytest.param(
            'A documentary that Michael Madsen made about the repository, "Into Eternity," has '
            "gained a strong following.\n\nOn the documentary he made, “Thank You,” added Madsen.",
            [("Thank You,", "Michael Madsen")],
            id="a_work_s_title_between_commas_before_the_sentence_s_own_verb",
        ),
        pytest.param(
            "The owner of the company is Jim McColl.\n\nThe Metalworkers' Union shop steward "
            'Janne Rummakko at the factory was at a loss. "Before Christmas we had work", he '
            "explains.",
            [("Before Christmas we had work", "Janne Rummakko")],
            id="the_post_before_a_full_name_opens_a_sentence_about_them",
        ),
        pytest.param(
            "Pertti Porokari, chairperson of the Union of Professional Engineers in Finland UIL "
            'was shocked about the number. "Redundancy is practically free in Finland."',
            [("Redundancy is practically free in Finland.", "Pertti Porokari")],
            id="a_post_with_no_article_after_the_name_of_the_sentence_before",
        ),
        pytest.param(
            "Andreas Wank finished on a sensational second place. The German (267.5 points) "
            'showed the longest jump - his best World Cup result. "What shall I say? A dream '
            'came true for me."',
            [("What shall I say? A dream came true for me.", "Andreas Wank")],
            id="an_aside_in_brackets_after_the_subject_of_the_sentence_before",
        ),
    ],
)
def test_the_quotations_and_their_speakers(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(c.text, who(c)) for c in extract(text)] == expected


def test_a_church_is_nobody_a_pronoun_stands_for() -> None:
    # A page wrapped at a fixed width, as a weekly's archive is: "the Church" later makes
    # "Lutheran Church" a name met, which the speaker's "Her remarks" must not stand for.
    found = extract(
        "The Archbishop of Turku & Finland, the Most Revd Aino\nSalo, Primate of the "
        "Evangelical Lutheran Church of Finland, to\nwhich 75 per cent of Finns belong, wrote "
        'on Facebook: "I know how\nmuch this day means to the rainbow community.\n"I rejoice '
        "with my whole heart for them and with them. Our\nconcept of marriage needs a "
        "fundamental examination. . . I think\nit's time for reconsideration.\" Her remarks "
        'attracted 10,930\nFacebook "likes".\nBut they were opposed by other members of the '
        "Church, whose"
    )
    assert [who(c) for c in found if not c.partial] == ["Aino Salo", "Aino Salo"]


def test_the_sentences_own_verb_after_a_names_comma_is_no_role() -> None:
    found = extract(
        "Windows95man, a character invented by artist Teemu Keisteri, won the public vote "
        "with a landslide, garnering 313 points.\n\n“No rules,” Keisteri said."
    )
    assert [(c.text, who(c), c.speaker and c.speaker.role) for c in found] == [
        ("No rules,", "Teemu Keisteri", None)
    ]


def test_a_dash_before_a_reporting_clause_leaves_the_words_quoted() -> None:
    # Only a dash followed by an explanation makes a term of the words before it.
    assert [c.text for c in extract("Salo spoke late. “Big win” – he said after the game.")] == [
        "Big win"
    ]


def test_as_name_role_explains() -> None:
    c = one(
        "As Wakabayashi Mikio, General Manager of the Japan Sauna Spa Association explains, "
        "“The Olympics made saunas known.”"
    )
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role, c.speaker.organization) == (
        "Wakabayashi Mikio",
        "General Manager",
        "Japan Sauna Spa Association",
    )


def test_a_prepositions_object_opening_a_sentence_is_no_subject() -> None:
    found = one(
        "Alexander Stubb spoke on Sunday.\n\nTo his wife Suzanne Innes he gave thanks for the "
        "“good and bad” years."
    )
    assert who(found) != "Suzanne Innes"


def test_a_given_name_resolves_when_one_person_has_it() -> None:
    found = extract(
        "Antti Sonninen brought Slush to Tokyo.\n“Someone must bridge the gap,” Antti told us."
    )
    assert [who(c) for c in found] == ["Antti Sonninen"]
    shared = extract("Antti Sonninen met Antti Herlin.\n“We agree,” Antti told us.")
    assert [who(c) for c in shared] == [None]  # two Anttis: no guess


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Rockers at the press conference\n\nby Aino Virta 634 views\n\nThe rockers won the "
            "contest.\n\n“What a weird experience!” He continued by singing: “We are the winners!”",
            [None, None],
            id="a_pronoun_never_stands_for_the_writer_on_the_byline",
        ),
        pytest.param(
            "Ott Tanak won the rally.\n\n“He did a fantastic job,” Eero Salo said.\n\nDespite "
            "running first on the road, Virta produced a masterclass as he carved out a line.\n\n"
            "“It was a tough fight,” he reflected.",
            ["Eero Salo", None],
            id="a_pronoun_after_a_surname_never_given_in_full_stands_for_nobody",
        ),
        pytest.param(
            "“I feel super good now,” said Kalle Rovanpera.\n\n"
            "Kalle Rovanpera, Jonne Halttunen, Toyota Gazoo Racing WRT Toyota GR Yaris Rally1\n"
            "Photo by: Toyota Racing\n"
            "“For both of us, me and Jonne, it is quite special.”",
            ["Kalle Rovanpera", "Kalle Rovanpera"],
            id="a_caption_naming_a_car_model_passes_the_speaker_on",
        ),
        pytest.param(
            "Economy Minister Eero Salo wrote it. “It is bad,” Prime Minister Aino Virta said. "
            "In response, the minister described the paper as “a platform for liars”.",
            ["Aino Virta", "Eero Salo"],
            id="the_minister_is_not_the_prime_minister",
        ),
        pytest.param(
            "Economy Minister Eero Salo wrote it. Aino Virta sent them to the paper, and in "
            "response, the minister on Twitter described the paper as “a platform for liars”.",
            ["Eero Salo"],
            id="a_description_on_a_platform_reports_the_words",
        ),
        pytest.param(
            "Speaker Eero Salo and Governor Aino Virta have both entered the race.\n\n"
            "“There is a desire to limit debate,” Salo argued.\n\n"
            "Virta on Friday told Helsingin Sanomat that she disagrees with the assessment.\n\n"
            "“I see the situation quite differently.”",
            ["Eero Salo", "Aino Virta"],
            id="the_day_between_the_name_and_the_verb_introducing_a_quoted_paragraph",
        ),
        pytest.param(
            "“The government will borrow more,” Aino Virta wrote in the release.\n\n"
            "She criticizes the decisions.\n\n"
            "Chairman of the Coalition Parliamentary Group Kai Salo on Twitter praised the "
            "government.\n\n“The rise in interest rates has already begun,” he wrote.",
            ["Aino Virta", "Kai Salo"],
            id="a_title_holding_of_the_then_a_name_opens_the_sentence_a_pronoun_follows",
        ),
        pytest.param(
            "Lakeside said the deal would give Finnish firms “many first-of-a-kind chances.”\n\n"
            "“We are honored,” Aino Virta, Lakeside Martin’s vice president, said.",
            [None, "Aino Virta"],
            id="the_first_word_of_a_body_owning_a_post_is_no_given_name",
        ),
        pytest.param(
            "Aino Virta won the cup with Lakeside in 2005.\n\n"
            "Virta was asked when she knew they would win it.\n\n"
            "“Maybe when the second goal went in, we got the belief back.",
            ["Aino Virta"],
            id="words_alone_after_the_one_who_was_asked",
        ),
        pytest.param(
            "We figured there was no better time to catch up with Silver Lakes very own flying "
            "Finn, Aino Virta, of the Lakeside team. We chat about life away from racing.\n\n"
            "“I studied to be a car mechanic. That was my plan B.”",
            ["Aino Virta"],
            id="words_alone_after_the_writer_caught_up_with_the_person",
        ),
        pytest.param(
            "In an interview with Arab News, Finland’s Foreign Minister Aino Salo discussed "
            "trade ties, the state and the report.\n“The ties have grown,” Salo told Arab News.\n"
            "The foreign minister highlighted “renewable energies, water usage,” as areas.",
            ["Aino Salo", "Aino Salo"],
            id="a_sentence_after_an_opening_phrase_s_comma_is_no_apposition_of_its_name",
        ),
        pytest.param(
            "We talked to the head of our Finnish team, Joonas, who joined the crowds:\n\n"
            "“Hey Joonas – thanks for making time to chat.”\n\n"
            "Joonas: “Sure thing, I am happy to share some of my thoughts!”",
            [None, "Joonas"],
            id="a_greeting_and_the_name_it_greets_are_nobody_s_full_name",
        ),
        pytest.param(
            "Friends paid tribute to the guitarist.\n\nKerry King, Slayer\n\n"
            "“I ran into him back then. He was a great guitar player.”\n\n"
            "Brann Dailor, Mastodon\n\n“We toured together in 2006.”",
            ["Kerry King", "Brann Dailor"],
            id="a_heading_of_a_name_and_a_band_over_the_words_alone",
        ),
        pytest.param(
            "Aino's Still Aino\n\nOn Friday, Aino Virta stood in front of her stall.\n\n"
            'Asked about the goal, Virta affirmed, "I saw it."',
            ["Aino Virta"],
            id="a_headline_pair_ending_in_her_given_name_leaves_her_full_name_known",
        ),
        pytest.param(
            "Aino Virta got a post created by president-designate Ursula von der Leyen.\n"
            "Prime Minister Aino Salo said the post is “extremely important.”\n"
            "Finland wanted a post in defence and Salo discussed it with von der Leyen.\n"
            '"It is right for Finland," the PM added.',
            ["Aino Salo", "Aino Salo"],
            id="the_pm_is_the_prime_minister_not_the_person_named_last",
        ),
        pytest.param(
            "Aino Salo, on TSN, called it great. Eero Virta, on TSN, said it was fine.\n\n"
            "Salo and Virta then had the following exchange:\n\n"
            "  • Salo: “safe bet he will end up in the metro area.”\n"
            "  * Virta: “if you are Jersey you have to at least think about it.”",
            ["Aino Salo", "Eero Virta"],
            id="a_list_of_names_and_colons_credits_each_item",
        ),
        pytest.param(
            "When Aino “Sunny” Salo last played golf with her father, she lost.\n\n"
            "“We don't really count the score,” Sunny admitted.",
            ["Aino Salo"],
            id="a_nickname_alone_stands_for_the_person_it_was_given_in_full_with",
        ),
        pytest.param(
            "How Sunny became a world champion\n\nAino ‘Sunny’ Salo is a famous player.\n\n"
            "“It's a cool stat,” Sunny tells us.",
            ["Aino Salo"],
            id="a_nickname_in_single_marks_and_a_headline_pair_ending_in_it",
        ),
        pytest.param(
            "Longtime commentator Aino “Sunny” Salo remembers.\n\n"
            "“I said something to the effect of, 'Oh my God, this kid is good,'” Sunny "
            "remembered.",
            ["Aino Salo"],
            id="a_comma_inside_the_words_the_words_quote_before_any_verb",
        ),
        pytest.param(
            "Aino Salo won in Sweden.\n\nIn 2007 Salo beat her rival, Eero Virta, by a minute. "
            "Whenever she won, Virta was a close second.\n\n"
            "Aino was always seen as something of a grump. I liked her a lot.\n\n"
            "In a 2007 interview I asked her if that had been a problem.\n\n"
            "She said: “Yes, there were times I thought I might not make it.”",
            ["Aino Salo"],
            id="a_given_name_no_one_else_has_names_her_for_the_pronoun_after_it",
        ),
        pytest.param(
            "Aino Salo Q&A: The last of a dying breed\n\nIn this Q&A, the driver looks back.\n\n"
            "How does it feel knowing it was your last race?\n\n"
            '"Of course, it is going to be a big change in my life.\n\n'
            '"I will miss the cars, they are great cars."',
            ["Aino Salo", "Aino Salo"],
            id="the_answers_to_your_questions_in_a_q_and_a_are_the_person_s_it_is_with",
        ),
        pytest.param(
            "Like a scene out of Jerry MaguireAino Salo  was surrounded by a huge media scrum."
            "\n\n\"It's your first game -- you're nervous,\" she said.\n\n"
            '"It was a curve ball," said Aino, a little bit contemptuously.\n\n'
            '"No matter what happens you keep going," said McDonald Virta.',
            ["Aino Salo", "Aino Salo", "McDonald Virta"],
            id="a_name_joined_to_the_word_before_it_by_a_lost_space",
        ),
        pytest.param(
            "“We’ve been informed that the potential threat is pretty great,” she remarked.\n\n"
            "MINISTER of the Interior Aino Salo (PS) revealed on YLE on Tuesday that the "
            "decision is founded on an official assessment.",
            ["Aino Salo"],
            id="a_pronoun_opening_an_article_stands_for_the_titled_name_after_it",
        ),
        pytest.param(
            "“Last week, 71 asylum seekers arrived,” Colonel Aino Salo the head of the Border "
            "Guard’s Situation and Risk Analysis Center, said at a press conference.",
            ["Aino Salo"],
            id="a_name_and_its_apposition_that_lost_their_comma",
        ),
        pytest.param(
            "“Arrivals rose,” Colonel Aino Salo, the head of the centre, said on Tuesday.\n\n"
            "According to Colonel Salo, the “profile” of those entering the border has changed.",
            ["Aino Salo", "Aino Salo"],
            id="a_rank_and_a_surname_are_the_person_named_in_full_before",
        ),
        pytest.param(
            "“We keep the gates open,” Major Aino Salo, deputy commander of the Border Guard, "
            "told Postimees.\n\n“We are on schedule,” Salo explained.",
            ["Aino Salo", "Aino Salo"],
            id="a_major_is_a_rank_not_a_given_name",
        ),
        pytest.param(
            "Rector Aino Salo: Finland must open up\n\n“Our success hinges on it,” Aino Salo "
            "said.\n\n“We need more researchers,” added Salo.",
            ["Aino Salo", "Aino Salo"],
            id="a_rector_is_a_title_not_a_given_name",
        ),
        pytest.param(
            "At six feet and seven inches tall Aino ‘The Nordic Nightmare’ Salo poses an "
            "interesting task for Eero Virta in Cardiff next weekend. With a record of 25-1, "
            "Salo could be considered Virta’s toughest fight since Mikko Laine. The "
            "Swedish-Finnish heavyweight’s most notable victory amongst British boxing fans "
            "comes in the shape of Pekka Koski in a controversial split decision win in Finland "
            "back in 2011.\n\nWhen speaking to Aino Salo regarding his upcoming fight with Eero "
            "Virta, his response wasn’t exactly complimentary “I am very confident. I think "
            "it’s the perfect fight for me. Eero Virta is a fighter that is beneath me in terms "
            "of ability.”\n\nClearly confident and excited about the opportunity to showcase "
            "his boxing ability in Cardiff, Aino Salo has been building a popular reputation in "
            "other areas of Europe. Fighting mainly in Germany and most often in his native "
            "Finland. When I asked Aino about the prospect of fighting in the UK and mixing it "
            "with the bigger names in the division, he told me.\n\n“With a lot of Heavyweight "
            "fighters in the UK, it’s a great chance to show my skills.”",
            [None, "Aino Salo"],
            id="a_nickname_in_single_marks_is_no_given_name_of_the_surname_after_it",
        ),
        pytest.param(
            "“Come on, make the deal!” Aino Salo said in a video.\n\nAt the arena, during the "
            "interval between rounds, after a round Salo dominated with hard lefts, rights and "
            "hooks, Salo’s trainer, Eero Virta, was screaming to his protege on the bench:\n\n"
            "“You look like a Viking! Is this what you have dreamt of?”",
            ["Aino Salo", "Eero Virta"],
            id="a_name_closing_an_apposition_is_the_subject_before_a_colon",
        ),
        pytest.param(
            "Comely Salo Captivates Crowds\n\nAino Salo\n\nFinland’s Aino Salo has captivated "
            "skating fans. The lovely blonde is always quick with a smile.\n\nSalo was busy "
            "during the season. Next year, Salo will probably do the series again.\n\n"
            "“It wasn’t hard for me to switch between competitions,” she said.",
            ["Aino Salo"],
            id="a_headline_pair_ending_in_her_surname_is_no_second_person",
        ),
        pytest.param(
            "Muoniolainen Aino Salo-Virta, 60, sitting on home couch and weaving.\n\n"
            "“We live in tourism, and this affects us all,” Salo-Virta says.",
            ["Aino Salo-Virta"],
            id="where_a_person_is_from_in_finnish_is_no_given_name",
        ),
        pytest.param(
            "“This time things will be fiercer,” Aino Salo threatens. “We will be back,” Eero "
            "Virta vowed.",
            ["Aino Salo", "Eero Virta"],
            id="a_threat_and_a_vow_are_words_reported",
        ),
        pytest.param(
            "“This time things will be fiercer,” a disappointed Aino Salo said.",
            ["Aino Salo"],
            id="how_the_person_was_then_a_full_name",
        ),
        pytest.param(
            "The installation of Archbishop Aino Salo in Turku cathedral.\n\nAino Salo, newly "
            "installed Archbishop of the Church of Finland, emphasized the need for compassion."
            "\n\n”Jesus’ message tells us what the faith is about,” the new Archbishop said.",
            ["Aino Salo"],
            id="the_new_archbishop_is_the_archbishop_met_before",
        ),
        pytest.param(
            "Archbishop of Turku\n\n‘I have reflected much on what it means to hold the office "
            "of Archbishop.’\n\nArchbishop Aino Salo\n\nA Time of Change",
            ["Aino Salo"],
            id="a_credit_line_of_a_title_and_a_full_name_under_the_words",
        ),
        pytest.param(
            "Archbishop Aino Salo was consecrated in the cathedral, aided by Archbishop Eero "
            "Virta from the Church of Sweden.\n\nArchbishop Salo’s inaugural sermon was based "
            "on the Gospel of Matthew.\n\n“It is about people, whose decisions and choices "
            "affect other people,” the Archbishop said.",
            ["Aino Salo"],
            id="the_title_and_a_surname_nearer_than_the_title_and_another_full_name",
        ),
        pytest.param(
            "Archbishop Aino Salo was consecrated in the cathedral, aided by Archbishop Eero "
            "Virta from the Church of Sweden.\n\nArchbishop Salo’s inaugural sermon was based "
            "on the Gospel of Matthew.\n\nAccording to the Archbishop, the message Jesus sent "
            "summarises what the faith is about: people.\n\n“It is about people, whose "
            "decisions and choices affect other people and the world.”",
            ["Aino Salo"],
            id="according_to_a_description_then_the_writer_s_sentence_introduces_the_words",
        ),
        pytest.param(
            "Aino Salo won in Sweden.\n\nIn a 2007 interview I asked her about it.\n\n"
            "She thought; then said: “Yes, there were times I thought I might not make it.”",
            ["Aino Salo"],
            id="then_said_after_a_semicolon_reports_the_words",
        ),
        pytest.param(
            "“Lars got us a slot on the main stage.” Lakeside's Aino Salo on stoned soundguys "
            "and music\n\nSince 1993, cellist Aino Salo has guided the band.\n\n"
            "KNOWING IS HALF THE BATTLE\n\n“It’s insane when you put it on paper!”",
            ["Aino Salo", "Aino Salo"],
            id="a_headline_s_words_then_whose_they_are_and_what_about",
        ),
        pytest.param(
            "The band played on.\n\n“It was loud,” Aino Salo on the other hand was quiet.",
            [None],
            id="a_name_and_on_after_words_inside_the_prose_is_no_headline_credit",
        ),
    ],
)
def test_each_quotation_s_speaker_in_turn(text: str, speakers: list[str | None]) -> None:
    assert [who(c) for c in extract(text)] == speakers


def test_a_long_title_with_small_words_is_not_a_quotation() -> None:
    text = (
        "The leaders issued the “Joint Statement on a Strategic Partnership between Japan and "
        "the Republic of Finland as Gateways in Asia and Europe,” which confirmed their aims. "
        "They described it as a “Strategic Partnership as Gateways in Asia and Europe,” and "
        "went on."
    )
    assert extract(text) == []


def test_a_person_and_a_colon_introduce_a_quotation() -> None:
    c = one(
        "Waiting to board a flight, Jolla co-founder and CMO Sami Pienimäki makes no secret of "
        "the focus: “China is where the money is.”"
    )
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role) == ("Sami Pienimäki", "CMO")
    assert extract("The plan has three goals: “Grow, hire and export.”")[0].speaker is None


def test_a_headline_naming_two_people_before_the_colon_leaves_the_words_to_nobody() -> None:
    # Either the one presenting or the one receiving may be saying it: no guess.
    c = one(
        "President Aino Virtanen presents the prize to Professor Shuji Nakamura: "
        "“Using LEDs could halve the power we use.”"
    )
    assert (c.text, c.speaker) == ("Using LEDs could halve the power we use.", None)


@pytest.mark.parametrize("owner", ["his stated ambition", "his ambition,", "his own words"])
def test_a_fragment_the_words_before_it_call_his_own_is_his(owner: str) -> None:
    c = one(f"Kengo Kuma founded the firm.\n\nThe firm followed {owner} “to build with care.”")
    assert (c.text, who(c)) == ("to build with care.", "Kengo Kuma")


def test_a_fragment_after_her_and_a_preposition_is_not_hers() -> None:
    c = one("Kengo Kuma met Aino Virtanen.\n\nThe firm thanked her for “a kind of calm.”")
    assert who(c) is None


def test_a_fragment_others_say_of_the_subject_is_not_theirs() -> None:
    c = one(
        "Urho Kekkonen led Finland.\n\nKekkonen is said to have “left his guests to steam until "
        "a deal had been hammered out” (Torstila 2010)."
    )
    assert who(c) is None


def test_a_fragment_after_her_in_what_the_subject_argues_is_not_hers() -> None:
    c = one(
        "Aino Virtanen spoke on the radio.\n\nThe Prosecutor General charged Ms Virtanen, who "
        "served as interior minister, with incitement, arguing that her statements were “likely "
        "to cause intolerance”."
    )
    assert who(c) is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        pytest.param(
            "East is East and West is West, and never the twain shall meet,” wrote Rudyard "
            "Kipling in 1889 – so long ago we can excuse him.",
            "East is East and West is West, and never the twain shall meet,",
            "Rudyard Kipling",
            id="before_the_verb_and_the_name",
        ),
        pytest.param(
            "The government is ready to use all means allowed by law,” Aino Salo (Finns), the "
            "minister of the interior, said at the press conference.",
            "The government is ready to use all means allowed by law,",
            "Aino Salo",
            id="before_a_name_and_a_party_in_brackets",
        ),
    ],
)
def test_a_quotation_that_lost_its_opening_mark(text: str, words: str, speaker: str) -> None:
    c = one(text)
    assert (c.text, who(c)) == (words, speaker)


def test_words_that_lost_their_opening_mark_after_a_speaker_s_colon_paragraph() -> None:
    found = extract(
        "This year’s chooser of the winner, conductor Aino Salo, has stated:\n\n"
        "The language of the book grips the readers. The struggles are still present today.”"
        "\n\nPersons:\nEero Virta, ”"
    )
    assert [(c.text, who(c)) for c in found] == [
        (
            "The language of the book grips the readers. The struggles are still present today.",
            "Aino Salo",
        )
    ]


@pytest.mark.parametrize("word", ["in", "out", "the"])
def test_a_lone_preposition_or_article_in_marks_is_a_word_set_apart(word: str) -> None:
    assert extract(f"Sauna is “{word}” in Japan\n\nYoung people go to saunas.") == []


@pytest.mark.parametrize("where", ["in Tokyo", "on Monday", "in 2019 – long ago", "at the fair"])
def test_a_place_or_time_after_the_name_is_not_part_of_it(where: str) -> None:
    assert who(one(f"“We grow,” said Aino Virtanen {where}.")) == "Aino Virtanen"


@pytest.mark.parametrize("name", ["Salo", "Aino Salo"])
@pytest.mark.parametrize("after", ["of the ceremony", "from the stage"])
def test_of_or_from_naming_no_body_after_the_name_is_no_organization(name: str, after: str) -> None:
    # Set 120: "said Selanne of the ceremony" credited nobody.
    text = (
        f'Aino Salo has put on the jersey one last time.\n\n"It was special," said {name} {after}.'
    )
    c = one(text)
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.organization) == ("Aino Salo", None)


@pytest.mark.parametrize("word", ["of", "from"])
def test_of_after_a_full_name_begins_the_organization(word: str) -> None:
    text = (
        "Finland Fujitsu Finland receives recognition\n\n"
        f'"We are very proud," says CEO Yrjänä Ahto {word} Fujitsu.'
    )
    (c,) = extract(text)
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role, c.speaker.organization) == (
        "Yrjänä Ahto",
        "CEO",
        "Fujitsu",
    )


def test_a_full_stop_ends_a_name() -> None:
    text = (
        "Sanna Marin visited Tokyo.\nI agree with Marin. Japan and Finland are “trusted partners.”"
    )
    (c,) = extract(text)
    assert who(c) is None  # the writer's words; no "Marin. Japan"


def test_a_quoted_heading_does_not_take_the_speaker_before_it() -> None:
    found = extract("“We build to last,” says Siru Nori.\n“The user decides”\nThe Aaltos agreed.")
    assert [who(c) for c in found] == ["Siru Nori", None]


def test_a_person_with_an_apposition_and_a_colon() -> None:
    c = one(
        "Kate Lye, a telecoms analyst at Warburg, talks about the results: "
        "“It has been an excellent year.”"
    )
    assert who(c) == "Kate Lye"


def test_a_title_with_over_is_not_a_quotation() -> None:
    assert extract('DoCoMo stands for "Do Communications over the Mobile Network".') == []


def test_words_in_two_places_are_labelled_once_for_each(tmp_path: Path) -> None:
    text = '"We grow," says Aino Virtanen.\nNews.\n"We grow," says Aino Virtanen.\n'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    twice = {"a.txt": [["We grow,", ["Aino Virtanen"]], ["We grow,", ["Aino Virtanen"]]]}
    (tmp_path / "gold.json").write_text(json.dumps(twice), encoding="utf-8")
    scores = evaluate_articles(tmp_path)
    assert scores["recall_exact"] == scores["precision"] == scores["speakers"] == 1.0
    for labels, problem in (
        (twice["a.txt"][:1], "stand 2 times; label each place"),
        (twice["a.txt"] * 2, "labelled more times than they stand there"),
    ):
        (tmp_path / "gold.json").write_text(json.dumps({"a.txt": labels}), encoding="utf-8")
        with pytest.raises(CorpusError, match=problem):
            evaluate_articles(tmp_path)


def test_words_that_also_stand_inside_a_longer_quotation_are_labelled_where_they_stand_alone(
    tmp_path: Path,
) -> None:
    text = 'Ylönen said "that we stand together." He would vote "to show that we stand together."'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    labels = {
        "a.txt": [
            ["that we stand together.", ["Lauri Ylönen"]],
            ["to show that we stand together.", ["Lauri Ylönen"]],
        ]
    }
    (tmp_path / "gold.json").write_text(json.dumps(labels), encoding="utf-8")
    assert evaluate_articles(tmp_path)["recall_exact"] == 1.0


def test_the_body_after_a_post_s_of_is_no_given_name_of_the_name_after_it() -> None:
    text = (
        "“We lead the change,” says CEO of Neste Aino Salo in the bulletin.\n\n"
        "Neste says the refinery will make “three million tons of renewable diesel”."
    )
    assert [who(c) for c in extract(text)] == ["Aino Salo", None]


@pytest.mark.parametrize(
    ("pronoun", "speaker"),
    [
        # "She" stood for Aino Salo: "he" is someone else, whom nothing names.
        ("he", None),
        ("she", "Aino Salo"),
    ],
)
def test_a_pronoun_never_stands_for_one_the_other_pronoun_did(
    pronoun: str, speaker: str | None
) -> None:
    text = (
        "“The parade is the heart of Pride,” said Aino Salo. She warned us: “We must guard "
        "our rights.”\n\nAmong those leading the march was Mayor Eero Virta (NCP). "
        f"“This city is for everyone,” {pronoun} told reporters."
    )
    assert who(extract(text)[-1]) == speaker


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (
            "Eighty years ago it was even normal for people to be born in saunas, because they "
            "were such healthy places\nAino Salo, competition organiser",
            [
                (
                    "Eighty years ago it was even normal for people to be born in saunas, because "
                    "they were such healthy places",
                    "Aino Salo",
                )
            ],
        ),
        # A caption naming someone over its credit is no one's words.
        (
            "Aino Salo, Director General of the Rescue Services\nAino Salo, Director General "
            "of the Rescue Services (Image: Eero Virta / Daily Mirror)",
            [],
        ),
    ],
)
def test_an_unended_sentence_over_a_name_and_title_line_is_a_pull_quote(
    lines: str, found: list[tuple[str, str]]
) -> None:
    text = f"The town is small.\n\n{lines}\nFinland faced challenges.\n\nThe end."
    assert [(c.text, who(c)) for c in extract(text)] == found


@pytest.mark.parametrize("alias", ["ie", "aka"])
def test_a_stage_name_before_the_real_one_is_no_role(alias: str) -> None:
    c = one(f"“We got second place,” says Käärijä {alias} Jere Pöyhönen at a press conference.")
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role) == ("Jere Pöyhönen", None)


@pytest.mark.parametrize(
    "quotation",
    [
        "“That’s how ‘Dark Side’ came into life,” says Niko Vilhelm.",
        # The speaker uses the name with its capitals, unmarked (set 351).
        "“Dark Side will change things a lot,” says Niko Vilhelm.",
    ],
)
def test_a_title_the_speaker_names_is_not_their_words_elsewhere(quotation: str) -> None:
    found = extract(f"‘Dark Side’\n\nTheir entry is ‘Dark Side’.\n\n{quotation}")
    assert [c.text for c in found] == [quotation[1 : quotation.index("”")]]


def test_a_title_case_headline_still_repeats_words_said_in_lower_case() -> None:
    text = "Bottas Toasts ‘Perfect Day’\n\n“Just really a perfect day,” said Valtteri Bottas."
    assert [(c.text, who(c)) for c in extract(text)] == [
        ("Perfect Day", "Valtteri Bottas"),
        ("Just really a perfect day,", "Valtteri Bottas"),
    ]


def test_the_name_of_a_work_after_its_kind_is_not_a_quotation() -> None:
    text = "Their biggest hit single, 'In the Shadows,' released in 2003, is a classic."
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Set 118: the kind of a work right after the marks, with no capitals to tell a title.
        "Costas Koulis: I saw that “End of an era” dvd is ready. What does it mean to you?",
        "Tuomas Holopainen said the “new era of metal” tour was long.",
    ],
)
def test_the_name_of_a_work_before_its_kind_is_not_a_quotation(text: str) -> None:
    assert extract(text) == []


def test_words_ending_in_their_own_comma_before_a_role_are_a_quotation() -> None:
    c = one("“We did it,” album producer Eero Salo said.")
    assert (c.text, c.speaker and c.speaker.name) == ("We did it,", "Eero Salo")


def test_a_particle_inside_the_words_is_quoted_as_written() -> None:
    text = "“I met von der Leyen in Tokyo,” says Aino Virtanen, who met van den Berg too."
    (c,) = extract(text)
    assert c.text == "I met von der Leyen in Tokyo,"
    assert text[c.start : c.end] == c.text
    assert who(c) == "Aino Virtanen"


def test_labels_naming_a_missing_article_are_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "gold.json").write_text(json.dumps({"gone.txt": []}), encoding="utf-8")
    with pytest.raises(CorpusError, match=r"gone\.txt"):
        evaluate_articles(tmp_path)


def test_the_benchmark_reports_bad_labels_in_one_line_and_exits_2(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("the the", encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({"a.txt": [["the", [None]]]}), encoding="utf-8")
    script = Path(__file__).parents[1] / "benchmarks" / "extract_eval.py"
    done = subprocess.run(
        [sys.executable, str(script), "--articles", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "extract_eval: a.txt: the words 'the' stand 2 times; label each place"
    ]


def test_a_paragraph_wrapped_by_hand_is_read_as_one() -> None:
    text = (
        "Paper production fell.\n"
        "“Demand for printing and writing\n"
        "paper has been decreasing for a long time now, and this is reflected in paper\n"
        "production,” says Timo Jaatinen, Director General of the Finnish\n"
        "Forest Industries Federation.\n"
        "Meanwhile, paperboard grew."
    )
    (c,) = extract(text)
    assert c.text.startswith("Demand for printing and writing\npaper has")
    assert c.text.endswith("in paper\nproduction,")
    assert text[c.start : c.end] == c.text
    assert who(c) == "Timo Jaatinen"
    assert not c.unclosed


def test_a_line_broken_after_a_semicolon_goes_on() -> None:
    (c,) = extract("“It’s not about one event,\nbut about a movement;\nthat’s the journey.”")
    assert c.text == "It’s not about one event,\nbut about a movement;\nthat’s the journey."


def test_add_counts_one_quote_in_the_singular(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "one.txt"
    article.write_text("“Japan is our second home,” says Anni Salo.\n", encoding="utf-8")
    candidates = tmp_path / "candidates.json"
    candidates.write_text(runner.invoke(app, ["extract", str(article)]).stdout, encoding="utf-8")
    mine = tmp_path / "mine.json"
    result = runner.invoke(app, ["add", str(candidates), "--to", str(mine)])
    assert result.stderr == f"fjquotes: {mine}: 1 quote added, 1 in all; it verifies\n"


def test_a_comma_between_the_name_and_said() -> None:
    text = "Aalto Air Chief Executive Officer Aino Virtanen, said “We are happy to fly there.”"
    c = one(text)
    assert who(c) == "Aino Virtanen"
    assert c.speaker is not None
    assert c.speaker.role == "Aalto Air Chief Executive Officer"


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister of Employment Aino Virtanen welcomed the news, saying: ",
        # No comma before the participle, a stray one after the name.
        "Minister of Employment Aino Virtanen, welcomed the news saying: ",
    ],
)
def test_saying_and_a_colon_after_the_subject(sentence: str) -> None:
    text = (
        "Minister of Economic Affairs Mika Salo praised the plant, saying: “It is proof.”\n\n"
        f"{sentence}“Finnish expertise supports the investment,”"
    )
    assert [who(c) for c in extract(text)] == ["Mika Salo", "Aino Virtanen"]


def test_fragments_joined_by_and_share_the_speaker_named_after_them() -> None:
    found = extract("Owners should be “like-minded” and “trustful,” says Mayor Aino Virtanen.")
    assert [who(c) for c in found] == ["Aino Virtanen", "Aino Virtanen"]


def test_words_interrupted_by_what_they_are_about_share_the_speaker_named_after() -> None:
    found = extract(
        "“There is no need to go far in history” with the war in Ukraine, “that is the most "
        "worrying thing,” said Aino Virtanen, a participant."
    )
    assert [who(c) for c in found] == ["Aino Virtanen", "Aino Virtanen"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It works,” Åsa Öhman told Yle.", "Åsa Öhman"),
        ("Minister Åsa Öhman met the press.\n\n“It works,” Öhman said.", "Åsa Öhman"),
        (
            "Eero Åkerlund, director of the institute, says it works.\n\n“It works,” he says.",
            "Eero Åkerlund",
        ),
    ],
)
def test_a_name_may_open_with_a_nordic_capital(text: str, speaker: str) -> None:
    assert [who(c) for c in extract(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“It works,” Äänekoski mayor Aino Salo said.",
            ("Aino Salo", "Äänekoski mayor", None, "“Q,” NAME said"),
        ),
        (
            "“It works,” said Aino Salo, Äänekoski’s mayor.",
            ("Aino Salo", "mayor", "Äänekoski", "“Q,” says NAME"),
        ),
        (
            "ÅLAND (Reuters) - Aino Salo thought it “a mistake”.",
            ("Aino Salo", None, None, "NAME … “partial”"),
        ),
    ],
)
def test_words_opening_with_a_nordic_capital_read_as_others_do(
    text: str, speaker: tuple[str, str | None, str | None, str]
) -> None:
    (c,) = extract(text)
    assert c.speaker is not None
    name, role, organization, pattern = speaker
    assert (c.speaker.name, c.speaker.role, c.speaker.organization) == (name, role, organization)
    assert c.pattern.startswith(pattern)


def test_a_pronoun_opening_an_article_stands_for_the_person_named_next() -> None:
    text = (
        "“The monopoly won’t be torn down during my term,” she retorts.\n\n"
        "The battle will not jeopardise the monopoly, declares Aino Virtanen, the Minister "
        "of Social Services."
    )
    assert [who(c) for c in extract(text)] == ["Aino Virtanen"]


def test_words_a_body_reports_are_no_continuation() -> None:
    found = extract(
        "“This is organised action,” Aino Virtanen said on Monday. Crossings will close. "
        "“The situation also involves crime,” the government said in a statement."
    )
    assert [who(c) for c in found] == ["Aino Virtanen", None]


def test_a_name_inside_words_quoted_earlier_is_no_subject_of_adding() -> None:
    text = (
        "Finland's Lakeside Terminates Contract With Rosatom\n\n"
        '"Lakeside has ended the contract with Rosatom," the company said in a statement, '
        'adding that work ends "with immediate effect."'
    )
    assert [who(c) for c in extract(text)] == [None, None]


def test_a_fragment_in_a_sentence_of_its_own_is_no_continuation() -> None:
    found = extract(
        "“We must be ready,” said Aino Virtanen, a participant. Finland announced its "
        "“historic” bid on Sunday, and the ministry called it “a step into the unknown”."
    )
    assert [(c.text, who(c)) for c in found] == [
        ("We must be ready,", "Aino Virtanen"),
        ("a step into the unknown", None),
    ]


def test_single_marks_enclose_a_quotation_that_ends_in_punctuation() -> None:
    text = (
        "Visitors came from Tokyo.\n"
        "'Finland and Japan share a lot, and the firms' ties grow,' states Professor Aino "
        "Virtanen.\n"
        "The company's 'new era' began with rock 'n' roll."
    )
    (c,) = extract(text)
    assert c.text == "Finland and Japan share a lot, and the firms' ties grow,"
    assert who(c) == "Aino Virtanen"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“Decay is falling,” Aino Virtanen said. “\n     This is why. Xylitol helps.”\nMore.",
            [
                ("Decay is falling,", "Aino Virtanen", False),
                ("This is why. Xylitol helps.", "Aino Virtanen", False),
            ],
            id="an_opening_mark_ending_a_paragraph_opens_the_words_of_the_next",
        ),
        pytest.param(
            'Aino Virtanen said: "We share values.\nToday we need partners." pic.example\n',
            [
                ("We share values.", "Aino Virtanen", False),
                ("Today we need partners.", "Aino Virtanen", False),
            ],
            id="a_straight_mark_closes_a_quotation_left_open_in_the_paragraph_before",
        ),
        pytest.param(
            (
                "Minister Aino Virtanen said: „We grow.“ And then she left.\n"
                "„We lead,“ says Aino Virtanen."
            ),
            [
                ("We grow.", "Aino Virtanen", False),
                ("We lead,", "Aino Virtanen", False),
            ],
            id="low_opening_marks_of_german_and_nordic_typography",
        ),
        pytest.param(
            "“We welcome Okmetic to focus its operations on us, ”says Ritva Viljanen.",
            [
                (
                    "We welcome Okmetic to focus its operations on us,",
                    "Ritva Viljanen",
                    False,
                )
            ],
            id="a_closing_mark_set_apart_from_the_words_and_touching_the_verb",
        ),
        pytest.param(
            (
                "‘Climate change is visible in the Arctic’, says Aino Virtanen, adviser at the "
                "ministry."
            ),
            [
                (
                    "Climate change is visible in the Arctic",
                    "Aino Virtanen",
                    False,
                )
            ],
            id="single_marks_closing_before_the_comma_of_the_reporting_clause",
        ),
        pytest.param(
            "“It’s a great thing that it happened now, ”Eero Salo said at a press conference.",
            [
                (
                    "It’s a great thing that it happened now,",
                    "Eero Salo",
                    False,
                )
            ],
            id="a_closing_mark_set_apart_and_touching_the_name_closes",
        ),
    ],
)
def test_the_quotations_their_speakers_and_whether_left_open(
    text: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    assert [(c.text, who(c), c.unclosed) for c in extract(text)] == expected


@pytest.mark.parametrize("between", ["\n", "\n\n", "\n \n\n"])
def test_a_quotation_closed_in_the_next_paragraph(between: str) -> None:
    text = f"Aino Virtanen said, “We share values.{between}Today we need partners.”\nTalks went on."
    found = extract(text)
    assert [(c.text, who(c), c.unclosed) for c in found] == [
        ("We share values.", "Aino Virtanen", False),
        ("Today we need partners.", "Aino Virtanen", False),
    ]


@pytest.mark.parametrize(
    "verb",
    [
        "pointed",
        "highlighted",
        "responded",
        "tweeted",
        "Tweeted",
        "reveals",
        "cautioned",
        "summarises",
        "conceded",
        "beamed",
        "glowed",
        "joked",
        "reasoned",
    ],
)
def test_more_speech_verbs_after_the_quotation(verb: str) -> None:
    assert who(one(f"“Exports will grow” {verb} Aino Virtanen.")) == "Aino Virtanen"


@pytest.mark.parametrize(
    "lead", ["At the Tokyo Game Show, ", "On Aalto Air’s Annual General Meeting, "]
)
def test_a_place_or_event_before_the_speaker_is_not_the_speaker(lead: str) -> None:
    c = one(f"{lead}Aino Virtanen, CEO of Aalto Air, said: “We lead.”")
    assert who(c) == "Aino Virtanen"
    assert c.speaker is not None
    assert c.speaker.organization == "Aalto Air"


@pytest.mark.parametrize(
    "text",
    [
        "“This is our largest deal,” Aino Virtanen, head of sales, was quoted as saying.",
        "In a blog post, Aino Virtanen, head of sales, was quoted saying, “This is our largest.”",
    ],
)
def test_was_quoted_as_saying(text: str) -> None:
    assert who(one(text)) == "Aino Virtanen"


def test_a_straight_mark_before_the_next_sentence_closes_the_quotation() -> None:
    text = 'Aino Virtanen spoke. "Now it is good news for us. "Europe lags, she added.'
    assert one(text).text == "Now it is good news for us."


def test_said_opening_the_sentence_before_the_name() -> None:
    text = "Said Aino Virtanen, the airline’s manager of fuel trading: “We are glad to be first.”"
    c = one(text)
    assert who(c) == "Aino Virtanen"


def test_a_place_before_a_named_speaker_with_a_title_keeps_the_name() -> None:
    c = one("At the fair in Finland Aino Virtanen, CEO of Aalto Air, said: “We lead.”")
    assert who(c) == "Aino Virtanen"


def test_a_quotation_opened_by_a_backwards_mark_does_not_close_the_one_before() -> None:
    found = extract("Aino Virtanen said, “We share values.\n”We grow,” she said.")
    assert found[0].unclosed


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "“We lead,” Lena Abrahamsson Lund, chief project director of the pavilion, said.",
            "Lena Abrahamsson Lund",
        ),
        ("“We lead,” Mayor Anna Lund, of Espoo, said.", "Anna Lund"),
        ("“We lead,” said Mr. Arto Korhonen, CEO of Nordic Koivu.", "Arto Korhonen"),
        ("Finnair’s market director in Europe Anssi Partanen said: “We lead.”", "Anssi Partanen"),
    ],
)
def test_three_names_when_nothing_before_them_is_a_title(sentence: str, name: str) -> None:
    assert who(one(sentence)) == name


@pytest.mark.parametrize("lead", ["- ", "– ", ""])
def test_a_dash_where_the_opening_mark_was_dropped(lead: str) -> None:
    c = one(f'{lead}For Finnish firms, this is a unique chance," said Aino Virtanen, CEO.')
    assert (c.text, who(c)) == ("For Finnish firms, this is a unique chance,", "Aino Virtanen")


@pytest.mark.parametrize(
    "credit",
    [
        "— Finnish Government (@FinGovernment) May 11, 2022",
        "— Ministry for Foreign Affairs (@Ulkoministerio)",
    ],
)
def test_the_credit_line_of_an_embedded_post_is_no_quotation(credit: str) -> None:
    assert extract(f"Good to meet my colleague in Tokyo today. pic.example\n{credit}\n") == []


def test_a_title_alone_stands_for_the_person_it_introduced() -> None:
    opening = "The Foreign Minister of Finland, Aino Virtanen met her colleague in Tokyo.\n"
    quoted = "After the talks, Finland’s Foreign Minister stated, “We condemn all violence.”"
    assert who(extract(opening + quoted)[0]) == "Aino Virtanen"
    # Introduced by no one, the title credits no one.
    assert who(one(quoted)) is None


@pytest.mark.parametrize(
    ("handle", "name"),
    [("@VirtanenAino", "Aino Virtanen"), ("@aino_virtanen", "Aino Virtanen"), ("@Tekes", None)],
)
def test_a_post_quoted_under_its_authors_handle(handle: str, name: str | None) -> None:
    text = f'Aino Virtanen met her colleague in Tokyo.\nPM {handle}: "We share values."\n'
    assert who(extract(text)[0]) == name


def test_a_quotation_opening_a_sentence_after_according_to() -> None:
    c = one(
        "According to Aino Virtanen, CEO of Aalto Air, the plant opens this spring. "
        '"The aim is to start in 2008."'
    )
    assert (who(c), c.pattern) == ("Aino Virtanen", "according to NAME, …. “Q” (name)")


def test_a_description_then_the_name() -> None:
    c = one("“We run it,” commented the visibly satisfied CEO of Slush Tokyo, Aino Virtanen.")
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.organization) == ("Aino Virtanen", "Slush Tokyo")


def test_a_quotation_over_paragraphs_is_attributed_at_its_end() -> None:
    text = (
        '"We opened a store in Tokyo.\n\n"It is our second home.\n\n'
        '"We believe in Japan," says Aino Virtanen, CEO of Aalto Air.\n\nThe store is big.'
    )
    assert [(who(c), c.unclosed) for c in extract(text)] == [("Aino Virtanen", False)] * 3


def test_name_role_agrees_colon() -> None:
    c = one("Aino Virtanen, Rector of the University of Helsinki agrees: “Tallinn is close.”")
    assert who(c) == "Aino Virtanen"


@pytest.mark.parametrize("title", ["PM", "CEO"])
def test_an_abbreviated_title_describes_the_person_named_before(title: str) -> None:
    text = (
        f"“We grow,” Aino Virtanen said.\nShe met staff.\n“We cannot stay put,” the {title} said."
    )
    assert [who(c) for c in extract(text)] == ["Aino Virtanen", "Aino Virtanen"]


@pytest.mark.parametrize("lead", ["under the theme", "with the slogan", "and its motto"])
def test_a_theme_or_slogan_in_quotes_is_a_name(lead: str) -> None:
    assert (
        extract(f"Helsinki is the Guest City of Design Week {lead} “Designing Better Life.”") == []
    )


@pytest.mark.parametrize("title", ["Mayor", "Governor", "Senator"])
def test_a_title_before_a_surname_is_no_given_name(title: str) -> None:
    text = f"Jan Vapaavuori met Chen Jining.\n“Cooperation grows”, {title} Vapaavuori asserts."
    assert who(extract(text)[0]) == "Jan Vapaavuori"


def test_a_titled_name_of_an_organization_is_the_person_not_the_organization() -> None:
    c = one('President Aino Virtanen of Lakeside University commented, "We apologize."')
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.organization) == ("Aino Virtanen", "Lakeside University")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "said study author and Lakeside University Associate Professor Aino Virtanen.",
            "Aino Virtanen",
        ),
        ("said company spokesman Taro Yamada.", "Taro Yamada"),
        ("said lead researcher Aino Virtanen of Aalto University.", "Aino Virtanen"),
        # A description must end in what the person is; here it names a firm.
        ("said analysts at Nomura Securities.", None),
        ("said in a statement Aino Virtanen.", None),
    ],
)
def test_a_lower_case_description_before_the_name_after_the_verb(
    sentence: str, name: str | None
) -> None:
    assert who(one(f"“We grow,” {sentence}")) == name


@pytest.mark.parametrize(
    "lead", ["understood as", "meaning", "means", "referred to as", "termed", "translates to"]
)
def test_a_gloss_in_quotes_is_no_quotation(lead: str) -> None:
    assert extract(f"The word mimamoru is generally {lead} “teaching by watching” here.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Young women calling themselves “saunners” fill the sauna every evening.",
        "The so-called “sauna boom” goes on.",
        "Fans know the goalkeeper, nicknamed “the wall”, from his first season.",
        "Nobody could translate the word “sisu” for them.",
        # What a place calls itself: an article or a possessive may stand before the name.
        "Rovaniemi happily calls itself the “official hometown of Santa Claus.”",
        'Since 2010, Rovaniemi has marketed itself as Santa\'s "official home".',
        "The firm describes itself as a “sauna company with a cause” on its site.",
        # A title with its file type in brackets.
        "Minister Kamikawa announced “Japan’s Nordic Diplomacy Initiative (PDF),” a policy.",
    ],
)
def test_a_name_or_a_term_in_quotes_is_no_quotation(sentence: str) -> None:
    assert extract(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Aino Salo leads. Salo calls herself ‘a future social democrat’.",
        "Aino Salo leads. Instead of right or left, Salo calls herself ‘a future social democrat’.",
    ],
)
def test_what_a_person_calls_themselves_is_their_words(sentence: str) -> None:
    (c,) = extract(sentence)
    assert (c.text, who(c)) == ("a future social democrat", "Aino Salo")


def test_a_phrase_referred_to_by_a_person_is_still_a_quotation() -> None:
    text = 'The sale, referred to as a "strategic investment" by Aino Virtanen, went ahead.'
    assert [c.text for c in extract(text)] == ["strategic investment"]


@pytest.mark.parametrize(
    "introduction",
    [
        "Team Japan coach Pekka Virta was proud of his team.",
        # What sports news calls the people it quotes: a star, a driver, a veteran.
        "Finnish hockey star Pekka Virta also praised the opponents.",
        "Formula One driver Pekka Virta finished third.",
    ],
)
def test_he_said_after_a_person_introduced_by_a_role_noun(introduction: str) -> None:
    text = f'"We lost," Aino Salo said.\n{introduction}\n"We need to defend better," he said.'
    assert [who(c) for c in extract(text)] == ["Aino Salo", "Pekka Virta"]


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Finnish coach Virta: “The key is to play as a team”", "Pekka Virta"),
        # Nobody the article names: no speaker.
        ("Background: “The key is to play as a team”", None),
    ],
)
def test_a_headline_naming_who_before_a_colon(headline: str, name: str | None) -> None:
    text = f"{headline}\n\nHead coach Pekka Virta was pleased with the team."
    assert who(extract(text)[0]) == name


@pytest.mark.parametrize(
    "text",
    [
        "Project Director (PD) Aino Virtanen, Vice Director-General of the National Institute"
        ' of Polar Research commented, "Arctic research has gone global."',
        '"Arctic research has gone global," said Aino Virtanen (PD), head of the project.',
    ],
)
def test_an_abbreviation_in_brackets_is_no_part_of_the_name(text: str) -> None:
    assert who(one(text)) == "Aino Virtanen"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President of Lakeside Air, Aino Virtanen, said “We grow.”", "Aino Virtanen"),
        ("Lakeside Air CEO, Aino Virtanen, said “We grow.”", "Aino Virtanen"),
        ("Pekka Salo, chief executive of Lakeside Air said, “We grow.”", "Pekka Salo"),
    ],
)
def test_a_title_or_a_role_in_lower_case_around_the_name_before_said(text: str, name: str) -> None:
    assert who(one(text)) == name


@pytest.mark.parametrize(
    "reporting",
    [
        "Lakeside Air executive Aino Virtanen said in a statement.",
        "Lakeside Air spokesperson Aino Virtanen said.",
        "company spokesman Aino Virtanen said.",
        "Lakeside Air vice president Aino Virtanen said.",
        "said Lakeside Air vice president Aino Virtanen.",
        "said Lakeside Air chief executive officer Aino Virtanen, who was in Berlin.",
        "Lakeside Air chief executive officer Aino Virtanen said.",
        # Two roles joined, as sports news writes positions.
        "star forward-center Aino Virtanen said Friday.",
        "Lakeside Lakers player-coach Aino Virtanen said.",
        "commented Lakeside Racing team principal Aino Virtanen.",
    ],
)
def test_a_firm_and_a_role_in_lower_case_before_the_name(reporting: str) -> None:
    c = one(f"The deal will “add value for operators,” {reporting}")
    assert (c.text, who(c)) == ("add value for operators,", "Aino Virtanen")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("“We grow,” said Prof. Aino Virtanen.", "Prof."),
        ("“We grow,” Gov. Aino Virtanen said.", "Gov."),
        ("“We grow,” said Gen. Aino Virtanen, commander of the army.", "commander of the army"),
        ("Sen. Aino Virtanen said: “We grow.”", "Sen."),
        # A form of address is no role.
        ("“We grow,” said Mr. Aino Virtanen.", None),
        ("“We grow,” said Dr Aino Virtanen.", None),
    ],
)
def test_an_abbreviated_title_before_the_name_ends_no_sentence(text: str, role: str | None) -> None:
    c = one(text)
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role) == ("Aino Virtanen", role)


def test_a_headline_wholly_in_single_marks_is_a_quotation() -> None:
    text = (
        "'Gathering of troops along the border concerning'\n\n"
        "The gathering of troops is concerning, said the minister."
    )
    c = one(text)
    assert (c.text, c.speaker, c.unclosed) == (
        "Gathering of troops along the border concerning",
        None,
        False,
    )


@pytest.mark.parametrize(
    ("paragraph", "first"),
    [
        (
            "‘It always pays to end homelessness,’ said Ms Virtanen in an interview. "
            "‘Investment in housing pays back.’",
            "It always pays to end homelessness,",
        ),
        # The comma outside the closing mark, before the reporting clause (set 350).
        (
            "‘It always pays to end homelessness’, said Mayor Aino Virtanen. "
            "‘Investment in housing pays back.’",
            "It always pays to end homelessness",
        ),
    ],
)
def test_a_paragraph_opening_and_ending_in_single_marks_may_hold_two_quotations(
    paragraph: str, first: str
) -> None:
    found = extract(f"Aino Virtanen runs the city’s foundation.\n\n{paragraph}")
    assert [(c.text, who(c)) for c in found] == [
        (first, "Aino Virtanen"),
        ("Investment in housing pays back.", "Aino Virtanen"),
    ]


def test_a_headline_of_who_a_colon_and_words_in_single_marks() -> None:
    text = "Salo: ‘It’s one of my best wins’\n\nAino Salo won the race in Suzuka on Sunday."
    c = one(text)
    assert (c.text, who(c)) == ("It’s one of my best wins", "Aino Salo")


@pytest.mark.parametrize(
    ("named", "surname", "speaker"),
    [
        ("Defence Minister Jussi Niinistö", "Niinisto", "Jussi Niinistö"),
        ("the expert Toomas Rajaa", "Raja", "Toomas Rajaa"),
        ("Trade Commissioner Cecilia Malmström", "Malmostroem", "Cecilia Malmström"),
        # Four letters leave no room for a typo: another name, not a misspelt one.
        ("Coach Aino Salo", "Sala", None),
    ],
)
def test_a_surname_spelt_without_accents_or_a_letter_off(
    named: str, surname: str, speaker: str | None
) -> None:
    text = f"{named} spoke on Monday.\n\n“We are calm,” {surname} said."
    assert who(one(text)) == speaker


def test_a_full_name_a_title_and_a_colon_before_the_quotation() -> None:
    text = (
        "Aino Virtanen, President and CEO: “Our sales grew strongly.\n\n"
        "We believe the new stores will do well.”"
    )
    assert speakers_and_role(text) == (["Aino Virtanen", "Aino Virtanen"], "President and CEO")


def test_words_in_brackets_after_a_term_are_a_gloss() -> None:
    assert extract("Neste uses its NEXBTL (“Next generation biomass to liquid”) technology.") == []


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        # The clause after the last comma opens with the name and verb, then goes on.
        (
            "– Kasperi has been doing great, results will come, Salo beamed and praised the team.",
            "Kasperi has been doing great, results will come,",
        ),
        (
            "– Kasperi has been doing great, results will come, Salo said after the final.",
            "Kasperi has been doing great, results will come,",
        ),
        # The comma before the name dropped (machine translation), a time after the verb.
        (
            "– This is step by step. We are on the right track Aino Salo said Saturday night.",
            "This is step by step. We are on the right track",
        ),
        # The wire the writer had the clause from, after a comma.
        (
            "– We have reached a point where the return can be done, Chairman Aino Salo said "
            "in Ähtäri on Tuesday, according to Reuters news agency.",
            "We have reached a point where the return can be done,",
        ),
        # The writer's aside after the clause and a comma.
        (
            "– I hope we can focus on the program, which is a great program, Salo says, also "
            "because of the struggle between the parties.",
            "I hope we can focus on the program, which is a great program,",
        ),
        (
            "– I hope we can focus on the program, says Salo, also because of the struggle.",
            "I hope we can focus on the program,",
        ),
        # How the words were said: "glowed with a smile", as "beamed"; what the person is
        # before the name, and a circumstance after the verb, belong to the clause.
        (
            "– It felt absolutely fantastic, the topper Aino Salo glowed with a smile.",
            "It felt absolutely fantastic,",
        ),
        # "Was happy", as translations render Finnish sports copy's "iloitsi".
        (
            "– I always feel at home on the running track, Salo was happy after the race.",
            "I always feel at home on the running track,",
        ),
        (
            "– It felt absolutely fantastic, head coach Aino Salo said after the game.",
            "It felt absolutely fantastic,",
        ),
        # A description alone, a circumstance after the verb.
        (
            "– It felt absolutely fantastic, the coach said after the game.",
            "It felt absolutely fantastic,",
        ),
        # A description (a side's name in it), the full name and one word in lower case,
        # whatever verb a translation made of it.
        (
            "– He is an awesome little fighter, the Stars pilot Aino Salo incense.",
            "He is an awesome little fighter,",
        ),
    ],
)
def test_a_dash_quotation_attributed_in_its_last_clause(paragraph: str, words: str) -> None:
    text = f"Coach Aino Salo spoke to the team.\n\n{paragraph}"
    c = one(text)
    assert (c.text, who(c)) == (words, "Aino Salo")


def test_what_the_speaker_is_then_the_name_and_a_circumstance_after_the_verb() -> None:
    c = one("“It felt fantastic,” the topper Aino Salo said after the game.")
    assert (c.text, who(c)) == ("It felt fantastic,", "Aino Salo")
    assert c.speaker is not None
    assert c.speaker.role == "topper"


def test_a_person_reasoning_introduces_the_dash_led_words_after_it() -> None:
    text = (
        "Aino Salo is usually good when it is cold.\n\n– It is the intention to go every day, "
        "says Salo.\n\nEeva Virta reasoned much like Salo.\n\n– I’m not a fan of freezing "
        "cold weather. You do not want to risk getting sick."
    )
    assert [who(c) for c in extract(text)] == ["Aino Salo", "Eeva Virta"]


@pytest.mark.parametrize(
    "felt",
    [
        "The head coach Aino Salo was pleased with the performance of the debutants.",
        "On the whole, Salo was satisfied with the outcome of the game.",
    ],
)
def test_how_a_person_felt_introduces_the_dash_led_words_after_it(felt: str) -> None:
    text = (
        "Eero Virtanen scored and Aino Salo watched.\n\n"
        "– We could have scored many more goals, I think, Virtanen stated.\n\n"
        f"{felt}\n\n– It was an entertaining game. We had a total of 27 attempts."
    )
    assert who(extract(text)[-1]) == "Aino Salo"


def test_a_dash_quotation_ends_at_its_reminding_clause() -> None:
    text = (
        "Aino Salo coaches the team.\n\n"
        "– The immobility of children is a well-known problem, head coach Salo reminds."
    )
    found = one(text)
    assert (found.text, who(found)) == (
        "The immobility of children is a well-known problem,",
        "Aino Salo",
    )


@pytest.mark.parametrize("lead", ["–", "-"])
def test_dash_led_words_take_the_clause_that_closes_the_paragraphs_after_them(lead: str) -> None:
    # A translation split the quotation: its clause came in the third paragraph.
    text = (
        "UNESCO counts 3.3 million saunas.\n\n"
        f"{lead} In the 90s, I know that it was two million.\n\n"
        "Then I wrote a book about the Finnish sauna culture.\n\n"
        "The whole 90's I was in the sauna.\n\n"
        "It is difficult to summarize the culture, says Aino Salo.\n\n"
        "She is a member of the Finnish Sauna Society."
    )
    assert [(c.text, who(c)) for c in extract(text)] == [
        ("In the 90s, I know that it was two million.", "Aino Salo"),
        ("Then I wrote a book about the Finnish sauna culture.", "Aino Salo"),
        ("The whole 90's I was in the sauna.", "Aino Salo"),
        ("It is difficult to summarize the culture,", "Aino Salo"),
    ]


@pytest.mark.parametrize(
    "after",
    [
        # The clause names nobody.
        "Costs rose in the nineties, said the report on the budget.",
        # Too far: four paragraphs of the writer's first.
        "One.\n\nTwo.\n\nThree.\n\nIt is difficult to summarize the culture, says Aino Salo.",
    ],
)
def test_dash_led_words_are_not_credited_by_a_clause_that_does_not_close_them(
    after: str,
) -> None:
    text = f"UNESCO counts saunas.\n\n– In the 90s, I know that it was two million.\n\n{after}"
    dashed = [c for c in extract(text) if c.text.startswith("In the 90s")]
    assert [who(c) for c in dashed] == [None]


def test_a_hyphen_item_before_a_clause_naming_nobody_is_no_quotation() -> None:
    text = (
        "The budget has three parts.\n\n- Rail links to the north will be built first.\n\n"
        "Costs rose in the nineties, said the report on the budget."
    )
    assert extract(text) == []


def test_a_link_line_after_a_hyphen_is_no_quotation() -> None:
    text = (
        "Finance Minister Aino Salo. Photo: Lehtikuva\n"
        "- Next Article Timo Soini eyes political return with Centre Party\n"
        "Salo has called for more cuts this year, says Aino Salo."
    )
    assert [c.text for c in extract(text) if "Next Article" in c.text] == []


@pytest.mark.parametrize("lead", ["–", "-"])
def test_a_dash_quotation_credited_by_name_before_an_apposition(lead: str) -> None:
    # A hyphen leads quotations once one of them is credited; the others follow its speaker.
    text = (
        f"{lead} We need a Nordic framework for Nordic issues, says Aino Salo, responsible "
        "for Acme’s power operations, while speaking at a seminar on Wednesday.\n\n"
        "Salo pointed to the integrated market.\n\n"
        f"{lead} This also applies to our ability to act together as a sector."
    )
    assert [(c.text, who(c)) for c in extract(text)] == [
        ("We need a Nordic framework for Nordic issues,", "Aino Salo"),
        ("This also applies to our ability to act together as a sector.", "Aino Salo"),
    ]


def test_hyphen_led_paragraphs_credited_to_nobody_are_a_list() -> None:
    text = (
        "The overview of the meeting is as follows.\n"
        "- The two sides exchanged a wide range of views on regional affairs.\n"
        "- Both sides concurred to expand cooperation in the area of security."
    )
    assert extract(text) == []


@pytest.mark.parametrize("nested", ['the "best player"', "the “best player”"])
def test_words_quoted_inside_a_dash_quotation_are_part_of_it(nested: str) -> None:
    text = (
        "Coach Aino Salo spoke to the team.\n\n"
        f"– I had to name {nested} after the final whistle, Salo said."
    )
    c = one(text)
    assert (c.text, who(c)) == (f"I had to name {nested} after the final whistle,", "Aino Salo")


def test_a_dash_before_a_quotation_mark_leads_the_marked_quotation() -> None:
    c = one("Aino Salo spoke to the team.\n\n– “We had to fight,” Salo said.")
    assert (c.text, who(c)) == ("We had to fight,", "Aino Salo")


def test_a_dash_quotation_naming_someone_inside_keeps_its_words() -> None:
    # Without a comma, only a full name right before the verb ends the words.
    c = one("– We learned a lot, and Salo told us to keep going in the final.")
    assert (c.text, c.speaker) == (
        "We learned a lot, and Salo told us to keep going in the final.",
        None,
    )


@pytest.mark.parametrize(
    ("introduced", "credited"),
    [
        # What the person is, capitalised only as the sentence opens.
        ("photographer Aino Salo guides tourists.", "Photographer Salo says"),
        # A word the article writes in lower case elsewhere.
        ("Aino Salo is a veteran of the tours.", "Veteran Salo says"),
        # No given name stands before a family name written first: a demonym.
        ("Zhang Yu, 31, saw the lights.", "Beijinger Zhang says"),
    ],
)
def test_a_word_describing_a_known_person_before_their_name(introduced: str, credited: str) -> None:
    c = one(f"Driving north, {introduced}\n\n{credited} it was worth it: “We were lucky.”")
    assert who(c) == ("Zhang Yu" if "Zhang" in credited else "Aino Salo")


def test_a_nationality_before_a_known_surname_describes_that_person() -> None:
    text = (
        "Kimi Raikkonen battled the new champion Fernando Alonso, whom he has chased all year. "
        "Spaniard Alonso, who started 16th, was third.\n\n"
        "Alonso said: “I had no need to take care about anything.”"
    )
    c = one(text)
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role) == ("Fernando Alonso", None)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Aino Virtanen", "Aino Virtanen"),
        ("Coach Pekka Virta", "Pekka Virta"),
        # A heading of the article's own (its words stand in lower case in the text) credits
        # nobody new: the quotation keeps the speaker of the paragraph before.
        ("Results Are Coming", "Mika Salo"),
    ],
)
def test_a_line_that_is_only_a_name_heads_the_quotation_under_it(heading: str, name: str) -> None:
    text = (
        "The players offered their thoughts after the final.\n"
        "“We won,” said Mika Salo.\n"
        "Now the results are coming, after years of work.\n\n"
        f"{heading}\n"
        "“It was a long season, and we battled hard every game.”"
    )
    assert [who(c) for c in extract(text)] == ["Mika Salo", name]


def test_a_name_over_the_writers_own_paragraph_is_a_byline_heading_no_words() -> None:
    text = (
        "Eero Salo won the race.\n\n"
        "There is something similar about them\n\n"
        "Aino Virtanen\n\n"
        "Many have watched the final run several times since then. A hero himself only once.\n\n"
        "– I watched it in a taxi. Nothing new came out of it.\n\n"
        "– I remember the feeling after scoring well, Salo said."
    )
    assert [who(c) for c in extract(text)] == ["Eero Salo", "Eero Salo"]


@pytest.mark.parametrize(
    ("before", "name"),
    [
        ("One of those watching was a commentator for Lakeside TV Aino Virtanen.", "Aino Virtanen"),
        ("Head coach of team Japan Aino Virtanen:", "Aino Virtanen"),
        ("Among them was photographer Aino Virtanen.", "Aino Virtanen"),
        # A place, or a photo credit, presents nobody.
        ("The waters north of Hokkaido resemble the Baltic Sea.", "Mika Salo"),
        ("Image: Lakeside/Aino Virtanen", "Mika Salo"),
    ],
)
def test_a_paragraph_ending_in_a_titled_name_presents_the_next_speaker(
    before: str, name: str
) -> None:
    text = (
        "“We won,” said Mika Salo.\n\n"
        "The team flew home on Monday.\n\n"
        f"{before}\n\n"
        "– The team is in good shape and the fans were amazing."
    )
    assert [who(c) for c in extract(text)] == ["Mika Salo", name]


@pytest.mark.parametrize(
    ("reporting", "name", "role"),
    [
        (
            "Lakeside’s chief operating officer and head of games Aino Virtanen told.",
            "Aino Virtanen",
            "chief operating officer and head of games",
        ),
        # A time clause after the verb.
        (
            "editor-in-chief of Yle's News and Current Affairs division Aino Virtanen said when "
            "Yle commissioned the report.",
            "Aino Virtanen",
            "editor-in-chief",
        ),
        # Words before the name that make it someone else's: nobody is credited.
        ("a source close to Aino Virtanen said.", None, None),
        ("the lawyer representing Aino Virtanen said.", None, None),
        ("a spokesperson for Aino Virtanen told.", None, None),
    ],
)
def test_a_long_description_before_the_name_and_the_verb_ending_the_clause(
    reporting: str, name: str | None, role: str | None
) -> None:
    c = one(f"“We started talking last summer,” {reporting}")
    assert (who(c), c.speaker.role if c.speaker else None) == (name, role)


@pytest.mark.parametrize(
    ("after", "name"),
    [
        ("“Four wins, and I’m satisfied with that,” Virta listed the successes.", "Pekka Virta"),
        ("“Four wins, and I’m satisfied with that,” he shrugged.", "Pekka Virta"),
        ("“Four wins, and I’m satisfied with that”, Virta evaluated the week.", "Pekka Virta"),
        ("“Four wins, and I’m satisfied with that,” details Virta.", "Pekka Virta"),
        ("“Four wins, and I’m satisfied with that,” chuckled Virta, who won.", "Pekka Virta"),
        ("“Four wins, and I’m satisfied with that,” Virta thought.", "Pekka Virta"),
        # A full stop ends the quotation: what follows is a sentence of its own.
        ("“Four wins, and I’m satisfied with that.” Virta listed the successes.", None),
    ],
)
def test_a_person_and_any_verb_after_a_quotation_ended_by_a_comma(
    after: str, name: str | None
) -> None:
    text = f"Head coach Pekka Virta won again.\n\n{after}"
    assert who(one(text)) == name


@pytest.mark.parametrize(
    "description",
    ["the French skater", "the 2024 NHK Trophy champion", "the Olympic medallist", "the winner"],
)
def test_said_the_description_of_a_sportsman_stands_for_the_one_named_last(
    description: str,
) -> None:
    text = (
        "“We won,” said Aino Salo.\n"
        "France’s Pekka Virta moved up to second. Virta fell on his opening jump.\n"
        f"“I came back step by step,” said {description}."
    )
    assert [who(c) for c in extract(text)] == ["Aino Salo", "Pekka Virta"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kirsi Virta is a TV personality, and she watched the jump.",
        # A firm and a role before the name: the person, not "Team Japan".
        "Team Japan coach Kirsi Virta was also disappointed, but proud of the team.",
    ],
)
def test_a_pronoun_stands_for_the_subject_of_the_paragraph_before_without_quotations(
    paragraph: str,
) -> None:
    text = (
        '"My surprise was that a celebrity cheered me on," said Aino Salo.\n\n'
        f"{paragraph}\n\n"
        '"Congratulations! The best in the world," she said.'
    )
    assert [who(c) for c in extract(text)] == ["Aino Salo", "Kirsi Virta"]


@pytest.mark.parametrize(
    ("apposition", "role"),
    [
        (
            "professor of philosophy at the University of Helsinki",
            ("professor of philosophy", "University of Helsinki"),
        ),
        ("a credit analyst at Lakeside Bank", ("credit analyst", "Lakeside Bank")),
        (
            "a researcher at Aalto University and author of A Wonderful Life",
            ("researcher", "Aalto University"),
        ),
        ("a researcher at heart", ("researcher at heart", None)),
        ("a 37-year-old builder who makes 100 euros", ("37-year-old builder", None)),
        ("retired colonel", ("retired colonel", None)),
    ],
)
def test_where_the_person_works_follows_at(apposition: str, role: tuple[str, str | None]) -> None:
    c = one(f"“Rates will fall,” said Aino Salo, {apposition}.")
    assert c.speaker is not None
    assert (c.speaker.name, (c.speaker.role, c.speaker.organization)) == ("Aino Salo", role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "As Mr Aino Salo (Senior Vice President) told us, the brand aims to “enrich "
            "people’s lives with clothing of a new and unique value.”",
            ("Senior Vice President", None),
        ),
        # A party in brackets, then the apposition after its comma.
        (
            "Aino Salo (Centre), the Minister of Economic Affairs, said: “We will not comment "
            "on the project before the application.”",
            ("Minister", "Economic Affairs"),
        ),
    ],
)
def test_an_aside_in_brackets_after_the_name(text: str, role: tuple[str, str | None]) -> None:
    c = one(text)
    assert c.speaker is not None
    assert (c.speaker.name, (c.speaker.role, c.speaker.organization)) == ("Aino Salo", role)


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        # A dash set against the first word, the speaker from the paragraph before.
        (
            "-Japan is a major player in wireless technologies, and it is in our interest.",
            "Japan is a major player in wireless technologies, and it is in our interest.",
            "Aino Salo",
        ),
        # The words end in their own "!", no comma before the reporting clause.
        (
            "-For 6G, global cooperation is pivotal. Let’s make 6G together! says Dr. Kenji "
            "Sato, leader of the research division.",
            "For 6G, global cooperation is pivotal. Let’s make 6G together!",
            "Kenji Sato",
        ),
    ],
)
def test_a_dash_set_against_the_first_word(paragraph: str, words: str, speaker: str) -> None:
    text = f"“We signed today,” said Aino Salo, director of the programme.\n\n{paragraph}"
    assert [(c.text, who(c)) for c in extract(text)][1] == (words, speaker)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "IAEA Director General Rafael Mariano Grossi was in Finland.\n\n"
            "“Collaboration is key,” said Mr Grossi.",
            "Rafael Mariano Grossi",
            None,
        ),
        (
            "“Collaboration is key,” said Director General Rafael Mariano Grossi.",
            "Rafael Mariano Grossi",
            "Director General",
        ),
        ("“This is Lahti,” Daniel Andre Tande said.", "Daniel Andre Tande", None),
        # Not a title's last word taken for a given name.
        (
            "Professor Emeritus Aino Virtanen spoke.\n\n“Collaboration is key,” said Virtanen.",
            "Aino Virtanen",
            None,
        ),
        (
            "“Collaboration is key,” said Japanese Ambassador to Finland Takashi Okada.",
            "Takashi Okada",
            "Japanese Ambassador to Finland",
        ),
    ],
)
def test_three_names_after_a_title_or_a_closing_mark_are_one_person(
    text: str, speaker: str, role: str | None
) -> None:
    c = one(text)
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role) == (speaker, role)


def test_whom_the_words_were_said_to_is_no_part_of_the_name() -> None:
    c = one("“When it is ready, it is good news,” said Yukiya Amano to the Länsi-Suomi newspaper.")
    assert who(c) == "Yukiya Amano"


def test_a_dash_after_the_quotation_credits_it_to_the_full_name_after_it() -> None:
    c = one(
        "“Having him on board is a unique asset for the project.” – Mikko Koivumaa, "
        "CEO of Koivu Foods."
    )
    assert c.speaker is not None
    assert c.speaker == ("Mikko Koivumaa", "CEO", "Koivu Foods")


@pytest.mark.parametrize("after", ["a claim few believe.", "Nokia Oyj, in a statement."])
def test_a_dash_after_the_quotation_then_no_full_name_credits_nobody(after: str) -> None:
    assert who(one(f"“Having him on board is a unique asset.” – {after}")) is None


def test_a_role_in_two_lower_case_words_between_a_firm_and_a_name() -> None:
    c = one(
        '"We can commit to innovation funding," wrote Business Finland director general '
        "Pekka Soini."
    )
    assert who(c) == "Pekka Soini"


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("At the meeting the governor said,", "Yoichi Masuzoe"),
        ("Later the mayor said,", "Boris Johnson"),
    ],
)
def test_the_title_stands_for_the_name_written_after_it_before(clause: str, speaker: str) -> None:
    text = (
        "Tokyo Governor Yoichi Masuzoe met with Mayor of London Boris Johnson in Tokyo.\n\n"
        f"{clause} “I hope that London and Tokyo will work together.”"
    )
    assert who(one(text)) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Imperial Household Agency, the Emperor thanked the couple and said "
        'that "Noto still retains its traditional charm" while noting the damage.',
        'The Emperor thanked the couple and said that "Noto still retains its traditional '
        'charm" while noting the damage.',
        '"Noto still retains its traditional charm," the Emperor said.',
    ],
)
def test_the_monarchs_title_stands_for_the_monarch_named_before(sentence: str) -> None:
    text = (
        "Japan's Emperor Naruhito met Finnish President Alexander Stubb on Wednesday.\n\n"
        f"{sentence}"
    )
    assert who(one(text)) == "Emperor Naruhito"


def test_a_dash_name_and_title_under_the_words_credit_them_and_are_no_quotation() -> None:
    text = (
        "The two firms launched a collection.\n"
        "“The two brands have always been true to their philosophy of timeless design.”\n"
        "– Harri Koskinen, Design Director of Iittala.\n"
        "The collection took four years to develop."
    )
    (found,) = extract(text)
    assert who(found) == "Harri Koskinen"
    assert found.speaker is not None
    assert found.speaker.role == "Design Director"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("In the words of Kurt Cobain, it’s “come as you are”.", "Kurt Cobain"),
        ("In Koskinen’s words, “it has to be honest.”", "Harri Koskinen"),
        ("In his own words, “There has to be a reason.”", "Harri Koskinen"),
    ],
)
def test_in_the_words_of_a_person_names_the_speaker(sentence: str, speaker: str) -> None:
    text = f"Harri Koskinen opened a restaurant in Helsinki.\n\n{sentence}"
    assert who(one(text)) == speaker


def test_an_unclosed_quotation_ends_at_the_reporting_clause_after_its_comma() -> None:
    text = (
        "Jesper Björkell opened a restaurant in Helsinki.\n\n"
        "“We didn’t have anything like this in Finland, says Björkell. He fell in love. "
        "“I went to Japan to become the best sushi chef,” he recalls."
    )
    first, second = extract(text)
    assert first.text == "We didn’t have anything like this in Finland,"
    assert first.unclosed
    assert who(first) == who(second) == "Jesper Björkell"


@pytest.mark.parametrize("mark", ["?", "!", ","])
def test_an_unclosed_quotation_ends_at_a_lower_case_pronoun_s_clause_after_its_mark(
    mark: str,
) -> None:
    text = (
        "Aino Salo praised her actors at the press conference. "
        f"“My film is not bad{mark} she asks me as if to reassure herself. When I compliment "
        "her backstage, her eyes become wet."
    )
    (found,) = extract(text)
    assert found.text == f"My film is not bad{mark}"
    assert found.unclosed
    assert who(found) == "Aino Salo"


def test_an_unclosed_quotation_ends_at_a_clause_naming_the_speaker_and_their_title() -> None:
    text = (
        '"We will send help," says Eero Salo, Director.\n\n'
        '"We could send firefighters who would be needed as backup crews, explains Aino '
        "Virtanen, Senior Officer for Rescue Services."
    )
    found = extract(text)[-1]
    assert found.text == "We could send firefighters who would be needed as backup crews,"
    assert who(found) == "Aino Virtanen"


def test_an_unclosed_quotation_goes_on_past_an_aside_in_lower_case() -> None:
    text = '"We must act, says Aino Virtanen, because the fires are spreading fast.'
    assert (
        one(text).text == "We must act, says Aino Virtanen, because the fires are spreading fast."
    )


def test_a_circumstance_after_the_name_is_no_role_and_the_title_before_it_is() -> None:
    text = (
        '"Energy prices have risen sharply," said Lakeside Steel\'s head of ferrochrome, '
        "Aino Virtanen, in a statement."
    )
    speaker = one(text).speaker
    assert speaker is not None
    assert (speaker.name, speaker.role, speaker.organization) == (
        "Aino Virtanen",
        "head of ferrochrome",
        "Lakeside Steel",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "A paper interviewed chairman Eero Salo, who describes the “night-time tensions” "
        "behind the deal.",
        "Salo, who calls himself a “realist”, describes the talks – from “gritting your "
        "teeth” to relief.",
    ],
)
def test_a_who_clause_leaves_the_fragment_to_the_person_it_is_about(sentence: str) -> None:
    text = f"Eero Salo chairs the board.\n\n{sentence}"
    assert who(one(text)) == "Eero Salo"


def test_words_set_apart_in_a_headline_that_repeat_a_quotation_are_its_speakers() -> None:
    text = (
        "Salo toasts 'perfect day' after winning in Suzuka\n\n"
        "Eero Salo won the race on Sunday.\n\n"
        "“Just really a perfect day, with a perfect start,” Salo said."
    )
    echo, body = extract(text)
    assert (echo.text, who(echo), echo.partial) == ("perfect day", "Eero Salo", True)
    assert who(body) == "Eero Salo"


@pytest.mark.parametrize(
    "headline",
    [
        "Japan’s PM ‘runs’ to Trump after the election",  # one word: a scare quote
        "Sega acquires ‘Angry Birds’ maker Rovio",  # a name nobody says
        "Salo toasts 'dream job' after winning in Suzuka",  # words nobody is quoted saying
        # another article's headline, linked to
        "Read Also: This Finnish guy gets a $600 'perfect day' for doing nothing",
    ],
)
def test_words_set_apart_that_repeat_no_quotation_are_none(headline: str) -> None:
    text = f"{headline}\n\n“Just really a perfect day,” said Eero Salo."
    assert [c.text for c in extract(text)] == ["Just really a perfect day,"]


@pytest.mark.parametrize("reporting", ["he said", "the old man said"])
def test_he_stands_for_the_one_person_named_though_not_as_a_subject(reporting: str) -> None:
    text = (
        "The interviews gave the appearance that Eero Salo could barely contain his joy.\n\n"
        f"“Finally!” {reporting}."
    )
    assert who(one(text)) == "Eero Salo"


@pytest.mark.parametrize("dash", ["-", "–"])
@pytest.mark.parametrize(
    "headline",
    [
        "'Proving some people wrong, it’s enough fun for me' {dash} Salo",
        "“Proving some people wrong is fun” {dash} Salo",
    ],
)
def test_a_headline_credited_by_a_dash_and_a_surname_is_that_persons(
    headline: str, dash: str
) -> None:
    text = f"{headline.format(dash=dash)}\n\nEero Salo won the race in Austin on Sunday."
    (found,) = extract(text)
    assert (who(found), found.partial) == ("Eero Salo", False)


def test_a_dash_credit_naming_nobody_in_the_article_credits_no_one() -> None:
    (found,) = extract("“Proving some people wrong is fun” - Nokia\n\nEero Salo won.")
    assert who(found) is None


def test_a_headline_echo_matches_the_quotation_whatever_its_commas() -> None:
    text = (
        "Salo: 'proving some people wrong, it’s enough fun' after Austin\n\n"
        "“Just proving some people wrong it’s enough fun for me,” Eero Salo said."
    )
    echo, _ = extract(text)
    assert (echo.text, who(echo)) == ("proving some people wrong, it’s enough fun", "Eero Salo")


def test_a_heading_quoting_words_credited_later_takes_their_speaker() -> None:
    text = (
        "No “friends or enemies” among other parties\n\n"
        "Aino Salo leads the party. She added that it would have no “friends or enemies” "
        "among other parties, she said."
    )
    heading, body = extract(text)
    assert (heading.text, who(heading), who(body)) == (
        "friends or enemies",
        "Aino Salo",
        "Aino Salo",
    )


@pytest.mark.parametrize("verb", ["wonders", "bemoaned", "lamented"])
def test_wondering_and_lamenting_report_the_words(verb: str) -> None:
    assert who(one(f"”Do we want a strong future?” Aino Salo {verb}.")) == "Aino Salo"


def test_a_verb_of_speech_set_off_by_commas_after_a_name_is_no_role() -> None:
    text = (
        "“The plant closes,” the chief executive, Aino Salo, said, referring to the town.\n\n"
        '"We support our staff," Ms Salo said.'
    )
    roles = [(c.speaker.name, c.speaker.role) for c in extract(text) if c.speaker]
    assert roles == [("Aino Salo", "chief executive")] * 2


def test_a_helping_verb_and_an_adverb_may_stand_before_the_verb_of_speech() -> None:
    text = (
        "Finland's minister of economic affairs Aino Salo has repeatedly said it would be "
        '"absolutely impossible" to grant the permit.'
    )
    assert who(one(text)) == "Aino Salo"


def test_recounted_ends_a_hyphen_led_quotation_and_names_its_speaker() -> None:
    text = "– An emotional and wonderful moment, Eero Salo recounted his sensation."
    c = one(text)
    assert (c.text, who(c)) == ("An emotional and wonderful moment,", "Eero Salo")


def test_a_straight_mark_glued_to_the_next_word_closes() -> None:
    text = 'Eero Salo said he would "rely on the process"which refers to the vote.'
    c = one(text)
    assert (c.text, c.unclosed) == ("rely on the process", False)


def test_went_on_reports_the_words_before_it() -> None:
    assert who(one("“It would be a big thing for Finland,” Eero Salo went on.")) == "Eero Salo"


def test_words_credited_to_nobody_leave_nobody_for_the_paragraph_after() -> None:
    text = (
        "“We saw what he can do,” Eero Salo stated.\n\n"
        "“Sometimes you just have to give applause,” the BBC wrote in its coverage.\n\n"
        "“He gave a precise pass.”"
    )
    found = extract(text)
    assert [who(c) for c in found] == ["Eero Salo", None, None]


@pytest.mark.parametrize(
    ("reporting", "role"),
    [
        ("said the head coach Eero Salo", "head coach"),
        ("commented the team’s head coach Eero Salo", "team’s head coach"),
    ],
)
def test_the_person_after_a_description_in_the_reporting_clause_speaks(
    reporting: str, role: str
) -> None:
    c = one(f"“We were the more efficient team,” {reporting}.")
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role) == ("Eero Salo", role)


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready,” says Eero Salo.\n\n"
        "Salo draws parallels with Stanford in California’s Silicon Valley.\n\n"
        "“They want to build their own companies,” he explains.",
        "Eero Salo did not mourn the decision of the World Cup final: “It is useless to whine”",
    ],
)
def test_a_valley_or_a_cup_is_no_person(text: str) -> None:
    assert who(extract(text)[-1]) == "Eero Salo"


@pytest.mark.parametrize(
    "text",
    [
        "«We are ready», says Eero Salo.",
        "»We are ready«, says Eero Salo.",
        "»We are ready», says Eero Salo.",
        # Two apostrophes or backticks opening a quotation, as typewriter and wire copy has it.
        "In a statement, Eero Salo said: ''We are ready\"",
        "''We are ready'', says Eero Salo.",
        "``We are ready'', says Eero Salo.",
        # The AP archive's close: a double prime (set 366).
        "``We are ready″, says Eero Salo.",
    ],
)
def test_marks_standing_for_double_marks_enclose_a_quotation(text: str) -> None:
    c = one(text)
    assert (c.text, who(c), c.unclosed) == ("We are ready", "Eero Salo", False)
    assert text[c.start : c.end] == c.text


def test_guillemets_inside_a_quotation_are_proposed_as_written() -> None:
    text = "“He called it «a new era» for the port,” says Eero Salo."
    c = one(text)
    assert c.text == "He called it «a new era» for the port,"
    assert text[c.start : c.end] == c.text


@pytest.mark.parametrize("party", ["(kok)", "(cook)", "(left)"])
def test_a_party_in_lower_case_after_the_name_leaves_the_person_the_subject(party: str) -> None:
    text = (
        "Deputy mayor Paavo Arhinmäki apologized for his graffiti.\n\n"
        f"Mayor Eero Salo {party} refused to be interviewed, but commented through his "
        "assistant. The guard informs that he has discussed the incident with Arhinmäki.\n\n"
        "“The rules are of course the same for everyone,” he says in his message."
    )
    assert who(one(text)) == "Eero Salo"


@pytest.mark.parametrize("when", ["Last", "Next", "This"])
def test_the_word_before_a_day_is_no_role(when: str) -> None:
    c = one(f"{when} Wednesday Eero Salo announced: “I will not run again.”")
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role) == ("Eero Salo", None)


def test_two_apostrophes_closing_nested_single_marks_stay_as_written() -> None:
    text = (
        "Eero Salo, who runs a ring maker, has noticed a gap. 'One of the things Finns really "
        "don't like is that we get very excited. Everything's 'Great! It's amazing!' ' Salo "
        "says on a sunny afternoon. 'For them, when something's quite good, it's 'OK.'' he "
        "says, chuckling. 'So now I always say, 'Good job, you guys.' '"
    )
    c = extract(text)[-1]
    assert c.text.startswith("For them, when something's quite good, it's 'OK.")
    assert who(c) == "Eero Salo"


@pytest.mark.parametrize("aged", ["Austria's 18-year-old", "The 18-year-old", "Eighteen-year-old"])
def test_a_person_described_by_age_opens_the_sentence_a_pronoun_follows(aged: str) -> None:
    text = (
        "Harri Olli was suspended by the federation.\n\n"
        f"{aged} Eero Salo won the championship.\n\n"
        "He told reporters: “This is a dream.”"
    )
    assert who(one(text)) == "Eero Salo"


def test_a_line_broken_at_a_comma_before_an_indented_line_goes_on() -> None:
    text = (
        "“The reactions have been enthusiastic,” says Aino Virtanen,\n"
        " Chief Curator of Tampere Art Museum. “We’re so happy.”"
    )
    assert speakers_and_role(text) == (["Aino Virtanen", "Aino Virtanen"], "Chief Curator")


def test_a_place_with_a_circumstance_after_it_is_nobody_a_pronoun_stands_for() -> None:
    text = (
        "The trip through the Northwest Passage, with an AP team and researchers aboard, is "
        "the first.\n\nResearcher Aino Virtanen, 30, sits for a portrait. She is hoping to "
        "learn more about the Northwest Passage. “I love the Arctic,” she said."
    )
    assert who(one(text)) == "Aino Virtanen"


def test_a_title_and_a_name_wrapped_over_two_lines_read_as_one_line() -> None:
    text = (
        "HELSINKI, Oct 23 An engine maker has posted\n"
        "stronger-than-expected quarterly order intake and lifted its\n"
        "outlook, on the back of better business for its power plants.\n"
        '"I am confident that the positive trend in order development\n'
        'will continue during the upcoming quarter," Chief Executive\n'
        "Eero Salo said in a statement.\n"
    )
    c = one(text)
    assert c.speaker == ("Eero Salo", "Chief Executive", None)
    assert c.text == text[c.start : c.end]  # the line end kept as written
    assert "development\nwill" in c.text


def test_an_opening_mark_glued_to_the_word_before_it_opens_nothing() -> None:
    text = (
        "Sisu“will be shown in German cinemas from May 11 and is a brutal action film. We "
        "also talk about the violence in “Sisu” and how fun it is, “I loved it,” he said."
    )
    assert [c.text for c in extract(text)] == ["I loved it,"]


def test_expressed_is_a_verb_of_speech_ending_a_dash_paragraph() -> None:
    (found,) = extract(
        "Eero Salo played the full match.\n\n"
        "– Great! The minimum goal was to go to Europe, Salo expressed the mood after the win."
    )
    assert (found.text, who(found)) == (
        "Great! The minimum goal was to go to Europe,",
        "Eero Salo",
    )


def test_an_article_wrapped_by_hand_throughout_joins_lines_before_capitals_too() -> None:
    text = (
        "HELSINKI, April 10 A paper maker\n"
        "said on Friday it is planning to close\n"
        "its loss-making mill in Lohja, which employs 150\n"
        "people.\n"
        '"This is the worst possible news for the workers...\n'
        "The negotiations must address the impacts of the\n"
        'planned measures, as well as alternative steps," said Eero\n'
        "Salo, director of the Finnish\n"
        "Paper Workers Union.\n"
        "The industry has lost thousands of jobs in\n"
        "recent years.\n"
    )
    c = one(text)
    assert c.text.startswith("This is the worst possible news for the workers...\nThe negotiations")
    assert c.text.endswith("alternative steps,")
    assert (c.speaker, c.unclosed) == (
        ("Eero Salo", "director", "Finnish Paper Workers Union"),
        False,
    )


def test_two_people_joined_by_and_are_not_one_titled_name() -> None:
    assert who(one("“We won,” Eero Salo and Maija Salo said.")) is None


def test_a_pronoun_stands_for_a_name_earlier_in_its_own_sentence() -> None:
    text = (
        "“We will improve the game,” Eero Salo said.\n\n"
        "Scored the only goal Aino Virtanen on the other hand, he said that the play was "
        "“ballooning and slow”.\n\n"
        "“We didn’t really catch up to the game.”"
    )
    found = extract(text)
    assert [who(c) for c in found] == ["Eero Salo", "Aino Virtanen", "Aino Virtanen"]


def test_a_name_after_the_pronoun_in_the_sentence_before_is_not_the_speaker() -> None:
    text = (
        "Racing, for Eero Salo, is throttle and brake. He came back this year to the team "
        "with Aino Virtanen. “I will try to beat her like all the others.”"
    )
    assert who(one(text)) == "Eero Salo"


@pytest.mark.parametrize("when", ["In 2007", "On Monday", "Since March"])
def test_a_year_or_a_day_may_open_the_sentence_before_the_words_without_a_comma(
    when: str,
) -> None:
    text = (
        "“We won,” Aino Salo said.\n\n"
        f"The season has gone badly. {when} she began with a win. “The car is not what I want.”"
    )
    assert who(extract(text)[-1]) == "Aino Salo"


def test_a_name_after_the_pronoun_in_its_sentence_is_not_the_speaker() -> None:
    text = (
        "“It was a good season,” Eero Salo said.\n\n"
        "After that, he said with enthusiasm for next year's Beijing Olympics, "
        "“I just want to jump myself.”"
    )
    assert who(extract(text)[-1]) == "Eero Salo"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # An age is no role.
        ("“We will win,” said Eero Salo, 18, after the race.", None),
        ("Eero Salo, 45, told reporters: “We will win.”", None),
        # Nor is the article before one.
        ("“It was close,” said Eero Salo, the coach.", "coach"),
        # A title may join two fields with "and", and keeps its "of" before "said:".
        (
            "“It regulates the growth,” Minister of Agriculture and Forestry Eero Salo stated.",
            "Minister of Agriculture and Forestry",
        ),
        (
            "Minister of Agriculture and Forestry Eero Salo said: “Hunting regulates the growth.”",
            "Minister of Agriculture and Forestry",
        ),
        ("Minister of Trade Eero Salo said: “We won.”", "Minister of Trade"),
        # Advisers and activists are people described before the name.
        ("“It is over,” commented WWF’s legal adviser Eero Salo on Friday.", "legal adviser"),
        ("“It is over,” said party activist Eero Salo.", "party activist"),
        # After "according to NAME," the sentence goes on; what follows is no role.
        (
            "According to meteorologist Eero Salo, it could snow for 18 hours straight.\n\n"
            "“There could be 20 centimetres of snow,” he said.",
            "meteorologist",
        ),
    ],
)
def test_the_role_read_around_the_speaker_s_name(text: str, role: str | None) -> None:
    c = one(text)
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role) == ("Eero Salo", role)


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        # Set 118: a named body's possessive before the role, or before the name alone.
        (
            "“We have several lines,” said Fingrid’s network operations manager Eero Salo.",
            "network operations manager",
            "Fingrid",
        ),
        (
            "Nightwish’s Eero Salo has revealed that the album holds “major surprises”.",
            None,
            "Nightwish",
        ),
        # Set 121: lower-case words naming a field, after a title or holding what a person is.
        (
            "“We look forward to it,” said SVP sales and route development Eero Salo.",
            "SVP sales and route development",
            None,
        ),
        ("“We look forward to it,” said head of sales Eero Salo.", "head of sales", None),
        # A person's relation is no body's role; nor is "the company’s".
        ("“She loved the island,” said Jansson’s niece Eero Salo.", "Jansson’s niece", None),
        ("“It is over,” said the company’s chairman Eero Salo.", "company’s chairman", None),
    ],
)
def test_an_owner_before_the_role_is_the_organization(
    text: str, role: str | None, organization: str | None
) -> None:
    c = one(text)
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role, c.speaker.organization) == (
        "Eero Salo",
        role,
        organization,
    )


# Short articles and who their quotation is credited to, one rule each (the id names it).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            (
                "Aino Virtanen won the race from third on the grid, ahead of Liisa Salo.\n"
                "It showed she could take the fight to the leaders and to team mate Salo. "
                "The Finn described how great a day it was.\n"
                "“It feels good,” she said."
            ),
            "Aino Virtanen",
            id="a_sentence_about_someone_described_is_about_the_last_subject_not_name",
        ),
        pytest.param(
            (
                "Kenji Sato, Japan’s Ambassador to Finland, visited the campus.\n\n"
                "During the visit, Vice Rector Aino Salo highlighted the reach of the research. "
                "“Innovations from here are used by billions of people,” she noted."
            ),
            "Aino Salo",
            id="a_pronoun_stands_for_a_subject_after_a_phrase_setting_the_scene",
        ),
        pytest.param(
            (
                "We spoke with Rovio officer Aino Salo about the games industry.\n"
                "The established players continue to perform well.\n"
                "“There’s a palpable sense of companies seeking fresh opportunities.”\n"
                "Kirsi Virta\n"
                "Over the past few years, Finnish companies have mastered live operations."
            ),
            "Kirsi Virta",
            id="a_full_name_alone_under_a_quotation_credits_it",
        ),
        pytest.param(
            (
                "IAEA Director General Amano impressed by the work\n\n"
                "IAEA Director General Yukiya Amano visited the site last Thursday.\n\n"
                "“The amount of information is massive,” says Amano."
            ),
            "Yukiya Amano",
            id="director_general_is_a_title_and_not_a_given_name",
        ),
        pytest.param(
            "“It’s doing well”, project director Aino Virtanen phrased.",
            "Aino Virtanen",
            id="phrased_reports_the_words_before_it",
        ),
        pytest.param(
            (
                "Eero Salo returns as minister next week.\n\n"
                "Ahead of the attack, Salo met ministers from Joint Expeditionary Force, "
                "a UK-led defence coalition, where he was briefed.\n\n"
                '"The attack began the next morning," he told the paper.'
            ),
            "Eero Salo",
            id="he_is_not_a_force_named_with_a_description_before_him",
        ),
        pytest.param(
            (
                "Eero Salo, the defence minister, sat down for an interview.\n\n"
                'The minister characterised the day as dark and "very serious," when he warned '
                "that it could get worse."
            ),
            "Eero Salo",
            id="a_fragment_in_a_sentence_about_the_minister_is_the_ministers",
        ),
        pytest.param(
            (
                "Aino Salo on Thursday told MTV Uutiset that she would not resign.\n\n"
                "“We handle our responsibilities,” she stated."
            ),
            "Aino Salo",
            id="the_person_told_is_not_the_speaker",
        ),
        pytest.param(
            (
                "Minister of Education Anna-Maja Salo (SFP) on Wednesday stated that she expects "
                "Virtanen and Rydman to change.\n\n“They have to tell us,” she stressed."
            ),
            "Anna-Maja Salo",
            id="a_party_after_the_name_leaves_the_person_the_subject",
        ),
        pytest.param(
            (
                "Speaker of Parliament Eero Salo on Saturday rejected the demand.\n\n"
                "“The issue is not urgent,” said the Speaker."
            ),
            "Eero Salo",
            id="the_speaker_of_parliament_is_the_speaker_named_before",
        ),
        pytest.param(
            (
                "«They go across the globe to experience the Arctic»\n"
                "VIDEO STORY: The Arctic is trendy and hot, tourism representative "
                "Eero Salo says.\n"
                "Lakes and forests as long as the eye can see."
            ),
            "Eero Salo",
            id="a_headline_of_words_alone_is_whose_the_standfirst_says",
        ),
        pytest.param(
            (
                'First nuclear repository in Finland: "We are very practical people"\n\n'
                "Repositories have long been sought. Finland aims to succeed, says Eero Salo "
                "of the operating company Posiva.\n\n"
                "Salo is the communications manager."
            ),
            "Eero Salo",
            id="a_headlines_topic_and_colon_leave_its_words_alone",
        ),
        pytest.param(
            (
                'Nuclear waste: "practical people" build a repository\n\n'
                "Finland aims to succeed, says Eero Salo of Posiva."
            ),
            None,
            id="a_headline_going_on_past_its_words_is_not_theirs_alone",
        ),
        pytest.param(
            (
                "Mayor game|The mayor of Helsinki, Eero Salone, has been criticized. "
                "In an interview "
                "with HS, he explains why it is difficult to lead Helsinki.\n\n"
                "On Wednesday Eero Salonen decided not to run again.\n\n"
                "In his office at the City Hall, Salonen does not seem to have given up.\n\n"
                "“Mayorship has been incredibly interesting.”\n\n"
                "Salonen gets angry about these questions."
            ),
            "Eero Salonen",
            id="a_surname_cut_short_by_a_translation_is_the_person_named_in_full",
        ),
        pytest.param(
            (
                "On Friday the Helsinki Police conceded that the sticks were unrelated "
                "to the protest. "
                "“If a mistake has taken place, it's good that it's rectified,” viewed Eero Salo."
            ),
            "Eero Salo",
            id="a_police_force_is_no_person",
        ),
        pytest.param(
            "“A bit of a split game”, Finland’s best scorer Eero Salo comment.",
            "Eero Salo",
            id="comment_as_a_translation_leaves_it_reports_the_words",
        ),
        pytest.param(
            (
                "Minister of Agriculture Eero Salo (CD) made the announcement on Thursday.\n"
                "“We take the concerns seriously,” the Christian Democrats chair told reporters."
            ),
            "Eero Salo",
            id="a_party_chair_described_stands_for_the_person_named_before",
        ),
        pytest.param(
            (
                "Eero Salo spoke to the press on Tuesday.\n\n"
                "MORE SNOW is on the way for large parts of Finland on Wednesday.\n\n"
                "“Temperatures will drop on Wednesday,” he commented."
            ),
            "Eero Salo",
            id="words_in_capitals_opening_a_paragraph_are_no_name",
        ),
        pytest.param(
            (
                "Aino Salo won the Finland Grand Prix on Saturday.\n\n"
                "France’s Kevin Aymoz was second. Aymoz qualifies for the Grand Prix Final.\n\n"
                "“I am so proud,” said the French skater."
            ),
            "Kevin Aymoz",
            id="a_word_only_ever_among_capitals_is_no_surname_and_a_contest_no_person",
        ),
        pytest.param(
            "“Snow will come,” Eero Salo , a meteorologist at the institute, stated to a paper.",
            "Eero Salo",
            id="a_space_typed_before_the_comma_of_an_apposition",
        ),
        pytest.param(
            "“Up to 20 cm will fall, ”estimates the meteorologist Eero Salo in the bulletin.",
            "Eero Salo",
            id="estimates_reports_the_words_after_a_closing_mark_set_apart",
        ),
        pytest.param(
            "“Rest is the best cure,” says the physician Eero Salo.",
            "Eero Salo",
            id="a_noun_ending_in_ician_or_ologist_says_what_a_person_is",
        ),
        pytest.param(
            (
                "“The rains will shift to the north, ”says the meteorologist on duty at the "
                "Finnish Meteorological Institute. Eero Salo.\n\nThe least snow is on the coast."
            ),
            "Eero Salo",
            id="a_translation_that_puts_the_name_after_the_described_speaker_s_full_stop",
        ),
        pytest.param(
            "“It will not be enough,” says Ski Saariselkä’s CEO. Eero Salo.\n\nThe rules change.",
            "Eero Salo",
            id="a_translation_that_puts_the_name_after_an_owner_s_post_and_its_full_stop",
        ),
        pytest.param(
            (
                "In the evening, the police received a report, says the crime commissioner Aino "
                "Salo.\n\n“The investigation is in its early stages,” says the head of the "
                "investigation, the crime commissioner, in the police press release. Eero Salo."
            ),
            "Eero Salo",
            id="the_name_after_the_described_speaker_s_full_stop_before_one_met_earlier",
        ),
        pytest.param(
            (
                "Eero Salo saw the shooting from his balcony.\n\n"
                "“People started running,” said the man in his 20s."
            ),
            "Eero Salo",
            id="a_description_is_what_its_noun_says_whatever_follows_it",
        ),
        pytest.param(
            (
                "– My condolences go to the families, says the chief of police Salo at a press "
                "conference.\n\nOne child has died, police chief Eero Salo announced."
            ),
            "Eero Salo",
            id="a_role_with_of_then_a_surname_whose_full_name_comes_later",
        ),
        pytest.param(
            "– We only have one suspect right now, says police inspector Eero Salo.",
            "Eero Salo",
            id="police_news_quotes_inspectors_and_witnesses",
        ),
        pytest.param(
            (
                "“It is about shapes,” explains president of the Miyake design team, Eero Salo. "
                "Issey Miyake founded it."
            ),
            "Eero Salo",
            id="a_firm_s_name_after_of_the_is_no_surname_of_the_speaker",
        ),
        pytest.param(
            (
                "Eero Salo had expressed a desire for better weather. "
                "“I wish the wind would calm down,” he had said ahead of the final."
            ),
            "Eero Salo",
            id="a_word_between_the_speaker_and_the_verb",
        ),
        pytest.param(
            (
                "Satan. It was by Eero Salo26, made the first comment at the stadium.\n"
                "– The medal was up for grabs, commented Salo."
            ),
            "Eero Salo",
            id="an_age_a_translation_glued_to_the_name_is_no_part_of_it",
        ),
        pytest.param(
            (
                "Men's Javelin Throw Final\n\nGold MedallistSALO, Eero (FIN)\n"
                '"This has been the goal of the season."'
            ),
            "Eero Salo",
            id="a_results_sheet_line_heads_the_athlete_s_words",
        ),
        pytest.param(
            (
                "Silver Medallist - ALA-MURSULA, Juha-Pekka (FIN)\n"
                '"I thought I was ready to win here tonight."'
            ),
            "Juha-Pekka Ala-Mursula",
            id="a_results_sheet_line_with_joined_names",
        ),
        pytest.param(
            "Ambassador Eero Aho concluded by inviting them to visit. “It takes nine hours.”",
            "Eero Aho",
            id="a_quotation_opening_a_sentence_takes_the_sentence_before",
        ),
        pytest.param(
            "Chief executive Rajeev Suri spoke on Sunday.\n"
            'The company reached a "landmark" deal with Telefonica, Suri said, adding more.',
            "Rajeev Suri",
            id="a_reporting_clause_later_in_the_sentence",
        ),
        pytest.param(
            (
                "Valmet Tuesday announced an order, a deal it said would mark "
                '"a new era for the mill."'
            ),
            None,
            id="a_weekday_after_a_company_is_not_a_person",
        ),
        pytest.param(
            "In a speech at the Nordic House in March, Aino Virtanen, Minister of Trade, "
            "voiced her worry, saying “the shocks have been a wake-up call.”",
            "Aino Virtanen",
            id="saying_after_the_sentence_subject",
        ),
        pytest.param(
            (
                "Chief executive Aino Virtanen broke the news on the blog, saying that the deal "
                "helps.\n“We can grow now,” he said."
            ),
            "Aino Virtanen",
            id="a_paragraph_going_on_saying_introduces_the_next_speaker",
        ),
        pytest.param(
            "“We scour the globe,” Aino Virtanen quoted Taro Sato as saying.",
            "Taro Sato",
            id="quoted_as_saying_credits_the_person_quoted",
        ),
        pytest.param(
            "Taro Sato runs the firm.\n\n“We will sign this week,” Finnish public broadcaster "
            "Yle reported Sato as saying.",
            "Taro Sato",
            id="reported_as_saying_credits_the_person_reported",
        ),
        pytest.param(
            "“The border closed on Friday.” This was stated by the Minister of Foreign Affairs "
            "Taro Sato, reports Yle.",
            "Taro Sato",
            id="this_was_stated_by_after_the_words_credits_the_person",
        ),
        pytest.param(
            "A “trusted partnership” — these are the words that Prime Minister Taro Sato "
            "repeated during her visit.",
            "Taro Sato",
            id="these_are_the_words_that_a_person_repeated",
        ),
        pytest.param(
            "“We stand together.” Those were the words of President Taro Sato on Monday.",
            "Taro Sato",
            id="those_were_the_words_of_a_person",
        ),
        pytest.param(
            "Aino Virtanen announced the plan. The government was lukewarm, with Minister of "
            "Public Administration Taro Sato saying that Virtanen’s goal was “not realistic.”",
            "Taro Sato",
            id="with_a_person_saying_credits_that_person",
        ),
        pytest.param(
            "Aino Virtanen met her Swedish counterpart, Minister Taro Sato. They discussed "
            "Ukraine, with Sato posting on X, “We stand together on all these issues.”",
            "Taro Sato",
            id="with_a_person_posting_credits_that_person",
        ),
        pytest.param(
            "Aino Virta plays. Given her rise, the young forward has caused excitement and coach "
            "Eero Salo calls her “an important piece.”",
            "Eero Salo",
            id="what_a_person_calls_someone_is_theirs_whoever_the_sentence_opened_with",
        ),
        pytest.param(
            "Aalto University and others have stated that the data "
            '"were invented over a wide range," and the board will decide.',
            None,
            id="an_organization_stating_something_is_nobody",
        ),
        pytest.param(
            "In a statement, Lakeside Foods said that it has 'initiated preparations to suspend "
            "its business in Russia', covering local operations.",
            None,
            id="a_firm_named_for_its_foods_is_nobody",
        ),
        pytest.param(
            "The Metsa Village is free. As the official website for Metsa says, it is a good"
            " place to “chill out” by the lake.",
            None,
            id="a_place_lends_no_name_to_a_speaker",
        ),
        pytest.param(
            "Japanese PM Virtanen lauds Moomins\n\n"
            "Prime Minister Aino Virtanen arrived on Monday.\n\n"
            '"The visit went well," said Virtanen.',
            "Aino Virtanen",
            id="pm_is_a_title_and_no_given_name",
        ),
        pytest.param(
            "Aino Virtanen's term as minister got off to a lively start.\n\n"
            '"We are calm," Virtanen said.',
            "Aino Virtanen",
            id="a_full_name_met_only_in_the_possessive_resolves_a_later_surname",
        ),
        pytest.param(
            "Foreign Minister Aino Virtanen met her counterpart Pekka Salo.\n\n"
            "Both countries grieve, said Ministers Virtanen and Salo.\n\n"
            "“It can happen anywhere,” Virtanen pointed out.",
            "Aino Virtanen",
            id="a_title_in_the_plural_is_no_given_name",
        ),
        pytest.param(
            "Aino Virtanen and Pekka Virtanan spoke on Monday.\n\n“We are calm,” Virtanin said.",
            None,
            id="a_misspelt_surname_near_two_people_stays_unresolved",
        ),
        pytest.param(
            "Zhang Yu, 31, saw the lights.\n\n“It was an unforgettable night,” said Zhang.\n\n"
            "Like Zhang, more visitors come.",
            "Zhang Yu",
            id="a_family_name_written_first_resolves_alone",
        ),
        pytest.param(
            "Coach Aino Salo spoke first.\n\n“We were lucky,” said Pekka Salo.",
            "Pekka Salo",
            id="a_second_person_sharing_a_surname_is_not_the_first",
        ),
        # "Virtanen Tweeted" is a pair of capitalised words, not a person met before.
        pytest.param(
            "”I’ve seen the future…”, Minister Aino Virtanen Tweeted after visiting the lab.",
            "Aino Virtanen",
            id="a_capitalised_verb_after_a_name_makes_no_family_name_written_first",
        ),
        pytest.param(
            "Polesitter Lewis Hamilton beat his team mate Valtteri Bottas, who finished second.\n\n"
            "Bottas had been on the back foot all weekend.\n\n"
            "It came after a race where the Finn said he was just “so slow”.",
            "Valtteri Bottas",
            id="the_finn_said_stands_for_the_person_named_last",
        ),
        # Kimi Raikkonen is named once in passing, then by surname only: "the Finn" is him,
        # not Fernando Alonso, the person with a role met earlier.
        pytest.param(
            "Fernando Alonso, the new champion, started 16th. The phrase always included the "
            "name Kimi Raikkonen. That allowed Raikkonen to grab the lead.\n\n"
            "It was an extraordinary drive. “It was my best I think,” said the Finn.",
            "Kimi Raikkonen",
            id="a_surname_used_alone_makes_its_full_name_a_person_met",
        ),
        # "central" in lower case: Central Finland is a region, not a person.
        pytest.param(
            "Aino Salo, the trade minister, visited Central Finland on Monday. Finland’s jobs "
            "grow, and so does the central region.\n\n“We grow,” said the Finn.",
            "Aino Salo",
            id="a_place_is_no_person_named_for_a_description",
        ),
        pytest.param(
            "Fans, the Prime Minister, celebrities, everybody cheered the jumper.\n"
            '"I am very happy to receive all the support," he said.',
            None,
            id="two_titles_before_a_comma_are_nobody_named",
        ),
        # A family name written first, and "The Japanese" is no given name of "Japanese Olympic".
        pytest.param(
            "Kobayashi Ryoyo can't answer all the messages.\n\n"
            "The Japanese ski jumper became the first gold medallist.\n\n"
            '"I am very happy to receive all the support," he said at a Japanese Olympic '
            "Committee press conference.",
            "Kobayashi Ryoyo",
            id="a_pronoun_before_anyone_is_quoted_stands_for_the_person_a_sentence_opened_with",
        ),
        pytest.param(
            "Cool to triumph – First Kobayashi forgot his skis, then he won\n\n"
            "Ryoyu Kobayashi has won the tour for the third time, the first jumper to do so.\n\n"
            "“I’ll be pretty nervous,” Kobayashi said before the competition.",
            "Ryoyu Kobayashi",
            id="a_capitalised_common_word_before_a_surname_is_no_given_name",
        ),
        pytest.param(
            "Finnish Acme states commitment to Asia\n\n"
            "The mill that Acme owns near Shanghai runs smoothly.\n\n"
            "“We are also in China,” he said.",
            None,
            id="the_adjective_of_a_nation_does_not_begin_a_person_name",
        ),
        pytest.param(
            (
                "At the meeting the governor said, “I hope that London and Tokyo will work "
                "together.”\n\nTokyo Governor Yoichi Masuzoe met with business leaders later."
            ),
            None,
            id="the_title_named_only_later_stands_for_nobody_yet",
        ),
        pytest.param(
            "Finnish President Alexander Stubb visited Ishikawa with his wife.\n\n"
            "The region's mayor thanked the couple, noting that people there "
            '"have had a hard time due to the earthquake." Stubb agreed with the view.',
            None,
            id="a_fragment_ending_its_sentence_is_not_credited_to_the_next_sentence",
        ),
        pytest.param(
            '"Noto still retains its traditional charm," the Emperor said.\n\n'
            "Emperor Naruhito met Finnish President Alexander Stubb later.",
            None,
            id="the_monarchs_title_named_only_later_stands_for_nobody_yet",
        ),
        # "Market Court" is written in lower case too, "Tokyo Stock" holds no given name.
        pytest.param(
            "The market court and Tokyo Stock Exchange ruled.\n\n“Finally done!” he said.",
            None,
            id="he_does_not_stand_for_a_firm_or_a_place",
        ),
        pytest.param(
            (
                "Eero Salo founded the studio with Aino Salo in 1950. Aino and Eero Salo, who "
                "sought to humanize design, declared that nothing is dictated.\n\n"
                "“The user decides,” they said."
            ),
            None,
            id="they_credits_no_one_speaker",
        ),
        pytest.param(
            "“They go across the globe to experience the Arctic”\n"
            "The Arctic is trendy and hot, and Eero Salo runs the tourism office.\n",
            None,
            id="a_headline_is_not_given_to_a_standfirst_saying_nothing",
        ),
        pytest.param(
            "From Loreen, 39, became the first woman to win twice.\n\n“Of course,” Loreen said.",
            "Loreen",
            id="a_preposition_opening_a_sentence_is_no_given_name",
        ),
        pytest.param(
            "The champion returned from the Tokyo Sports Festival on Sunday.\n\n"
            "“It was a big deal for me,” he said.",
            None,
            id="two_names_before_an_events_last_word_are_no_persons",
        ),
        pytest.param(
            "Jere Pöyhönen returned to Finland on Sunday. Finland Käärijä finished second in "
            "the final.\n\n“It was a big deal,” he said.",
            "Jere Pöyhönen",
            id="a_word_standing_alone_after_to_or_in_is_a_place_and_no_given_name",
        ),
        pytest.param(
            "According to Antti, the organizer of Slush Asia, events could be better. Antti "
            "Sonninen and his crew came.\n\n“We want more,” he said.",
            "Antti Sonninen",
            id="according_to_a_given_name_does_not_make_it_a_place",
        ),
        pytest.param(
            "Swedish Eurovision winner Loreen won with Tattoo.\n\n“Of course,” Loreen said.",
            "Loreen",
            id="one_name_after_what_a_person_is_is_a_persons_name",
        ),
        pytest.param(
            "Loreen, 39, became the first woman to win twice.\n\n“I am grateful,” Loreen said.",
            "Loreen",
            id="one_name_before_an_age_is_a_persons_name",
        ),
        pytest.param(
            "Aino Salo sneered at the journalists.\n\n– A very tough game. You can ask the "
            "players.\n\nThat was announced by the head coach of the Lions Aino Salo when "
            "France fell.",
            "Aino Salo",
            id="that_was_announced_by_a_role_of_a_body_and_a_name_in_the_paragraph_after",
        ),
        pytest.param(
            "Aino Salo sneered at the journalists.\n\n– A very tough game. You can ask the "
            "players.\n\nThat was announced by the head coach of the Lions Aino Salowhen "
            "France fell.",
            "Aino Salo",
            id="a_name_glued_to_the_word_after_it_ends_there",
        ),
        pytest.param(
            "Mr. Aino Salo, Japan Branch Manager, explained the situation. During the ceremony, "
            "Mr. Salo noted that Finnair will turn 100. Finnair is the sixth oldest airline in "
            "existence, and he said, “I hope our wings will be loved by everyone.”",
            "Aino Salo",
            id="the_reporting_pronoun_does_not_make_a_firm_opening_the_sentence_a_person",
        ),
        pytest.param(
            "We talked to two designers while visiting: Oona and Minna.\n\n"
            "Minna: “We were sitting around the table and saw what was missing.",
            "Minna",
            id="one_name_listed_after_what_people_are_and_a_colon_is_a_persons_name",
        ),
        pytest.param(
            "We visited two cities on the coast: Hanko and Porvoo.\n\n"
            "Porvoo: “We were sitting around the table and saw what was missing.",
            None,
            id="one_name_listed_after_what_no_people_are_stays_nobodys",
        ),
        pytest.param(
            "Finnish rapper Käärijä came second.\n\n“It was a big deal for me,” Käärijä said.",
            "Käärijä",
            id="a_rapper_goes_by_a_stage_name",
        ),
        pytest.param(
            "The energy company Fortum grew.\n\n“We grow,” Fortum said.",
            None,
            id="one_name_after_what_no_person_is_stays_nobodys",
        ),
        pytest.param(
            "“We did it,” says the vocalist Niko Vilhelm.",
            "Niko Vilhelm",
            id="a_vocalist_is_a_person",
        ),
        pytest.param(
            "“What we needed was an anthem,” recalls one of the band’s two vocalists Niko Vilhelm.",
            "Niko Vilhelm",
            id="one_of_several_named_in_the_plural_then_the_name",
        ),
        pytest.param(
            "Eero Heinonen had some words to say about the conflict; “This is an important issue.”",
            "Eero Heinonen",
            id="a_semicolon_for_a_colon_before_the_words",
        ),
        pytest.param(
            "Krista Siegfrieds was there.\n\n“There was fever in the city!” Siegfrieds sweats.",
            "Krista Siegfrieds",
            id="after_an_exclamation_a_name_and_any_verb_ending_the_sentence",
        ),
        pytest.param(
            "“How weird is this? We feel great!” started Eero Salo.",
            "Eero Salo",
            id="after_an_exclamation_any_verb_and_a_name_ending_the_sentence",
        ),
        pytest.param(
            "Eero Salo came.\n\n“Why not?” started Aino Virta with a grin on the wing.",
            None,
            id="after_a_question_a_verb_and_a_name_going_on_are_a_new_sentence",
        ),
        pytest.param(
            "Aino Virtanen came.\n\n“Why not?” Virtanen scored twice in the final.",
            None,
            id="after_a_question_a_name_and_a_verb_going_on_are_a_new_sentence",
        ),
        pytest.param(
            "“We stand with Finland,” said Ursula von der Leyen.",
            "Ursula von der Leyen",
            id="a_surname_with_particles_is_part_of_the_name",
        ),
        pytest.param(
            "“You educate for Finland forever,” responded Hilligje van’t Land, secretary "
            "general of the association.",
            "Hilligje van’t Land",
            id="a_surname_with_van_t_is_part_of_the_name",
        ),
        pytest.param(
            "Casper von Koskull spoke.\n\n“It is not only about regulation,” Koskull said.",
            "Casper von Koskull",
            id="a_surname_without_its_particle_is_the_persons",
        ),
        pytest.param(
            "Nordea’s CEO spoke. The move starts now, von Koskull said.\n\n"
            "“We need to serve all customers,” he says.",
            "von Koskull",
            id="a_surname_with_a_particle_alone_names_a_person",
        ),
        pytest.param(
            'Finnish telecom provider Elisa ELISA.HE said it sees revenue "at the same level".',
            None,
            id="a_ticker_in_capitals_is_no_name",
        ),
        pytest.param(
            "“We build to last,” said J.K. Virtanen.",
            "J.K. Virtanen",
            id="initials_are_part_of_a_name",
        ),
        pytest.param(
            "“The decision is the outcome of careful study” says Nordea’s chairman of the Board "
            "of Directors Björn Wahlroos – who is also known as one of Finland’s richest men.",
            "Björn Wahlroos",
            id="a_role_naming_its_board_before_the_name",
        ),
        pytest.param(
            "Aino Salo leads the side. Her colleague and fellow Finnish star, Eero Laine, "
            "jokingly praises Salo’s defending, saying, “She never rests.”",
            "Eero Laine",
            id="a_name_set_off_after_a_possessive_subject_and_before_an_adverb",
        ),
        pytest.param(
            "Laine, who was named to Team Finland in May, said he was ready.\n\n"
            "“The coaches know what they are doing,” he said.",
            "Laine",
            id="a_side_named_team_is_no_person",
        ),
        pytest.param(
            "Laine could captain the side at the 4 Nations Face-Off. However, he is not ready "
            "to look that far.\n\n“It is hard to talk about it,” he said.",
            None,
            id="a_contest_named_face_off_is_no_person",
        ),
        pytest.param(
            "Laine Finland setup\n\nEero Laine’s week has been long.\n\n"
            "“I felt good on the ice,” he said.",
            "Eero Laine",
            id="a_caption_opening_with_a_surname_names_nobody",
        ),
        pytest.param(
            "After missing the win against the Utah club on Saturday because of an injury, "
            "Eero Laine skated again. He practised on a line with Aino Salo.\n\n"
            "“I felt good on the ice,” he said.",
            "Eero Laine",
            id="the_subject_after_a_long_opening_phrase",
        ),
        pytest.param(
            "Panthers captain Aleksi “Sasha” Barkov was named captain.\n\n"
            "“It means the world to me,” Barkov said.",
            "Aleksi Barkov",
            id="a_nickname_in_marks_between_the_names",
        ),
        pytest.param(
            "The Hall announced that Teemu (The Finnish Flash) Salonen will be inducted.\n\n"
            "“It means the world to me,” Salonen said.",
            "Teemu Salonen",
            id="a_nickname_in_brackets_between_the_names",
        ),
        pytest.param(
            "Eero Laine is back in Helsinki, where the Panthers play the Winnipeg Jets on "
            "Thursday. Jets fans cheered.\n\n“The food is better here,” he said.",
            "Eero Laine",
            id="a_side_written_only_after_the_is_no_person",
        ),
        pytest.param(
            "Shinzo Abe arrived in Helsinki. Abe Shinzo, as papers at home write him, met the "
            "press.\n\n“Our ties are strong,” Abe said.",
            "Shinzo Abe",
            id="a_name_written_both_ways_round_stays_a_name",
        ),
        pytest.param(
            "The fall of the Sanna Marin government surprised few. Sanna Marin spoke on "
            "Monday.\n\n“We did our best,” Marin said.",
            "Sanna Marin",
            id="a_name_also_written_without_the_stays_a_persons",
        ),
        pytest.param(
            "In a statement, Remedy Entertainment reported its figures.\n\n"
            "“Sales grew by half,” Remedy notes in its post.",
            None,
            id="a_name_ending_in_entertainment_is_a_firms",
        ),
        pytest.param(
            "Finn Salo flying high with new gold\n\nOSLO, Norway (Reuters) -Aino Salo may not "
            "like the cold but she is flying high.\n\nThe Finn’s consistency beat Norway’s Eero "
            "Laine, and she adds it to her wins.\n\n“I felt pressure today,” she told reporters.",
            "Aino Salo",
            id="a_dateline_before_the_subject_and_a_headline_without_a_full_stop",
        ),
        pytest.param(
            "The court ruled that the act had no motive.\n“Such activities should not be given "
            "a foothold in this country,” District Court judge Joona Miettinen said when "
            "delivering the reasons for the decision.",
            "Joona Miettinen",
            id="a_judge_is_a_person",
        ),
        pytest.param(
            "“We will not appeal,” district prosecutor Satu Pomoell told Yle.",
            "Satu Pomoell",
            id="a_prosecutor_is_a_person",
        ),
        pytest.param(
            "Helsinki District Court has sentenced the man to pay “day fines” to the state.",
            None,
            id="a_court_is_no_person",
        ),
        pytest.param(
            "Karl Fazer opened a café in 1891.\n\nIn seeking “the very best quality”, Karl "
            "adopted influences from Paris.",
            None,
            id="any_verb_reports_no_words_inside_its_sentence",
        ),
        pytest.param(
            "Conceding just before 9pm, having fallen behind in early voting, Pekka Haavisto "
            "shook hands with Stubb, wishing him “success in your work”.",
            "Pekka Haavisto",
            id="the_subject_after_a_participles_phrase",
        ),
        pytest.param(
            "The new president | Alexander Stubb to his spouse: “I know this is a huge sacrifice "
            "from you”",
            "Alexander Stubb",
            id="a_headline_naming_who_speaks_to_whom_before_the_colon",
        ),
        pytest.param(
            "The chief conductor, Klaus Mäkelä, arrived early.\n\n– The role comes with great "
            "responsibility, the chief conductor confesses.",
            "Klaus Mäkelä",
            id="a_conductor_is_a_person_and_confessing_reports_words",
        ),
        pytest.param(
            "Camilo Delgado Díaz, a Colombian tenor, plays Jerónimo and praised Saariaho’s work."
            "\n\n“The composer Kaija Saariaho is a genius,” he said.",
            "Camilo Delgado Díaz",
            id="three_names_and_what_the_person_is_open_the_sentence",
        ),
        pytest.param(
            "The critic loves the hall. When I hear the Oslo Philharmonic I feel at home, he "
            "writes.\n\n“It is ours,” he says.",
            None,
            id="the_pronoun_i_is_no_name",
        ),
        pytest.param(
            "Photo: Dev Dhunsi.\n\n“The role comes with great responsibility.”",
            None,
            id="a_photo_credit_presents_nobody",
        ),
        pytest.param(
            "Russian-language Telegram groups share the news.\n\n“They were stopped at the "
            "border,” he wrote.",
            None,
            id="a_language_adjective_begins_no_name",
        ),
        pytest.param(
            "Minister Aino Salo spoke on Monday.\n\nIn messages seen by Yle, an eyewitness said "
            "that he saw a group at the checkpoint.\n\n“It seemed that the guards stopped "
            "them,” he wrote.",
            None,
            id="he_stands_for_a_person_the_writer_leaves_unnamed",
        ),
        pytest.param(
            "An eyewitness said that he saw it. Minister Aino Salo then spoke to reporters.\n\n"
            "“It is calm,” she said.",
            "Aino Salo",
            id="a_person_named_after_an_unnamed_one_is_the_subject",
        ),
        pytest.param(
            "Finn Emil Ruusuvuori met Andrei Rublev in the final.\n\n“I enjoy playing against "
            "Emil,” Rublev himself said in Hong Kong.",
            "Andrei Rublev",
            id="himself_between_the_name_and_the_verb",
        ),
        pytest.param(
            "Tuomas Holopainen spoke to Metal Hammer. The trilogy began with 2015’s Endless "
            "Forms Most Beautiful.\n\n“We are not done with this,” he says.",
            "Tuomas Holopainen",
            id="a_word_of_degree_in_a_title_begins_no_name",
        ),
        pytest.param(
            "Stars of Fallen Leaves: “No pressure” over the awards\n\n"
            "The film Fallen Leaves premiered on Monday.",
            None,
            id="the_title_of_a_film_is_no_person",
        ),
        pytest.param(
            "Finnish DJ Darude won.\n\n“This is a huge challenge,” Darude said.",
            "Darude",
            id="one_name_after_what_a_person_is_in_capitals",
        ),
        pytest.param(
            "Finnish DJ Darude won. The singer Aino Salo sang.\n\nThe DJ noted: “This is a "
            "huge challenge.”",
            "Darude",
            id="what_a_person_going_by_one_name_is_stands_for_them",
        ),
        pytest.param(
            "Finnish DJ Darude won. Given Darude can’t sing, Aino Salo sings.\n\n“This is "
            "hard,” Darude said.",
            "Darude",
            id="given_opening_a_sentence_is_no_given_name",
        ),
        pytest.param(
            "Darude, the Finnish representative of the contest, did not qualify.\n\n“This is "
            "hard,” Darude said.",
            "Darude",
            id="one_name_before_an_apposition_saying_what_a_person_is",
        ),
        pytest.param(
            "By Aino Salo\n\nAino Salo got founding member Eicca (pronounced Ay-Ka) Toppinen "
            "on the phone.\n\nToppinen explains that he took lessons young.\n\n“I started "
            "to play cello when I was nine years old.”",
            "Eicca Toppinen",
            id="how_to_say_a_given_name_in_brackets_is_part_of_no_name",
        ),
        pytest.param(
            "Eicca Toppinen – Apocalyptica Welcome Home Their Roots With Debut Album Tour\n\n"
            "Ahead of the tour, rhythm cellist Eicca Toppinen sat down to chat about the album."
            "\n\nHow would you reflect on your relationship with Australia?\n\n“I really "
            "love Australia and I’m so happy to come back.”",
            "Eicca Toppinen",
            id="who_sat_down_to_chat_answers_the_question_after",
        ),
        pytest.param(
            "Apocalyptica returns with its Debut Album Tour\n\n“We love it,” he said.",
            None,
            id="a_tour_is_no_person",
        ),
        pytest.param(
            "Aino Virtanen signs the deal / Credit: A. Virtanen Twitter\n\n“We grow” says "
            "Virtanen in a statement.",
            "Aino Virtanen",
            id="a_platform_after_a_surname_in_a_credit_is_no_persons_name",
        ),
        pytest.param(
            "The outgoing CEO, Jukka Ruusunen, will retire.\n\nIn his editorial for the Fingrid "
            "Magazine, Mikko Heikkilä, Fingrid’s Strategic Grid Planning Manager, writes about "
            "clean energy. "
            "“Finland should foster the conditions,” he emphasises.",
            "Mikko Heikkilä",
            id="a_subject_set_off_by_a_possessive_title_is_he",
        ),
        pytest.param(
            "The outgoing CEO, Jukka Ruusunen, will retire.\n\nIn his editorial for issue "
            "3/2023 of the magazine, Mikko Heikkilä writes about clean energy. “Finland should "
            "foster the conditions,” he emphasises.",
            "Mikko Heikkilä",
            id="a_scene_holding_a_slash_before_the_subject",
        ),
        pytest.param(
            "The festival began.\n\n“You cannot believe how well suited the courtyard is…” "
            "Aino Ackté 1912",
            "Aino Ackté",
            id="a_full_name_and_a_year_alone_after_the_words_credit_them",
        ),
        pytest.param(
            "Ville Matvejeff says so. He could imagine them saying: “One day, they will be "
            "performing opera here” as they heaved blocks.",
            None,
            id="what_the_subject_imagines_others_saying_is_not_theirs",
        ),
        pytest.param(
            "Europe entered a crisis. We spoke with Fingrid’s CEO Jukka Ruusunen. “If anything, "
            "the war has only brought us closer.”",
            "Jukka Ruusunen",
            id="whom_the_writer_spoke_with_says_the_words_after",
        ),
        pytest.param(
            "Ports freeze.\n\n“Our foreign trade is based on security of supply,” toldKari "
            "Wihlman, director general of FTIA.",
            "Kari Wihlman",
            id="a_speech_verb_glued_to_the_name",
        ),
        pytest.param(
            "Matti Nykänen has died.\n\nMatti Nykänen will remain a legend, Ilta-Sanomat is "
            "convinced:\n\n“His special talent brought him a long way.”",
            None,
            id="a_short_clause_before_the_colon_says_whose_the_words_are",
        ),
        pytest.param(
            "Jukka Jalonen did not mourn the decision of the World Cup final, nor the actions "
            "of the judges: “It is useless to whine about anything”",
            "Jukka Jalonen",
            id="capitals_before_a_colon_without_a_verb_say_nothing",
        ),
        pytest.param(
            "In his way Matti Nykänen was a typical Finnish phenomenon, Dagens Nyheter writes:"
            "\n\n“He was a tragic hero in a country with a weakness for tragic heroes.”",
            None,
            id="a_swedish_newspaper_is_no_person",
        ),
        pytest.param(
            "Olympic champion Matti Nykanen has died.\n\n“Matti died last night,” his wife Pia "
            "Nykanen told the magazine.",
            "Pia Nykanen",
            id="kin_before_a_name_say_what_the_person_is",
        ),
        pytest.param(
            "Countryman Latvala, who finished second, says the title is “so important” for "
            "Finland.",
            "Latvala",
            id="what_a_person_is_before_one_name_opening_a_sentence",
        ),
        pytest.param(
            "Rovanpera won.\n\n“Emotions are mixed,” said an emotional Latvala, a former "
            "runner-up.",
            None,
            id="how_a_person_was_then_a_name_nobody_else_bears",
        ),
        pytest.param(
            "Rovanpera won. Countryman Latvala was there.\n\n“Emotions are mixed,” said an "
            "emotional Latvala.",
            "Latvala",
            id="how_a_person_was_then_their_name",
        ),
        pytest.param(
            'Eero Salo won.\n\n"I do not know," a still somewhat bewildered Salo said.',
            "Eero Salo",
            id="how_a_person_was_then_their_name_before_the_verb",
        ),
        pytest.param(
            'Eero Salo won.\n\n"It was a highlight," the smiling Salo said.',
            "Eero Salo",
            id="the_how_a_person_was_then_their_surname",
        ),
        pytest.param(
            'Eero Salo won.\n\n"I do not know," a source close to Salo said.',
            None,
            id="a_source_close_to_a_name_is_not_that_person",
        ),
        pytest.param(
            "The director of the federation, Clas Brede Brathen, called him an icon.\n\n"
            "“Matti was to ski jumping what Messi is for football,” Mr Brathen said.",
            "Clas Brede Brathen",
            id="three_names_set_off_by_commas_are_one_persons",
        ),
        pytest.param(
            "Strategy will be directed by Gabriela Styf Sjöman, formerly of Telia.\n\n"
            "“I am excited to join Nokia,” said Sjöman.",
            "Gabriela Styf Sjöman",
            id="three_names_after_by_and_before_a_comma_are_one_persons",
        ),
        pytest.param(
            "Matti Nykanen is remembered for his phrases.\n\n“The odds are fifty-sixty,” Finns "
            "often quote him to describe a close call.",
            "Matti Nykanen",
            id="others_quoting_him_quote_the_person_he_stands_for",
        ),
        pytest.param(
            "Blumenkrants won.\n\n“I like craziness, that's my thing,” said one of the judges, "
            "Finnish guitar player Juha Torvinen.",
            "Juha Torvinen",
            id="one_of_several_then_what_the_person_is_and_their_name",
        ),
        pytest.param(
            "Candidates met voters.\n\n“People ask why I left, that’s my experience” explains "
            "businessman, TV star and politician Aino Salo (Liike), who says she hopes to win.",
            "Aino Salo",
            id="roles_listed_then_the_name_and_a_relative_clause",
        ),
        pytest.param(
            "Juha Torvinen judged.\n\nShow producer Hanna Jakku said the great thing was this. "
            "“It's a way of enjoying music,” she said.",
            "Hanna Jakku",
            id="a_producer_is_a_person",
        ),
        pytest.param(
            'By 18 he was back, embracing his inner "Little Angus."\n\n“I chose a song for '
            "my routine,” he recalled.",
            None,
            id="a_nickname_in_marks_is_no_persons_name",
        ),
        pytest.param(
            "The race is held in Sonkajarvi in Eastern Finland province.\n\n“It is a hard "
            "track,” he said.",
            None,
            id="a_compass_word_and_a_place_are_no_name",
        ),
        pytest.param(
            "Americans Mischa Freystaetter and Rie Takano took second place.\n\nAccording to "
            "the rule book, the wife to be carried “may be your own, the neighbour's”.",
            None,
            id="kin_alone_stand_for_nobody_in_particular",
        ),
        pytest.param(
            'The champion Taisto Miettinen explained that the track was very demanding."This '
            'is so hard a track," said Miettinen.',
            "Taisto Miettinen",
            id="a_straight_mark_glued_after_a_full_stop_opens",
        ),
        pytest.param(
            "Rules apply.\n\n“The children keep apart,” Hanna-Kaisa Talvensaari from "
            "Helsinki’s education department told AFP.",
            "Hanna-Kaisa Talvensaari",
            id="where_the_person_works_after_from_in_lower_case",
        ),
        pytest.param(
            "Rules apply.\n\n“School food is vital,” poverty expert Liisa Partio from children’s "
            "charity MLL told AFP.",
            "Liisa Partio",
            id="what_the_person_is_their_name_and_where_they_work",
        ),
        pytest.param(
            "Finland serves free meals.\n\nOn its international cultural promotion website "
            "Finland Toolbox, the Finnish Ministry for Foreign Affairs states that: ‘School meals "
            "are an investment in equality.’",
            None,
            id="a_ministry_for_affairs_is_no_person",
        ),
        pytest.param(
            "Noora Raty is sick of bronze.\n\n\"We're not satisfied – it's like 'Agggh, not "
            "another bronze,\" ' Raty said Thursday.",
            "Noora Raty",
            id="a_single_marks_close_straying_after_the_double_one",
        ),
        pytest.param(
            "Suvi Haimi left academia.\n\n“I wondered if a career would allow me this,” Haimi "
            "now says, a few years after the call.",
            "Suvi Haimi",
            id="now_between_the_name_and_the_verb",
        ),
        pytest.param(
            "The Police have completed the investigation.\n\n‘The prime suspect is a 39-year-old "
            "man,’ relates Head Investigator, Senior Detective Superintendent Petri Rainiala from "
            "the Helsinki Police Department.",
            "Petri Rainiala",
            id="two_titles_set_off_by_a_comma_then_the_name",
        ),
        pytest.param(
            "Police found the victim.\n\n“Police have arrested two people,” says the "
            "investigating director on duty, the commissioner of crime Marko Forss in a police "
            "bulletin.",
            "Marko Forss",
            id="a_description_a_comma_then_a_role_and_the_name",
        ),
        pytest.param(
            'Kimi Räikkönen will retire.\n\n"That was it," wrote Raikkonen on Instagram.',
            "Kimi Räikkönen",
            id="a_surname_alone_then_where_it_was_said",
        ),
        pytest.param(
            "Kimi Raikkonen will retire.\n\n“That was it,” said Mr Raikkonen in Monza.",
            "Kimi Raikkonen",
            id="a_courtesy_title_a_surname_then_a_place",
        ),
        pytest.param(
            "“It was hard. I'm so happy that I'm back on the podium.”Aino Virta (FIN)",
            "Aino Virta",
            id="a_full_name_alone_after_a_whole_sentence_quoted_credits_it",
        ),
        pytest.param(
            "“We won,” Aino Virta",
            None,
            id="a_name_alone_after_words_a_comma_ends_is_no_credit",
        ),
        pytest.param(
            "In the debate, a member of parliament Aino Virta for example argued that the "
            "budget is “cutting from low incomes”.",
            "Aino Virta",
            id="for_example_between_the_person_and_the_verb",
        ),
        pytest.param(
            "Finland Chooses F-35 Over Super Hornet\n\nThe government of Finland chose it. In "
            "all, Finland is expected to receive a “robust weapons package” and training.",
            None,
            id="a_nation_s_name_is_no_part_of_a_person_s",
        ),
        pytest.param(
            "Dairy Firms Lakeside And Valio Halt Operations In Russia\n\n"
            "Finnish dairy firm Valio said that it will stop exports, "
            "calling the war “an attack on independent Ukraine.”",
            None,
            id="a_pair_of_names_only_a_headline_holds_lends_no_given_name",
        ),
        pytest.param(
            "EERO SALO, the director general at the confederation, is concerned.\n\n"
            "Salo commented on the plan, describing the strike as “tremendously forceful”.",
            "Eero Salo",
            id="a_name_in_a_lead_in_of_capitals_is_met_in_full",
        ),
        pytest.param(
            "The market is weak this year, says division President Aino Salo: "
            "“Obviously, it is hard for our sector.”",
            "Aino Salo",
            id="the_verb_then_the_name_before_a_colon",
        ),
        pytest.param(
            "The market is weak this year, says the report: “Obviously, it is hard for us.”",
            None,
            id="the_verb_then_a_document_before_a_colon_credits_nobody",
        ),
        pytest.param(
            '"It is not too late," the institute\'s influenza expert Aino Salo, told STT.',
            "Aino Salo",
            id="a_stray_comma_between_the_name_and_the_verb",
        ),
        pytest.param(
            "Sales rose at Lakeside, CEO Aino Salo said in the report. More customers came. "
            '"Grocery sales increased by 3.6 percent," Salo\'s statement read.',
            "Aino Salo",
            id="the_person_s_statement_reads_the_words",
        ),
        pytest.param(
            "Aino Salo: “I Have Not Been to a Place Where There Are No Fans”\n\n"
            "The defender sat down for an interview.",
            "Aino Salo",
            id="a_headline_s_words_in_capitals_after_a_name_and_a_colon",
        ),
        pytest.param(
            "Prime Minister Aino Salo said the damage was worrying. The Secretary General of "
            "NATO stated that he had called both governments. “NATO stands ready to help.”",
            None,
            id="a_post_in_capitals_nobody_named_holds_is_not_the_person_named_last",
        ),
        pytest.param(
            "At ten, a young boy fell for the sport. He trained every day.\n\n"
            "“I listened to it for weeks,” he recalled.\n\n"
            "In the final he met Japan's Aino Salo.",
            None,
            id="a_pronoun_the_writer_used_before_any_name_is_not_the_person_named_after",
        ),
        pytest.param(
            "The market fell on Monday.\n“Falls down a lot. Internet fanatic. Proud analyst.”\n"
            "More Stories\nTyphoon paralyzes Japan – Five million told to evacuate",
            None,
            id="a_page_s_link_to_more_stories_is_no_credit_line",
        ),
        pytest.param(
            "Foreign Minister Aino Salo visited Riyadh. Discussing stability, the foreign "
            "minister commended the Kingdom, stating: “We have appreciated its role.”",
            "Aino Salo",
            id="what_the_person_is_opening_a_sentence_that_ends_in_a_colon",
        ),
        pytest.param(
            "Worst food in Europe says Aino Virta!\n\nHans Salo, owner of Chez Dominique, "
            "understands this. Yes, Aino Virta has dismissed Finland, but Salo is challenging "
            "that.\n\nAwarded a second star in 2003, Salo does concede that his drive comes "
            "from abroad. “It is hard to motivate myself here,” he explains.",
            "Hans Salo",
            id="a_pronoun_stands_for_the_one_person_its_paragraph_names_before_it",
        ),
        pytest.param(
            "Aino Salo, the mayor, opened the summit.\n\n"
            "Summit to 'Put Europe in Better Place', Minister Virta Says\n\n"
            "“It was not hard,” she said.",
            "Aino Salo",
            id="a_headline_s_reporting_verb_in_capitals_ends_no_name",
        ),
        pytest.param(
            "The summit opened in the city on Monday.\n\n"
            "READ MORE: Summit to 'Put Europe in Better Place', Minister Aino Salo Says\n\n"
            "“Unfortunately, no,” the mayor said.",
            None,
            id="a_link_to_another_article_names_nobody_a_description_stands_for",
        ),
        pytest.param(
            '"Regions attract investment", Invest in Finland\'s Senior Advisor Aino Salo sums up.',
            "Aino Salo",
            id="a_title_before_the_name_holds_a_body_s_name_joined_by_in",
        ),
        pytest.param(
            "The official Twitter account for Aino Salo 2 tweeted, “You must write to escape…” "
            "and I felt cold.\n\nThe game saw Salo’s struggle grow deeper. A sequel plunges us "
            "into Aino’s frayed mind.",
            None,
            id="a_name_and_a_number_in_a_description_is_a_sequel_not_its_hero",
        ),
        pytest.param(
            "The talks were led by Prime Minister-designate Aino Salo. “We need savings,” Salo "
            "said.",
            "Aino Salo",
            id="a_title_not_yet_taken_up_is_no_given_name",
        ),
        pytest.param(
            "Finnair CEO Aino Salo spoke to The CEO Magazine about the company’s aims.\n\n"
            "“My background is in industrial heavy machinery.”",
            "Aino Salo",
            id="whoever_spoke_to_the_paper_answers_in_the_paragraph_of_words_after",
        ),
        pytest.param(
            "A Calculated Ambush in a Quiet Neighborhood\n"
            "“The actions appear quite calculated,” the prosecutor told the court.",
            None,
            id="capitalised_words_after_an_article_name_a_thing_not_a_person",
        ),
        pytest.param(
            "“It is important,” says the principal investigator of the project PhD Aino Salo.",
            "Aino Salo",
            id="a_role_of_the_project_and_a_degree_before_the_name",
        ),
        pytest.param(
            "Reindeer-herding Saami people see impacts of climate change.\n\n"
            "“It is important,” the expert said.",
            None,
            id="a_compound_ending_in_lower_case_is_no_name_word",
        ),
        pytest.param(
            "Bridled reindeer in the snow\nFSC / Eero Aino Salo\n\n"
            "We meet one of the town’s inhabitants in a T-shirt. He responds with a shrug and "
            "a flippant, “It’s almost spring.”",
            None,
            id="a_photo_credit_after_a_slash_presents_nobody",
        ),
        pytest.param(
            "Aino Salo (Coalition) also considers this discussion “extremely important” for "
            "the entire EU.",
            "Aino Salo",
            id="a_party_s_longer_name_in_brackets_is_no_part_of_the_subject",
        ),
        pytest.param(
            "Aino Salo is the manager of the airport.\n\nShe's expecting a busy Christmas.\n\n"
            "“December is our busiest month of the year.”",
            "Aino Salo",
            id="words_alone_after_a_paragraph_telling_of_her_are_hers",
        ),
        pytest.param(
            "Aino Salo is the club's young defender.\n\nShe's destined to wear the C.\n\n"
            "“She's like Tom Brady.”",
            None,
            id="words_alone_speaking_of_her_are_not_hers",
        ),
        pytest.param(
            "Aino Salo, 45, farms land in western Finland. The farm has 400 pigs.\n\n"
            "“This is a family farm. My brother has his own farm next door.”",
            "Aino Salo",
            id="words_alone_after_a_paragraph_opening_on_a_name_and_age_are_theirs",
        ),
        pytest.param(
            "Aino Salo, 45, farms land in western Finland. Her neighbour is Eero Virtanen.\n\n"
            "“This is a family farm.”",
            None,
            id="a_profile_naming_another_after_leaves_the_words_to_nobody",
        ),
        pytest.param(
            "Aino Salo, 45, farms land in western Finland.\n\n“She is the best farmer here.”",
            None,
            id="words_alone_speaking_of_the_profiled_are_not_hers",
        ),
        pytest.param(
            "The person interviewed on the video is Aino Salo, an organic farmer.\n\n"
            "“When I’m harvesting here, I look back.”",
            "Aino Salo",
            id="the_one_a_piece_says_it_interviewed_answers",
        ),
        pytest.param(
            "Aino Salo had a week to savour after surpassing legendary striker Eero Virtanen "
            "as the top scorer.\n\nBut her focus is now on the next game.\n\n"
            "“I know we will get the support at home,” she said.",
            "Aino Salo",
            id="a_pronoun_stands_for_the_subject_not_a_name_in_passing_as_an_object",
        ),
        pytest.param(
            "Aino Salo had a week to savour, and legendary striker Eero Virtanen was the top "
            "scorer.\n\nBut his focus is now on the next game.\n\n"
            "“I know we will get the support at home,” he said.",
            "Eero Virtanen",
            id="a_pronoun_stands_for_a_name_a_verb_follows",
        ),
        pytest.param(
            "Police chief Aino Salo spoke first.\n\n“Now the number of dead is 10,” Salo of the "
            "Kauhajoki police in southwestern Finland said.",
            "Aino Salo",
            id="a_surname_then_where_the_person_works_before_the_verb",
        ),
        pytest.param(
            "We caught up with Aino Salo at the city.\n\n"
            "They would be left everywhere, it was a really poor experience for the user”.\n\n"
            "–  Eero Virtanen, Head of Unit, Transport Systems at City of Helsinki",
            "Eero Virtanen",
            id="words_whose_opening_mark_was_lost_over_a_credit_line_are_a_quotation",
        ),
        pytest.param(
            "This is how Aino Salo commented on the Tampere game\n\n"
            "Aino Salo was cautiously satisfied with the team on Friday. Eero Virtanen\n\n"
            "– As his friend, I am of course happy for him. As a player, not so much.",
            "Aino Salo",
            id="a_name_alone_after_a_caption_s_full_stop_credits_the_picture",
        ),
        pytest.param(
            "Aino Salo has done 200 interviews.\n\n"
            "- Let's speak about something else than music. Please? Salo wishes.",
            "Aino Salo",
            id="a_wish_put_in_words_reports_them",
        ),
        pytest.param(
            "Cross-country skiing-Finn Salo flying high with new gold\n\n"
            "Aino Salo may not be a fan of the altitude. The Finn won anyway.\n\n"
            "“Maybe we’re not the fastest skiers,” Salo said.",
            "Aino Salo",
            id="a_demonym_before_a_surname_is_what_the_person_is_not_a_given_name",
        ),
        pytest.param(
            "Minister Aino Salo spoke to Yle.\n\nHowever Salo was not able to say more.\n\n"
            "“There is no absolute number,” she responded.",
            "Aino Salo",
            id="a_linking_adverb_opening_a_sentence_is_no_given_name",
        ),
        pytest.param(
            "Oh Lordi - Eurovision goes Metal\n\nTomi Putaansuu, known as Lordi, addressed "
            "this in his press conference.\n\n“We’re not Satanists,” he said.",
            "Tomi Putaansuu",
            id="an_interjection_is_no_given_name",
        ),
        pytest.param(
            "Director Aino Salo spoke at length.\n\nWe had to ask: Did Salo say that alcohol "
            "ruined her life?\n\nThe director thinks for a moment and answers:\n\n"
            "“Yes. I have a very good life, but it has been a problem.”",
            "Aino Salo",
            id="the_verb_opening_a_question_is_no_given_name",
        ),
        pytest.param(
            "Head of franchise development Aino Salo has said so.\n\n"
            "“We are in a good place,” she’s told CVG.",
            "Aino Salo",
            id="a_pronoun_holding_has_before_the_verb",
        ),
        pytest.param(
            "Head of franchise development Eero Salo has said so. After selling off their Max "
            "Payne property, the studio was “in a good place,” he’s told CVG.",
            "Eero Salo",
            id="a_name_before_property_or_franchise_is_a_work_no_pronoun_stands_for",
        ),
        pytest.param(
            "Tens of thousands joined the parade.\n\n“Rights can be taken back if we’re not "
            "careful.”\n\nHelsinki Pride Parade\n\nThe event wasn’t just local.",
            None,
            id="an_event_s_name_under_the_words_is_no_credit",
        ),
        pytest.param(
            "Finland will build fences, MTV3 reported, citing the commander of the border guard "
            "of North Karelia region of Finland.\n\n“It is an important decision,” he said.",
            None,
            id="a_name_before_region_is_a_place_no_pronoun_stands_for",
        ),
        pytest.param(
            "Film-maker Aki Salo gave a press conference. Festival director Eino Eipi attended."
            "\n\nAsked how he began, Mr. Salo said: “I saw a double feature at a cinema club. "
            "This is when I picked up smoking”, said the director.",
            "Aki Salo",
            id="a_name_introducing_the_words_outweighs_a_description_after_them",
        ),
        pytest.param(
            "Candidate Aino Salo took part in the debate.\n\nNow this got a competitor, when "
            "Salo repeated at least three times during the evening how “Russian power must be "
            "met with a counter-power”.",
            "Aino Salo",
            id="repeated_reports_the_words_it_introduces",
        ),
        pytest.param(
            "President Aino Salo inspected the exercise on Tuesday.\n\nTroops from the Kainuu "
            "Brigade, the Pori Brigade and the Armored Brigade, as well as some other troops, "
            "will participate.\n\nA military exercise in connection with this, the president "
            "also met with media. He said that soldiers could be trained in Finland.\n\n"
            "“Training here could be very appropriate.”",
            "Aino Salo",
            id="a_military_unit_is_no_person_a_pronoun_stands_for",
        ),
        pytest.param(
            "As CEO of the game's developer Colossal Order, she wanted to celebrate.\n\n"
            '"Finnish people are modest," she says.',
            None,
            id="a_name_ending_in_order_is_a_body_no_pronoun_stands_for",
        ),
        pytest.param(
            "The director of Ähtäri Zoo, Salo, stated that the decision was a difficult one. "
            "He expressed, “It has been our honor to care for the pandas.”",
            None,
            id="a_name_ending_in_zoo_is_a_body_no_pronoun_stands_for",
        ),
        pytest.param(
            "Aino Salo, the founder and director of Design Week in Helsinki tells us how it began."
            "\n\n“We just moved in,” he says.",
            "Aino Salo",
            id="a_name_ending_in_week_is_an_event_no_pronoun_stands_for",
        ),
        pytest.param(
            "Designers Aino Salo and Eero Virtanen point to a similar collaboration.\n\n"
            "“Would you like to go to hospital?” asks Salo.",
            "Aino Salo",
            id="a_capitalised_plural_of_what_people_are_is_no_given_name",
        ),
        pytest.param(
            "Aino Salo is the president of the fair.\n\nShe reminisced about her first visit to "
            "Finland in 1970, the year Habitare was founded, incidentally: ‘Finland was a mecca "
            "for designers.’",
            "Aino Salo",
            id="capitals_inside_an_aside_before_the_colon_are_not_its_clause",
        ),
        pytest.param(
            "“If implemented, the proposal would be a huge blow,” characterizes the CEO of the "
            "Finnish Fishermen’s Association Aino Salo.",
            "Aino Salo",
            id="characterizes_reports_words_as_a_translation_leaves_it",
        ),
        pytest.param(
            "“The flu season has been at its worst for a couple of weeks already,” forecasts "
            "research professor Aino Salo from the THL.",
            "Aino Salo",
            id="forecasts_reports_a_researchers_words",
        ),
        pytest.param(
            "The group speech in Parliament, MP Eero Virtanen\n\nHonorable speaker,\n\n“The "
            "beginning of all wisdom is the acknowledgement of facts.” President J.K. Salo used "
            "these words on Independence Day in 1944.",
            "J.K. Salo",
            id="the_sentence_after_says_who_used_these_words",
        ),
        pytest.param(
            "“The beginning of all wisdom is the acknowledgement of facts.” Aino Salo once "
            "uttered those words in Turku.",
            "Aino Salo",
            id="the_sentence_after_says_who_uttered_those_words",
        ),
        pytest.param(
            '"Companies don\'t keep stores any more," Aino Salo, captain of the icebreaker Voima '
            "said, referring to the logistics of modern firms.",
            "Aino Salo",
            id="a_post_in_lower_case_no_comma_closes_then_the_verb_and_a_participle",
        ),
        pytest.param(
            '"Decisions taken by politicians will affect everything Yle does," Aino Salo, the '
            "chair of Yle's programme makers' union told the paper.",
            "Aino Salo",
            id="an_apposition_no_comma_closes_then_the_verb_and_whom_it_was_told",
        ),
        pytest.param(
            "CEO Aino Salo talks Selling Cities: Skylines\n\nComments came from CEO Aino Salo."
            "\n\nAfter all the press surrounding SimCity, Cities: Skylines was going to sell."
            "\n\n“It wouldn’t have been possible,” she says.",
            "Aino Salo",
            id="a_gerund_before_a_word_used_alone_is_no_given_name",
        ),
        pytest.param(
            "Eero Virta runs the studio.\n\n“We have always had a very clear vision.”, Says Aino "
            "Salo",
            "Aino Salo",
            id="a_speech_verb_capitalised_after_the_comma",
        ),
        pytest.param(
            "CEO Aino Hallikainen Cities: Skylines\n\nThe press met CEO Aino Hallikainen at the "
            "fair, where she said that Cities: Skylines sold well.\n\n“It is a bigger task for "
            "us,” she said.",
            "Aino Hallikainen",
            id="a_finnish_surname_in_nen_is_no_given_name_before_a_word_used_alone",
        ),
        pytest.param(
            "Cities: Skylines Gamescom Interview\n\nThe press met CEO Aino Salo at the fair.\n\n"
            "“It is a bigger task for us,” she said.",
            "Aino Salo",
            id="a_name_ending_in_interview_is_a_headline_s_no_one_s",
        ),
        pytest.param(
            "Swamp soccer is hard. Aino Salo, a member of the team (which means On all fours), "
            "still remembers her first game.\n\n“We took it very seriously, that first time.”",
            "Aino Salo",
            id="remembers_introduces_the_paragraph_of_words_after_it",
        ),
        pytest.param(
            "Few carry as much weight as Aino Salo.\n\nAs she sits down with me, Aino reflects on "
            "growing up in Helsinki.\n\n“My mother was born in 1935.”",
            "Aino Salo",
            id="reflects_introduces_the_paragraph_of_words_after_it",
        ),
        pytest.param(
            "No talks are held, Minister of Justice and Digital Affairs Aino Salo said according "
            "to the daily.\nThe daily reported that Finnish Justice Minister Eero Virta asked his "
            "staff to look into it.\nSalo told the daily that this is true.\n“We are not "
            "negotiating with the Finns,” the minister said.",
            "Aino Salo",
            id="the_title_stands_for_the_holder_named_last",
        ),
        pytest.param(
            "The chairman of the group, Eero Virtaannounced this on Monday.\n\nVirta accused the "
            "government of “pushing services into an even deeper crisis.”",
            "Eero Virta",
            id="a_name_glued_to_a_reporting_verb_ends_before_it",
        ),
        pytest.param(
            'Mobile phone throwing is "the only sport where you can pay back all the frustrations" '
            "caused by phones, said Aino Salo, the creator of the championships.",
            "Aino Salo",
            id="a_fragment_s_sentence_ending_said_name_and_what_they_are",
        ),
    ],
)
def test_the_speaker_credited(text: str, speaker: str | None) -> None:
    assert who(one(text)) == speaker


def test_a_pronoun_s_speaker_takes_the_title_the_sentence_naming_them_gives() -> None:
    text = (
        "Aino Salo was in Tokyo. Former prime minister Aino Salo met the press on Monday.\n\n"
        "“This is historic,” she said."
    )
    assert speakers_and_role(text) == (["Aino Salo"], "Former prime minister")


@pytest.mark.parametrize(
    ("clause", "speakers"),
    [
        pytest.param("she said", ["Aino Salo"] * 3, id="amid_one_speaker_s_words_is_theirs"),
        pytest.param(
            "Eero Virtanen said",
            ["Aino Salo", None, "Eero Virtanen"],
            id="before_words_of_someone_new_stays_nobody_s",
        ),
    ],
)
def test_a_fragment_between_quotations(clause: str, speakers: list[str | None]) -> None:
    text = (
        'Aino Salo said so at her last press conference. "Russia talks about weapons."\n'
        'Their use is "a very serious matter," especially for Finland. "It would destroy '
        f'the country," {clause}.'
    )
    assert speakers_and_role(text)[0] == speakers


def test_a_subject_inside_words_quoted_before_is_no_subject_of_the_writer_s() -> None:
    text = (
        'Eero Virtanen skated. Aino Salo tweeted, "Hope they win. Eero Virtanen should be '
        'leading", "I do not understand the judging" and "Davis and White were brilliant, '
        'but not tonight."'
    )
    assert speakers_and_role(text)[0] == ["Aino Salo"] * 3
