"""The source ledger and the annotation stats."""

from __future__ import annotations

import pytest

from server.annotate import annotate
from server.annotate.ledger import reason_for
from server.lexicon import load_table
from server.segment import split_sentences

TEXT = (
    "Officials said that the bridge would reopen in May. "
    "Maria Lopez, the city engineer, said that repairs were on schedule. "
    "Lopez added that the budget was tight. "
    "Critics argue that the work is too slow. "
    "The report stated that costs had doubled."
)


@pytest.fixture(scope="module")
def annotation():
    return annotate(TEXT)


def test_ledger_counts_and_merges_surnames(annotation):
    ledger = {e.name: e for e in annotation.sources}
    assert ledger["Maria Lopez"].attributions == 2
    assert ledger["Maria Lopez"].type == "named_person"
    assert ledger["Officials"].type == "anonymous"
    assert ledger["Critics"].type == "vague"
    assert ledger["The report"].type == "document"
    assert sum(e.attributions for e in annotation.sources) == 5


def test_ledger_is_ordered_by_count(annotation):
    counts = [e.attributions for e in annotation.sources]
    assert counts == sorted(counts, reverse=True)
    assert annotation.sources[0].name == "Maria Lopez"


def test_ledger_keeps_what_each_source_said(annotation):
    ledger = {e.name: e for e in annotation.sources}
    assert ledger["Maria Lopez"].said == ["repairs were on schedule", "the budget was tight"]
    assert ledger["Officials"].said == ["the bridge would reopen in May"]


def test_shares_of_attributions(annotation):
    stats = annotation.stats
    assert stats["attributions"] == 5
    assert stats["named_share"] == pytest.approx(3 / 5)  # Lopez twice + the report
    assert stats["anonymous_share"] == pytest.approx(1 / 5)
    assert stats["vague_share"] == pytest.approx(1 / 5)
    assert stats["type_document"] == 1
    assert stats["label_cue"] == 5


def test_hedges_per_100_sentences_counts_hedge_spans():
    text = "The plan may fail. The budget is fixed. Prices will probably rise. The vote is on Monday."
    annotation = annotate(text)
    hedges = [s for s in annotation.spans if s.label == "hedge"]
    assert annotation.stats["hedges"] == len(hedges)
    assert annotation.stats["hedges_per_100_sentences"] == pytest.approx(100 * len(hedges) / 4)
    assert len(hedges) >= 2  # "may", "probably"


def test_conditions_and_unsupported_wording_are_not_counted_as_hedges():
    text = "If it rains, the game may move. It is one of the most famous stadiums in the world."
    annotation = annotate(text)
    types = [s.type for s in annotation.spans if s.label == "hedge"]
    assert {"conditional", "unsupported", "modal"} <= set(types)
    assert annotation.stats["hedges"] == types.count("modal") + types.count("evidential") \
        + types.count("tentative") + types.count("approximator") + types.count("distancing")
    assert annotation.stats["hedge_conditional"] >= 1 and annotation.stats["hedge_unsupported"] >= 1


def test_spans_sorted_and_sentences_parameter_gives_the_same_result(annotation):
    starts = [s.start for s in annotation.spans]
    assert starts == sorted(starts)
    again = annotate(TEXT, split_sentences(TEXT))
    assert again == annotation


def test_empty_text_has_zero_shares():
    annotation = annotate("")
    assert annotation.spans == [] and annotation.sources == []
    assert annotation.stats["named_share"] == 0.0
    assert annotation.stats["hedges_per_100_sentences"] == 0.0


def test_reason_templates_fill_the_name():
    assert reason_for("anonymous", "source", "two officials") == (
        "Anonymous source: two officials; the reader cannot check who said this"
    )
    assert "Arturo Sarukhán" in reason_for("named_person", "source", "Arturo Sarukhán")


@pytest.mark.parametrize(
    "text, name, said",
    [
        ("The union endorsed the plan on Monday.", "The union", "endorsed: the plan"),  # (the closing date is the frame's)
        ("The mayor was criticized by the council for the delay.", "the council", "criticized: The mayor"),
        ("The minister said that the talks had failed.", "The minister", "the talks had failed"),
        # a negated verb of saying leads too: the source did not make the claim (it had been listed as made)
        ("The ministry did not say that the talks had failed.", "The ministry", "did not say: the talks had failed"),
        ("The mayor never said the plan was dead.", "The mayor", "never said: the plan was dead"),
        ("The studio hasn't announced that there will be a sequel.", "The studio", "hasn't announced: there will be a sequel"),
    ],
)
def test_ledger_leads_with_the_cue_unless_it_is_a_verb_of_saying(text, name, said):
    from server.annotate import annotate

    entry = next(s for s in annotate(text).sources if s.name == name)
    assert entry.said == [said]


def test_a_definite_role_joins_the_one_named_person_with_that_title():
    from server.annotate import annotate

    text = "Venezuelan President Nicolas Maduro said Saturday that Americans were arrested. The President said a pilot was among them."
    names = {s.name: s.attributions for s in annotate(text).sources}
    assert names == {"President Nicolas Maduro": 2}  # (the demonym is no part of the name)


def test_a_capitalized_title_after_the_is_a_person_not_a_body():
    from server.annotate import annotate

    text = "Robinson was unarmed, Madison Police Chief Mike Koval said. The Madison Police Chief said that an investigation is underway."
    names = {s.name: (s.type, s.attributions) for s in annotate(text).sources}
    assert names == {"Madison Police Chief Mike Koval": ("named_person", 2)}  # "The Madison Police Chief" had been an organization
    # guard (passes before the change too): an outlet's name with "the" stays a body
    outlet = next(s for s in annotate("The Hollywood Reporter said the film was delayed.").sources)
    assert outlet.type == "organization"


def test_a_role_of_a_place_joins_the_one_named_person_with_that_title():
    from server.annotate import annotate

    text = "Cleveland's mayor apologized for the city's words, saying they were wrong. Mayor Frank Jackson told reporters the city was sorry."
    names = {s.name: s.attributions for s in annotate(text).sources}
    assert names == {"Mayor Frank Jackson": 3}  # "Cleveland's mayor" had a line of its own


def test_a_surname_first_after_a_title_joins_the_full_name():
    from server.annotate import annotate

    text = "Prime Minister Lee Hsien Loong said the talks went well. Lee said a deal was near."
    names = {s.name: s.attributions for s in annotate(text).sources}
    assert names == {"Prime Minister Lee Hsien Loong": 2}  # "Lee" had a line of its own: the title hid the surname


def test_a_lone_surname_two_people_share_is_the_one_named_first():
    from server.annotate import annotate

    text = (
        "Loistine Hoskin cared for her old car. \"I do not have a lawyer,\" Hoskin said. In 2007, Kimberly Hoskin got a ticket. "
        "\"It is a cycle,\" said Kimberly Hoskin. Loistine Hoskin recalled the fight. \"We are tired,\" Hoskin said."
    )
    names = {s.name: s.attributions for s in annotate(text).sources}
    assert names == {"Loistine Hoskin": 3, "Kimberly Hoskin": 1}  # the lone "Hoskin" had joined Kimberly, the only full name that spoke


@pytest.mark.parametrize(
    "text, entries",
    [
        # "the" and the head noun of a body's name is that body again (each had a line of its own)
        ("The Syrian Observatory for Human Rights has reported that 2014 was the deadliest year. Some 76,000 people died, according to the observatory.",
         {"The Syrian Observatory for Human Rights": ("organization", 2)}),
        ("The European Space Agency said the probe had landed. The agency said it was sending data.", {"The European Space Agency": ("organization", 2)}),
        ("A Mexican court ruled that the law was void. The court said the state had overreached.", {"A Mexican court": ("organization", 2)}),
        # guards: two bodies with that head; a noun that usually means another body ("the state"); a head that is not the noun
        ("The Federal Reserve Bank said rates would rise. The World Bank said growth was slow. The bank said it would wait.",
         {"The Federal Reserve Bank": ("organization", 1), "The World Bank": ("organization", 1), "The bank": ("organization", 1)}),
        ("The Islamic State said it carried out the attack. The state said it would send troops.", {"The Islamic State": ("organization", 1), "The state": ("organization", 1)}),
    ],
)
def test_the_head_noun_of_a_named_body_points_back_to_it(text, entries):
    from server.annotate import annotate

    assert {s.name: (s.type, s.attributions) for s in annotate(text).sources} == entries


@pytest.mark.parametrize(
    "text, typ",
    [
        # a lone name that speaks as "I", "me" or "my" in its quotation is a person (the ledger had made "Kelly" a company)
        ('"I do not think I can ever get over this," wrote Kelly. "It changed my views on faith forever."', "named_person"),
        ('"They told me to wait for hours," said Toni, visiting from Switzerland.', "named_person"),
        # guards: "I" as a numeral; a body relaying another's words; a body speaking as "we"
        ('"It ended in World War I," said Kelly.', "organization"),
        ('"We will appeal the ruling," said Kelly.', "organization"),
    ],
)
def test_a_lone_name_speaking_in_the_first_person_is_a_person(text, typ):
    from server.annotate import annotate

    assert {s.name: s.type for s in annotate(text).sources} == {"Kelly" if "Kelly" in text else "Toni": typ}


@pytest.mark.parametrize(
    "text, name",
    [
        # a quoted nickname inside a full name: the surname is a person's ("Yaalon" had been a body)
        ('Israeli Defense Minister Moshe "Bogy" Yaalon stated that a deal is "a tragedy." Yaalon said Israel would act.', "Yaalon"),
        # a possessive of a person's life: "Berezovsky's death", "Litvinenko's widow"
        ("Berezovsky accused the Kremlin of killing an agent. Police could not rule out a role in Berezovsky's death.", "Berezovsky"),
        ("Litvinenko accused the Kremlin of the poisoning. Litvinenko's widow has fought for an inquiry.", "Litvinenko"),
    ],
)
def test_a_lone_surname_the_article_gives_a_person_is_a_person(text, name):
    from server.annotate import annotate

    assert {s.name: s.type for s in annotate(text).sources}.get(name) == "named_person"


@pytest.mark.parametrize(
    "text, entries",
    [
        # a lone surname is listed under the one full name the article gives it (the line had read "Feng")
        ("Emily Feng covers China. Feng said the outbreak is over.", {"Emily Feng": 1}),  # (a sentence's first "Emily" had been no first name)
        ("He spoke to Dr. Owen John Dempsey, a consultant. Dempsey said the X-ray looked normal.", {"Owen John Dempsey": 1}),
        # guards: no first name before it ("Finding Jesus" is a title); the name goes on after the surname
        ('The series "Finding Jesus" aired again. Jesus said the poor are blessed.', {"Jesus": 1}),
        ('"It is a shrine," said Walter Ngai Kai-shu, its secretary. Ngai said the rooms were empty.', {"Ngai Kai-shu": 2}),
        # a given name of either gender, or of one not known for its gender (the lines had read "Beck", "Naseer")
        ('Earlier this week, LAPD Chief Charlie Beck fired Solis. "You have dishonored this department," Beck said.', {"Charlie Beck": 1}),
        ("Abid Naseer faces terrorism charges. Naseer said he is innocent.", {"Abid Naseer": 1}),
        # guards: a name of three words beside another leaves the surname to the speaker it joins
        # ("Trinidad", now a known given name, is not taken as the first-introduced namesake)
        ('The song came from Trinidad James. William Bruce James II said the word hurts. "That word needs to die," James said.', {"William Bruce James II": 2}),
        # a middle name is no first name ("Harmeet Shah Singh" is no "Shah Singh"), a hyphened given
        # name's second half is none either
        ('CNN reporter Harmeet Shah Singh met the convict Mukesh Singh. "I did nothing," Singh said.', {"Singh": 1}),
        ("Reporter Sui-Lee Wee wrote the story. Censors blocked it, Wee said.", {"Wee": 1}),
        # a relative named for the tie ("his wife, …") is not whom the lone surname stands for; a middle name
        # after a given name still makes a full name (session 35's known miss: the hacker's claims went to his wife)
        ('Marcel Lehel Lazar, 44, was sentenced. Lazar admitted the hacking. "We need him," his wife, Gabriela Violeta Lazar, '
         "wrote in a letter. Lazar told the Times that he guessed passwords.", {"Marcel Lehel Lazar": 2, "Gabriela Violeta Lazar": 1}),
        ('Ann Marie Hoskin ran the shop. Hoskin said sales fell. "We will reopen," her husband, Tom Hoskin, said. "It was hard," Hoskin said.',
         {"Ann Marie Hoskin": 2, "Tom Hoskin": 1}),
        # guard: a relative who is the only one with the surname is still whom it stands for
        ('Robinson died on Friday. "My son was never violent," his mother, Andrea Irwin, told CNN. Irwin said Robinson was kind.',
         {"Andrea Irwin": 2}),
        # guard (passed before): the first-introduced namesake without a family tie
        ('Scott Kelly flew to space. His brother Mark Kelly stayed home. "It was fun," Kelly said.', {"Scott Kelly": 1}),
    ],
)
def test_a_lone_surname_is_listed_under_its_full_name(text, entries):
    from server.annotate import annotate

    assert {s.name: s.attributions for s in annotate(text).sources} == entries


