"""The comments of the starter project file that `rollout new projects/NAME.yaml --process …` writes.

Its YAML is made from the process it follows (ids, roles, steps); these are the words around it.
"""

from __future__ import annotations

from rollout.locale.language import t

HEADER = t(
    """\
# Käyttöönottoprojekti: yksi todellinen käyttöönotto prosessin $process mukaan.
# Tähän kirjoitetaan vain se, mikä koskee tätä projektia: päivämäärät, ihmiset ja eteneminen.
# Tehtävät, vaiheet, roolit ja kestot tulevat prosessikuvauksesta.
#
# Päivämäärät kirjoitetaan muodossa VVVV-KK-PP (2027-03-01). Tehtävät, vaiheet ja roolit nimetään
# prosessin tunnisteilla (id). Tarkista muutokset: rollout validate; tilanne: rollout status $path
""",
    """\
# Införandeprojekt: ett verkligt införande enligt processen $process.
# Här skrivs bara det som gäller projektet: datum, personer och hur långt det har kommit.
# Uppgifterna, faserna, rollerna och längderna kommer från processbeskrivningen.
#
# Datum skrivs ÅÅÅÅ-MM-DD (2027-03-01). Uppgifter, faser och roller anges med processens
# identifierare (id). Kontrollera ändringar: rollout validate; läget: rollout status $path
""",
    """\
# A rollout project: one real rollout that follows the process $process.
# Only what is true of this project goes here: its dates, its people and how far it has got.
# The tasks, phases, roles and durations come from the process file.
#
# Dates are written YYYY-MM-DD (2027-03-01). Tasks, phases and roles are named by the process's
# ids. Check changes with: rollout validate; the state: rollout status $path
""",
)
COMMENTS = {
    "process": t(
        "prosessi, jota projekti noudattaa, tästä tiedostosta katsottuna",
        "processen som projektet följer, sett från den här filen",
        "the process it follows, seen from this file",
    ),
    "start": t("projektin ensimmäinen työpäivä", "projektets första arbetsdag", "the project's first working day"),
    "go_live": t(
        "mikä tehtävä on käyttöönotto ja sen tavoitepäivä",
        "vilken uppgift som är införandet och dess måldatum",
        "which task is the go-live, and the target date",
    ),
    "as_of": t(
        "päivä, jonka tilanteen tiedosto kertoo: vaihda se, kun päivität tiedostoa",
        "dagen vars läge filen beskriver: ändra den när du uppdaterar filen",
        "the day this file tells the state of: change it when you update the file",
    ),
    "lead": t(
        "projektin vetäjä: henkilön id alta",
        "projektledaren: en persons id nedan",
        "the project lead: a person's id below",
    ),
    "people": t(
        "kuka hoitaa kunkin prosessin roolin: kirjoita oikeat nimet",
        "vem som sköter varje roll i processen: skriv de riktiga namnen",
        "who fills each role of the process: write the real names",
    ),
    "name": t("nimi", "namn", "name"),
    "steps": t(
        "vain tehtävät, joista tiedetään jotain: alkamis- ja valmistumispäivä",
        "bara uppgifter som något är känt om: start- och slutdatum",
        "only the tasks something is known about: when they started and finished",
    ),
    "finished": t("valmistumispäivä: tehty", "slutdatum: klar", "a finish date: done"),
    "blocked": t("jumissa, ja miksi", "stoppad, och varför", "stuck, and why"),
    "gates": t(
        "vaiheen päättävä päätös, kun se on tehty: go, no-go tai postponed",
        "beslutet som avslutar en fas, när det är fattat: go, no-go eller postponed",
        "the decision that closes a phase, once taken: go, no-go or postponed",
    ),
    "calendar": t(
        "työpäivät ma–pe; Suomen arkipyhät jätetään pois itsestään; lisää tauot",
        "arbetsdagar mån–fre; finska helgdagar räknas bort av sig själva; lägg till uppehåll",
        "working days Monday–Friday; Finnish public holidays are left out by themselves; add breaks",
    ),
    "break": t("Kesätauko", "Sommaruppehåll", "Summer break"),
    "note": t("Odottaa päätöstä.", "Väntar på beslut.", "Waiting for a decision."),
}
