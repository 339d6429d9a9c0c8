"""Names written in the words of other languages, read in English."""

from __future__ import annotations

from importlib.resources import files

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qamus.glossary.store import Glossary
from qamus.match import SAME_NAME_THRESHOLD
from qamus.match.other_languages import (
    LANGUAGES,
    _fold,
    _table,
    in_english,
    readings_in_english,
)
from qamus.match.readings import (
    in_maltese_letters,
    named_parts,
    other_polish_locative,
    sect_of_adjective,
    without_case_ending,
    without_elision,
    without_german_genitive,
    without_honorific,
    without_short_ending,
    without_sorani_preposition,
    without_turkic_suffix,
    without_vocative,
)
from qamus.model import Entry
from qamus.normalise.latin import normalise_latin
from tests.strategies import any_text


# Names as the press of other languages writes them
# (benchmarks/data/heldout_spellings.tsv cites pages for many), with the English name.
@pytest.mark.parametrize(
    ("name", "english", "language"),
    [
        ("Armée syrienne libre", "Free Syrian Army", "French"),
        ("Forces démocratiques syriennes", "Syrian Democratic Forces", "French"),
        ("Parti de l'union démocratique", "Democratic Union Party", "French"),
        ("Gouvernement de salut syrien", "Syrian Salvation Government", "French"),
        ("4e division blindée", "4th Armoured Division", "French"),
        ("4ᵉ division blindée", "4th Armoured Division", "French"),  # a superscript ending
        ("4.ª División Acorazada", "4th Armoured Division", "Spanish"),
        ("Partit dels Treballadors del Kurdistan", "Kurdistan Workers Party", "Catalan"),
        # an ordinal word stays first, as the ordinal in digits does
        ("Quatrième division", "Fourth Division", "French"),
        ("Quarta Divisione", "Fourth Division", "Italian"),
        # Persian -hā written apart from the word (Persian Wikipedia)
        ("کلاه سفید ها", "White Helmets", "Persian"),
        # ... after a word that is one of the table's without it too (Persian press)
        ("کمیته های مردمی", "Popular Committees", "Persian"),
        # Sorani writes سوپا with وو too (Kurdistan24)
        ("سووپای سووریا", "Syrian Army", "Sorani Kurdish"),
        ("Base aérienne de Hmeimim", "Hmeimim Air Base", "French"),
        ("Freie Syrische Armee", "Free Syrian Army", "German"),
        ("Volksverteidigungseinheiten", "People Defence Units", "German"),
        ("Syrischer Zivilschutz", "Syrian Civil Defence", "German"),
        ("Defensa Civil Siria", "Syrian Civil Defence", "Catalan or Spanish"),
        # Portuguese writes brigadas too
        ("Brigadas Badr", "Badr Brigades", "Portuguese or Spanish"),
        # the glossary's English names say Brotherhood for the Brothers of other languages
        ("Frères musulmans", "Muslim Brotherhood", "French"),
        ("Müslüman Kardeşler", "Muslim Brotherhood", "Turkish"),
        ("Courant de la Sagesse nationale", "National Wisdom Current", "French"),
        ("Helm Putih", "White Helmets", "Indonesian or Malay"),
        # the Polish accusative and genitive (PAP, Rzeczpospolita)
        ("Syryjską Obronę Cywilną", "Syrian Defence Civil", "Polish"),
        ("Partia Demokratycznej Jedności", "Party Democratic Union", "Polish"),
        ("Brigate Imam Ali", "Imam Ali Brigades", "Italian"),
        ("Comitati popolari", "Popular Committees", "Italian"),
        ("Özgür Suriye Ordusu", "Free Syrian Army", "Turkish"),
        ("Kürdistan İşçi Partisi", "Kurdistan Workers Party", "Turkish"),
        ("Kürdistan Yurtseverler Birliği", "Kurdistan Patriotic Union", "Turkish"),
        ("Syrische Heilsregierung", "Syrian Salvation Government", "German"),
        ("Forças Democráticas Sírias", "Syrian Democratic Forces", "Portuguese"),
        ("Capacetes Brancos", "White Helmets", "Portuguese"),
        ("Vrije Syrische Leger", "Free Syrian Army", "Dutch"),
        ("Lidové mobilizační síly", "Popular Mobilisation Forces", "Czech"),
        ("Satuan Perlindungan Rakyat", "People Protection Units", "Indonesian or Malay"),
        # the Turkish observatory written as two words (Elips Haber: "Suriye İnsan Hakları
        # Gözlem Evi") and the Indonesian human rights and observer (VOI:
        # "Lembaga Pengamat Hak Asasi Manusia Suriah")
        ("Suriye İnsan Hakları Gözlem Evi", "Syrian Human Rights Observatory", "Turkish"),
        (
            "Pengamat Hak Asasi Manusia Suriah",
            "Syrian Human Rights Observatory",
            "Indonesian or Malay",
        ),
        # the Urdu nominative plural (Urdu WikiShia: "عوامی کمیٹیاں")
        ("عوامی کمیٹیاں", "Popular Committees", "Urdu"),
        ("نیروهای دموکراتیک سوریه", "Syrian Democratic Forces", "Persian"),
        ("یگان‌های مدافع خلق", "People Defence Units", "Persian"),
        # a name kept as written is transliterated
        ("نیروی قدس", "qds Force", "Persian"),
        # ... with an article written as one with the word before set apart
        ("شورای نظامی دیرالزور", "dir al-zur Military Council", "Persian"),
        # German compounds of two English words
        ("Wüstenfalken", "Desert Hawks", "German"),
        ("Rechtsstaatkoalition", "State of Law Coalition", "German"),
        ("Suriye Çölü", "Syrian Desert", "Turkish"),
        ("Ligue des vertueux", "Righteous League", "French"),
        ("Hava Kuvvetleri İstihbarat Müdürlüğü", "Air Forces Intelligence Directorate", "Turkish"),
        # the German genitive (Pars Today: "Kämpfer des Islamischen Widerstands im Irak")
        ("Islamischen Widerstands", "Islamic Resistance", "German"),
        ("Bekaa Vadisi", "Bekaa Valley", "Azerbaijani or Turkish"),
        # Sorani Kurdish, ezafe and plural endings written (ANF Sorani, Kurdistan24)
        ("یەکینەکانی پاراستنی گەل", "People Protection Units", "Sorani Kurdish"),
        ("پارتی کرێکارانی کوردستان", "Kurdistan Workers Party", "Sorani Kurdish"),
        ("ئەنجومەنی سەربازی دێرەزوور", "drzwur Military Council", "Sorani Kurdish"),
        # Swedish, Danish and Norwegian (their Wikipedias), Croatian (Croatian press)
        ("Fria syriska armén", "Free Syrian Army", "Swedish"),
        ("Syriens Demokratiske Styrker", "Syrian Democratic Forces", "Danish"),
        ("Den frie syriske hær", "Free Syrian Army", "Danish or Norwegian"),
        ("Folkets forsvarsenheter", "People Defence Units", "Norwegian or Swedish"),
        ("Bijele kacige", "White Helmets", "Croatian, Serbian or Bosnian"),
        ("Slobodna sirijska vojska", "Free Syrian Army", "Croatian, Serbian or Bosnian"),
        # Hungarian and Romanian press (benchmarks/data/heldout_spellings.tsv cites Index,
        # Radio România Actualităţi and Stiri Externe)
        ("Szíriai Demokratikus Erők", "Syrian Democratic Forces", "Hungarian"),
        ("Gărzilor Revoluţionare Iraniene", "Iranian Revolutionary Guards", "Romanian"),
        ("Partidul Muncitorilor din Kurdistan", "Kurdistan Workers Party", "Romanian"),
        # Persian press (Mazandarane), a plural written apart: Desert Falcons or Hawks
        ("شاهین های صحرا", "Desert Falcons", "Persian"),
        # Azerbaijani press (Icma.az), with a dative ending: "Suriya Qurtuluş Hökumətinə"
        ("Suriya Qurtuluş Hökumətinə", "Syrian Salvation Government", "Azerbaijani"),
        # Finnish press (Verkkouutiset: "kurdien SDF-joukot (Syyrian demokraattiset voimat)")
        ("Syyrian demokraattiset voimat", "Syrian Democratic Forces", "Finnish"),
        # ... and in the elative (a book review in Kansan Uutiset: "Islamilaisesta
        # valtiosta"); Spanish "obrero" for workers' (a page on Mustafa Khalifa's novel:
        # "Partido obrero Kurdo")
        ("Islamilaisesta valtiosta", "Islamic State", "Finnish"),
        ("Partido obrero Kurdo", "Kurdish Workers Party", "Spanish"),
        # Hausa Wikipedia ("Daular Musulunci ta Iraƙi"), Swahili press (Parstoday: "Vikosi
        # vya Kidemokrasia vya Syria"), Somali press (Oodweyne Media: "Xisbiga Shaqaalaha
        # Kurdistan (PKK)"): the noun first, small words of "of" left out
        ("Daular Musulunci", "Islamic State", "Hausa"),
        ("Vikosi vya Kidemokrasia vya Syria", "Syria Democratic Forces", "Swahili"),
        ("Xisbiga Shaqaalaha Kurdistan", "Kurdistan Workers Party", "Somali"),
        # Urdu press (Sahar TV Urdu: "شامی فوج"), Pashto (Roydad: "د سوریې ... هوايي ځواک"),
        # Slovenian (Delo), Lithuanian (Wikipedia), Estonian (Postimees: "Kurdistani
        # Töölispartei (PKK)"), Albanian (ATV: "forcat siriane"), Catalan (Wikipedia)
        ("شامی فوج", "Syrian Army", "Urdu"),
        ("د سوريې هوايي ځواک", "Syrian Air Force", "Pashto"),
        ("Svobodna sirska vojska", "Free Syrian Army", "Slovenian"),
        ("Sirijos demokratinės pajėgos", "Syrian Democratic Forces", "Lithuanian"),
        ("Kurdistani Töölispartei", "Kurdistan Workers Party", "Estonian"),
        ("Forcat Demokratike Siriane", "Syrian Democratic Forces", "Albanian"),
        ("Forces Democràtiques Sirianes", "Syrian Democratic Forces", "Catalan"),
        # Uzbek press (Eltuz: "Islomiy davlat"), Turkmen (Azathabar), Uyghur (TRT Uyghurche:
        # "سۈرىيە دېموكراتىك كۈچلىرى", whose country name is kept as written)
        ("Islomiy davlat", "Islamic State", "Uzbek"),
        ("Yslam döwleti", "Islamic State", "Turkmen"),
        ("دېموكراتىك كۈچلىرى", "Democratic Forces", "Uyghur"),
        # Sorani "free" (JINHA: "سوپای سووریای ئازاد"), the Czech accusative of "party"
        # (Týden: "na Stranu kurdských pracujících"), the German dative plural (oe24:
        # "zu den Nationalen Verteidigungskräften") and German "Nachrichtendienst"
        # (German Wikipedia: "Der Nachrichtendienst der Luftwaffe")
        ("سوپای سووریای ئازاد", "Free Syrian Army", "Sorani Kurdish"),
        ("Stranu kurdských pracujících", "Party Kurdish Workers", "Czech"),
        ("Nationalen Verteidigungskräften", "National Defence Forces", "German"),
        ("Nachrichtendienst der Luftwaffe", "Intelligence Air Force", "German"),
        ("Slobodna vojska Sirije", "Free Army Syrian", "Croatian, Serbian or Bosnian"),
        ("بەڕێوەبەرایەتیی خۆسەر", "Autonomous Administration", "Sorani Kurdish"),
        ("Islamským štátom", "Islamic State", "Slovak"),  # instrumental (TASR)
        ("Wzgórze Golan", "Heights Golan", "Polish"),  # the singular (PAP)
        # a Persian name Urdu writes too keeps the Persian order
        ("سپاہ پاسداران انقلاب اسلامی", "Islamic Revolution Guards Corps", "Persian or Urdu"),
        # Vietnamese writes a word syllable by syllable, and the noun first (Thanh Niên:
        # "Lực lượng Dân chủ Syria"; Kiến Thức: "Đảng Công nhân người Kurd"; a word of three
        # syllables, tổng động viên)
        ("Lực lượng Dân chủ Syria", "Syria Democratic Forces", "Vietnamese"),
        ("Các Đơn vị Bảo vệ Nhân dân", "People Protection Units", "Vietnamese"),
        ("Lực lượng Tổng động viên", "Mobilization Forces", "Vietnamese"),
        ("Đảng Công nhân người Kurd", "Kurdish Workers Party", "Vietnamese"),
        # ... "fierce tiger" and "observe" (VnExpress: "lực lượng Mãnh Hổ"; Tuổi Trẻ: "Tổ chức
        # Quan sát nhân quyền Syria"); the German "troops" (Gil Yaron: "Al-Kuds-Truppen")
        ("lực lượng Mãnh Hổ", "Tiger Forces", "Vietnamese"),
        ("Quan sát nhân quyền", "Human Rights Observatory", "Vietnamese"),
        ("Quds-Truppen", "Quds Forces", "German"),
        # a place's name made a Slavic adjective, in any case (24sata.hr: "na Golanskoj
        # visoravni"; Mladina: "Golanski planoti"; TASR: "Golanských výšinách")
        ("Golanskoj visoravni", "Golan Heights", "Croatian, Serbian or Bosnian"),
        ("Golanski planoti", "Golan Heights", "Slovenian"),
        ("Golanských výšinách", "Golan Heights", "Czech or Slovak"),
        # the Dari "army", with the ezafe (Ariana News: "اردوی سوریه"), and the Persian
        # "human rights" (Mehr: "دیده‌بان حقوق بشر سوریه")
        ("اردوی سوریه", "Syrian Army", "Persian"),
        ("دیده‌بان حقوق بشر سوریه", "Syrian Human Rights Observatory", "Persian"),
        # Portuguese and Spanish articles and prepositions (Estadão:
        # "Conselho Supremo para a Revolução Islâmica"; "Frente para la
        # Conquista del Levante", El Medio)
        (
            "Conselho Supremo para a Revolução Islâmica",
            "Islamic Revolution Supreme Council",
            "Portuguese",
        ),
        ("Frente para la Conquista del Levante", "Levante Conquest Front", "Spanish"),
        # Norwegian and Icelandic compounds, with the linking -e- of folke- and the definite
        # and genitive forms (a Norwegian report on Baghdad's militias:
        # "Folkemobiliseringsstyrkene"; Klassekampen: "Revolusjonsgardens"; mbl.is:
        # "byltingarvarðanna"; Vårt Land: "Det kurdiske arbeiderpartiet")
        ("Folkemobiliseringsstyrkene", "People Mobilisation Forces", "Norwegian"),
        ("Revolusjonsgardens", "Revolution Guards", "Norwegian"),
        ("byltingarvarðanna", "Revolutionary Guards", "Icelandic"),
        ("Det kurdiske arbeiderpartiet", "Kurdish Workers Party", "Norwegian"),
        # Malay and Indonesian hak asasi manusia, "human rights" (Berita Harian: "Pemantau
        # Hak Asasi Manusia Syria"; Indonesian writes Suriah)
        (
            "Pemantau Hak Asasi Manusia Suriah",
            "Syrian Human Rights Observatory",
            "Indonesian or Malay",
        ),
        # Maltese, its article written on the word with a hyphen, alone or on a
        # preposition (Netnews: "Għoljiet tal-Golan"; Maltese Wikipedia: "Repubblika
        # Iżlamika tal-Iran"; Newsbook: "Istat Iżlamiku", here with the article)
        ("Għoljiet tal-Golan", "Golan Heights", "Maltese"),
        ("l-Istat Iżlamiku", "Islamic State", "Maltese"),
        # the word for a federation (Wikipedia in Spanish and Romanian on the Democratic
        # Federation of Northern Syria: "Federación Democrática del Norte de Siria")
        (
            "Federación Democrática del Norte de Siria",
            "Syrian Northern Democratic Federation",
            "Spanish",
        ),
        # ... and the Persian "north" (ANF Persian: "فدراسیون دمکراتیک شمال سوریه"), a word
        # Arabic writes alike
        ("فدراسیون دمکراتیک شمال سوریه", "Syrian North Democratic Federation", "Persian"),
        # the Kurmanji netewî, national (Rudaw in Kurmanji: "Artêşa Netewî ya Sûrî"), and the
        # Turkmen "salvation", written as two words (ru24.pro: "Halas ediş hökümeti")
        ("Artêşa Netewî ya Sûrî", "Syrian National Army", "Kurdish"),
        ("Halas ediş hökümeti", "Salvation Government", "Turkmen"),
        # the Polish instrumental plural (Fronda: "Białymi Hełmami"), the Albanian
        # "free" (Albanian Orientalist: "Ushtrisë së Lirë Siriane"), the Serbian accusative
        # (Glas Amerike: "Sirijsku civilnu odbranu")
        ("Białymi Hełmami", "White Helmets", "Polish"),
        ("Ushtrisë së Lirë Siriane", "Syrian Free Army", "Albanian"),
        ("Sirijsku civilnu odbranu", "Syrian Civil Defence", "Croatian, Serbian or Bosnian"),
        ("Wzgórzach Golan", "Heights Golan", "Polish"),  # the locative (Wawel Express)
        # Kurmanji words for defence, tiger, observatory and coalition (Diyaruna
        # Kurmanji: "Berevaniya Sivîl ya Sûrî", "Hêzên Piling"; ku.etilaf.org: "Îtîlafa
        # Netewî ya Sûriyê")
        ("Berevaniya Sivîl ya Sûrî", "Syrian Civil Defence", "Kurdish"),
        ("Hêzên Piling", "Tiger Forces", "Kurdish"),
        ("Îtîlafa Netewî ya Sûriyê", "Syrian National Coalition", "Kurdish"),
    ],
)
def test_names_read_in_english(name: str, english: str, language: str) -> None:
    assert in_english(name) == (english, language)