def test_a_titled_surname_joins_the_same_title_with_the_full_name():
    from server.annotate import annotate

    text = "President Barack Obama said the deal was good. Later, President Obama said talks would go on."
    assert {s.name: s.attributions for s in annotate(text).sources} == {"President Barack Obama": 2}  # two lines before


def test_a_name_run_before_a_page_is_no_person_a_pronoun_points_to():
    from server.annotate import annotate

    text = 'Taya Kyle posted her letter on the Chris Kyle Facebook page, where she proclaimed, "I miss you."'
    assert {s.name for s in annotate(text).sources} == {"Taya Kyle"}  # "she" had been "Chris Kyle Facebook"


def test_he_never_points_to_a_plural_group_name():
    from server.annotate import annotate

    text = 'Mike Pence met Hoosier Republicans on Monday. "We will win," he said.'
    assert {s.name for s in annotate(text).sources} == {"Mike Pence"}  # "he" had been "Hoosier Republicans"


def test_a_role_joins_the_person_the_article_introduces_with_it():
    from server.annotate import annotate

    text = ("Prosecutors dropped the case against Wikileaks co-founder Julian Assange. Assange said he was relieved. "
            "The Wikileaks founder always argued that he feared extradition.")
    # "The Wikileaks founder" had a line of its own beside Julian Assange
    assert {s.name: s.attributions for s in annotate(text).sources} == {"Julian Assange": 2}


@pytest.mark.parametrize(
    "text, entries",
    [
        # a person named with the role who is no source of their own: the role's line takes their name
        ("Jeremy Clarkson, the television presenter, was suspended. The presenter said he regretted the incident.", {"Jeremy Clarkson": 1}),
        ("Mayor John Smith opened the bridge on Monday. The mayor said it would ease traffic.", {"John Smith": 1}),
        ("The city hired John Smith, a former police chief, last year. The former chief said the force was underfunded.", {"John Smith": 1}),
        # guards: the aside lacks a word of the role; the person is named only after the role speaks
        ("The list includes Jeff Hoover, the top Republican in the Kentucky House. The Arizona Republican says the method is cruel.", {"The Arizona Republican": 1}),
        ("This week, the president declined to comment on the talks. Obama later met Russian President Vladimir Putin.", {"the president": 1}),
    ],
)
def test_a_role_takes_the_name_of_the_one_person_named_with_it_who_never_speaks(text, entries):
    assert {s.name: s.attributions for s in annotate(text).sources} == entries


@pytest.mark.parametrize(
    "text, entries",
    [
        # the role's words stand before the name in the article ("The former pollster" had a line of its own)
        ("Former Clinton pollster Douglas Schoen appeared on Fox News on Sunday. Schoen said the party might switch. "
         'The former pollster said, "She is behind in a number of polls."', {"Douglas Schoen": 2}),
        # "three-term" tells how long, not which role; "Gov." is the governor ("The former three-term governor" had a line)
        ("Former Texas Gov. Rick Perry endorsed Ted Cruz on Sunday. Perry said Cruz was a conservative. "
         "The former three-term governor dismissed the argument that Cruz could not work with Congress.", {"Texas Gov. Rick Perry": 3}),
        # the role's words in the aside after the name
        ("Bernie Sanders, the Vermont senator, spoke in Iowa. Sanders said he would win. "
         "The Vermont senator added that turnout was high.", {"Bernie Sanders": 2}),
        # guard: a role the introduction does not carry keeps its own line
        ("Former Texas Gov. Rick Perry endorsed Ted Cruz on Sunday. Perry said Cruz was a conservative. "
         "The Florida senator said the race was over.", {"Texas Gov. Rick Perry": 2, "The Florida senator": 1}),
        # guard: two people introduced so leave the role alone
        ("Vermont Sen. Bernie Sanders and Vermont Sen. Patrick Leahy met voters. Sanders said he would win. Leahy said he agreed. "
         "The Vermont senator added that turnout was high.", {"Bernie Sanders": 1, "Patrick Leahy": 1, "The Vermont senator": 1}),
    ],
)
def test_a_role_joins_the_one_person_the_article_describes_with_its_words(text, entries):
    from server.annotate import annotate

    assert {s.name: s.attributions for s in annotate(text).sources} == entries


@pytest.mark.parametrize(
    "text, entries",
    [
        # a bare title joins the article's one holder of it ("Prime Minister" had a line of its own)
        ("The North African nation's Prime Minister called it a cowardly attack. Prime Minister Habib Essid said two attackers died. "
         '"We should unite," the Prime Minister said.', {"Prime Minister Habib Essid": ("named_person", 3)}),
        # the first person may come in the quotation's part after the frame ("Henderson" had been a body)
        ('"It is a great result," Henderson told Sky Sports. "The first half was poor but I felt we did better."', {"Henderson": ("named_person", 1)}),
        # initials before a name particle are a person's, no acronym ("AB de Villiers" had been a body)
        ('"It was an amazing game of cricket," AB de Villiers said.', {"AB de Villiers": ("named_person", 1)}),
    ],
)
def test_titles_first_person_quotations_and_initials_type_persons(text, entries):
    from server.annotate import annotate

    assert {s.name: (s.type, s.attributions) for s in annotate(text).sources} == entries


def test_a_body_named_with_its_kind_joins_its_bare_name():
    from server.annotate import annotate

    text = "The Independent newspaper of the United Kingdom reported the ruling. The Independent said the court had erred."
    assert {s.name: s.attributions for s in annotate(text).sources} == {"The Independent newspaper of the United Kingdom": 2}  # two lines before


def test_a_body_relaying_a_quotation_in_the_first_person_stays_a_body():
    from server.annotate import annotate

    text = 'Ukrinform, the state-run news agency, reported the talks. "I had a talk with him," Ukrinform quoted Poroshenko as saying.'
    assert {s.name: s.type for s in annotate(text).sources}.get("Ukrinform") == "organization"


@pytest.mark.parametrize(
    "text, entries",
    [
        # each named part of a coordinated source is a source ("Ted Cruz" had no line: the display kept the last name)
        ("Ted Cruz and Rand Paul said the plan failed. Cruz said it was costly.", {"Ted Cruz": 2, "Rand Paul": 1}),
        ("The Times and the Post each called the decision a mistake.", {"The Times": 1, "the Post": 1}),
        ("Neither the White House nor the Pentagon responded to requests for comment.", {"the White House": 1, "the Pentagon": 1}),
        ("President Obama, Hillary Clinton and other Democrats said the plan failed.", {"President Obama": 1, "Hillary Clinton": 1}),
        # guard: a title and its holder is one person, no list
        ("YIAGA Program Manager, Cynthia Mbamalu, said the vote was fair.", {"Cynthia Mbamalu": 1}),
        # guards: one body's name with "and", and one group, stay whole
        ("The National Oceanic and Atmospheric Administration said the storm would weaken.", {"The National Oceanic and Atmospheric Administration": 1}),
        ("Six current and former officials said the plan failed.", {"Six current and former officials": 1}),
    ],
)
def test_each_named_part_of_a_coordinated_source_gets_a_line(text, entries):
    from server.annotate import annotate

    assert {s.name: s.attributions for s in annotate(text).sources} == entries


@pytest.mark.parametrize(
    "text, entry",
    [
        # "who" after a preposition's people is those people (the ledger had no line: the whole clause was its antecedent)
        ("The decision comes after months of pressure from lawmakers, who accused the company of ignoring the problem.", "lawmakers"),
        ("She met with the mayor, who told her the plan was dead.", "the mayor"),
        # guards: a person before the preposition, or no people after it, keeps the whole phrase
        ("A spokesman for Smith, who asked not to be named, said the plan was dead.", "A spokesman for Smith"),
        ("Officials involved with the talks, who spoke on condition of anonymity, said the plan was dead.", "Officials involved with the talks"),
    ],
)
def test_who_after_a_preposition_s_people_is_those_people(text, entry):
    from server.annotate import annotate

    assert [s.name for s in annotate(text).sources] == [entry]


@pytest.mark.parametrize("group", ["National Democrats", "Progressive Democrats", "Establishment Republicans"])
def test_a_capitalized_modifier_before_a_group_word_names_no_person(group):
    from server.annotate import annotate

    assert [(s.name, s.type) for s in annotate(f"{group} said the plan failed.").sources] == [(group, "vague")]  # was a person


def test_he_never_points_to_a_government_named_by_its_seat():
    from server.annotate import annotate

    text = 'President Vladimir Putin met the envoy. The Kremlin said the talks were useful. "We will see," he said.'
    names = {s.name: (s.type, s.attributions) for s in annotate(text).sources}
    assert names == {"The Kremlin": ("organization", 1), "President Vladimir Putin": ("named_person", 1)}  # "he" had been the Kremlin


def test_a_role_of_a_person_stays_apart():
    from server.annotate import annotate

    # guard: Trump's lawyer is not the lawyer the article names for Clinton
    text = "Donald Trump said the case was weak. Trump's lawyer said the suit had no merit. Clinton lawyer David Kendall said it did."
    names = {s.name for s in annotate(text).sources}
    assert {"Trump's lawyer", "David Kendall"} <= names


def test_a_definite_role_stays_apart_when_two_people_carry_the_title():
    from server.annotate import annotate

    text = "President Obama said the deal was good. President Putin said it was bad. The President said talks would go on."
    names = {s.name for s in annotate(text).sources}
    assert {"President Obama", "President Putin", "The President"} <= names


def test_a_two_word_surname_joins_the_full_name_but_a_shared_surname_does_not_merge_two_people():
    text = '"We had data," said study author, Dr. Bernardo Lessa Horta. "We followed 68%," Lessa Horta said. Mary Smith said no. John Smith said yes.'
    assert [(e.name, e.attributions) for e in annotate(text).sources] == [("Dr. Bernardo Lessa Horta", 2), ("Mary Smith", 1), ("John Smith", 1)]


def test_an_unnamed_body_named_in_apposition_is_listed_by_its_name_and_a_shorter_name_joins_it():
    text = (
        "Ambushes were the leading circumstance, according to the nonprofit, Washington-based National Law Enforcement"
        " Officers Memorial Fund. Fifty officers were killed by firearms, the Memorial Fund said."
        " The House Intelligence Committee said it would meet. The Senate Intelligence Committee said it would not."
    )
    names = {(e.name, e.type): e.attributions for e in annotate(text).sources}
    assert names == {
        ("National Law Enforcement Officers Memorial Fund", "organization"): 2,
        ("The House Intelligence Committee", "organization"): 1,
        ("The Senate Intelligence Committee", "organization"): 1,
    }


@pytest.mark.parametrize(
    "text, entry",
    [
        # a whole source that is one name's possessive is a business, "'s" and all
        ("Militants kidnapped workers, according to Jane's.", ("Jane's", "organization")),
        ("Macy's said sales fell.", ("Macy's", "organization")),
        # "a", a description and a Capitalized word: one unnamed person, named by where they are from
        ("A 30-year-old British-Iranian said he was trained abroad.", ("A 30-year-old British-Iranian", "anonymous")),
        ("One Syrian said the town fell.", ("One Syrian", "anonymous")),
        # ... unless the article names someone so ("a rueful McIlroy" is Rory McIlroy)
        ("Rory McIlroy lost. A rueful McIlroy said he was tired.", ("Rory McIlroy", "named_person")),  # (listed under the full name since "Rory" is a known given name)
        # "he" or "she" opening the claim is the speaker: a person (a body says "it")
        ("Trump said he would win.", ("Trump", "named_person")),
        ("Zentrix told analysts that she would appeal.", ("Zentrix", "named_person")),
        ("Zentrix said it would appeal.", ("Zentrix", "organization")),
        # a surname ending in "-ly" is a name, not an adverb (Kelly and Chelly had been left out)
        ("Scott Kelly said the station was fine.", ("Scott Kelly", "named_person")),
        ("The cells were activated, Security Minister Rafik Chelly said.", ("Security Minister Rafik Chelly", "named_person")),
        # a body's initials that spell a pronoun, and a surname that is a month after a first name, are listed
        ("Noise is a risk, according to WHO. WHO says governments must act.", ("WHO", "organization")),
        ("“Save the boxes,” tweeted his co-host James May.", ("James May", "named_person")),
        # one unnamed person, a group after "-ing ... with", a collection of documents: all listed (they had been left out)
        ("A citizen said the plan was dead.", ("A citizen", "anonymous")),
        ("Officials traveling with him said the plan was dead.", ("Officials traveling with him", "anonymous")),
        ("A string of tweets suggested the plan was dead.", ("A string of tweets", "document")),
        ("Cuyahoga County's medical examiner said the death was a homicide.", ("Cuyahoga County's medical examiner", "named_person")),
        # a quantifier standing for people is weasel wording the panel lists ("some say")
        ("Some say the plan is doomed.", ("Some", "vague")),
        ("Many believe the plan is doomed.", ("Many", "vague")),
        ("The bulletin warned that the storm would strengthen.", ("The bulletin", "document")),
        ("More than half the senators said the bill was dead.", ("More than half the senators", "anonymous")),  # (the head after the share)
        ("Nearly 6 in 10 said the economy was weak.", ("Nearly 6 in 10", "vague")),  # a poll's share
        ("Her sister-in-law said that she was recovering.", ("Her sister-in-law", "anonymous")),
        # a person "of" a force is the person, not the force
        ('"We chose well," said Gen. Mark Binski of the Australian Defence Force.', ("Mark Binski", "named_person")),
    ],
)
def test_how_a_possessive_a_demonym_or_a_force_is_listed(text, entry):
    assert [(e.name, e.type) for e in annotate(text).sources] == [entry]


