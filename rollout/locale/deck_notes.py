"""Speaker notes of the decks: a presenter's script that adds what the slide does not say."""

from __future__ import annotations

from rollout.locale.language import Language, t

LABELS: dict[str, dict[Language, str]] = {
    "notes_title": t(
        "Tämä opas kulkee mukana koko käyttöönoton ajan: jokaisen tehtävän dia kertoo, mitä seuraavaksi tehdään "
        "ja kuka siitä vastaa.",
        "Guiden följer med under hela införandet: varje uppgiftsbild berättar vad som görs härnäst och vem som "
        "svarar för det.",
        "This guide goes with you through the whole rollout: every task slide tells what comes next and who "
        "answers for it.",
    ),
    "ask_title": t(
        "Kuka on ollut mukana aiemmassa käyttöönotossa, ja mikä siinä oli vaikeinta?",
        "Vem har varit med i ett tidigare införande, och vad var svårast?",
        "Who has taken part in an earlier rollout, and what was hardest?",
    ),
    "notes_howto": t(
        "Otan esimerkiksi yhden tehtävän ja näytän, mistä löydätte seuraavan askeleen ja sen, joka vastaa siitä.",
        "Jag tar en uppgift som exempel och visar var ni hittar nästa steg och den som svarar för det.",
        "Let me take one task as an example and show where you find the next step and who answers for it.",
    ),
    "ask_howto": t(
        "Kuka meillä ylläpitää prosessikuvausta, kun jokin muuttuu?",
        "Vem underhåller processbeskrivningen hos oss när något ändras?",
        "Who maintains the process description here when something changes?",
    ),
    "notes_context": t(
        "Tässä on syy, miksi teemme tämän: tarpeet, joihin vastaamme, ja muutos, jota tavoittelemme.",
        "Här är skälet till att vi gör det här: behoven vi svarar på och förändringen vi vill nå.",
        "Here is why we are doing this: the needs we answer and the change we aim for.",
    ),
    "ask_context": t(
        "Tunnistatteko nämä tarpeet omassa työssänne?",
        "Känner ni igen behoven i ert eget arbete?",
        "Do you recognise these needs in your own work?",
    ),
    "notes_glance": t(
        "Tässä on koko prosessi yhdellä kuvalla: rivit ovat rooleja, sarakkeet vaiheita, ja nuolet kertovat, "
        "mikä odottaa mitäkin.",
        "Här är hela processen i en bild: raderna är roller, kolumnerna faser, och pilarna visar vad som "
        "väntar på vad.",
        "Here is the whole process in one picture: rows are roles, columns are phases, and the arrows show what "
        "waits for what.",
    ),
    "ask_glance": t(
        "Löytääkö jokainen oman roolinsa rivin, ja mitä teette kussakin vaiheessa?",
        "Hittar alla sin rolls rad, och vad gör ni i varje fas?",
        "Does everyone find their role's row, and what do you do in each phase?",
    ),
    "notes_raci": t(
        "Jokaisella tehtävällä on yksi hyväksyjä; päätösrivit kertovat, kuka päättää vaiheen ja kenelle siitä "
        "kerrotaan.",
        "Varje uppgift har en som godkänner; beslutsraderna visar vem som avslutar fasen och vem som informeras.",
        "Every task has one role that answers for it; the decision rows show who closes each phase and who is told.",
    ),
    "ask_raci": t(
        "Onko joku ylikuormitettu? Sopikaa vastuut ääneen.",
        "Är någon överbelastad? Kom överens om ansvaret högt.",
        "Is anyone overloaded? Agree the responsibilities out loud.",
    ),
    "notes_timeline": t(
        "Aikataulu on laskettu kestoarvioista ja riippuvuuksista; vaiheen päätös pidättää seuraavan vaiheen.",
        "Tidsplanen är beräknad ur uppskattningar och beroenden; ett fasbeslut håller tillbaka nästa fas.",
        "The timeline is computed from the estimates and dependencies; a phase decision holds the next phase back.",
    ),
    "ask_timeline": t(
        "Mihin kohtiin lomat tai muut hankkeet osuvat?",
        "Var infaller semestrar eller andra projekt?",
        "Where do holidays or other projects fall?",
    ),
    "notes_metrics": t(
        "Lähtötaso kirjataan ennen käyttöönottoa, jotta muutos näkyy.",
        "Utgångsnivån noteras före införandet så att förändringen syns.",
        "The baseline is recorded before the rollout so the change shows.",
    ),
    "ask_metrics": t(
        "Kuka kerää kunkin luvun, milloin ja kenelle?",
        "Vem samlar in varje siffra, när och åt vem?",
        "Who collects each figure, when and for whom?",
    ),
    "notes_evaluation": t(
        "Vastatkaa ensin jokainen itse, sitten yhdessä; kirjaamme opit ja päivitämme prosessikuvauksen.",
        "Svara först var för sig, sedan tillsammans; vi skriver ner lärdomarna och uppdaterar processbeskrivningen.",
        "Answer alone first, then together; we record the lessons and update the process description.",
    ),
    "ask_evaluation": t(
        "Mikä yksi asia tehdään seuraavalla kerralla toisin?",
        "Vilken sak gör vi annorlunda nästa gång?",
        "What one thing do we do differently next time?",
    ),
    "notes_sources": t(
        "Alkuperäinen toimintamalli ja lisätiedot löytyvät näistä.",
        "Den ursprungliga modellen och mer information finns här.",
        "The original model and more information are here.",
    ),
    "ask_sources": t(
        "Mitä muita lähteitä meillä on käytössä?",
        "Vilka andra källor använder vi?",
        "Which other sources do we use?",
    ),
    "notes_continued": t(
        "Jatkoa edelliseltä dialta: {title}.",
        "Fortsättning från föregående bild: {title}.",
        "Continued from the previous slide: {title}.",
    ),
    "notes_say": t("Sano: {text}", "Säg: {text}", "Say: {text}"),
    "notes_ask": t("Kysy ryhmältä: {text}", "Fråga gruppen: {text}", "Ask the room: {text}"),
    "notes_tip": t("Vinkki: {text}", "Tips: {text}", "Tip: {text}"),
    "notes_pitfall": t("Varo: {text}", "Se upp: {text}", "Watch out: {text}"),
    "notes_weeks": t(
        "Aikataulun mukaan tämä tehtävä on vuorossa viikoilla {start}–{end}.",
        "Enligt tidsplanen pågår uppgiften veckorna {start}–{end}.",
        "In the schedule this task runs in weeks {start}–{end}.",
    ),
    "notes_week": t(
        "Aikataulun mukaan tämä tehtävä on vuorossa viikolla {week}.",
        "Enligt tidsplanen infaller uppgiften vecka {week}.",
        "In the schedule this task falls in week {week}.",
    ),
    "notes_slip": t(
        "Jos se myöhästyy viikon, koko käyttöönotto myöhästyy viikon.",
        "Blir den en vecka sen, blir hela införandet en vecka senare.",
        "If it is a week late, the whole rollout is a week late.",
    ),
    "ask_milestone": t(
        "Missä kokouksessa tämä päätetään, ja onko se jo kalenterissa?",
        "På vilket möte fattas det här beslutet, och finns det redan i kalendern?",
        "Which meeting decides this, and is it in the calendar yet?",
    ),
    "ask_inferred": t(
        "Lähteet eivät kerro tästä tehtävästä. Tehdäänkö se meillä näin, vai kuuluuko se jollekulle muulle?",
        "Källorna säger inget om uppgiften. Gör vi den så här, eller hör den till någon annan?",
        "The sources say nothing about this task. Do we do it this way here, or does it belong to someone else?",
    ),
    "ask_consulted": t(
        "Ketä kuullaan käytännössä, nimeltä, ja milloin heille varataan aika?",
        "Vem konsulteras i praktiken, med namn, och när bokas tiden med dem?",
        "Who, by name, is consulted in practice, and when is their time booked?",
    ),
    "ask_checklist": t(
        "Mikä tarkistuslistan kohta on meillä vaikein täyttää, ja kuka sen hoitaa?",
        "Vilken punkt på checklistan är svårast för oss, och vem tar hand om den?",
        "Which checklist item is hardest for us, and who takes care of it?",
    ),
    "ask_next": t(
        "Tietävätkö seuraavien tehtävien tekijät, milloin tämä valmistuu?",
        "Vet de som gör nästa uppgifter när den här blir klar?",
        "Do the people doing the next tasks know when this one will be done?",
    ),
    "ask_default": t(
        "Kuka meillä tekee tämän käytännössä, ja onko hänellä aikaa juuri näinä viikkoina?",
        "Vem gör det här hos oss i praktiken, och har hen tid just de veckorna?",
        "Who does this here in practice, and do they have time in exactly those weeks?",
    ),
    "notes_phase_weeks": t(
        "Vaihe {n} on aikataulun mukaan käynnissä viikoilla {start}–{end}.",
        "Fas {n} pågår enligt tidsplanen veckorna {start}–{end}.",
        "In the schedule phase {n} runs in weeks {start}–{end}.",
    ),
    "notes_phase_gate": t(
        "Se päättyy vasta, kun päätös on tehty: sopikaa jo nyt päivä, jolloin se tehdään, ja varatkaa se "
        "päättäjän kalenteriin.",
        "Den slutar först när beslutet är fattat: bestäm redan nu dagen för beslutet och boka den i "
        "beslutsfattarens kalender.",
        "It ends only when the decision is made: set the day for it now and book it in the decider's calendar.",
    ),
    "notes_phase_nogate": t(
        "Vaiheella ei ole omaa päätöstä, joten seuraava vaihe voi alkaa sen rinnalla.",
        "Fasen har inget eget beslut, så nästa fas kan börja parallellt.",
        "The phase has no decision of its own, so the next phase may start alongside it.",
    ),
    "notes_phase_ongoing": t(
        "Tämä vaihe on jatkuvaa työtä: se ei pääty päivämäärään, vaan siirtyy osaksi arkea.",
        "Fasen är fortlöpande arbete: den slutar inte ett visst datum utan blir en del av vardagen.",
        "This phase is ongoing work: it does not end on a date but becomes part of everyday work.",
    ),
    "ask_entry": t(
        "Täyttyvätkö aloitusehdot jo? Jos eivät, kuka hoitaa puuttuvat ennen aloitusta?",
        "Är startvillkoren redan uppfyllda? Om inte, vem ordnar det som saknas före start?",
        "Are the entry criteria met already? If not, who sorts out what is missing before the start?",
    ),
    "ask_phase": t(
        "Onko jokaisella osallistujalla aikaa tämän vaiheen viikoille?",
        "Har varje deltagare tid under den här fasens veckor?",
        "Does every participant have time in this phase's weeks?",
    ),
    "notes_role_work": t(
        "Tämä rooli tekee (R) {r} tehtävää ja hyväksyy (A) {a}.",
        "Rollen utför (R) {r} uppgifter och godkänner (A) {a}.",
        "This role does (R) {r} tasks and answers for (A) {a}.",
    ),
    "notes_role_weeks": t(
        "Aikataulun mukaan sillä on jokin tehtävä käynnissä noin {weeks} viikon ajan.",
        "Enligt tidsplanen har den någon uppgift på gång under cirka {weeks} veckor.",
        "In the schedule it has a task running for about {weeks} weeks.",
    ),
    "notes_role_lead": t(
        "Tämä on projektin vetäjän rooli: vetäjä pitää aikataulun, kutsuu päättäjät koolle ja päivittää "
        "prosessikuvauksen.",
        "Det här är projektledarens roll: ledaren håller tidsplanen, kallar beslutsfattarna och uppdaterar "
        "processbeskrivningen.",
        "This is the project lead's role: the lead keeps the schedule, calls the deciders together and updates "
        "the process description.",
    ),
    "ask_role": t(
        "Kuka meillä on tässä roolissa nimeltä, ja onko hänellä aikaa näille viikoille?",
        "Vem har den här rollen hos oss, med namn, och har hen tid de här veckorna?",
        "Who holds this role here, by name, and do they have time in these weeks?",
    ),
    "notes_summary": t(
        "Kokonaiskesto on arvio: se pitenee, jos kriittisen polun tehtävä viivästyy, mutta ei, jos muu "
        "tehtävä joustaa.",
        "Den totala längden är en uppskattning: den blir längre om en uppgift på den kritiska linjen försenas, "
        "men inte om en annan uppgift ger efter.",
        "The total is an estimate: it grows when a critical-path task slips, not when another task gives way.",
    ),
    "ask_summary": t(
        "Mikä kriittisen polun tehtävistä on meille suurin riski, ja mitä sille voi tehdä jo nyt?",
        "Vilken uppgift på den kritiska linjen är den största risken för oss, och vad kan göras redan nu?",
        "Which critical-path task is our biggest risk, and what can be done about it now?",
    ),
    "notes_gates": t(
        "Jokainen vaihe päättyy ääneen tehtyyn ja kirjattuun päätökseen, eikä seuraava vaihe ala ennen sitä.",
        "Varje fas slutar med ett beslut som fattas och protokollförs, och nästa fas börjar inte före det.",
        "Every phase ends with a decision made out loud and recorded, and the next phase does not start before it.",
    ),
    "notes_gates_columns": t(
        "Valmis, kun -sarakkeessa ovat vaiheen lopetusehdot ja päätöksen perusteet yhtenä listana.",
        "I kolumnen Klar när står fasens slutvillkor och beslutets grunder som en lista.",
        "The Done when column holds the phase's exit criteria and the decision's criteria as one list.",
    ),
    "ask_gates": t(
        "Tietävätkö päättäjät jo, milloin heidän päätöstään tarvitaan, ja onko aika varattu?",
        "Vet beslutsfattarna redan när deras beslut behövs, och är tiden bokad?",
        "Do the deciders know when their decision is needed, and is the time booked?",
    ),
}