@pytest.mark.parametrize(
    "name",
    [
        "Syrian Democratic Forces",  # English already
        "Front for the Liberation of Syria",  # English, with its small words
        "Tiger Forces",
        "Forces",
        "Liwa al-Baqir",
        "Deir ez-Zor",
        "لواء الباقر",
        # Arabic words Persian writes alike say nothing of the language
        "جبهة النصرة",
        "الجيش السوري الحر",
        # ... Urdu ones too (شامی, Syrian; فوج, army), written as Arabic writes them
        "الجيش الشامي",
        "فوج الشام",
        "حكمت الهجري",
        "شمال سوريا",
        "",
    ],
)
def test_names_without_words_of_other_languages_are_not_read(name: str) -> None:
    assert in_english(name) is None


def test_a_name_after_a_word_english_writes_alike_reads_in_french_order() -> None:
    assert in_english("Front al-Nosra") == (
        "al-Nosra Front",
        "in the word order of French, Spanish or Italian",
    )
    assert in_english("Division 25") is None  # a number after the word is English too


def test_the_table_reads_each_form_one_way() -> None:
    seen: dict[str, str] = {}
    for english, languages in _table().values():
        assert english
        assert english.strip() == english
        assert languages <= LANGUAGES.keys()
    text = files("qamus.match").joinpath("name_words.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and line[0] != "#"][1:]
    for english, language, forms in rows:
        assert language in LANGUAGES
        for form in forms.split(","):
            key = _fold(form.strip())
            assert seen.setdefault(key, english) == english, (key, language, seen[key])


@given(any_text)
def test_never_raises(name: str) -> None:
    read = in_english(name)
    assert read is None or (read[0] and read[1])


@given(
    st.lists(
        st.sampled_from(["Armée", "de", "l'", "syrienne", "4e", "al-Hamza", "Kräfte", "-", "Front"])
        | any_text,
        max_size=6,
    ).map(" ".join)
)
def test_never_raises_on_mixed_words(name: str) -> None:
    read = in_english(name)
    assert read is None or normalise_latin(read[0]) != normalise_latin(name)


_ENTRIES = [
    Entry(id="fsa", kind="group", name="Free Syrian Army", arabic="الجيش السوري الحر"),
    Entry(id="sdf", kind="force", name="Syrian Democratic Forces", arabic="قوات سوريا الديمقراطية"),
    Entry(id="tayy", kind="tribe", name="Tayy", arabic="طيء"),
    Entry(id="ubayd", kind="tribe", name="al-Ubayd", arabic="العبيد", variants=("Obeid",)),
    Entry(id="alawite", kind="term", name="Alawite", arabic="علوي", variants=("Alawi",)),
    Entry(id="shia", kind="term", name="Shia", arabic="شيعة", variants=("شيعي",)),
    Entry(
        id="snc",
        kind="organisation",
        name="Syrian National Coalition",
        arabic="الائتلاف الوطني السوري",
    ),
    Entry(
        id="sol", kind="organisation", name="State of Law Coalition", arabic="ائتلاف دولة القانون"
    ),
]


@pytest.mark.parametrize(
    ("query", "expected", "reason"),
    [
        ("Armée syrienne libre", "fsa", "read in English as 'Free Syrian Army' (French)"),
        ("Demokratische Kräfte Syriens", "sdf", "(German)"),
        ("Banu Tayy", "tayy", "read without 'Banu'"),
        ("قبيلة طيء", "tayy", "read without 'قبيلة'"),
        ("عشيرة العبيد", "ubayd", "read without 'عشيرة'"),
        ("عشایر العبيد", "ubayd", "read without 'عشایر'"),  # Persian spelling
        # Turkish writes the word for tribe after the name (Yeni Şafak: "Akidat Aşireti")
        ("Obeid Aşireti", "ubayd", "read without 'Aşireti'"),
        # a sect's adjective beside a word for Muslims, before or after it (Spanish press:
        # "musulmanes sunitas"; English and Arabic writers alike)
        ("Shia Muslims", "shia", "read without 'Muslims'"),
        ("Muslims Shia", "shia", "read without 'Muslims'"),
        ("المسلمين الشيعة", "shia", "read without 'المسلمين'"),
        ("Alawite community", "alawite", "Alawite"),
        ("Obeid Kabilesi", "ubayd", "read without 'Kabilesi'"),
        ("Al-Obaidi", "ubayd", "read as the tribe 'Al-Obaid'"),
        ("Aleviler", "alawite", "read as the singular 'Alevi'"),
        ("Alawiten", "alawite", "read as the singular 'Alawit'"),
        # the Hungarian plural lengthens a final a (Hungarian press: "alaviták")
        ("alaviták", "alawite", "read as the singular 'alavita'"),
        # the Scandinavian plurals (Danish Immigration Service: "alawitter"; NRK: "sjiaene")
        # and the Polish instrumental (PAP: "alawitami")
        ("alawiter", "alawite", "read as the singular 'alawit'"),
        ("alawitter", "alawite", "read as the singular 'alawit'"),
        ("alawitami", "alawite", "read as the singular 'alawit'"),
        # the Polish plural of -ita softens t to c (Polityka: "Alawici")
        ("alawici", "alawite", "read as the singular 'alawit'"),
        # Swahili makes words of manner with ki- (Swahili press: "Kishia", "Kisunni")
        ("Kishia", "shia", "read without the Swahili prefix as 'shia'"),
        # ... its plural of people with ma- and wa-, and a teaching with u- (HabariLeo:
        # "Mashia"; Mwananchi: "Ushia")
        ("Mashia", "shia", "read without the Swahili prefix as 'shia'"),
        ("Ushia", "shia", "read without the Swahili prefix as 'shia'"),
        ("شیعیان", "shia", "read as the singular 'شیعی'"),  # Persian plural
        # the Persian -hā written on after a Persian ی, as pages print it (Alwaght: علویها)
        ("علویها", "alawite", "read as the singular 'علوی'"),
        ("ارتش آزاد سوریه", "fsa", "(Persian)"),
        ("نیروهای دموکراتیک سوریه", "sdf", "(Persian)"),
        ("هێزەکانی سووریای دیموکرات", "sdf", "(Sorani Kurdish)"),
        # Kurmanji (held-out spellings): "Hevbendiya Niştimanî", "Dewleta Yasa"
        ("Hevbendiya Niştimanî ya Sûrî", "snc", "(Kurdish)"),
        ("Hevpeymaniya Dewleta Yasa", "sol", "(Kurdish)"),
    ],
)
def test_readings_find_the_entry(query: str, expected: str, reason: str) -> None:
    top = Glossary(_ENTRIES, check=False).match(query)
    assert top[0].entry.id == expected
    assert top[0].score >= SAME_NAME_THRESHOLD
    assert reason in top[0].reason


@pytest.mark.parametrize(
    ("name", "popular", "peoples"),
    [
        # Indonesian rakyat is the people and the populace: Liputan Islam names the
        # Houthis' committees "Komite Rakyat", the Popular Committees
        ("Komite Rakyat", "Popular Committee", "People Committee"),
        # ... and so is Turkish halk (Anadolu: "Halk Komiteleri"; the YPG is "Halk
        # Koruma Birlikleri", the People's Protection Units)
        ("Halk Komiteleri", "Popular Committees", "People Committees"),
    ],
)
def test_a_word_for_the_people_is_also_popular(name: str, popular: str, peoples: str) -> None:
    read = [english for english, _ in readings_in_english(name)]
    assert popular in read
    assert peoples in read


def test_the_persian_and_urdu_jamhuri_is_republican_and_democratic() -> None:
    # Persian جمهوری is "republic" (جمهوری اسلامی ایران), Urdu جمہوری "democratic" too:
    # the US State Department's Urdu pages name the SDF "شامی جمہوری فورسز"
    read = [english for english, _ in readings_in_english("شامی جمہوری فورسز")]
    assert "Syrian Democratic Forces" in read
    assert in_english("جمهوری اسلامی ایران") == ("ayran Islamic Republic", "Persian or Urdu")


def test_the_slavic_word_for_popular_is_also_peoples() -> None:
    # Polish ludowy, like Czech lidový, is "people's" as well as "popular" (Chińska
    # Republika Ludowa); Deutsche Welle Polska names the YPG "Ludowe Jednostki Obrony"
    read = [english for english, _ in readings_in_english("Ludowe Jednostki Obrony")]
    assert "People Units Defence" in read
    ypg = Entry(
        id="ypg",
        kind="group",
        name="People's Protection Units",
        arabic="وحدات حماية الشعب",
        variants=("People's Defense Units",),
    )
    pmf = Entry(
        id="pmf",
        kind="force",
        name="Popular Mobilization Forces",
        arabic="الحشد الشعبي",
        variants=("Popular Mobilisation Units",),
    )
    top = Glossary([ypg, pmf], check=False).match("Ludowe Jednostki Obrony")
    assert top[0].entry.id == "ypg"
    assert top[0].score >= SAME_NAME_THRESHOLD


@pytest.mark.parametrize(
    ("query", "english"),
    [
        # a Turkish noun of the table with a case suffix written on (Turkish press:
        # "Hizbullah Tugaylarının", "Bekaa Vadisine", "Halk Koruma Birliklerinin")
        ("Hizbullah Tugaylarının", "Hizbullah Brigades"),
        ("Halk Koruma Birliklerinin", "People Protection Units"),
        ("Bekaa Vadisinde", "Bekaa Valley"),
    ],
)
def test_a_turkish_case_suffix_on_a_word_of_the_table_is_read_away(
    query: str, english: str
) -> None:
    read = in_english(query)
    assert read is not None
    assert read[0] == english


def test_syllables_that_make_no_word_of_the_table_stay_apart() -> None:
    # "lực" alone is no word of the table: the name is kept as written
    assert in_english("Lực Syria") is None


@pytest.mark.parametrize("query", ["Bekaa Vadisi", "Bekaa Vadisine", "Bekaa Vadisinde"])
def test_a_turkish_word_with_its_case_suffix_reads_in_english(query: str) -> None:
    # Turkish press: "Bekaa Vadisine" (to the Bekaa Valley), "Bekaa Vadisinde" (in it)
    read = in_english(query)
    assert read is not None
    assert read[0] == "Bekaa Valley"
    assert "Turkish" in read[1]


def test_a_word_of_two_senses_reads_both_ways() -> None:
    # Turkish kurtuluş is salvation and liberation: "Suriye Kurtuluş Hükümeti" (Turkish
    # press) is the Syrian Salvation Government, which "Liberation" would miss
    read = [english for english, _ in readings_in_english("Suriye Kurtuluş Hükümeti")]
    assert read == ["Syrian Salvation Government", "Syrian Liberation Government"]
    assert in_english("Suriye Kurtuluş Hükümeti") == ("Syrian Salvation Government", "Turkish")
    ssg = Entry(id="ssg", kind="organisation", name="Syrian Salvation Government",
                arabic="حكومة الإنقاذ السورية")  # fmt: skip
    # Sorani نیشتمانی is national and patriotic: the Syrian National Army (Draw Media)
    sna = Entry(id="sna", kind="force", name="Syrian National Army", arabic="الجيش الوطني السوري")
    glossary = Glossary([ssg, sna, *_ENTRIES], check=False)
    assert glossary.match("Suriye Kurtuluş Hükümeti")[0].entry.id == "ssg"
    assert glossary.match("سوپای نیشتمانی سوریا")[0].entry.id == "sna"
    # German Einheit is a unit and unity: "Partei der Demokratischen Einheit" (a Bundestag
    # paper) is the Democratic Union Party, the PYD
    pyd = Entry(id="pyd", kind="group", name="Democratic Union Party",
                arabic="حزب الاتحاد الديمقراطي")  # fmt: skip
    found = Glossary([pyd, *_ENTRIES], check=False).match("Partei der Demokratischen Einheit")
    assert found[0].entry.id == "pyd"
    assert found[0].score >= SAME_NAME_THRESHOLD


def test_a_current_reads_as_a_movement_too() -> None:
    # English writes تيار as Current or Movement (Sadrist Current, Sadrist Movement), and
    # the Persian press's جریان translates it: جریان حکمت ملی (Mehr News) is the National
    # Wisdom Movement
    read = [english for english, _ in readings_in_english("جریان حکمت ملی")]
    assert "National Wisdom Movement" in read
    nwm = Entry(
        id="nwm", kind="group", name="National Wisdom Movement", arabic="تيار الحكمة الوطني"
    )
    glossary = Glossary([nwm, *_ENTRIES], check=False)
    assert glossary.match("جریان حکمت ملی")[0].entry.id == "nwm"


@given(any_text)
def test_every_reading_in_english_differs_from_the_name(name: str) -> None:
    readings = readings_in_english(name)
    assert len(readings) <= 4
    for english, _ in readings:
        assert normalise_latin(english) != normalise_latin(name)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hezbollah men fled to the east", ["Hezbollah"]),
        ("Assad loyalists in the desert", ["Assad"]),
    ],
)
def test_english_words_of_the_table_in_prose_are_prose(text: str, names: list[str]) -> None:
    # "men", "east" and "desert" name groups in other languages' words ("hommes",
    # "Osten", "Wüste"), but in English they are words of prose as often
    assert named_parts(text) == names