def test_who_after_a_verb_with_people_is_those_people():
    # "the judge sided with prosecutors, who": "who" is the prosecutors, not a phrase with the verb in it
    text = "But the judge sided with prosecutors, who argued the testimony was needed."
    assert [(e.name, e.type) for e in annotate(text).sources] == [("the judge", "named_person"), ("prosecutors", "anonymous")]


def test_he_after_a_newly_named_person_is_that_person():
    text = (
        "“The plan is dead,” the judge said. Jeff Bauman was suspicious as soon as he saw the bag."
        " “I thought it was weird,” he said. Mary Jones was asked too. “It was fine,” he said."
    )
    names = {e.name: e.attributions for e in annotate(text).sources}
    assert names == {"Jeff Bauman": 2, "the judge": 1}  # (the "he" after Mary Jones is not her: the last man named who spoke)


def test_the_and_the_last_word_of_a_body_name_cited_is_that_body_but_an_acronym_is_a_name_of_its_own():
    text = (
        "The Post reported that the plant closed. The Washington Post said the owner agreed. The Post added that more would close."
        " The VA said it would review the case. The Los Angeles VA said it had acted."
    )
    names = {(e.name, e.type): e.attributions for e in annotate(text).sources}
    assert names == {
        ("The Washington Post", "organization"): 3,
        ("The VA", "organization"): 1,
        ("The Los Angeles VA", "organization"): 1,
    }


@pytest.mark.parametrize(
    "text, entry",
    [
        ("Nyong'o, who won an Oscar last year, said she was sad.", ("Nyong'o", "named_person")),
        ("Smith, who told reporters the plan was dead, left early.", ("Smith", "named_person")),
        ("Houthis, who control Sanaa, said they would fight.", ("Houthis", "organization")),
        ("ISIS, who claimed the attack, said more would come.", ("ISIS", "organization")),
    ],
)
def test_who_after_a_lone_name_makes_it_a_person_unless_it_is_a_plural_or_an_acronym(text, entry):
    assert [(e.name, e.type) for e in annotate(text).sources] == [entry]


@pytest.mark.parametrize(
    "text, name",
    [
        ('Lori Volkman is the spouse of a Special Forces soldier. "It is hard," she said.', "Lori Volkman"),
        ('When Trump spoke, the crowd cheered. "It was great," he said.', "Trump"),
    ],
)
def test_he_or_she_skips_a_name_that_modifies_a_noun_and_a_capitalized_clause_word(text, name):
    said = [a for a in annotate(text).spans if a.label == "source" and a.text in ("he", "she")]
    assert said and all(name in s.reason for s in said)


def test_who_after_a_possessive_and_a_title_lists_the_titled_name():
    text = "One letter was from Hein's influential Mormon Bishop Jack Moyer, who wrote that Hein was liked."  # a faith or party word before the title is no part of the name
    assert [(e.name, e.type) for e in annotate(text).sources] == [("Bishop Jack Moyer", "named_person")]


def test_aides_led_by_a_named_manager_stay_anonymous():
    text = "The aides, led by campaign manager Terry Sullivan, said the plan would work."
    assert [(e.name, e.type) for e in annotate(text).sources] == [("The aides", "anonymous")]


def test_a_definite_role_after_an_unnamed_one_is_that_same_unnamed_person():
    text = "One legal expert said the prince had no immunity. The expert added that the interview was a mistake."
    annotation = annotate(text)
    assert [(e.name, e.type, e.attributions) for e in annotation.sources] == [("One legal expert", "anonymous", 2)]
    assert [s.type for s in annotation.spans if s.label == "source"] == ["anonymous", "anonymous"]
    assert [(e.name, e.type) for e in annotate("The expert said the plan was sound.").sources] == [("The expert", "named_person")]


def test_a_list_of_roles_before_a_name_lists_the_name():
    text = '"Our results reflected growth," chairman, CEO and president Craig Menear said. "We are on track," Menear said.'
    assert [(e.name, e.attributions) for e in annotate(text).sources] == [("Craig Menear", 2)]


def test_he_or_she_skips_a_name_after_of_or_in_and_a_lone_title():
    text = 'Trevor Noah has been on the cover of Rolling Stone. "My mom would be arrested," he once told an audience.'
    said = [s for s in annotate(text).spans if s.label == "source" and s.text == "he"]
    assert said and "Trevor Noah" in said[0].reason
    text = 'But Ms. Clinton left early. "It was fine," she said.'
    assert [s.reason for s in annotate(text).spans if s.label == "source"][0].startswith('Pronoun source ("she"): not linked to a named source')


def test_a_participle_cue_after_an_unresolved_pronoun_says_the_pronoun_on_hover():
    text = 'She said the plan was dead, adding, "We will not revisit it."'
    reasons = [s.reason for s in annotate(text).spans if s.label in ("cue", "content")]
    assert len(reasons) == 4
    assert all('"She"' in r for r in reasons)  # "adding" was "Attribution with no clear source"


def test_a_generational_suffix_is_no_acronym_and_a_reverend_is_a_title():
    text = 'Ben Witherington III, a professor, offers the view that they were brothers. "It says nothing," Witherington says.'
    assert [(e.name, e.type, e.attributions) for e in annotate(text).sources] == [("Ben Witherington III", "named_person", 2)]
    text = 'The Rev. James Martin calls it "complicated." "He is the brother," Martin says.'
    assert all(e.type == "named_person" for e in annotate(text).sources)


def test_a_cue_ending_in_a_colon_is_listed_with_one_colon():
    entry = annotate('Another mom agreed: "My boyfriend was taken aback."').sources[0]
    assert entry.said == ['agreed: "My boyfriend was taken aback."']


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("The action involved 100 jets, according to a Saudi adviser. The Saudi adviser said 150,000 troops could take part.", [("a Saudi adviser", "anonymous", 2)]),
        ("A senior official said the talks had failed. The official said a deal was still possible.", [("A senior official", "anonymous", 2)]),
        ("Saudi Ambassador Adel al-Jubeir said the war was just. Jubeir said Saudi Arabia was concerned.", [("Saudi Ambassador Adel al-Jubeir", "named_person", 2)]),
    ],
)
def test_a_second_mention_joins_the_first(text, entries):
    assert [(e.name, e.type, e.attributions) for e in annotate(text).sources] == entries


def test_two_unnamed_officials_keep_the_definite_one_apart():
    text = "A senior official said the talks had failed. Another official said the talks went on. The official said a deal was possible."
    assert len(annotate(text).sources) == 3  # which of the two "the official" is, the text does not say


def test_a_person_of_a_place_joins_the_surname():
    text = "Martin Taylor of Aberdeenshire said the cough would not stop. Taylor said four doctors failed to find the cause."
    assert [(e.name, e.type, e.attributions) for e in annotate(text).sources] == [("Martin Taylor", "named_person", 2)]


def test_the_role_joins_the_one_person_introduced_with_it():
    text = "Durst attorney Dick DeGuerin said he had no hope for bail. Doctors implanted a stent, the attorney said. DeGuerin said Durst is frail."
    assert [(e.name, e.type, e.attributions) for e in annotate(text).sources] == [("Dick DeGuerin", "named_person", 3)]


def test_a_party_word_before_a_name_is_no_part_of_it():
    assert [e.name for e in annotate("Democrat Nancy Pelosi said the bill would pass.").sources] == ["Nancy Pelosi"]


def test_a_long_body_name_is_listed_whole_and_anyone_is_vague():
    text = "The Institute for the Equality between Men and Women, a federal body in Belgium, said the image broke the law."
    assert [e.name for e in annotate(text).sources] == ["The Institute for the Equality between Men and Women"]
    assert [(e.name, e.type) for e in annotate("Anyone could see the collapse was coming.").sources] == [("Anyone", "vague")]


def test_a_two_word_role_joins_the_one_person_introduced_with_both_words():
    text = "San Jose police Chief Larry Esquivel said police received a call. It is not known whether the suspect was wounded, the police chief said."
    assert [(e.name, e.attributions) for e in annotate(text).sources] == [("Chief Larry Esquivel", 2)]


def test_a_shorter_body_name_joins_the_longer_one_it_opens():
    text = "Carlineo pleaded guilty, according to the U.S. Attorney’s Office for the Western District. The staff member recalled the call, the U.S. attorney's office said."
    assert [(e.name, e.attributions) for e in annotate(text).sources] == [("the U.S. Attorney’s Office for the Western District", 2)]


def test_an_age_in_apposition_makes_a_lone_name_a_person():
    assert [(e.name, e.type) for e in annotate("Sarandon, 69, said she would not vote for Clinton.").sources] == [("Sarandon", "named_person")]


def test_a_body_before_a_title_is_no_given_name():
    text = ('AFL-CIO President Richard Trumka sent a clear message to members of Congress, warning, "We will not forget this vote." '
            "The AFL-CIO announced that it would withhold donations.")
    assert [(e.name, e.type) for e in annotate(text).sources] == [
        ("AFL-CIO President Richard Trumka", "named_person"),
        ("The AFL-CIO", "organization"),
    ]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("The Wisconsin Republican said the bill was dead.", ("The Wisconsin Republican", "named_person")),
        ("A Texas Republican said the bill was dead.", ("A Texas Republican", "anonymous")),
        ("Iowa Republicans said the bill was dead.", ("Iowa Republicans", "vague")),
        ("The bill is dead, the Utah Republican said.", ("the Utah Republican", "named_person")),
        ("The bill is dead, the Republican said.", ("the Republican", "named_person")),
        ("The French said the bill was dead.", ("The French", "vague")),
    ],
)
def test_one_party_member_is_a_person_a_group_is_vague(text, entry):
    assert [(e.name, e.type) for e in annotate(text).sources] == [entry]


def test_a_role_of_a_place_keeps_its_role_in_the_ledger():
    text = "The mayor of Rochester, Michigan, has written an open letter to the pop star."
    assert [(e.name, e.type) for e in annotate(text).sources] == [("The mayor of Rochester", "named_person")]


def test_a_country_is_no_antecedent_of_he():
    text = "Israel believes that if nobody talks about it, the problem does not exist. In private circles he mentions five years."
    assert ("Israel", "organization") in [(e.name, e.type) for e in annotate(text).sources]
    assert all(e.name != "Israel" or e.attributions == 1 for e in annotate(text).sources)


def test_a_definite_role_with_a_demonym_joins_its_named_holder():
    text = "Iranian Foreign Minister Javad Zarif told CNN the talks were close. The Iranian foreign minister said the deal was fair."
    assert [(e.name, e.attributions) for e in annotate(text).sources] == [("Foreign Minister Javad Zarif", 2)]


def test_a_long_body_name_with_of_stays_whole():
    text = 'Last year the International Centre for the Study of Radicalisation and Political Violence found "little evidence" of it.'
    assert [e.name for e in annotate(text).sources] == ["the International Centre for the Study of Radicalisation and Political Violence"]


def test_she_skips_a_man_named_by_his_title():
    text = "Mrs. Clinton said it worked. Mr. Trump said the plan failed. She added that more was needed."
    assert [(e.name, e.attributions) for e in annotate(text).sources] == [("Mrs. Clinton", 2), ("Mr. Trump", 1)]


def test_a_demonym_before_a_name_is_no_part_of_it_but_a_surname_stays():
    text = 'Slovak Peter Sagan later apologized for the photo. "I promise to act more respectfully," Sagan said.'
    assert [(e.name, e.attributions) for e in annotate(text).sources] == [("Peter Sagan", 2)]
    assert [(e.name, e.type) for e in annotate("Mark Cuban said he would run. Cuban said the system was broken.").sources] == [("Mark Cuban", "named_person")]


