"""Labels and speaker notes of the overview deck: the rollout presented to management while it is planned."""

from __future__ import annotations

from rollout.locale.language import Language, t

LABELS: dict[str, dict[Language, str]] = {
    "ov_title": t(
        "{title}: esittely johdolle",
        "{title}: presentation för ledningen",
        "{title}: presented to management",
    ),
    "ov_why_title": t("Miksi käyttöönotto?", "Varför införandet?", "Why this rollout?"),
    "ov_phases_title": t("Vaiheet ja päätökset", "Faser och beslut", "Phases and decisions"),
    "ov_phase": t("Vaihe", "Fas", "Phase"),
    "ov_goal": t("Tavoite", "Mål", "Goal"),
    "ov_gate": t("Päätös vaiheen lopussa", "Beslut i slutet av fasen", "Decision at the end"),
    "ov_decider": t("Päättää", "Beslutar", "Decides"),
    "ov_no_gate": t(
        "Ei erillistä päätöstä: seuraava vaihe voi alkaa rinnalla",
        "Inget eget beslut: nästa fas kan börja parallellt",
        "No decision of its own: the next phase may start alongside",
    ),
    "ov_no_gate_end": t("Ei erillistä päätöstä", "Inget eget beslut", "No decision of its own"),
    "ov_commit_title": t("Mihin kukin rooli sitoutuu", "Vad varje roll åtar sig", "What each role commits to"),
    "ov_role": t("Rooli", "Roll", "Role"),
    "ov_total": t("Yhteensä", "Totalt", "Total"),
    "ov_cell": t("{steps} · {weeks}\u00a0vk", "{steps} · {weeks}\u00a0v", "{steps} · {weeks}\u00a0wk"),
    "ov_commit_legend": t(
        "Ensimmäinen luku: tehtävät, jotka rooli tekee (R). vk: viikot, joina niistä jokin on käynnissä "
        "aikataulussa (kestoarvioista, ei työtunteja).",
        "Första talet: uppgifter som rollen utför (R). v: veckor då någon av dem pågår i tidsplanen "
        "(ur uppskattningarna, inte arbetstimmar).",
        "First number: tasks the role does (R). wk: weeks in which one of them runs in the schedule "
        "(from the estimates, not hours of work).",
    ),
    "ov_timeline_title": t("Aikataulu", "Tidsplan", "Timeline"),
    "ov_decision_row": t("Päätös: {who}", "Beslut: {who}", "Decision: {who}"),
    "ov_timeline_legend": t(
        "Palkki: vaiheen kesto aikataulussa. Salmiakki: vaiheen päättävä päätös.",
        "Stapel: fasens längd i tidsplanen. Romb: beslutet som avslutar fasen.",
        "Bar: the phase's span in the schedule. Diamond: the decision that closes the phase.",
    ),
    "ov_critical": t(
        "Kriittinen polku kulkee {count} tehtävän kautta; pisimmät niistä: {longest}.",
        "Den kritiska linjen går genom {count} uppgifter; de längsta: {longest}.",
        "The critical path runs through {count} tasks; the longest of them: {longest}.",
    ),
    "ov_task_weeks": t("{ref} ({weeks}\u00a0vk)", "{ref} ({weeks}\u00a0v)", "{ref} ({weeks}\u00a0wk)"),
    "ov_decisions_title": t(
        "Päätökset, joita johdolta pyydetään",
        "Beslut som ledningen ombeds fatta",
        "Decisions asked of management",
    ),
    "ov_now": t("Nyt, suunnitteluvaiheessa", "Nu, under planeringen", "Now, while planning"),
    "ov_ask_start": t(
        "Aloitetaanko käyttöönotto tämän vaiheistuksen mukaan?",
        "Ska införandet börja enligt de här faserna?",
        "Shall the rollout start along these phases?",
    ),
    "ov_ask_lead": t(
        "Kuka nimetään projektin vetäjäksi (rooli: {lead})?",
        "Vem utses till projektledare (roll: {lead})?",
        "Who is named project lead (role: {lead})?",
    ),
    "ov_ask_no_lead": t(
        "Kuka nimetään projektin vetäjäksi?",
        "Vem utses till projektledare?",
        "Who is named project lead?",
    ),
    "ov_ask_time": t(
        "Varataanko roolien työaika sitoumusten mukaan? Eniten viikkoja: {role} ({weeks}\u00a0vk).",
        "Reserveras rollernas tid enligt åtagandena? Flest veckor: {role} ({weeks}\u00a0v).",
        "Is the roles' time reserved as committed? Most weeks: {role} ({weeks}\u00a0wk).",
    ),
    "ov_ask_book": t(
        "Varataanko alla olevat päätökset päättäjien kalentereihin?",
        "Bokas besluten nedan in i beslutsfattarnas kalendrar?",
        "Are the decisions below booked in the deciders' calendars?",
    ),
    "ov_during": t("Käyttöönoton aikana", "Under införandet", "During the rollout"),
    "ov_gate_when": t(
        "Viikolla {week}, {who}: {decision}",
        "Vecka {week}, {who}: {decision}",
        "Week {week}, {who}: {decision}",
    ),
    "ov_gate_undated": t("{who}: {decision}", "{who}: {decision}", "{who}: {decision}"),
    "ov_notes_title": t(
        "Tämä esitys kertoo suunnitteluvaiheessa, mitä käyttöönotto vaatii: vaiheet, päätökset, roolien työ ja "
        "aikataulu. Lopussa pyydämme päätöksiä.",
        "Presentationen visar under planeringen vad införandet kräver: faser, beslut, rollernas arbete och "
        "tidsplan. Till sist ber vi om beslut.",
        "This deck shows, while the rollout is planned, what it takes: phases, decisions, the roles' work and the "
        "timeline. At the end we ask for decisions.",
    ),
    "ov_ask_why": t(
        "Tunnistatteko nämä tarpeet omassa palvelussanne, ja mikä niistä painaa eniten?",
        "Känner ni igen behoven i er egen tjänst, och vilket väger tyngst?",
        "Do you recognise these needs in your own service, and which weighs most?",
    ),
    "ov_say_why": t(
        "Ensin se, miksi tähän ryhdytään, sitten se, mitä käyttöönotto vaatii meiltä.",
        "Först varför vi gör det här, sedan vad införandet kräver av oss.",
        "First why we are doing this, then what the rollout asks of us.",
    ),
    "ov_say_phases": t(
        "Mikään vaihe ei pääty itsestään: jokainen päätös tehdään ääneen ja kirjataan.",
        "Ingen fas slutar av sig själv: varje beslut fattas högt och protokollförs.",
        "No phase ends by itself: every decision is made out loud and recorded.",
    ),
    "ov_ask_phases": t(
        "Missä kokouksissa nämä päätökset tehdään, ja kuka valmistelee ne?",
        "På vilka möten fattas besluten, och vem bereder dem?",
        "In which meetings are these decisions made, and who prepares them?",
    ),
    "ov_say_glance": t(
        "Jokainen rivi on rooli ja jokainen sarake vaihe: nuolet näyttävät, mikä odottaa mitäkin.",
        "Varje rad är en roll och varje kolumn en fas: pilarna visar vad som väntar på vad.",
        "Each row is a role and each column a phase: the arrows show what waits for what.",
    ),
    "ov_ask_glance": t(
        "Löytääkö jokainen oman rivinsä, ja puuttuuko kuvasta joku?",
        "Hittar alla sin egen rad, och saknas någon i bilden?",
        "Does everyone find their own row, and is anyone missing from the picture?",
    ),
    "ov_say_commit": t(
        "Viikot kertovat, milloin rooli on mukana, eivät kuinka monta tuntia työ vie.",
        "Veckorna visar när rollen är med, inte hur många timmar arbetet tar.",
        "The weeks say when a role is involved, not how many hours the work takes.",
    ),
    "ov_ask_commit": t(
        "Onko jokaiselle roolille nimetty henkilö, jolla on aikaa näinä viikkoina?",
        "Har varje roll en utsedd person som har tid de här veckorna?",
        "Does every role have a named person with time in these weeks?",
    ),
    "ov_say_timeline": t(
        "Kokonaiskesto on arvio tehtävien kestoista: kriittisen polun viive siirtää koko käyttöönottoa.",
        "Den totala längden bygger på uppskattningar: en försening på den kritiska linjen flyttar allt.",
        "The total comes from the task estimates: a delay on the critical path moves the whole rollout.",
    ),
    "ov_ask_timeline": t(
        "Sopiiko aikataulu palvelun muihin muutoksiin ja lomakausiin?",
        "Passar tidsplanen med tjänstens andra förändringar och semestrar?",
        "Does the timeline fit the service's other changes and holidays?",
    ),
    "ov_say_metrics": t(
        "Ilman lähtötasoa muutosta ei voi osoittaa: lähtötaso mitataan ennen kuin palvelu avataan.",
        "Utan utgångsnivå kan förändringen inte visas: den mäts innan tjänsten öppnas.",
        "Without a baseline the change cannot be shown: it is measured before the service opens.",
    ),
    "ov_ask_metrics": t(
        "Kuka kerää luvut, ja kenelle ne raportoidaan?",
        "Vem samlar in siffrorna, och till vem rapporteras de?",
        "Who collects the figures, and to whom are they reported?",
    ),
    "ov_say_decisions": t(
        "Ensimmäiset päätökset tarvitaan nyt; muut tulevat vastaan vaiheiden lopussa.",
        "De första besluten behövs nu; de andra kommer i slutet av faserna.",
        "The first decisions are needed now; the others come at the end of the phases.",
    ),
    "ov_ask_decisions": t(
        "Voimmeko päättää nämä tänään, vai mitä tarvitsette vielä?",
        "Kan vi besluta om detta i dag, eller vad behöver ni mer?",
        "Can we decide these today, or what more do you need?",
    ),
}