def test_a_tribes_readings_answer_only_with_tribes() -> None:
    person = Entry(id="obaid", kind="person", name="Obaid", arabic="عبيد")
    found = Glossary([person, *_ENTRIES], check=False).match("Al-Obaidi")
    assert all("read as the tribe" not in m.reason for m in found if m.entry.kind != "tribe")


@pytest.mark.parametrize("query", ["العبادي", "Abadi"])
def test_a_surname_that_only_sounds_like_a_tribe_is_the_surname(query: str) -> None:
    # Haider al-Abadi's surname alone (Arabic and English press): its stem العباد only
    # sounds like the tribe al-Ubayd, whose nisba is العبيدي
    abadi = Entry(id="abadi", kind="person", name="Haider al-Abadi", arabic="حيدر العبادي")
    glossary = Glossary([abadi, *_ENTRIES], check=False)
    assert glossary.match(query)[0].entry.id == "abadi"
    assert glossary.match("العبيدي")[0].entry.id == "ubayd"


@pytest.mark.parametrize("query", ["Movement", "Mouvement", "Bewegung", "Party"])
def test_a_word_groups_are_named_with_is_no_group(query: str) -> None:
    entries = [
        Entry(id="amal", kind="group", name="Amal Movement", arabic="حركة أمل"),
        Entry(id="baath", kind="organisation", name="Baath Party", arabic="حزب البعث"),
    ]
    found = Glossary(entries, check=False).match(query)
    assert all(m.score < SAME_NAME_THRESHOLD for m in found)
    assert all("a word groups are named with, not the group" in m.reason for m in found)