def test_one_claim_of_two_coordinated_verbs_is_listed_once():
    entry = next(e for e in annotate("The police department responded and confirmed that there was blood on the seat.").sources)
    assert entry.attributions == 2
    assert entry.said == ["there was blood on the seat"]


def test_common_country_short_forms_are_governments():
    from server.annotate.ledger_names import country_names

    assert {"Turkey", "Ivory Coast", "Burma", "England"} <= country_names()
    text = "A court sentenced the former first lady. But Ivory Coast refused to transfer her, saying it would try her at home."
    assert [(s.name, s.type) for s in annotate(text).sources] == [("Ivory Coast", "organization")]


def test_he_in_an_adverbial_clause_is_the_main_clause_subject():
    text = ('Guo Weiqing, a professor, said the ads were sexist. "It is narrow," he told CNN. '
            'Just weeks earlier, Zhou Guoping, an influential writer, enraged many when he said that a man can have many ambitions.')
    assert ("Zhou Guoping", "named_person") in [(e.name, e.type) for e in annotate(text).sources]


def test_he_after_another_person_in_the_main_clause_is_not_its_subject():
    text = "Corey Lewandowski yanked the arm of a reporter as she tried to ask about the plan, she said."
    assert "Corey Lewandowski" not in [e.name for e in annotate(text).sources]


def test_a_lone_name_he_points_to_is_a_person():
    text = "Our son loves hiking. Even Dub had water in a cup. Though he is older now, he still loves to ride in his carrier."
    assert ("Dub", "named_person") in [(e.name, e.type) for e in annotate(text).sources]


def test_a_jurisdiction_noun_before_a_body_name_stays_in_the_ledger_name():
    text = "The state Supreme Court denied her request for a stay on Monday."
    assert [(e.name, e.type) for e in annotate(text).sources] == [("The state Supreme Court", "organization")]
    # (a guard: "state" became a body word, which read it as "the nonprofit Fatal Encounters" and listed "Supreme Court")


def test_he_is_no_name_that_modifies_a_noun_after_an_indefinite_article():
    text = "It was a parody of a Toyota Camry commercial. The ad depicted a father. He then tearfully says he is sorry."
    reason = next(s.reason for s in annotate(text).spans if s.label == "source")
    assert "Toyota" not in reason  # "He" was the Toyota Camry


def test_an_impression_after_a_speaker_in_the_sentence_names_nobody():
    text = "Today most American adults are unaware of and don't seem to care who's Jewish."
    spans = annotate(text).spans
    assert next(s for s in spans if s.label == "cue" and s.text == "don't seem").reason.startswith("The writer's impression")
    assert [e.name for e in annotate(text).sources] == ["most American adults"]  # the impression was listed as "American"


def test_a_role_of_the_named_body_is_listed_whole():
    text = "The chairman of the Conservative Party described the video as satire."
    assert [(e.name, e.type) for e in annotate(text).sources] == [("The chairman of the Conservative Party", "named_person")]  # was "Conservative Party", an organization


def test_a_role_and_surname_at_a_body_is_the_person():
    text = 'Professor John Delury said the talks failed. "Kaesong is the last legacy," said professor Delury of Yonsei University.'
    assert [(e.name, e.type, e.attributions) for e in annotate(text).sources] == [("Professor John Delury", "named_person", 2)]  # the second was an organization


def test_a_word_and_a_place_name_a_group_not_a_person():
    text = '"Same-sex couples should not lose hope," tweeted Equality Alabama.'
    assert [(s.name, s.type) for s in annotate(text).sources] == [("Equality Alabama", "organization")]
    # guard: a first name before a country's name is a person
    assert annotate("Jordan Henderson said the team was ready.").sources[0].type == "named_person"
    assert annotate("Geraldo Rivera said the team was ready.").sources[0].type == "named_person"  # (Rivera is also a Uruguayan department)


def test_a_plural_name_with_of_is_a_body():
    text = "In a statement to CNN, the Boy Scouts of America said Hein was removed."
    assert [(s.name, s.type) for s in annotate(text).sources] == [("Boy Scouts of America", "organization")]
    # guard: a person "of" a state keeps being a person
    assert annotate("Rep. Tom Jones of Texas said the plan failed.").sources[0].type == "named_person"


def _ledger(text: str) -> list[tuple[str, str, int]]:
    return [(s.name, s.type, s.attributions) for s in annotate(text).sources]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Chinese Center for Disease Control and Prevention said it had investigated. "
            "The Chinese CDC said there was no need to worry. The CDC told the public the risk was low.",
            [("The Chinese Center for Disease Control and Prevention", "organization", 3)],
        ),
        (
            "The World Health Organization said cases were rare. WHO said 584 people died.",
            [("The World Health Organization", "organization", 2)],
        ),
        (
            "The European Union's top court said the law was valid. The EU said it would comply.",
            [("The European Union's top court", "organization", 1), ("The EU", "organization", 1)],  # a guard: the court is not the union
        ),
    ],
)
def test_an_acronym_joins_the_body_it_abbreviates(text, expected):
    # (the acronym had been a ledger line of its own)
    assert _ledger(text) == expected


def test_they_does_not_point_to_one_unnamed_person():
    text = "A Louisiana judge ruled Monday that the man must stay in jail. They revealed new details."
    assert ("A Louisiana judge", "anonymous", 1) in _ledger(text)


def test_a_bodys_name_keeps_its_inner_commas():
    # (the ledger had listed "South Korea’s Ministry of Trade", cut at the name's first comma)
    text = "South Korea’s Ministry of Trade, Industry and Energy (MOTIE) has unveiled a plan to cut costs."
    assert _ledger(text) == [("South Korea’s Ministry of Trade, Industry and Energy", "organization", 1)]


def test_a_source_that_said_nothing_lists_what_it_did():
    # (the ledger line had been empty)
    assert _ledger_said("Police spokesperson Ali Pillow declined comment.") == [("Ali Pillow", ["declined comment"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a role noun right before a lone name introduces a person (both had been listed as organizations)
        ("He argued against the theologian Helvedius, who said Mary had other children.", [("Helvedius", "named_person", 1)]),
        ("The Jewish historian Josephus tells us that wood was scarce.", [("Josephus", "named_person", 1)]),
        # guard: "official" reads as an adjective before a name, so a news agency stays a body
        ("Russia's official Tass news agency reported the arrests. Tass said more would follow.", [("Tass", "organization", 1)]),
    ],
)
def test_a_role_noun_before_a_lone_name_makes_it_a_person(text, expected):
    assert [entry for entry in _ledger(text) if entry[0] == expected[0][0]] == expected


def test_they_points_to_no_person_named_before_or_his_pronoun():
    # ("they" had been credited to Maresca through his second verb and a "he" that stood for him)
    text = ('Maresca said the verdict was wrong and added that the family would appeal. "We are shocked," he said. '
            "When the high court ruled on the case in 2010, they wrote that he was one of three assailants.")
    assert [(e.name, e.attributions) for e in annotate(text).sources if e.name == "Maresca"] == [("Maresca", 3)]


def test_a_legal_code_is_a_document():
    # (the demonym had made "Italian penal code" a named person)
    assert _ledger("According to the Italian penal code, the high court decision is final.") == [("the Italian penal code", "document", 1)]


def test_they_skips_a_person_named_after_a_role():
    # ("they" had been credited to the organizer named after her role)
    text = ("In Bethlehem, runners say they run to be free. The race grew, organizer Signe Fischer said. "
            "They focus on what they see as one of the most basic rights.")
    assert ("Signe Fischer", "named_person", 1) in _ledger(text)


def test_his_in_the_clause_of_a_named_subject_is_that_person():
    # ("his vow" had been credited to the last speaker, Corbyn)
    text = ("Boris Johnson and Jeremy Corbyn met on Tuesday. Corbyn attacked the plan. "
            "Johnson is under fire for failing to deliver on his often-repeated vow that Britain would leave the EU.")
    assert _ledger(text) == [("Jeremy Corbyn", "named_person", 1), ("Boris Johnson", "named_person", 1)]
    # a guard: a subject that is no person named before leaves "his" as it was
    text = "Corbyn attacked the plan. The minister said his claim was wrong."
    assert _ledger(text) == [("Corbyn", "organization", 1), ("The minister", "named_person", 1)]


def _ledger_said(text: str) -> list[tuple[str, list[str]]]:
    return [(s.name, s.said) for s in annotate(text).sources]


def test_a_pronoun_claim_around_a_mid_sentence_frame_is_listed_whole():
    # (the ledger line had listed nothing: "This" alone says nothing, "This … is a problem" does)
    entries = annotate("This, according to attendees and speakers, is both a problem and an opportunity.").sources
    assert [(e.name, e.said) for e in entries] == [("attendees and speakers", ["This … is both a problem and an opportunity"])]


def test_a_bare_pronoun_claim_lists_the_cue():
    # (the ledger line had listed nothing)
    entries = annotate("It was first reported by The Post.").sources
    assert [(e.name, e.said) for e in entries] == [("The Post", ["was first reported"])]


def test_a_name_after_a_sentence_end_inside_a_capitalized_run_introduces_a_person():
    # "The Conversation. LondonApple CEO Tim Cook": a credit line and a glued dateline make one run of
    # capitals; the part after the sentence end still introduces Tim Cook ("Cook said" had been an organization)
    text = "The content is produced by The Conversation. LondonApple CEO Tim Cook has released the watch. Cook said the watch would change everything."
    assert _ledger(text) == [("Tim Cook", "named_person", 1)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a restrictive "that" points to the nearest phrase when the whole reads otherwise (it had been the person before)
        ("Ross, head of a union that has endorsed Sanders, spoke.", ("a union", "organization")),
        ("Jean Ross leads National Nurses United, a union that has endorsed Mr. Sanders.", ("a union", "organization")),
        # a guard: a body's name before its description is kept
        ("Others referred CNN to the Wine Institute, a California trade group that called the claims false.", ("the Wine Institute", "organization")),
    ],
)
def test_a_restrictive_that_points_to_the_nearest_phrase(text, expected):
    assert [(s.name, s.type) for s in annotate(text).sources] == [expected]


def test_an_age_descriptor_points_back_to_the_person_cited_before():
    # "the 25-year-old" is Ricciardo (it had been a ledger line of its own); a place with a first name between is no person
    text = ('"Racing is cruel," says Red Bull driver Daniel Ricciardo. He finished second at Albert Park. '
            '"It is frustrating," said the 25-year-old.')
    assert _ledger(text) == [("Daniel Ricciardo", "named_person", 2)]


def test_an_age_descriptor_after_another_person_named_stays_apart():
    # a guard: the artist named after the mayor's quote may be the one meant
    text = ('"It is original," Mayor Boris Johnson said. The sculpture is by the artist Hans Haacke. '
            '"It is a prominent spot," said the 78-year-old.')
    assert ("the 78-year-old", "named_person", 1) in _ledger(text)


def test_an_age_descriptor_points_back_to_the_cited_person_named_again_since_another():
    # Mourinho, named again after Pochettino, is the nearer person (the 56-year-old had been a ledger line of its own)
    text = ('Jose Mourinho has agreed a deal to replace Mauricio Pochettino as manager. Talks between the club and '
            'Mourinho\'s representatives intensified. The 56-year-old said after his appointment: "I am excited."')
    assert _ledger(text) == [("Jose Mourinho", "named_person", 2)]


@pytest.mark.parametrize(
    "text, name",
    [
        # a middle initial and a suffix's dot stay in the name "he" points back to (the ledger had read
        # "Carlineo Jr", and "Robert J. Shapiro" had been no name at all)
        ("Patrick W. Carlineo Jr., 55, of Addison, pleaded guilty. During the call, he said the plan was evil.", "Patrick W. Carlineo Jr."),
        ("The study was led by economist Robert J. Shapiro. He found that older voters stayed home.", "Robert J. Shapiro"),
    ],
)
def test_he_points_back_to_a_name_with_a_middle_initial(text, name):
    assert [entry[0] for entry in _ledger(text)] == [name]


@pytest.mark.parametrize(
    "text, entry",
    [
        # a several-word name's "'s" with nothing after it names a business or a hospital (it had been a person "Seattle Children")
        ("Seattle Children's said the kids were excited.", ("Seattle Children's", "organization", 1)),
        ("McDonald's said it would raise wages.", ("McDonald's", "organization", 1)),
        # a guard: after a first name the "'s" is "has"
        ("John Smith's said nothing.", ("John Smith", "named_person", 1)),
    ],
)
def test_a_name_possessive_alone_is_a_business(text, entry):
    assert _ledger(text) == [entry]


def test_a_gospel_is_a_document_not_a_person():
    # "The Gospel of Mark mentions …" had listed a person "Gospel of Mark"
    assert _ledger("The Gospel of Mark mentions that Jesus had brothers.") == [("The Gospel of Mark", "document", 1)]


def test_a_descriptor_before_a_name_does_not_hide_its_gender():
    # "former Olympian Bruce Jenner" is a "he": "she" points to Kendall Jenner (it had been credited to Bruce Jenner)
    text = ('Us Weekly has retracted a story about model Kendall Jenner and her father, former Olympian Bruce Jenner. '
            '"We apologize to Ms. Jenner and her family," the magazine said Thursday. Us Weekly had quoted the sister, '
            'a member of the Kardashian family, as saying she supported her father.')
    assert ("Kendall Jenner", "named_person", 1) in _ledger(text)
    assert not [row for row in _ledger(text) if row[0] == "Bruce Jenner"]


def test_a_place_in_a_title_is_no_first_name():
    # a guard: "Los Angeles" holds a listed first name ("Angeles"); the one before the surname decides
    from server.annotate.sources import first_name_gender

    assert first_name_gender("Los Angeles Fire Department Assistant Chief Patrick Butler") == "he"
    assert first_name_gender("Olympian Bruce Jenner") == "he"


def test_the_hover_of_a_claim_under_a_negated_verb_says_it_was_not_said():
    # the hover had read "What the ministry said or published, on the record"
    content = next(s for s in annotate("The ministry did not say that the talks had failed.").spans if s.label == "content")
    assert content.reason.startswith("What the ministry did not say or confirm")
    # a guard: an affirmed claim keeps its template
    content = next(s for s in annotate("The ministry said that the talks had failed.").spans if s.label == "content")
    assert content.reason == "What the ministry said or published, on the record"


def test_the_hover_of_a_claim_under_a_negated_verb_of_knowing_or_thinking_says_it_was_not_held():
    # had read "What the mayor did not say or confirm": not knowing is no refusal to say
    content = next(s for s in annotate("The mayor didn't know at the time that the bridge was unsafe.").spans if s.label == "content")
    assert content.reason.startswith("What the mayor did not hold, know or do") and "say" not in content.reason


@pytest.mark.parametrize(
    "text, name, cue",
    [
        # a stance or an act is no claim "said, on the record" (the hovers had read "What Mayor Ann Cole said, on the record")
        ("Mayor Ann Cole wants the stadium to be finished by May.", "Mayor Ann Cole", "wants"),
        ("Kim Clijsters declined an interview request.", "Kim Clijsters", "declined"),
        ("The ministry endorsed the plan on Tuesday.", "the ministry", "endorsed"),
    ],
)
def test_the_hovers_of_a_stance_name_a_position_or_act_not_words_said(text, name, cue):
    spans = {s.label: s for s in annotate(text).spans}
    assert spans["content"].reason == f'Held or done by {name} ("{cue}"), as the writer reports it'
    assert spans["cue"].reason.startswith(f'A position or act of {name} ("{cue}")')


@pytest.mark.parametrize(
    "text, said",
    [
        # a verb of rejection with another's claim as its object: the clause is what the source rejects
        # (the ledger had listed "the match was fixed" as Serena Williams's own claim)
        ("Serena Williams scoffed at suggestions that the match was fixed.", "scoffed: the match was fixed"),
        ("The minister scoffed at the idea that he would resign.", "scoffed: he would resign"),
    ],
)
def test_a_rejected_claim_is_listed_and_hovered_as_rejected(text, said):
    a = annotate(text)
    assert [x for e in a.sources for x in e.said] == [said]
    content = next(s for s in a.spans if s.label == "content")
    assert "denies" in content.reason


def test_a_report_after_without_is_one_not_made():
    # "…, without saying where Hadi had gone" had been listed and hovered as what Jen Psaki said
    a = annotate("Jen Psaki told reporters that Hadi left, without saying where Hadi had gone.")
    assert "without saying: where Hadi had gone" in [x for e in a.sources for x in e.said]
    content = next(s for s in a.spans if s.label == "content" and s.text == "where Hadi had gone")
    assert "did not say" in content.reason


def test_the_hovers_of_a_report_still_say_it_was_said():
    # a guard (passed before): a verb of saying keeps "said, on the record"
    spans = {s.label: s for s in annotate("Mayor Ann Cole said the stadium would be finished by May.").spans}
    assert spans["content"].reason == "What Mayor Ann Cole said, on the record"


@pytest.mark.parametrize(
    "text, entry",
    [
        # a document with a relative clause without "that" is listed as the document, a group of people as the people
        # (the ledger had read "the agency released on Monday [vague]" and "Most people the Post [organization]")
        ("The report the agency released on Monday found that prices rose.", ("The report", "document")),
        ("Most people the Post interviewed said they would vote.", ("Most people the Post interviewed", "vague")),
        # a guard: a share of a group before a survey participle stays the counted people
        ("More than half the senators surveyed said they backed the bill.", ("More than half the senators", "anonymous")),
    ],
)
def test_a_source_with_a_relative_clause_is_listed_by_its_head(text, entry):
    assert [(e.name, e.type) for e in annotate(text).sources] == [entry]


def test_they_after_two_named_people_lists_both():
    # "they" after a sentence whose subject is two named people stands for both (it had stayed an unresolved "They")
    text = "Amanda Knox and Raffaele Sollecito were convicted in 2009. They said they were innocent."
    assert [(e.name, e.type) for e in annotate(text).sources] == [("Amanda Knox", "named_person"), ("Raffaele Sollecito", "named_person")]


@pytest.mark.parametrize(
    "text, name",
    [
        # a role and a preposition before a place: the ledger names the role holder by the description (it had
        # listed the place or a body: "Geneva [named_person]", "United States [organization]")
        # (over eight words the label ends before its last preposition: the role keeps its "of")
        ("The head of the U.N. refugee agency in Geneva said the camp was full.", "The head of the U.N. refugee agency"),
        ("The Saudi ambassador to the United States told reporters the strikes would continue.", "The Saudi ambassador to the United States"),
        ("The leader of the militant group in Turkey says the fighters will disarm.", "The leader of the militant group in Turkey"),
        # guards: a personal name after the role is the name; so is a name that no preposition governs
        ("The ambassador to Britain, John Smith, said the talks went well.", "John Smith"),
        ("Deputy inspector general of police of Khulna range SM Monir Uz Zaman said the toll was unclear.", "SM Monir Uz Zaman"),
    ],
)
def test_a_role_before_a_place_is_listed_by_its_description(text, name):
    assert [e.name for e in annotate(text).sources] == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # with no speaker cited before, "he" is the named subject of the sentence before, not a name in its object
        # (it had been Paul Walker, and Jay Leno for "Noah became the first … on The Tonight Show with Jay Leno. He …")
        ("Vin Diesel has been paying tribute to his friend Paul Walker. On Monday, he revealed that he named his daughter after Walker.", "Vin Diesel"),
        ("In 2013, Trevor Noah became the first African comedian to perform on The Tonight Show with Jay Leno. He said he was nervous.", "Trevor Noah"),
        # a title's abbreviation is no end of a sentence: the name after it is the subject
        ("Former Rep. Chris Shays was pro John Kasich while the Ohio governor was in the running, he said.", "Chris Shays"),
    ],
)
def test_he_without_a_cited_speaker_is_the_named_subject_before(text, name):
    assert [e.name for e in annotate(text).sources] == [name]


def test_a_ledger_name_ends_before_the_preposition_of_its_relative_clause():
    # "The scientists with whom we spoke" had been listed as "The scientists with"
    assert [e.name for e in annotate("The scientists with whom we spoke said the data were clear.").sources] == ["The scientists"]


@pytest.mark.parametrize(
    "text, said",
    [
        # the ledger drops a complementizer "that", never the pronoun before its verb ("that is …" had read "is …")
        ("Some people say that may be the case.", "that may be the case"),
        ("Some people say that the case is closed.", "the case is closed"),
    ],
)
def test_the_ledger_keeps_a_pronoun_that(text, said):
    assert [e.said for e in annotate(text).sources] == [[said]]


@pytest.mark.parametrize(
    "text",
    [
        # a storm, a flight or an operation is no "he" or "she" (one test per word of the grammar set thing_name_word;
        # each had been listed as a named person who said the quotation)
        'Two weeks after Hurricane Katrina struck, Smith was still waiting. "We lost everything," she said.',
        'Typhoon Haiyan hit the coast. "We have nothing," she said.',
        'Cyclone Idai flooded the city. "It was terrible," she said.',
        'Tropical Storm Debby stalled over Florida. "We are ready," she said.',
        'The search for Malaysia Airlines Flight 370 goes on. "I still hope," she says.',
        'Operation Desert Storm began in 1991. "It was quick," he said.',
    ],
)
def test_a_name_of_a_thing_is_no_antecedent_of_a_pronoun(text):
    assert annotate(text).sources == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lone name before a role opened by a possessive is a person (each had been an organization)
        ("Jones, his lawyer, says the charges are false.", ("Jones", "named_person")),
        ("Cyndee, Kimmy's closest friend, says the world has changed.", ("Cyndee", "named_person")),
        ("Jones, the company's chief executive, says the charges are false.", ("Jones", "named_person")),
        # guards: a body in apposition keeps the name a body (a plural head, a collective noun, a company)
        ("The Carabinieri, Italy's military police, said five men were arrested.", ("The Carabinieri", "organization")),
        ("Foxconn, Apple's largest supplier, says the charges are false.", ("Foxconn", "organization")),
        ("Instagram, its parent company, says the charges are false.", ("Instagram", "organization")),
    ],
)
def test_a_role_after_a_possessive_makes_a_lone_name_a_person(text, expected):
    assert [(e.name, e.type) for e in annotate(text).sources] == [expected]


@pytest.mark.parametrize(
    "text, said",
    [
        # a denial is listed with its verb, never as the source's claim (one test per word of the grammar set denial_verb;
        # each had listed the bare claim, the reverse of what was said)
        ("Officials deny the plant was leaking.", "deny: the plant was leaking"),
        ("The company denies the report was accurate.", "denies: the report was accurate"),
        ("The Kremlin denied anything was amiss.", "denied: anything was amiss"),
        ("Jane Smith spoke for an hour, denying she had lied.", "denying: she had lied"),
    ],
)
def test_a_denial_is_listed_with_its_verb(text, said):
    entries = annotate(text).sources
    assert said in entries[-1].said
    content = next(s for s in annotate(text).spans if s.label == "content" and s.text in said)
    assert "not so" in content.reason  # the hover says the source denies it


def test_a_plain_report_is_listed_without_its_verb():
    # guard: a verb of saying that is no denial lists the bare claim
    assert annotate("The Kremlin said nothing was amiss.").sources[0].said == ["nothing was amiss"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a surname alone opening the last sentence before "he"/"she" brings back the person named in full before,
        # over the last speaker (each had been credited to the pollster or the writer quoted before)
        ('Benjamin Netanyahu faces an election. Pollster Avi Degani said the race was close. Netanyahu held a rally on Sunday. "We will win," he said.',
         "Benjamin Netanyahu"),
        ("Stefano Gabbana is a designer. Writer Jenn Palumbo said the remark was cruel. Still, Gabbana has dropped hints of his views. He told a magazine that he opposed it.",
         "Stefano Gabbana"),
        ('Katherine Russell married in 2010. Her lawyer Amato DeLuca said she was grieving. Russell had one arrest. She acknowledged the theft.',
         "Katherine Russell"),
        # guards: a full name opening the sentence is read by the other rules; a surname of the other gender is no "he"
        ('Benjamin Netanyahu faces an election. Pollster Avi Degani said the race was close. Degani, a professor, saw other results. "We were right," he said.',
         "Avi Degani"),
        ('Mary Keller runs the firm. Pollster Avi Degani said the race was close. Keller held a rally on Sunday. "We will win," he said.',
         "Avi Degani"),
    ],
)
def test_a_surname_opening_the_sentence_before_the_pronoun_brings_back_its_person(text, speaker):
    last = [s for s in annotate(text).sources if any("win" in x or "opposed" in x or "theft" in x or "right" in x for x in s.said)]
    assert [s.name for s in last] == [speaker]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share of a group named by a plural ("Many Republicans") is a vague group, never a person or its place
        # (the first had no ledger line: it was a "named person" listed as "Iowa"; the second was listed as "Turkey")
        ("Many Republicans in Iowa say they would not be shocked.", ("Many Republicans in Iowa", "vague")),
        ("Many Syrians in Turkey say they want to go home.", ("Many Syrians in Turkey", "vague")),
        ("Many African-Americans say they feel for Obama.", ("Many African-Americans", "vague")),
        # guards: members of a body are unnamed insiders
        ("Some Democrats in Congress say they would not be shocked.", ("Some Democrats in Congress", "anonymous")),
        ("Republicans on the committee said they would not be shocked.", ("Republicans on the committee", "anonymous")),
    ],
)
def test_a_share_of_a_group_is_vague_wherever_it_is(text, expected):
    assert [(e.name, e.type) for e in annotate(text).sources] == [expected]