@pytest.mark.parametrize("query", ["Syrian", "Syrien", "Islamic", "islamique", "Popular"])
def test_a_word_names_are_made_with_is_no_name_of_more_words(query: str) -> None:
    entries = [
        Entry(id="badia", kind="place", name="Badia", arabic="البادية", variants=("Syrian Badia",)),
        Entry(id="resistance", kind="term", name="Islamic Resistance", arabic="المقاومة الإسلامية"),
        Entry(id="committees", kind="term", name="Popular Committees", arabic="اللجان الشعبية"),
        Entry(id="syria", kind="place", name="Syria", arabic="سوريا", variants=("Syrie",)),
    ]
    found = Glossary(entries, check=False).match(query)
    assert all(m.score < SAME_NAME_THRESHOLD for m in found if m.entry.id != "syria")
    assert all("not the name" in m.reason for m in found if m.spelling.count(" "))


def test_a_space_for_the_persian_half_space_reads_as_one_word() -> None:
    # Persian دیده‌بان ("observer") joins its parts with a zero-width non-joiner, which
    # the press often types as a space (Mehr News: دیده بان حقوق بشر سوریه)
    joined = in_english("دیده\u200cبان سوریه")
    assert joined is not None
    assert "Observatory" in joined[0]
    assert in_english("دیده بان سوریه") == joined


def test_small_words_of_other_languages_hold_a_name_together() -> None:
    # "della" is no English prose before a name: Syria is a word of this name, not the
    # name the query is about
    entries = [
        Entry(
            id="sdf", kind="force", name="Syrian Democratic Forces", arabic="قوات سوريا الديمقراطية"
        ),
        Entry(id="syria", kind="place", name="Syria", arabic="سوريا", variants=("Siria",)),
    ]
    top = Glossary(entries, check=False).match("Forze Democratiche della Siria")
    assert top[0].entry.id == "sdf"
    assert top[0].score >= SAME_NAME_THRESHOLD


def test_the_group_named_with_a_word_in_another_language_is_found() -> None:
    amal = Entry(id="amal", kind="group", name="Amal Movement", arabic="حركة أمل")
    top = Glossary([amal], check=False).match("Mouvement Amal")
    assert top[0].entry.id == "amal"
    assert top[0].score >= SAME_NAME_THRESHOLD


_PLACES = [
    Entry(id="darayya", kind="place", name="Darayya", arabic="داريا", variants=("Daraya",)),
    Entry(id="saydnaya", kind="place", name="Saydnaya", arabic="صيدنايا"),
    Entry(id="nasiriyah", kind="place", name="Nasiriyah", arabic="الناصرية"),
    Entry(id="nusra", kind="group", name="Jabhat al-Nusra", arabic="جبهة النصرة",
          variants=("النصرة",)),
    Entry(id="iran", kind="place", name="Iran", arabic="إيران"),
    Entry(id="al-bab", kind="place", name="al-Bab", arabic="الباب"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Daraja", "darayya"),  # German press (dpa)
        ("Sajdnaja", "saydnaya"),  # Polish
        ("Nassiria", "nasiriyah"),  # French: the i before a vowel is the ي of الناصرية
        ("Irã", "iran"),  # Portuguese (Brazil)
        ("Irão", "iran"),  # Portuguese (Portugal)
        ("ئەلباب", "al-bab"),  # Kurdish (Sorani) writes the article ئەل
    ],
)
def test_spellings_of_other_languages_find_their_place(query: str, expected: str) -> None:
    top = Glossary(_PLACES, check=False).match(query)
    assert top[0].entry.id == expected
    assert top[0].score >= SAME_NAME_THRESHOLD


def test_y_for_j_is_read_only_when_nothing_answers() -> None:
    glossary = Glossary(
        [*_PLACES, Entry(id="najaf", kind="place", name="Najaf", arabic="النجف")], check=False
    )
    assert "read as" not in glossary.match("Najaf")[0].reason
    assert glossary.match("Daraja")[0].reason.endswith("read as 'Daraya'")


_CASE_PLACES = [
    Entry(id="iraq", kind="place", name="Iraq", arabic="العراق", variants=("Irak",)),
    Entry(id="raqqa", kind="place", name="Raqqa", arabic="الرقة", variants=("Rakka",)),
    Entry(id="basra", kind="place", name="Basra", arabic="البصرة"),
    Entry(id="kirkuk", kind="place", name="Kirkuk", arabic="كركوك"),
    Entry(id="syria", kind="place", name="Syria", arabic="سوريا", variants=("Syrie",)),
    Entry(id="nasiriyah", kind="place", name="Nasiriyah", arabic="الناصرية"),
    Entry(id="baghdad", kind="place", name="Baghdad", arabic="بغداد", variants=("Bagdad",)),
    Entry(id="diyala", kind="place", name="Diyala", arabic="ديالى"),
    Entry(id="hillah", kind="place", name="Hillah", arabic="الحلة", variants=("Hilla",)),
]


def _case_places_spelling_syria(*variants: str) -> list[Entry]:
    """:data:`_CASE_PLACES` with Syria spelled *variants* too."""
    syria = Entry(id="syria", kind="place", name="Syria", arabic="سوريا", variants=variants)
    return [*(e for e in _CASE_PLACES if e.id != "syria"), syria]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Nasiriji", "nasiriyah"),  # Slovene press (Dnevnik): "v Nasiriji", j for y
        # Polish press after a preposition (benchmarks/data/heldout_spellings.tsv cites
        # TVN24's "w Iraku", PAP's "w Basrze")
        ("Iraku", "iraq"),
        ("Basrze", "basra"),
        ("Kirkukiem", "kirkuk"),
        ("Ar-Rakce", "raqqa"),
        ("Syrii", "syria"),
        ("Bagdadzie", "baghdad"),  # TVN24: "Zamach samobójczy w Bagdadzie"
        ("Sirijoje", "syria"),  # Lithuanian locative (Kauno diena: "karas Sirijoje")
        ("Irakului", "iraq"),  # Romanian genitive
        ("Sīrijas", "syria"),  # Latvian genitive (LSM: "Sīrijas")
        ("Bagdadeko", "baghdad"),  # Basque local genitive
        ("Irákem", "iraq"),  # Czech instrumental
        ("Hillassa", "hillah"),  # Finnish Wikipedia: "Hillassa käytiin Irakin sodan taisteluita"
        ("Basrassa", "basra"),
        ("Kirkukin", "kirkuk"),  # Finnish genitive of a name ending in a consonant
        # and its inessive, with the i Finnish puts after a consonant (Finnish Wikipedia:
        # "Irakin pääkaupungissa Bagdadissa")
        ("Bagdadissa", "baghdad"),
        # Turkish writes a name's suffix after an apostrophe: "Kerkük ve Diyala’da"
        ("Diyala’da", "diyala"),
        ("Irak'ın", "iraq"),
        # Finnish illative after a consonant (Yle: "Irakiin"), Estonian elative and
        # illative (Postimees: "Doumast"), Albanian genitive (Top Channel: "Sirisë"),
        # Azerbaijani locative with -ki (gzt.az: "Bağdaddakı")
        ("Irakiin", "iraq"),
        ("Kirkukiin", "kirkuk"),
        ("Basrast", "basra"),
        ("Basrasse", "basra"),
        ("Sirisë", "syria"),
        ("Bağdaddakı", "baghdad"),
        # Hungarian suffixes on a name with no Hungarian letter (Index: "Irakban"), and
        # the accusative (Telex: "Aleppót" has one)
        ("Irakban", "iraq"),
        ("Bagdadhoz", "baghdad"),
        ("Szíriát", "syria"),
        # the Slovak and Serbian instrumental (SME: "s Iranom")
        ("Irakom", "iraq"),
        # the Uzbek genitive and locative with -gi (Kun.uz: "Bag‘dodning"), the Turkmen
        # genitive after a consonant, the Azerbaijani genitive after a vowel (Azadlıq
        # Radiosu: "Əl-Bağdadinin") and its locative after a consonant ("İraqda")
        ("Bagdadning", "baghdad"),
        ("Bagdaddagi", "baghdad"),
        ("Bagdadyň", "baghdad"),
        ("Hillanin", "hillah"),
        ("Irakda", "iraq"),
        # the Turkish dative after an apostrophe (Urfa News: "Bağdat’a"), and the
        # locative with -ki written on (Kobanideki)
        ("Bağdat’a", "baghdad"),
        ("Bagdad'e", "baghdad"),
        # ... and the possessive after a vowel, with its cases (bianet, on Raqqa in 1915:
        # "1915 yılının Rakka’sı")
        ("Rakka’sı", "raqqa"),
        ("Rakka'sında", "raqqa"),
        ("Bagdaddeki", "baghdad"),
        # the Kurmanji ezafe after a consonant (Anadolu Kurmanji: "Dêrezora")
        ("Kerkûka", "kirkuk"),
        # the Basque ablative (Argia: "Bagdadetik") and terminative
        ("Bagdadetik", "baghdad"),
        ("Basraraino", "basra"),
        # the Finnish allative and ablative after the -i- of a name ending in a consonant
        # (MTV Uutiset: "Golanille"; Yle: "Isisiltä") and the partitive (Yle: "Isisiä")
        ("Bagdadille", "baghdad"),
        ("Irakilta", "iraq"),
        ("Irakiä", "iraq"),
        # ... and Estonian's, after the genitive -i (ERR: "Bagdadiga")
        ("Bagdadile", "baghdad"),
        ("Kirkukiga", "kirkuk"),
        # the Turkmen ablative (Azatlyk Radiosy: "Yrakdan")
        ("Irakdan", "iraq"),
        # the Azerbaijani "with" written on (Teleqraf: "Bağdadla"), the Turkmen locative
        # with -ky (Azatlyk Radiosy: "Damaskdaky"), the Hungarian causal-final (HVG:
        # "Rakkáért")
        ("Bağdadla", "baghdad"),
        ("Bagdaddaky", "baghdad"),
        ("Rakkáért", "raqqa"),
    ],
)
def test_a_case_ending_of_polish_or_czech_is_read_away(query: str, expected: str) -> None:
    top = Glossary(_CASE_PLACES, check=False).match(query)
    assert top[0].entry.id == expected
    assert top[0].score >= SAME_NAME_THRESHOLD
    assert "read without a case ending" in top[0].reason