@pytest.mark.parametrize(
    "text, name, said",
    [
        # "None" opening a sentence is no name for "he" to point to (it had been a named person "None")
        ("Police Chief Tim Longo spoke. Nine people talked to police, Longo said. None of them said they knew about a rape, he said.",
         "Tim Longo", "None of them said they knew about a rape"),
        # a lone surname the article gave with a man's first name is no "she" (she had been Longo)
        ("Police Chief Tim Longo spoke. Nine people talked to police, Longo said. The reporter, Sabrina Rubin Erdely, talked to police, "
         "authorities said, but there were questions she declined to answer.", "Sabrina Rubin Erdely", "declined: to answer"),
        ('Actress Cate Blanchett met Jonathan Hyla. Hyla said Blanchett would be good company. "I do not drink beer," she responded.',
         "Cate Blanchett", '"I do not drink beer,"'),
    ],
)
def test_pronouns_skip_none_and_surnames_of_the_other_gender(text, name, said):
    entries = {e.name: e.said for e in annotate(text).sources}
    assert said in entries.get(name, [])
    assert "None" not in entries


@pytest.mark.parametrize(
    "text, expected",
    [
        # a known body's name before a place preposition is its branch, not a person named after the place
        # (it had been listed as the named person "Arabian Peninsula")
        ("Al Qaeda in the Arabian Peninsula said it carried out the attack.", ("Al Qaeda in the Arabian Peninsula", "organization")),
        ("The Muslim Brotherhood in Egypt said it would boycott the vote.", ("The Muslim Brotherhood in Egypt", "organization")),
    ],
)
def test_a_bodys_branch_in_a_place_is_the_body(text, expected):
    assert [(e.name, e.type) for e in annotate(text).sources] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name inside the quotation a frame closes is no antecedent of the frame's "he"/"she" (each had been the speaker)
        ('Director Billy Corben made the film. "People love it. But Chicago is different," he said.', ["Director Billy Corben"]),
        ('“Donald Trump has his share of support in our district,” he said.', []),
        # guard: a name before the quotation still is
        ('Jane Smith arrived late. “I missed the bus,” she said.', ["Jane Smith"]),
    ],
)
def test_a_name_inside_the_quotation_is_not_its_speaker(text, expected):
    assert [e.name for e in annotate(text).sources] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the"/"this" and a document noun point back to the one document named before: one line (one test per word of
        # the grammar set back_pointing_determiner; each had made a line of its own)
        ("A Justice Department report released Wednesday found bias in the city. The federal report said fines rose sharply. "
         "The report said officers competed for tickets.", [("A Justice Department report released Wednesday", 3)]),
        ("A Harvard study published Monday found a link. This study shows more work is needed.", [("A Harvard study published Monday", 2)]),
        # guard: with two documents of that noun named before, the back-pointing one stays apart
        ("A Harvard study found a link. A Yale study found none. The study said more work is needed.",
         [("A Harvard study", 1), ("A Yale study", 1), ("The study", 1)]),
    ],
)
def test_a_document_pointed_back_to_joins_its_line(text, expected):
    assert [(e.name, e.attributions) for e in annotate(text).sources] == expected


@pytest.mark.parametrize("entry", load_table("title_abbreviations.tsv"), ids=lambda e: e.entry)
def test_a_role_joins_the_person_named_with_its_abbreviated_title(entry):
    # "Sen. Jane Doe said … The senator said …": one person, one line (each had made two)
    text = f"{entry.entry.capitalize()}. Jane Doe said the plan was bad. The {entry.type} said it would fail."
    assert [e.attributions for e in annotate(text).sources] == [2]


def test_a_role_without_its_holder_keeps_its_line():
    # guard: another role's abbreviation is no holder of this one
    assert len(annotate("Sen. Jane Doe said the plan was bad. The governor said it would fail.").sources) == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        # a role joins a lone surname the article introduced with that role and a first name (it had kept its own line)
        ("Best-selling author Terry Pratchett has died. Pratchett said he was ready. The author said he would keep writing.",
         [("Terry Pratchett", 2)]),  # (listed under the full name: "Terry" is a known given name)
        ("Supreme Leader Ayatollah Ali Khamenei spoke. Khamenei said talks were useless. The Ayatollah said Iran would not yield.",
         [("Ali Khamenei", 2)]),
        # guard: the role's word elsewhere, not before the name, introduces nobody
        ("The author and Pratchett met. Pratchett said he was ready. The author said he would keep writing.",
         [("Pratchett", 1), ("The author", 1)]),
    ],
)
def test_a_role_joins_a_surname_introduced_with_it(text, expected):
    assert [(e.name, e.attributions) for e in annotate(text).sources] == expected


def test_a_plus_inside_a_name_joins_it():
    # "P5+1" is one name (the group had been listed as "1 group")
    assert [e.name for e in annotate("The P5+1 group said Iran must not build a bomb.").sources] == ["The P5+1 group"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # people of a named thing are those people, not the thing's name (it had been the person "Mission Impossible III")
        ("The producers of Mission Impossible III said the film was done.", ("The producers of Mission Impossible III", "vague")),
        # guard: members of a body keep the ledger's reading
        ("Republican members of Congress said the plan was unfair.", ("Republican members of Congress", "anonymous")),
    ],
)
def test_people_of_a_named_thing_are_people(text, expected):
    assert [(e.name, e.type) for e in annotate(text).sources] == [expected]


@pytest.mark.parametrize(
    "text, entries",
    [
        # a surname after "Mr.", "Ms." or "Dr." joins the one full name of a fitting gender with that
        # surname (each had kept a line of its own)
        ("Kendall Jenner said she never gave the interview. Ms. Jenner said it was fake.", {"Kendall Jenner": 2}),
        ("Donald Trump said he would win. Mr. Trump said it was fake.", {"Donald Trump": 2}),
        ("Hillary Clinton said she was proud. Bill Clinton said he would win. Mrs. Clinton said it was fake.",
         {"Hillary Clinton": 2, "Bill Clinton": 1}),
        # guards: a title of the other gender, or two full names that fit, leave it its own line
        ("Donald Trump said he would win. Mrs. Trump said it was fake.", {"Donald Trump": 1, "Mrs. Trump": 1}),
        ("Melania Trump said she was proud. Donald Trump said he would win. Mr. Trump said it was fake.",
         {"Melania Trump": 1, "Donald Trump": 1, "Mr. Trump": 1}),
    ],
)
def test_a_titled_surname_joins_the_one_full_name_that_fits(text, entries):
    from server.annotate import annotate

    assert {s.name: s.attributions for s in annotate(text).sources} == entries


@pytest.mark.parametrize(
    "text, entries",
    [
        # "X quoted Y as saying Q": Y said Q, X relays it (Y had no line of their own)
        ("The magazine quoted Jenner as saying she supported her father.",
         {"The magazine": ["quoted: Jenner as saying she supported her father"], "Jenner": ["she supported her father"]}),
        ('The agency quoted Poroshenko as saying: "We will not give up." He added that the war would end.',
         {"Poroshenko": ['"We will not give up."', "the war would end"], "The agency": ['quoted: Poroshenko as saying: "We will not give up."']}),
        # a guard: a pronoun names no one to list
        ("Reuters quoted him as saying the talks had failed.", {"Reuters": ["quoted: him as saying the talks had failed"]}),
    ],
)
def test_the_speaker_a_source_quotes_has_a_line_of_their_own(text, entries):
    from server.annotate import annotate

    assert {s.name: s.said for s in annotate(text).sources} == entries


@pytest.mark.parametrize(
    "text, entries",
    [
        # "the source" / "the spokesman" point back to the one unnamed person with that head noun, or
        # to the one unnamed person cited so far (each had kept a line of its own)
        ("A source familiar with the talks said the deal was close. The source added that nothing was signed.",
         {"A source familiar with the talks": 2}),
        ("An insider told the magazine that he is frustrated. The source further claimed that he was not involved.",
         {"An insider": 2}),
        ("A spokesman for the coalition said its planes were not involved. The spokesman added that no strikes took place.",
         {"A spokesman for the coalition": 2}),
        # a guard: with two unnamed people before it, "the source" is either
        ("An insider said the deal was close. A lawyer said it was not. The source added that nothing was signed.",
         {"An insider": 1, "A lawyer": 1, "The source": 1}),
    ],
)
def test_the_source_points_back_to_the_one_unnamed_source(text, entries):
    from server.annotate import annotate

    assert {s.name: s.attributions for s in annotate(text).sources} == entries


@pytest.mark.parametrize("text, typ", [("Kerry Washington said she would vote.", "named_person"), ("Equality Alabama said the law was unfair.", "organization")])
def test_a_given_name_before_a_place_name_is_a_person(text, typ):
    # "Kerry" is a given name of either gender: "Kerry Washington" had been a group like "Equality Alabama" (a guard)
    assert [(e.name, e.type) for e in annotate(text).sources] == [(text.split(" said")[0], typ)]


@pytest.mark.parametrize(
    "text, name",
    [
        # "the news agency" and "the agency" join the one body whose name ends in "Agency" (the first had
        # made a line of its own, and then the second had two bodies to choose from)
        ("Anadolu Agency reported the outage. The power was back, the news agency said. Most provinces had power, the agency reported.", "Anadolu Agency"),
        # the article calls the body a group in an appositive
        ("The Wine Institute, a California trade group, called the claims false. The wine is safe, said the group.", "The Wine Institute"),
        ("The human rights group CAGE said it was shocked. The funding was cut, the group said.", "CAGE"),
    ],
)
def test_the_and_a_body_noun_joins_the_one_body_the_article_calls_so(text, name):
    assert [(e.name, e.attributions) for e in annotate(text).sources] == [(name, 2 if "news agency" not in text else 3)]


def test_the_and_a_body_noun_stays_apart_when_two_bodies_fit_guard():
    text = "CAGE, an advocacy group, said it was shocked. Liberty, a rights group, said it was sad. The funding was cut, the group said."
    assert [e.name for e in annotate(text).sources] == ["CAGE", "Liberty", "the group"]


@pytest.mark.parametrize(
    "text, entries",
    [
        # a party's insiders are unnamed people ("Democrats involved" had been a vague line)
        ("The deal is close, according to Democrats involved in the negotiations.", {"Democrats involved in the negotiations": "anonymous"}),
        # the words after the party describe its members (no line at all before)
        ("Republicans familiar with the talks said the deal was close.", {"Republicans familiar with the talks": "anonymous"}),
        # a share of a party, not the person it supports ("Clinton" had been credited)
        ("Democrats supporting Clinton said the deal was close.", {"Democrats supporting Clinton": "vague"}),
        # two objects of "close to" ("the governor" had been credited)
        ("People close to both the mayor and the governor said the deal was close.", {"People close to both the mayor and the governor": "anonymous"}),
        # guard: a party alone stays a group
        ("Democrats said the deal was close.", {"Democrats": "vague"}),
    ],
)
def test_a_party_or_people_described_after_it_is_one_unnamed_source(text, entries):
    from server.annotate import annotate

    assert {s.name: s.type for s in annotate(text).sources} == entries


def test_the_first_person_outside_a_frame_gets_its_own_hover_not_a_named_source_on_the_record():
    from server.annotate import annotate

    spans = {s.label: s.reason for s in annotate("I absolutely love this laptop.").spans if s.label != "hedge"}
    # had read "Named source: the writer or the speaker quoted, on the record" and "the claim is theirs, not the writer's"
    assert spans["source"].startswith("First person") and "on the record" not in spans["source"]
    assert "writer's own" in spans["cue"] and "not the writer's" not in spans["cue"]
    named = {s.label: s.reason for s in annotate("Jane Roe said the laptop runs hot.").spans}
    assert named["source"] == "Named source: Jane Roe, on the record"  # guard: a named speaker keeps its hover


@pytest.mark.parametrize(
    "text, entries",
    [
        # "Paul" is also a parish's name: it stays the first name ("Nehlen" had been a body)
        ("Challenger Paul Nehlen responded Friday to the reports. “Ryan will never change,” Nehlen said.", {"Paul Nehlen": "named_person"}),
        ("Andrew Paul Tahmooressi crossed the border. Tahmooressi said he took a wrong turn.", {"Andrew Paul Tahmooressi": "named_person"}),
        # guard: a place before a title stays the place
        ("Charlotte Mayor Vi Lyles said the road would reopen.", {"Mayor Vi Lyles": "named_person"}),
    ],
)
def test_a_first_name_that_is_also_a_place_introduces_a_person(text, entries):
    from server.annotate import annotate

    assert {s.name: s.type for s in annotate(text).sources} == entries