@pytest.mark.parametrize("query", ["HTS-ja", "HTS:n", "HTS-së", "HTS-nyň", "HTS-től"])
def test_an_acronym_with_a_case_ending_after_a_hyphen_is_read_away(query: str) -> None:
    # Finnish writes a case ending after an acronym with a colon (Yle: "HTS:n") or a
    # hyphen, Albanian, Turkmen and Hungarian with a hyphen (Top Channel: "HTS-së";
    # Turkmen news: "HTŞ-nyň"; Blikk: "ISIS-től")
    hts = Entry(id="hts", kind="group", name="Hay'at Tahrir al-Sham",
                arabic="هيئة تحرير الشام", variants=("HTS",))  # fmt: skip
    top = Glossary([hts, *_CASE_PLACES], check=False).match(query)
    assert top[0].entry.id == "hts"
    assert top[0].reason.endswith("read without a case ending as 'HTS'")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Alepon", "aleppo"),  # Finnish genitive (Yle: "Alepon")
        ("Daraan", "daraa"),
        ("Iraka", "iraq"),  # Serbian genitive (N1: "Na severu Iraka")
        ("Suriyada", "syria"),  # Azerbaijani locative (gzt.az: "Suriyada")
        ("Syyriaan", "syria"),  # Finnish illative (Yle: "Syyriaan")
        # the Basque genitive, ergative and local genitive after -n (Basque Wikipedia and
        # Argia: "Iraken", "Iranek", "Irango"), the Icelandic genitive (Morgunblaðið: "Írans")
        ("Iraken", "iraq"),
        ("Irakek", "iraq"),
        ("Iranek", "iran"),
        ("Irango", "iran"),
        ("Írans", "iran"),
        ("Bagdadê", "baghdad"),  # the Kurmanji oblique after a consonant (ANF: "Şeîtatê")
        # the Lithuanian nominative (Lithuanian Wikipedia: "Irakas", "Iranas")
        ("Irakas", "iraq"),
        ("Iranas", "iran"),
        ("Irakun", "iraq"),  # the Albanian definite accusative (Anadolu Albanian)
        ("Bagdadde", "baghdad"),  # the Turkish locative written on (Idlibde)
    ],
)
def test_a_short_case_ending_is_read_away_to_a_spelling_the_glossary_gives(
    query: str, expected: str
) -> None:
    entries = [
        *_case_places_spelling_syria("Suriya", "Syyria"),
        Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب", variants=("Alepo",)),
        Entry(id="daraa", kind="place", name="Daraa", arabic="درعا"),
        Entry(id="iran", kind="place", name="Iran", arabic="إيران"),
    ]
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == expected
    assert any(
        top[0].reason.endswith(f"read without a case ending as {plain!r}")
        for plain in without_short_ending(query)
    )


@pytest.mark.parametrize("query", ["Hassan", "Tehran", "Ramadi", "Tikrit", "Malek", "Homs"])
def test_a_name_ending_as_a_short_case_ending_keeps_its_own_answer(query: str) -> None:
    # names end as those endings do: the reading answers only with a spelling the
    # glossary gives, so "Tehra", "Ramad" and "Tikr" find nothing
    entries = [
        Entry(id="hassan", kind="person", name="Hassan Nasrallah", arabic="حسن نصر الله"),
        Entry(id="tehran", kind="place", name="Tehran", arabic="طهران"),
        Entry(id="ramadi", kind="place", name="Ramadi", arabic="الرمادي"),
        Entry(id="tikrit", kind="place", name="Tikrit", arabic="تكريت"),
        Entry(id="malek", kind="person", name="Malek Jaber", arabic="مالك جابر"),
        Entry(id="homs", kind="place", name="Homs", arabic="حمص"),
    ]
    for top in Glossary(entries, check=False).match(query)[:1]:
        assert "case ending" not in top.reason


@pytest.mark.parametrize("query", ["Al-Kaidës", "Al-Kaidën", "Al Kaedën"])
def test_an_albanian_case_ending_of_a_name_in_a_is_read_away(query: str) -> None:
    # Albanian gives a name in -a its article and case after a consonant: the genitive
    # (Lajmi.net: "degë e Al-Kaidës në Siri") and the accusative (Javanews: "me Al Kaedën")
    qaeda = Entry(id="al-qaeda", kind="group", name="al-Qaeda", arabic="القاعدة",
                  variants=("al-Qaida", "Al Qaeda"))  # fmt: skip
    top = Glossary([qaeda, *_CASE_PLACES], check=False).match(query)
    assert top[0].entry.id == "al-qaeda"
    assert top[0].score >= SAME_NAME_THRESHOLD
    assert "read without a case ending" in top[0].reason


@pytest.mark.parametrize(
    "query", ["an tSiria", "na Siria", "na Síria", "An Siria", "sa tSiria", "ón tSiria"]
)
def test_an_irish_or_portuguese_article_before_a_name_is_read_away(query: str) -> None:
    # the Irish article and the letter it puts before a capital (Irish Wikipedia: "an
    # tSiria", "na Siria"), on a preposition too (the European Parliament in Irish: "sa
    # tSiria"), and the Portuguese "na", "in the" ("na Síria")
    entries = [
        *_case_places_spelling_syria("Siria"),
    ]
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == "syria"
    assert top[0].score >= SAME_NAME_THRESHOLD
    assert top[0].reason.endswith("read without an article as 'Siria'") or "Síria" in query


@pytest.mark.parametrize(
    ("query", "plain"),
    [
        ("d’Hama", "Hama"),
        ("d'Irak", "Irak"),
        ("l’Iraq", "Iraq"),
        ("dell'Iraq", "Iraq"),
        ("d’al-Irak", "al-Irak"),  # ... and before the article (Syria Intel: "d’As-Soueïda")
    ],
)
def test_an_elided_article_or_preposition_before_a_name_is_read_away(
    query: str, plain: str
) -> None:
    # French writes an elided de or article on the name after it (a French page on
    # Michel Seurat's book: "la ville d’Hama"), and Italian its dell', nell', all'...
    hama = Entry(id="hama", kind="place", name="Hama", arabic="حماة")
    daham = Entry(id="daham", kind="person", name="Humaydi Daham", arabic="حميدي الدهام")
    top = Glossary([hama, daham, *_CASE_PLACES], check=False).match(query)
    assert top[0].entry.id == ("hama" if plain == "Hama" else "iraq")
    assert top[0].score >= SAME_NAME_THRESHOLD
    assert top[0].reason.endswith(f"read without an elided article or preposition as {plain!r}")


@given(any_text)
def test_reading_an_elision_never_raises(query: str) -> None:
    plain = without_elision(query)
    assert plain is None or query.strip().endswith(plain)


@pytest.mark.parametrize("query", ["Soleimanis", "Soleimani"])
def test_a_mans_name_in_the_german_genitive(query: str) -> None:
    # German writes the genitive -s on a man's name (Die Zeit: "Soleimanis Tod")
    entries = [
        Entry(id="soleimani", kind="person", name="Qasem Soleimani", arabic="قاسم سليماني",
              variants=("Soleimani",)),
        Entry(id="sulaymaniyah", kind="place", name="Sulaymaniyah", arabic="السليمانية"),
    ]  # fmt: skip
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == "soleimani"
    assert ("German genitive" in top[0].reason) == query.endswith("s")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # ... and on a place's or group's name ending in -a, as Albanian and Latvian write
        # their genitive and Estonian its inessive (Die Welt: "die Ideologie al-Qaidas";
        # Diena: "Suveidas provincē"; Õhtuleht: "Raqqas")
        ("al-Qaidas", "al-qaeda"),
        ("Suveidas", "suwayda"),
        ("Raqqas", "raqqa"),
        # ... after a y as well (Benevento's catalogue: "im Untergrund Darayas"), while a
        # name ending in -yas keeps its own answer
        ("Darayas", "darayya"),
        ("Baniyas", "baniyas"),
        # a plural in small letters, and a name of four letters and -s, are no genitive
        ("sadristas", "sadrists"),
        ("Hamas", "hamas"),
    ],
)
def test_a_name_ending_in_a_in_the_genitive(query: str, expected: str) -> None:
    entries = [
        Entry(id="al-qaeda", kind="group", name="al-Qaeda", arabic="القاعدة",
              variants=("al-Qaida",)),
        Entry(id="liwa-al-quds", kind="group", name="Liwa al-Quds", arabic="لواء القدس"),
        Entry(id="suwayda", kind="place", name="Suwayda", arabic="السويداء",
              variants=("Suwaida",)),
        Entry(id="shia", kind="term", name="Shia", arabic="الشيعة", variants=("Shiites",)),
        Entry(id="raqqa", kind="place", name="Raqqa", arabic="الرقة"),
        Entry(id="qaraqosh", kind="place", name="Qaraqosh", arabic="قره قوش"),
        Entry(id="sadrists", kind="group", name="Sadrist Movement", arabic="التيار الصدري",
              variants=("Sadrist Current",)),
        Entry(id="sadr-city", kind="place", name="Sadr City", arabic="مدينة الصدر"),
        Entry(id="hamas", kind="group", name="Hamas", arabic="حماس"),
        Entry(id="hama", kind="place", name="Hama", arabic="حماة"),
        Entry(id="darayya", kind="place", name="Darayya", arabic="داريا",
              variants=("Daraya",)),
        Entry(id="baniyas", kind="place", name="Baniyas", arabic="بانياس"),
        Entry(id="tartus", kind="place", name="Tartus", arabic="طرطوس",
              variants=("Tartous",)),
    ]  # fmt: skip
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == expected


@given(any_text)
def test_reading_a_german_genitive_never_raises(query: str) -> None:
    plain = without_german_genitive(query)
    assert plain is None or plain + "s" == query.strip()


@given(any_text)
def test_reading_a_short_case_ending_never_raises(query: str) -> None:
    for plain in without_short_ending(query):
        assert plain != query.strip()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sunnitským", "sunni"),  # Slovak press (TASR): "týmto sunnitským extrémistom"
        ("šiitskega", "shia"),  # Slovenian press: "vodja šiitskega gibanja Hezbolah"
        ("alavitských", "alawite"),
        ("schiitischen", "shia"),
        # a word for the sect's people: Danish (Flygtningenævnet: "araber og
        # sunnimuslim"), Swedish plurals, Finnish (Finnish Wikipedia: "šiialaiset alaviitit")
        ("sunnimuslim", "sunni"),
        ("shiamuslimerna", "shia"),
        ("šiialaiset", "shia"),
        # ... the compound with a word for Muslims in its other cases and languages
        # (a Finnish blog's review of Nadia Murad's memoir: "šiiamuslimeihin"; its
        # Icelandic publisher's page: "súnní-múslimskrar")
        ("šiiamuslimeihin", "shia"),
        ("súnní-múslimskrar", "sunni"),
        # ... and the Polish and Czech feminine (a Polish review of Samar Yazbek's book:
        # "alawitka")
        ("alawitka", "alawite"),
        ("szyitka", "shia"),
        ("Şiilik", "shia"),  # Turkish, the teaching (Anadolu: "Şiilik")
        # the teaching with the European -ism, read as the nisba it is made on: English,
        # French ("le chiisme"), German ("der Schiismus"), Italian ("lo sciismo"),
        # Spanish ("el chiísmo", "el sunismo"), Croatian ("šiizam")
        ("Shiism", "shia"),
        ("Shi'ism", "shia"),
        ("chiisme", "shia"),
        ("Schiismus", "shia"),
        ("sciismo", "shia"),
        ("chiísmo", "shia"),
        ("šiizam", "shia"),
        ("Sunnism", "sunni"),
        ("sunismo", "sunni"),
        # Norwegian, with sj for sh (Aftenposten: "sjiamuslimer"; NRK: "sunnimuslimske",
        # "sunniarabere")
        ("sjiamuslimer", "shia"),
        ("sunnimuslimske", "sunni"),
        ("sunniarabere", "sunni"),
    ],
)
def test_a_sects_adjective_is_the_sect(query: str, expected: str) -> None:
    entries = [
        Entry(id="sunni", kind="term", name="Sunni", arabic="سني", variants=("Sunnite",)),
        Entry(id="shia", kind="term", name="Shi‘a", arabic="شيعة", variants=("Shiite",)),
        Entry(id="alawite", kind="term", name="Alawite", arabic="علوي"),
        Entry(id="tikrit", kind="place", name="Tikrit", arabic="تكريت"),
    ]
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == expected
    assert top[0].reason.endswith(f"read as {sect_of_adjective(query)!r}")


@given(any_text)
def test_reading_a_sects_adjective_never_raises(query: str) -> None:
    sect = sect_of_adjective(query)
    # the teaching's nisba may take an apostrophe for the ayn between two vowels (Shi'i)
    plain = query.strip().replace("'", "")
    assert sect is None or plain.startswith(sect.replace("'", ""))
    assert sect is None or len(sect.replace("'", "")) < len(plain)


@pytest.mark.parametrize("query", ["Abadiego", "Abadiemu", "al-Abadího", "Abadiho"])
def test_a_surname_in_i_declined_as_a_slavic_adjective_is_read_away(query: str) -> None:
    # Polish, Czech and Slovak decline a surname ending in -i as an adjective: the
    # genitive "Abadiego" and dative "Abadiemu" (Polish press), Czech "Abadího"
    abadi = Entry(id="abadi", kind="person", name="Haider al-Abadi", arabic="حيدر العبادي")
    badia = Entry(id="badia", kind="place", name="Badia", arabic="البادية")
    top = Glossary([abadi, badia], check=False).match(query)
    assert top[0].entry.id == "abadi"
    assert top[0].score >= SAME_NAME_THRESHOLD
    assert "read without a case ending as" in top[0].reason


@pytest.mark.parametrize("query", ["Syrie", "Raqqa", "Kirkuk", "Diyala", "Hilla"])
def test_a_name_without_a_case_ending_keeps_its_own_answer(query: str) -> None:
    top = Glossary(_CASE_PLACES, check=False).match(query)
    assert top[0].score == 1.0
    assert "case ending" not in top[0].reason


@pytest.mark.parametrize("query", ["Hamedan", "Ramadan", "Jordan"])
def test_a_name_ending_in_dan_after_a_vowel_keeps_it(query: str) -> None:
    # the Turkmen ablative -dan is read away after a consonant only (Yrakdan)
    assert without_case_ending(query) is None


@given(any_text)
def test_reading_a_case_ending_never_raises(query: str) -> None:
    plain = without_case_ending(query)
    assert plain is None or (plain != query and len(plain) <= len(query) + 1)


def test_spanish_j_for_kh_is_read_only_when_nothing_answers() -> None:
    # RT en Español: "contra la localidad de Jan Sheijun"
    entries = [
        Entry(id="khan-shaykhun", kind="place", name="Khan Shaykhun", arabic="خان شيخون",
              variants=("Khan Sheikhun",)),
        Entry(id="najaf", kind="place", name="Najaf", arabic="النجف"),
    ]  # fmt: skip
    glossary = Glossary(entries, check=False)
    top = glossary.match("Jan Sheijun")
    assert top[0].entry.id == "khan-shaykhun"
    assert top[0].reason.endswith("read as 'Khan Sheikhun'")
    assert "read as" not in glossary.match("Najaf")[0].reason


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # EFE: "Yaish al Islam", "Yabhat al Nusra"; a name's own y stays a y
        ("Yaish al Islam", "jaysh-al-islam"),
        ("Yarmouk", "yarmouk"),
    ],
)
def test_spanish_y_for_jim_is_read_only_when_nothing_answers(query: str, expected: str) -> None:
    entries = [
        Entry(id="jaysh-al-islam", kind="group", name="Jaysh al-Islam", arabic="جيش الإسلام",
              variants=("Jaish al-Islam",)),
        Entry(id="yarmouk", kind="place", name="Yarmouk", arabic="اليرموك"),
    ]  # fmt: skip
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == expected
    assert ("read as" in top[0].reason) == (query != "Yarmouk")


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Fallúdzsa", "fallujah"), ("Bassár el-Aszad", "bashar-al-assad")],
)
def test_hungarian_letters_are_read_as_english_writes_them(query: str, expected: str) -> None:
    # Hungarian press (Index, HVG): dzs is j, sz is s and a lone s is sh
    entries = [
        Entry(id="fallujah", kind="place", name="Fallujah", arabic="الفلوجة",
              variants=("Falluja",)),
        Entry(id="bashar-al-assad", kind="person", name="Bashar al-Assad",
              arabic="بشار الأسد"),
        Entry(id="latakia", kind="place", name="Latakia", arabic="اللاذقية",
              variants=("Laodicea",)),
    ]  # fmt: skip
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == expected
    assert top[0].score >= SAME_NAME_THRESHOLD


def test_somali_letters_are_read_as_a_romanisation_writes_them() -> None:
    # Somali press (BBC Somali): c is the ayn, x is ح, long vowels doubled: "Ciraaq"
    top = Glossary(_CASE_PLACES, check=False).match("Ciraaq")
    assert top[0].entry.id == "iraq"
    assert top[0].score >= SAME_NAME_THRESHOLD
    assert 'read as "\'iraaq"' in top[0].reason


def test_compass_words_read_in_english_take_the_other_form_too() -> None:
    # Turkish "Kuzey ve Doğu" reads as "Northern Eastern"; the name says "North and East"
    aanes = Entry(
        id="aanes",
        kind="organisation",
        name="Autonomous Administration of North and East Syria",
        arabic="الإدارة الذاتية لشمال وشرق سوريا",
    )
    top = Glossary([aanes, *_ENTRIES], check=False).match("Kuzey ve Doğu Suriye Özerk Yönetimi")
    assert top[0].entry.id == "aanes"
    assert top[0].score >= SAME_NAME_THRESHOLD


@pytest.mark.parametrize("militia", ["ميليشيا", "مليشيات", "ميليشية"])
@pytest.mark.parametrize("limit", [1, 10])
def test_a_group_named_after_a_word_for_militia_is_the_group(limit: int, militia: str) -> None:
    # the press writes ميليشيا ("militia") for a group's own word (لواء); the name after
    # it alone answers a man and the imam first, the group further down
    entries = [
        Entry(id="imam", kind="person", name="Muhammad al-Baqir", arabic="محمد الباقر",
              variants=("الإمام الباقر",)),
        Entry(id="khalid", kind="person", name="Khalid Baqir", arabic="خالد باقر",
              variants=("الحاج باقر",)),
        Entry(id="liwa", kind="group", name="Liwa al-Baqir", arabic="لواء الباقر"),
    ]  # fmt: skip
    top = Glossary(entries, check=False).match(f"{militia} الباقر", limit=limit)
    assert top[0].entry.id == "liwa"
    assert f"read without {militia!r}" in top[0].reason
    assert all(m.score < SAME_NAME_THRESHOLD for m in top if m.entry.kind == "person")
    # the reason names the word as the query writes it (or as a reading of it writes it)
    assert all(" names a group" in m.reason for m in top if m.entry.id == "imam")
    assert limit == 1 or any(m.entry.id == "imam" for m in top)


@pytest.mark.parametrize(
    ("query", "group"),
    [
        ("تنظيم داعش", "is"),
        ("فصائل الحشد", "pmf"),
        ("گروهک داعش", "is"),  # Persian "small group", as the Iranian press writes
        ("شبکه داعش", "is"),  # Persian "network" (Dari press: شبکه القاعده)
    ],
)
def test_a_group_after_the_presss_word_for_organisation_or_faction(query: str, group: str) -> None:
    entries = [
        Entry(id="is", kind="group", name="Islamic State", arabic="الدولة الإسلامية",
              variants=("داعش", "تنظيم الدولة")),
        Entry(id="pmf", kind="force", name="Popular Mobilization Forces",
              arabic="الحشد الشعبي", variants=("Hashd al-Shaabi",)),
        Entry(id="faisal", kind="person", name="Faisal Mekdad", arabic="فيصل المقداد"),
    ]  # fmt: skip
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == group
    assert top[0].score >= SAME_NAME_THRESHOLD


@pytest.mark.parametrize(
    "query", ["Baqir militia", "al-Baqir Militia", "Baqir-Miliz", "Baqir-Netzwerk"]
)
def test_a_name_before_a_word_for_militia_is_a_groups(query: str) -> None:
    # English and German write the word for militia after the name: the name alone
    # answers the imam first, the query answers the group
    entries = [
        Entry(id="imam", kind="person", name="Muhammad al-Baqir", arabic="محمد الباقر",
              variants=("Imam al-Baqir",)),
        Entry(id="liwa", kind="group", name="Liwa al-Baqir", arabic="لواء الباقر"),
    ]  # fmt: skip
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == "liwa"
    assert top[0].score >= SAME_NAME_THRESHOLD
    assert all(m.score < SAME_NAME_THRESHOLD for m in top if m.entry.kind == "person")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Abu al-Hasan Ali ibn Abi Talib", "ali"),
        ("أبو الحسن علي بن أبي طالب", "ali"),
        ("Abu al Hasan Ali ibn Abi Talib", "ali"),
        # a kunya and one word is a name of its own, never read without the kunya
        ("Abu Hasan al-Basri", None),
    ],
)
def test_a_person_named_with_a_kunya_first_is_the_person(query: str, expected: str | None) -> None:
    entries = [
        Entry(id="ali", kind="person", name="Ali ibn Abi Talib", arabic="علي بن أبي طالب"),
        Entry(id="abu-hasan", kind="person", name="Abu Hassan 600", arabic="أبو حسن 600"),
        Entry(id="basra", kind="place", name="Basra", arabic="البصرة"),
    ]
    top = Glossary(entries, check=False).match(query)
    read = [m.entry.id for m in top if "read without the kunya" in m.reason]
    assert read == ([expected] if expected else [])
    assert expected is None or top[0].entry.id == expected
    assert expected is None or top[0].score >= SAME_NAME_THRESHOLD