@pytest.mark.parametrize(
    "text, entries",
    [
        # the title stands for the given name: the full name is listed ("Mr. Rogan" had been the line)
        ("Representative James E. Rogan lined up with his wife. “It felt like we patched it up,” Mr. Rogan said.", {"James E. Rogan": 1}),
        # a title and surname is no fuller than the full name ("Mrs. Rao" had replaced "Amy Rao")
        ("“It was mostly men,” said Amy Rao, a donor. Mrs. Rao said the networks had changed.", {"Amy Rao": 2}),
        # the title's gender picks the one full name that fits
        ("Hillary Clinton and Bill Clinton arrived. Mrs. Clinton said the race was close.", {"Hillary Clinton": 1}),
        # guard: two full names of that gender leave the titled surname alone
        ("Donald Trump spoke. His son Eric Trump spoke too. Mr. Trump said the race was rigged.", {"Mr. Trump": 1}),
    ],
)
def test_a_titled_surname_is_listed_under_the_one_full_name_the_article_gives(text, entries):
    from server.annotate import annotate

    assert {s.name: s.attributions for s in annotate(text).sources} == entries


@pytest.mark.parametrize(
    "text, entries",
    [
        # a plural role before the first name is both people's ("Vicente Fox" had been lost)
        ("Former presidents Vicente Fox and Felipe Calderon promptly fired back at the proposal.", {"Vicente Fox": 1, "Felipe Calderon": 1}),
        # the party and state in parentheses are no part of the name ("Goodlatte" had been lost)
        ("Chaffetz and Rep. Bob Goodlatte (R-Va.) earlier asked whether the witness lied.", {"Chaffetz": 1, "Rep. Bob Goodlatte": 1}),
        # beside a person's full name, a lone surname is a person's ("Chaffetz" had been lost)
        ("Chaffetz and Rep. Bob Goodlatte earlier asked whether the witness lied.", {"Chaffetz": 1, "Rep. Bob Goodlatte": 1}),
        # guard: one body's name stays whole
        ("The National Oceanic and Atmospheric Administration said the storm had passed.", {"The National Oceanic and Atmospheric Administration": 1}),
    ],
)
def test_each_person_of_a_coordinated_source_gets_a_line(text, entries):
    from server.annotate import annotate

    assert {s.name: s.attributions for s in annotate(text).sources} == entries
    assert all(s.type in ("named_person", "organization") for s in annotate(text).sources)


@pytest.mark.parametrize(
    "text, entries",
    [
        # the person a passive names is a mention like any other ("He" had been Tom Reyes)
        ("“The budget is fine,” Tom Reyes said. Senator Mark Fisher was asked about the cuts on Tuesday. He said he had not read the report.",
         {"Tom Reyes": 1, "Mark Fisher": 1}),
        # a name inside a quotation is no full name of the titled surname ("Fascist Trump" had been listed)
        ('Donald J. Trump spoke in Ohio. A man wore a shirt that read "Fascist Trump." Mr. Trump said the man should leave.', {"Donald J. Trump": 1}),
    ],
)
def test_pronouns_and_titled_surnames_find_the_person_the_article_means(text, entries):
    from server.annotate import annotate

    assert {s.name: s.attributions for s in annotate(text).sources} == entries


@pytest.mark.parametrize(
    "text, entries",
    [
        # a person of a firm named after its kind ("IMGE" had been listed instead of the person)
        ("“The message resonates,” said Tom Reyes of digital consulting firm IMGE.", {"Tom Reyes": "named_person"}),
        # the two apostrophes spell one surname ("O'Neill" had been a body on a line of its own)
        ("The blast went off at 8:30 p.m., according to NYPD Commissioner James O’Neill. “The cause is unknown,” said O'Neill.",
         {"NYPD Commissioner James O’Neill": "named_person"}),
        # what reports a story is an outlet ("Western Journalism" had been a person)
        ("As reported by Western Journalism, there are 150 delegates at stake.", {"Western Journalism": "organization"}),
        # guard: a given name opens a reporter's name
        ("As reported by Jane Smith, there are 150 delegates at stake.", {"Jane Smith": "named_person"}),
    ],
)
def test_people_of_firms_apostrophes_and_reporting_outlets_are_typed_right(text, entries):
    from server.annotate import annotate

    assert {s.name: s.type for s in annotate(text).sources} == entries


def test_nobody_as_a_source_is_an_absence_the_writer_reports_not_a_weasel_source():
    from server.annotate import annotate

    for text, word in (("Nobody said the plan would fail.", "Nobody"), ("No one has offered any information about how she built her fortune.", "No one")):
        a = annotate(text)
        sources = [s for s in a.spans if s.label == "source"]
        assert [s.text for s in sources] == [word]
        # had read "Vague source: Nobody names no one; weasel wording", and "Nobody" had a ledger line
        assert "weasel" not in sources[0].reason and "nobody said or did this" in sources[0].reason
        assert a.sources == []
    assert [e.name for e in annotate("Critics said the plan would fail.").sources] == ["Critics"]  # guard


@pytest.mark.parametrize(
    "text, reason",
    [
        ("Many doctors say that bedding matters.", "Claim from an unnamed source (many doctors): the reader cannot check it"),  # had read "(Many doctors)"
        ("The mayor said the plan was dead.", "What the mayor said, on the record"),  # guard
        ("The Washington Post reported the deal.", "What The Washington Post said or published, on the record"),  # guard: a name keeps its capital
    ],
)
def test_a_capitalized_determiner_is_lowered_inside_the_hover(text, reason):
    from server.annotate import annotate

    assert [s.reason for s in annotate(text).spans if s.label == "content"] == [reason]


@pytest.mark.parametrize(
    "text, entries",
    [
        # a body's short name after possessives and hyphenated modifiers, and a body named with its words reordered
        ("Russia's state-run Tass news agency reported the alert. The checks are routine, Tass said.", {"Russia's state-run Tass news agency": 2}),
        ("The Georgia Department of Corrections said the drugs were cloudy. The meal was large, the Corrections Department said.",
         {"The Georgia Department of Corrections": 2}),
        # guard: two departments
        ("The State Department said the talks failed. The Department of Homeland Security said the border was closed.",
         {"The State Department": 1, "The Department of Homeland Security": 1}),
    ],
)
def test_a_body_named_twice_in_other_words_is_one_source(text, entries):
    assert {s.name: s.attributions for s in annotate(text).sources} == entries


def test_a_coordinated_source_is_listed_part_by_part_and_hovered_whole():
    a = annotate("Saudi Arabia and Egypt have spoken about sending ground troops.")
    assert [(e.name, e.type) for e in a.sources] == [("Saudi Arabia", "organization"), ("Egypt", "organization")]
    source = next(s for s in a.spans if s.label == "source")
    assert source.reason == "Organization source: Saudi Arabia and Egypt, on the record"  # was "Egypt"
    a = annotate("Adam West and Burt Ward said the show was fun.")
    assert next(s for s in a.spans if s.label == "content").reason == "What Adam West and Burt Ward said, on the record"


@pytest.mark.parametrize(
    "text, content_reason",
    [
        # a request turned down is a decision, not a claim the source says is false
        ("The state Supreme Court denied her request for a stay.", 'What the state Supreme Court turned down ("denied"): a decision on a request, as the writer reports it, not a claim denied'),
        ("The judge denied bail.", 'What the judge turned down ("denied"): a decision on a request, as the writer reports it, not a claim denied'),
        # guard: a claim denied
        ("The minister denied the report.", 'What the minister denies ("denied"): the minister says this is not so'),
    ],
)
def test_a_request_denied_is_hovered_as_a_decision(text, content_reason):
    assert next(s for s in annotate(text).spans if s.label == "content").reason == content_reason


@pytest.mark.parametrize(
    "text",
    [
        # guards: the role is not the aside's head, or the person holds another rank of it
        "John Smith, a lawyer for the mayor, spoke on Monday. The mayor said the deal was fair.",
        "Deputy Mayor Ann Lee opened the bridge. The mayor said it would ease traffic.",
    ],
)
def test_a_role_keeps_its_line_when_no_one_is_named_with_that_very_role(text):
    assert [s.name for s in annotate(text).sources] == ["The mayor"]


def test_a_stance_hover_reads_right_for_two_sources():
    text = "Kelly Gissendaner and Gregory Owen planned the killing together."
    content = [s for s in annotate(text).spans if s.label == "content"]
    assert all("holds or does" not in s.reason for s in content)  # was "What Kelly Gissendaner and Gregory Owen holds or does"


def test_a_one_letter_article_opening_a_source_is_lowered_in_the_hover():
    content = next(s for s in annotate("A former aide said the plan was dead.").spans if s.label == "content")
    assert "a former aide" in content.reason  # was "A former aide" mid-sentence


def test_a_pronoun_takes_the_same_name_whatever_the_hash_seed():
    # two forms of one name ("Rick Perry", "Former Texas Gov. Rick Perry") both open the sentence before "he": the
    # hover had named one or the other depending on Python's string hash seed (PYTHONHASHSEED 3 and 5 differed)
    import os
    import subprocess
    import sys

    code = (
        "from server.annotate import annotate\n"
        "t = ('Rick Perry said he backs Ted Cruz.\\n\\nFormer Texas Gov. Rick Perry announced his endorsement on Sunday, Politico reported.\\n\\n'\n"
        "     '\"He is the most consistent conservative,\" Perry said.\\n\\nPerry, while still a candidate last summer, did not have kind words '\n"
        "     'for Donald Trump. In a speech last July, he said the campaign was a cancer.')\n"
        "print([s.reason for s in annotate(t).spans if s.label == 'source' and s.text == 'he'])\n"
    )
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    outputs = {
        subprocess.run([sys.executable, "-c", code], cwd=root, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True).stdout
        for seed in ("1", "3", "5")
    }
    assert outputs == {"['Named source: Texas Gov. Rick Perry, on the record']\n"}


def _speaker_of(text: str, said: str) -> list[str]:
    """The ledger names credited with a claim holding ``said``."""
    return [e.name for e in annotate(text).sources if any(said in x for x in e.said)]


@pytest.mark.parametrize(
    "text, said, speaker",
    [
        # "he"/"she" continues the person a narration sentence after the last attribution is about, whatever
        # the gender of the first name (review of session 34: each had gone to the earlier speaker, or to a place)
        ("Attorney General Eric Holder wrote that the time has come. President Barack Obama's position has evolved. "
         "In 2012, he announced his support for the law.", "his support", "President Barack Obama"),
        ('Tang Xinying, 72, raises her grandson alone. "The system is a huge problem," says Professor Fan Bin. '
         'In the village, Tang is cooking rice. She swirls oil in the pan. "I cannot catch him when he runs," she says.', "catch him", "Tang Xinying"),
        ("More than 3,000 runners came for the Palestine Marathon on Friday. Nader al-Masri won the marathon. "
         "He is from Gaza, and he says he had to wait five hours at the crossing.", "five hours", "Nader al-Masri"),
        ("Kyrgyz President Almazbek Atambayev met Russian President Vladimir Putin on Monday. Putin looked healthy and relaxed. "
         'And he made light of his absence, saying: "It would be boring without gossip."', "boring", "Vladimir Putin"),
        # a subordinator's phrase before the subject ("After his deployment,") is no part of it (session 36's review: Lippert's
        # decision had gone to Obama, the speaker before him)
        ('"The war is dumb," Barack Obama said. Mark Lippert went to Iraq. "It was hard," Obama said. '
         "After his deployment, Lippert returned to Washington. In 2009, he told reporters that the war was over.", "war was over", "Mark Lippert"),
        ('"The war is dumb," Barack Obama said. Mark Lippert went to Iraq. "It was hard," Obama said. '
         "When the war ended, Lippert returned to Washington. In 2009, he told reporters that the war was over.", "war was over", "Mark Lippert"),
        # guard (passed before in this short text; the article it comes from had given it to the analyst): a role before the name
        ("David Wasserman, an analyst, said the race was close. On Monday night, Clinton campaign manager Robby Mook "
         "released a memo. He writes that Clinton has built a lead.", "built a lead", "Robby Mook"),
        # guards (passed before): the speaker carries on over a sentence about a thing or a pronoun; the claim's own subject
        # is no speaker; a lone surname the text gives no full name is left to the other readings
        ('Police Chief Mike Koval said the man was unarmed. Kenny was exonerated, the chief said. "I cannot grasp the loss," he said.', "grasp", "Police Chief Mike Koval"),
        ('"It was a team effort," Reed said. The council approved the budget. "We did it," he said.', "We did it", "Reed"),
        ("John Podesta said that was no useful comparison. Obama was the first black president, he said.", "first black president", "John Podesta"),
        ("Carly Fiorina said the deal was risky. Compaq, she predicted, would come to them.", "come to them", "Carly Fiorina"),
        ('Mayor Tom Reed said the budget was balanced. Smith was convicted in 2010 of fraud. "He is innocent," he said.', "innocent", "Mayor Tom Reed"),
        # guards (new rule's limits): a speaker does not name himself in his own words; a participle opening the sentence is no name
        ('John Podesta said the review was a mistake. Lanny Davis appears elsewhere in the emails. "We gotta zap Lanny out of our universe," he wrote.', "zap Lanny", "John Podesta"),
        ("Benjamin Netanyahu said the city would grow. Opposition leader Tzipi Livni disagreed. Livni, he said, has denounced the plan.", "Livni … has denounced", "Benjamin Netanyahu"),
        ("Joe Biden said the bill would pass. Following Hamilton at races for six years, he says he is no visible driver.", "no visible driver", "Joe Biden"),
    ],
)
def test_a_pronoun_continues_the_person_a_narration_sentence_is_about(text, said, speaker):
    assert _speaker_of(text, said) == [speaker]