@pytest.mark.parametrize(
    ("query", "sect"),
    [
        ("الطائفة العلوية", "alawite"),
        ("الطائفة الشيعية", "shia"),
        ("communauté alaouite", "alawite"),
    ],
)
def test_a_sect_named_after_a_word_for_sect_is_the_sect(query: str, sect: str) -> None:
    entries = [
        Entry(id="alawite", kind="term", name="Alawite", arabic="علوي", variants=("alaouite",)),
        Entry(id="shia", kind="term", name="Shia", arabic="شيعة", variants=("الشيعية",)),
        Entry(id="alawi", kind="person", name="Ali Alawi", arabic="علي علاوي"),
    ]
    found = Glossary(entries, check=False).match(query)
    assert found[0].entry.id == sect
    assert found[0].score >= SAME_NAME_THRESHOLD
    assert "read without" in found[0].reason
    assert all("read without" not in m.reason for m in found if m.entry.kind != "term")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("US-backed SDF", ["SDF"]),
        ("al-Qaeda-linked Hurras al-Din", ["Hurras al-Din"]),
        ("SDF-held Raqqa", ["Raqqa"]),
    ],
)
def test_a_name_described_by_another_with_a_participle_is_read_alone(
    text: str, names: list[str]
) -> None:
    # "X-backed", "X-led", "X-held" describe the name after them
    assert named_parts(text) == names


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        # the press's own acronyms of translated names: French, Spanish, Turkish
        ("ASL", "Free Syrian Army"),  # Armée syrienne libre
        ("ESL", "Free Syrian Army"),  # Ejército Sirio Libre
        ("ELS", "Free Syrian Army"),  # Ejército Libre Sirio (held-out spellings cite it)
        ("ÖSO", "Free Syrian Army"),  # Özgür Suriye Ordusu
        ("SDG", "Syrian Democratic Forces"),  # Suriye Demokratik Güçleri
        ("EIIL", "Islamic State of Iraq and the Levant"),  # État islamique en Irak et au Levant
        ("KYB", "Patriotic Union of Kurdistan"),  # Kürdistan Yurtseverler Birliği
    ],
)
def test_a_groups_initials_in_another_languages_words(acronym: str, name: str) -> None:
    from qamus.match.other_languages import initials_in_other_languages

    assert normalise_latin(acronym) in initials_in_other_languages(name)
    entries = [
        Entry(id="group", kind="group", name=name, arabic="جماعة"),
        Entry(id="town", kind="place", name="Assal", arabic="عسال"),
    ]
    found = Glossary(entries, check=False).match(acronym)
    assert found[0].entry.id == "group"
    assert found[0].reason.startswith("initials of")


def test_initials_need_a_translated_word_and_a_group() -> None:
    from qamus.match.other_languages import initials_in_other_languages

    # names of no word of the table, or of two words, give none
    assert initials_in_other_languages("Jaysh al-Islam") == frozenset()
    assert initials_in_other_languages("Islamic State") == frozenset()
    # a person's name is no group's: "MHA" answers no Mohammed Hassan Ahmed
    entries = [Entry(id="p", kind="person", name="Free Syrian Army", arabic="جماعة")]
    assert not any(m.reason.startswith("initials") for m in Glossary(entries).match("ASL"))


@given(any_text)
def test_initials_in_other_languages_never_raise(text: str) -> None:
    from qamus.match.other_languages import initials_in_other_languages

    assert all(3 <= len(a) <= 6 for a in initials_in_other_languages(text))


def test_a_compound_of_name_words_in_small_letters_is_no_prose() -> None:
    # Norwegian press: "Folkets forsvarsenheter" (YPG), one name, not "Folkets" and prose
    g = Glossary(
        [
            Entry(
                id="ypg",
                kind="force",
                name="People's Protection Units",
                arabic="وحدات حماية الشعب",
                variants=("People's Defense Units",),
            ),
            Entry(id="fallujah", kind="place", name="Fallujah", arabic="الفلوجة"),
        ],
        check=False,
    )
    assert named_parts("Folkets forsvarsenheter") == []
    assert g.match("Folkets forsvarsenheter")[0].entry.id == "ypg"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("peshmergasoldater", "peshmerga"),  # Norwegian press: "peshmergasoldater"
        ("al-Agaidat-stam", "uqaydat"),  # Dutch press: "de al-Agaidat-stam"
        ("sjiaer", "shia"),  # Norwegian plural
        ("imamerna", "imam"),  # Swedish definite plural
    ],
)
def test_scandinavian_and_dutch_compounds_and_plurals_are_the_name(
    query: str, expected: str
) -> None:
    entries = [
        Entry(id="peshmerga", kind="force", name="Peshmerga", arabic="البيشمركة"),
        Entry(id="uqaydat", kind="tribe", name="Uqaydat", arabic="العقيدات",
              variants=("Ageidat",)),
        Entry(id="shia", kind="term", name="Shi‘a", arabic="شيعة", variants=("Shiah",)),
        Entry(id="imam", kind="term", name="imam", arabic="إمام"),
        Entry(id="sinjar", kind="place", name="Sinjar", arabic="سنجار"),
    ]  # fmt: skip
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == expected
    assert top[0].score >= SAME_NAME_THRESHOLD


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Portuguese and Indonesian press: the unit's word read in English, then first,
        # as Arabic names a unit
        ("Frente Fath al-Sham", "jabhat-fath-al-sham"),
        ("Tentara Fatah", "jaysh-al-fatah"),
        ("Exército de Al Fatah", "jaysh-al-fatah"),
    ],
)
def test_a_unit_read_in_english_is_read_with_its_word_first(
    shipped: Glossary, query: str, expected: str
) -> None:
    best = shipped.match(query)[0]
    assert best.entry.id == expected
    assert "first" in best.reason


def test_a_unit_read_in_english_word_first_answers_only_every_word(shipped: Glossary) -> None:
    # "Légion du Tout Miséricordieux" (Faylaq al-Rahman) read "faylaq Tout
    # Miséricordieux": فيلق قدس, two words of its three, sound alike, and are no answer
    found = shipped.match("Légion du Tout Miséricordieux")
    assert not any(m.entry.id == "quds-force" and "first" in m.reason for m in found)


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("Badrorganisationen", "Badr Organisation"),  # Swedish and Danish: a name and the
        ("Golanhöjderna", "Golan Heights"),  # word of the table, written as one
        ("Tawhidbrigaden", "Tawhid Brigades"),
        ("al-Nusrafronten", "Nusra Front"),
        ("Golanhöhen", "Golan Heights"),  # German: not Kurdish gola, "lake", and -nhöhen
    ],
)
def test_a_name_and_the_word_after_it_written_as_one(name: str, english: str) -> None:
    read = in_english(name)
    assert read is not None
    assert read[0] == english


def test_a_compound_is_read_only_from_words_of_languages_that_write_compounds() -> None:
    # gol and gola are Kurdish words of the table (a lake), which Kurdish writes apart
    assert in_english("Golanhøjderne") == ("Golan Heights", "Danish")
    assert in_english("Muslimbruderschaft") == ("Muslim Brotherhood", "German")


@pytest.mark.parametrize("query", ["is-Sirja", "tas-Sirja", "fis-Sirja", "Sirja"])
def test_a_name_after_the_maltese_article(query: str) -> None:
    # Maltese writes its article on the name, assimilated to a sun letter and on a
    # preposition ("is-Sirja", Syria; "tas-Sirja", of Syria: netnews.com.mt), and j
    # for y; Tal Afar's Tal is no article
    entries = [
        Entry(id="syria", kind="place", name="Syria", arabic="سوريا", variants=("Suriya",)),
        Entry(id="saraya", kind="term", name="saraya", arabic="سرايا"),
        Entry(id="tal-afar", kind="place", name="Tal Afar", arabic="تلعفر"),
        Entry(id="afar", kind="tribe", name="Afar", arabic="عفر"),
    ]
    glossary = Glossary(entries, check=False)
    assert glossary.match(query)[0].entry.id == "syria"
    assert glossary.match("Tal-Afar")[0].entry.id == "tal-afar"


@given(any_text)
def test_reading_maltese_letters_never_raises(query: str) -> None:
    read = in_maltese_letters(query)
    assert read is None or ("-" in query and read != query)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Kazakh and Uyghur written in Arabic script write a case suffix on the name
        # (Qazaq Times in töte: "موسۋلدىڭ", "يراقتاعى"; Uyghur Wikipedia: "سۇرىيەدىن")
        ("موسۋلدىڭ", "mosul"),
        ("يراقتاعى", "iraq"),
        ("سۇرىيەدىن", "syria"),
        ("شامنىڭ", "damascus"),
    ],
)
def test_a_turkic_case_suffix_in_arabic_script_is_read_away(query: str, expected: str) -> None:
    entries = [
        Entry(id="mosul", kind="place", name="Mosul", arabic="الموصل", variants=("Mossoul",)),
        Entry(id="iraq", kind="place", name="Iraq", arabic="العراق", variants=("Irak",)),
        Entry(id="syria", kind="place", name="Syria", arabic="سوريا", variants=("Suriya",)),
        Entry(id="damascus", kind="place", name="Damascus", arabic="دمشق", variants=("الشام",)),
        Entry(id="markada", kind="place", name="Markada", arabic="مركدة"),
    ]
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == expected
    assert "read without a case suffix" in top[0].reason


@given(any_text)
def test_reading_a_turkic_suffix_never_raises(query: str) -> None:
    plain = without_turkic_suffix(query)
    assert plain is None or query.strip().startswith(plain)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # a blessing written in brackets after a holy name, in Arabic (الإمام علي (ع)),
        # Azerbaijani, with a suffix after it too (Cənublu: "İmam Hüseyn(ə.s)"; "Həzrət
        # Abbas(ə)-ın"), and English (Imam Ali (AS))
        ("الإمام علي (ع)", "ali"),
        ("İmam Hüseyn(ə.s)", "husayn"),
        ("Imam Ali (AS)", "ali"),
        ("Hazrati Ali", "ali"),  # the Uzbek honorific (islom.ziyouz.com: "Hazrati Ali")
    ],
)
def test_a_holy_name_with_its_blessing(query: str, expected: str) -> None:
    entries = [
        Entry(id="ali", kind="person", name="Ali ibn Abi Talib", arabic="علي بن أبي طالب",
              variants=("Imam Ali", "الإمام علي")),
        Entry(id="husayn", kind="person", name="Husayn ibn Ali", arabic="الحسين بن علي",
              variants=("Imam Husayn",)),
        Entry(id="hasan", kind="person", name="Hasan ibn Ali", arabic="الحسن بن علي",
              variants=("Imam Hasan",)),
        Entry(id="alawite", kind="term", name="Alawite", arabic="علوي", variants=("Alawi",)),
    ]  # fmt: skip
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == expected
    assert top[0].score >= SAME_NAME_THRESHOLD