def test_a_mention_resolved_as_he_is_not_the_next_she():
    # "Scooter Braun … He has denied …" makes that mention a "he": "She claimed …" goes back to Taylor Swift
    # (both had gone to Taylor Swift; then, with Braun found, "She" had gone to Braun, whose first name tells nothing)
    text = ("Taylor Swift said the deal was unfair. Scooter Braun has worked with Kanye West. "
            "He has consistently denied being unfair to her. She claimed the label blocked her.")
    assert _speaker_of(text, "being unfair") == ["Scooter Braun"]
    assert _speaker_of(text, "the label blocked her") == ["Taylor Swift"]


def test_the_possessor_of_a_person_is_not_the_next_he():
    # a guard of the narration rule's limit: "Obama's spokesman left early" is about the spokesman, so the "he" after it
    # is not Obama (a thing he has, "Obama's position", leaves him the subject: see the test above)
    text = ("Senator Mark Fisher said the vote was close. President Barack Obama's spokesman left early. \"It was rigged,\" he said.")
    assert "President Barack Obama" not in _speaker_of(text, "rigged")


def test_a_subject_that_acts_on_him_is_not_he():
    # a guard (passed before; the new narration rule had read "Chelsea" as "he" until "him" stopped it):
    # "Chelsea invited him …, but he declined": the one invited declines
    text = ('Jose Mourinho said the chants were shameful. Souleymane was pushed off the train. '
            'Chelsea invited him to the match, but he declined the offer.')
    assert "Chelsea" not in _speaker_of(text, "the offer")


@pytest.mark.parametrize(
    "text, lines",
    [
        # a possessed role joins the one person the article introduced with it or its synonym (review of session 34:
        # "Nowsch's lawyer" had its own line beside "Conrad Claus")
        ("Nowsch's attorney, Conrad Claus, has said his client will argue self-defense. Nowsch's lawyer said the family's story does not add up.",
         ["Conrad Claus"]),
        ("The mayor's lawyer, Ann Lee, said the suit was weak. The mayor's attorney said it would be dropped.", ["Ann Lee"]),
        # guards (passed before): another owner's lawyer, and two lawyers of one owner, keep their lines
        ("The mayor's lawyer, Ann Lee, said the suit was weak. The governor's attorney said it would be dropped.", ["Ann Lee", "The governor's attorney"]),
        ("The mayor's lawyer, Ann Lee, said the suit was weak. The mayor's attorney, Tom Reed, agreed. The mayor's counsel said it would be dropped.",
         ["Ann Lee", "Tom Reed", "The mayor's counsel"]),
    ],
)
def test_a_possessed_role_joins_the_person_introduced_with_it(text, lines):
    assert sorted(e.name for e in annotate(text).sources) == sorted(lines)


@pytest.mark.parametrize(
    "text, lines",
    [
        # a definite description joins the one earlier unnamed source whose words before the post-modifier it repeats
        # (review of session 34: "The security sources" had its own line)
        ("Security sources from both countries said the attack was planned. The security sources said ten men were held.", ["Security sources from both countries"]),
        ("Senior officials in Washington said the plan failed. The senior officials said talks would resume.", ["Senior officials in Washington"]),
        # guard (passed before): another post-modifier is another source
        ("Two officials from Iran said the plan failed. The officials from Iraq said talks would resume.", ["Two officials from Iran", "The officials from Iraq"]),
    ],
)
def test_a_definite_description_joins_the_unnamed_source_it_repeats(text, lines):
    assert sorted(e.name for e in annotate(text).sources) == sorted(lines)


@pytest.mark.parametrize(
    "text, said, speaker",
    [
        # a "who" clause, and a verb joined to it, inside someone else's claim is no new speaker for the next "he"
        # (review of session 35: Hughes's tribute had gone to Pratchett)
        ('Jeremy Hughes, chief executive of the society, said Pratchett -- who spoke out about his condition and called for '
         'more funding -- had changed the way dementia is seen. "It was a great day," he said.', "great day", "Jeremy Hughes"),
        # guard (passed before): a "who" on the main clause's subject carries on
        ('Terry Pratchett, who wrote more than 70 books, had been diagnosed in 2007. He said then, "I would prefer it if people kept things cheerful."',
         "cheerful", "Terry Pratchett"),
    ],
)
def test_a_who_clause_inside_a_claim_is_no_speaker_for_the_next_he(text, said, speaker):
    assert _speaker_of(text, said) == [speaker]


@pytest.mark.parametrize(
    "text, said, speakers",
    [
        # a body whose own claim calls it "it" is one, so the "they" after it is someone else (session 35's pronoun
        # review: "they were shocked" had gone to the company, "they needed to talk to me" to the FBI)
        ("The company said it would fire 20 workers. They said they were shocked.", "shocked", []),
        ("The FBI said it had opened a case. Then the agents all came to my house. They said they needed to talk to me.", "talk to me", []),
        # guards (passed before): a body's plural "they" with no "it", a plural subject named in between, a quotation's frame
        ("The union said the strike would go on. They said talks had failed.", "talks had failed", ["The union"]),
        ("The FBI said it had opened a case. The agents came to my house on Monday. They said they needed to talk to me.", "talk to me", ["The agents"]),
        ('The BBC has suspended Jeremy Clarkson, the broadcaster said in a statement. "No one else has been suspended," they said.',
         "No one else", ["the broadcaster"]),
    ],
)
def test_they_is_not_a_body_the_text_called_it(text, said, speakers):
    assert _speaker_of(text, said) == speakers


def test_a_determiner_opening_the_sentence_is_no_connective_before_its_subject():
    # "A high school graduate, Lazar had …": the opening phrase is an appositive to the subject (the narration rule had
    # stripped "A" as if it were "And", and the prosecutor quoted before kept the "he")
    text = ("Prosecutor Shannon Quill said the hacker Marcel Lazar caused great harm. A high school graduate, Lazar had no "
            "formal training. He told the Times that he guessed passwords.")
    assert _speaker_of(text, "guessed passwords") == ["Marcel Lazar"]


@pytest.mark.parametrize(
    "text, said, speakers",
    [
        # the plural people just written before a "they" are its speakers, when the subject is a count or comes after
        # a fronted phrase, or is a plural that reads vague (session 36's review: "They knew …" had gone to the
        # dispatcher, "They chanted" to the officers)
        ("The dispatcher said the caller sounded calm. Three officers rushed to the scene. They said they were facing a dangerous situation.",
         "dangerous situation", ["Three officers"]),
        ("The FBI said it had opened a case. Two agents came to my house on Monday. They said they needed to talk to me.", "talk to me", ["Two agents"]),
        ("Police said the officer was attacked. On Monday, demonstrators packed the Capitol. They said the shooting was unjust.", "unjust", ["demonstrators"]),
        ("Police said the officer was attacked. Demonstrators packed the Capitol on Monday. They said the shooting was unjust.", "unjust", ["Demonstrators"]),
        # one person named by a definite description is no "they": no name rather than the wrong one
        ("The dispatcher said the caller sounded calm. The talks stalled on Monday. They said the shooting was justified.", "justified", []),
        # guards (passed before): a plural, a collective and an aside after the plural head keep the speaker
        ("The officers said the caller sounded calm. The talks stalled on Monday. They said the shooting was justified.", "justified", ["The officers"]),
        ("The family said the boy was safe. The talks stalled on Monday. They said the shooting was justified.", "justified", ["The family"]),
        ("The aides, led by campaign manager Terry Sullivan, told the group that they would lose. They said they were hopeful.", "hopeful", ["The aides"]),
        # guard (passed before): a plural subject that is no people ("the election returns") does not take "they" from a speaker
        ("The aides said the race was tight. The election returns came in late. They said the count was wrong.", "count was wrong", ["The aides"]),
    ],
)
def test_they_is_the_plural_people_just_named(text, said, speakers):
    assert _speaker_of(text, said) == speakers


def test_a_bare_name_the_text_typed_as_a_body_stays_a_body():
    # "the news agency Ukrinform … , Ukrinform reported": the body named before, not a person, so the "He" after it is the
    # person it reported on (session 36's review: "He urged Russia …" had gone to Ukrinform, listed twice)
    text = ("The mine is dangerous, according to the Ukrainian news agency Ukrinform. Prime Minister Arseniy Yatsenyuk blamed the "
            "rebels for the delay, Ukrinform reported. He told Russia that the rebels must let the rescuers in.")
    lines = {(e.name, e.type): e.attributions for e in annotate(text).sources}
    assert lines == {("Ukrinform", "organization"): 2, ("Prime Minister Arseniy Yatsenyuk", "named_person"): 1}
    # guard (passed before): a body named before types no other name
    text = "The mine is dangerous, the news agency Reuters reported. Tom Brady went home. Brady said the team was ready."
    assert {(e.name, e.type) for e in annotate(text).sources} == {("Reuters", "organization"), ("Tom Brady", "named_person")}



@pytest.mark.parametrize(
    "text, said, speakers",
    [
        # "which" stands for no person: after a person's name that is a preposition's object, it is the noun before the
        # preposition (session 36's review: the disagreements' doubts had gone to Tevez, who then took Mancini's quotation)
        ('"I won," Roberto Mancini said. He had disagreements with Carlos Tevez, the striker, which cast doubts over his ability. '
         '"I had a fantastic time," he added.', "fantastic time", ["Roberto Mancini"]),
        # a T-shirt is printed words, not a person, so it takes no "he said" either (no name rather than the shirt's)
        ('Kaka scored twice. His jersey hid a T-shirt which stated "Jesus loves you." "All the doctors said I was lucky," he said.', "lucky", []),
        # guards (passed before): a body or a country before "which" is the body
        ("Evans appealed to the Supreme Court, which ruled that the minister was wrong.", "the minister was wrong", ["the Supreme Court"]),
        ("The plan was seen as a threat by Saudi Arabia, which said the rebels must withdraw.", "rebels must withdraw", ["Saudi Arabia"]),
    ],
)
def test_which_stands_for_no_person(text, said, speakers):
    assert _speaker_of(text, said) == speakers


def test_a_newcomer_sharing_only_a_surname_with_a_speaker_is_a_newcomer():
    # another given name makes another person: "Anna Brown" is new after "Inna Brown" (session 36's review: "She told the
    # interviewer" had gone to the mother)
    text = "Inna Brown said her daughter called her. On Monday, a station published an interview with Anna Brown. She told the interviewer that she saw nothing."
    assert _speaker_of(text, "she saw nothing") == ["Anna Brown"]
    # guard (passed before): the surname alone is the speaker named before
    assert _speaker_of("Inna Brown said her daughter was safe. Brown added that the family was relieved.", "relieved") == ["Inna Brown"]


def test_a_person_spoken_of_inside_a_split_frame_takes_no_later_pronoun():
    # "Livni, he said, has denounced …": the frame splits its own claim's subject from its verb, so Livni is spoken of and the
    # next "he said" is still Netanyahu (session 36's review: his quotation had gone to Livni)
    text = ('Benjamin Netanyahu said he would keep building. Livni, he said, has denounced previous calls for more construction. '
            '"I will not let that happen," he said.')
    assert _speaker_of(text, "I will not let that happen") == ["Benjamin Netanyahu"]
    # guard (passed before): a speaker whose own aside holds someone else's report still speaks
    text = ('Keeler praised the show. But Tituss Burgess, who plays Titus (whom some have called a stereotype), says the fuss is silly. '
            '"I just find it funny," he said.')
    assert _speaker_of(text, "I just find it funny") == ["Tituss Burgess"]