@given(any_text)
def test_reading_without_a_blessing_never_raises(query: str) -> None:
    bare = without_honorific(query)
    assert bare is None or len(bare) < len(query)


@pytest.mark.parametrize(("query", "expected"), [("YPG-joukkojen", "ypg"), ("SDF-joukot", "sdf")])
def test_an_acronym_and_the_word_for_what_it_names_in_another_language(
    query: str, expected: str
) -> None:
    # Finnish writes the word for forces on an acronym (Kaleva: "YPG-joukkojen"): the
    # acronym names the group, not another group's forces
    entries = [
        Entry(id="ypg", kind="group", name="People's Protection Units",
              arabic="وحدات حماية الشعب", variants=("YPG",)),
        Entry(id="sdf", kind="group", name="Syrian Democratic Forces",
              arabic="قوات سوريا الديمقراطية", variants=("SDF",)),
        Entry(id="tiger-forces", kind="group", name="Tiger Forces", arabic="قوات النمر"),
        Entry(id="ridha", kind="group", name="al-Ridha Forces", arabic="قوات الرضا"),
    ]  # fmt: skip
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == expected
    assert top[0].score >= SAME_NAME_THRESHOLD


@given(any_text)
def test_reading_a_polish_locative_never_raises(query: str) -> None:
    read = other_polish_locative(query)
    assert read is None or read[-1] in "ar"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the Finnish cases after a name of three letters (Keskisuomalainen: "Babissa";
        # Yle: "al-Holilta"), and the Polish locative of a name in -da or -ta (Po
        # napisach: "Al Kaidzie"; Kino co gdzie: "Hadicie")
        ("Babissa", "al-bab"),
        ("al-Holilta", "al-hawl"),
        ("Al Kaidzie", "al-qaeda"),
        ("Hadicie", "haditha"),
    ],
)
def test_a_case_ending_on_a_short_name_or_a_name_in_a(query: str, expected: str) -> None:
    entries = [
        Entry(id="al-bab", kind="place", name="al-Bab", arabic="الباب"),
        Entry(id="al-hawl", kind="place", name="al-Hawl", arabic="الهول", variants=("al-Hol",)),
        Entry(id="al-qaeda", kind="group", name="al-Qaeda", arabic="القاعدة",
              variants=("al-Qaida",)),
        Entry(id="haditha", kind="place", name="Haditha", arabic="حديثة"),
        Entry(id="heet", kind="place", name="Heet", arabic="هيت", variants=("Hit",)),
        Entry(id="kut", kind="place", name="Kut", arabic="الكوت"),
        Entry(id="peace", kind="group", name="Saraya al-Salam", arabic="سرايا السلام",
              variants=("Peace Brigades",)),
    ]  # fmt: skip
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == expected
    assert "read without a case ending" in top[0].reason


@pytest.mark.parametrize(
    ("query", "expected", "reason"),
    [
        # French que elided on a name (Le Monde, on Hassan Aboud: "qu'Hassan Aboud")
        ("qu’Abou Hammam Al-Chami", "abu-humam-al-shami", "elided"),
        # the blessing written out after a holy name, apart or joined (Persian and
        # Arabic Shia pages: "زینب علیهاالسلام", "الحسين عليه السلام")
        ("زینب علیهاالسلام", "zaynab-bint-ali", "read as"),
        ("الحسين عليه السلام", "husayn-ibn-ali", "read as"),
        # Sorani لە joined to the name, with the copula or the locative after it
        # (Kurdistan24: "لەتارانە", "لەعێراقدا")
        ("لەتارانە", "tehran", "Sorani preposition"),
        ("لەعێراقدا", "iraq", "Sorani preposition"),
        # the Lithuanian genitive of a name in -ė (lrytas.lt: "Ninevės")
        ("Ninevės", "nineveh", "case ending"),
        # an acute accent typed for the apostrophe before a Turkish suffix (a Voice of
        # America text: "El Şeytat´ın"), and the Surayt b’ (Syriac Press: "b’Arbil")
        ("El Şeytat´ın", "shaitat", "case ending"),
        ("b’Arbil", "erbil", "elided"),
    ],
)
def test_more_inflections_and_blessings_are_read_away(
    query: str, expected: str, reason: str
) -> None:
    entries = [
        Entry(
            id="abu-humam-al-shami",
            kind="person",
            name="Abu Humam al-Shami",
            arabic="أبو همام الشامي",
        ),
        Entry(id="zaynab-bint-ali", kind="person", name="Zaynab bint Ali", arabic="زينب بنت علي"),
        Entry(id="husayn-ibn-ali", kind="person", name="Husayn ibn Ali", arabic="الحسين بن علي"),
        Entry(id="tehran", kind="place", name="Tehran", arabic="طهران", variants=("تهران",)),
        Entry(id="iraq", kind="place", name="Iraq", arabic="العراق", variants=("al-Iraq",)),
        Entry(id="nineveh", kind="place", name="Nineveh", arabic="نينوى", variants=("Ninewa",)),
        Entry(id="latamneh", kind="place", name="al-Lataminah", arabic="اللطامنة"),
        Entry(
            id="shaitat", kind="tribe", name="Shaitat", arabic="الشعيطات", variants=("al-Shaitat",)
        ),
        Entry(id="erbil", kind="place", name="Erbil", arabic="أربيل", variants=("Arbil",)),
        Entry(id="sistani", kind="person", name="Ali al-Sistani", arabic="علي السيستاني"),
    ]
    top = Glossary(entries, check=False).match(query)
    assert top[0].entry.id == expected
    assert reason in top[0].reason


def test_a_glued_article_before_an_ayn_mark_is_read_apart() -> None:
    # "Alqa`eda", with a backtick for the ayn (an Egyptian blogger's English)
    entries = [
        Entry(id="al-qaeda", kind="group", name="al-Qaeda", arabic="القاعدة"),
        Entry(id="uqaydat", kind="tribe", name="Uqaydat", arabic="العكيدات"),
    ]
    top = Glossary(entries, check=False).match("Alqa`eda")
    assert top[0].entry.id == "al-qaeda"


@given(any_text)
def test_reading_a_sorani_preposition_never_raises(query: str) -> None:
    for read in without_sorani_preposition(query):
        assert read
        assert read in query


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # a vowel alone beside one word: an initial (lrytas.lt: "A. Ocalaną") or the
        # Turkish and Persian ezafe (a Turkish Shia site: "Hazret-i Ali")
        ("A. Ocalaną", "abdullah-ocalan"),
        ("Hazret-i Ali", "ali-ibn-abi-talib"),
        # ... whose words are then aligned with the names it proposes (lrytas.lt: "A. al
        # Sharaa")
        ("A. al Sharaa", "ahmed-al-sharaa"),
    ],
)
def test_a_vowel_alone_beside_one_word_finds_that_words_entries(
    query: str, expected: str, shipped: Glossary
) -> None:
    # in the shipped glossary, where more names share the word than are proposed
    top = shipped.match(query)
    assert top[0].entry.id == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the vocative of laments and chants, apart or joined (Iraqi lament lyrics and
        # revolution chants: "يا بغداد", "يــا ســوريــا", "يالحسين")
        ("يا بغداد", "baghdad"),
        ("يــا ســوريــا", "syria"),
        ("يالحسين", "husayn-ibn-ali"),
        # the Turkmen locative and the Uzbek dative after a consonant (Azatlyk: "Yrakda",
        # "Eýranda"; Kun.uz: "Eronga")
        ("Yrakda", "iraq"),
        ("Eýranda", "iran"),
        ("Eronga", "iran"),
    ],
)
def test_a_vocative_or_a_central_asian_case_is_read_away(
    query: str, expected: str, shipped: Glossary
) -> None:
    top = shipped.match(query)
    assert top[0].entry.id == expected


@given(any_text)
def test_reading_a_vocative_never_raises(query: str) -> None:
    called = without_vocative(query)
    assert called is None or len(called) < len(query)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the Polish dative of a name made of words of the table (rmf24.pl: "Syryjskim
        # Siłom Demokratycznym")
        ("Syryjskim Siłom Demokratycznym", "syrian-democratic-forces"),
        # the German genitive of Rat, council (iranian.de:
        # "Hohen Irakischen Islamischen Rates"; Der Standard: "Militärrats von Deir ez-Zor")
        ("Hohen Irakischen Islamischen Rates", "islamic-supreme-council-of-iraq"),
        ("Militärrats von Deir ez-Zor", "deir-ez-zor-military-council"),
        # a company, the German calque of saraya, joined to its name (sn.at:
        # "Friedenskompanie")
        ("Friedenskompanie", "saraya-al-salam"),
        # Indonesian words for guardians and workers (Republika: "Penjaga Agama"; viva.co.id:
        # "Partai Buruh Kurdi") and the French word for assault (a Tribune de Genève blog:
        # "5e Corps d'assaut")
        ("Penjaga Agama", "hurras-al-din"),
        ("Partai Buruh Kurdi", "kurdistan-workers-party"),
        ("5e Corps d'assaut", "fifth-corps"),
        # the Swedish militia, joined to the name (Vimmerby Tidning: "Mahdimilisen")
        ("Mahdimilisen", "mahdi-army"),
        # the Turkish copula after the apostrophe (askwikinow, a mirror of Turkish Wikipedia:
        # "Dava Partisi'dir") and the Polish locative of a name in -ha (wikizero, Polish
        # Wikipedia: "w Kardasze")
        ("Dava Partisi'dir", "islamic-dawa-party"),
        ("Kardasze", "qardaha"),
        # the Sadrist Movement's name since April 2024, in Turkish (Fırat News: "Ulusal
        # Şia Hareketi")
        ("Ulusal Şia Hareketi", "sadrist-movement"),
        # the Turkish -et for the ة of a name of one word, before more words (Kudüs Haber:
        # "Hikmet Partisi’nin", the Hikma party)
        ("Hikmet Partisi’nin", "national-wisdom-movement"),
        # the Italian word for wisdom, in a name that also reads as the Sadrist Movement's
        # National Shia Movement (Internazionale: "Movimento nazionale per la saggezza")
        ("Movimento nazionale per la saggezza", "national-wisdom-movement"),
    ],
)
def test_more_words_of_other_languages_are_read(
    query: str, expected: str, shipped: Glossary
) -> None:
    top = shipped.match(query)
    assert top[0].entry.id == expected
