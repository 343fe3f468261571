"""Labels of the guide deck: headings, fixed sentences, speaker-note advice."""

from __future__ import annotations

from rollout.locale.language import Language, t

LABELS: dict[str, dict[Language, str]] = {
    "deck_title": t(
        "{title}: opas projektin vetäjälle",
        "{title}: guide för projektledaren",
        "{title}: a guide for the project lead",
    ),
    "version": t("Versio {version}", "Version {version}", "Version {version}"),
    "authors": t("Laatijat: {names}", "Författare: {names}", "Authors: {names}"),
    "howto_title": t("Näin käytät tätä esitystä", "Så här använder du presentationen", "How to use this deck"),
    "howto": t(
        "Prosessissa on {phases} vaihetta, {roles} roolia ja {steps} tehtävää. Esitys etenee vaihe kerrallaan.\n"
        "Jokainen vaihe alkaa aloitusdialla: tavoite, aloitus- ja lopetusehdot, vaiheen päättävä päätös ja sen "
        "tekijä. Sen jälkeen tulee dia jokaisesta tehtävästä samassa järjestyksessä kuin ne tehdään.\n"
        "Tehtävädia kertoo, mitä tehdään ja miksi, kuka vastaa (R), kuka hyväksyy (A), keitä kuullaan (C) ja "
        "keille tiedotetaan (I), mitä tarvitaan ensin ja mitä syntyy.\n"
        "Käy tarkistuslista läpi ennen kuin merkitset tehtävän tehdyksi. Vaihe päättyy, kun sen päätös on tehty.\n"
        "Roolidiat ja vastuumatriisi kertovat jokaiselle osallistujalle, mitä hän tekee missäkin vaiheessa.\n"
        "Puhujan muistiinpanoissa on jokaiselle dialle, mitä kannattaa sanoa ja mihin kiinnittää huomiota.\n"
        "Esitys tuotetaan prosessikuvauksesta (YAML). Tee muutokset siihen, ei tähän esitykseen: "
        "seuraava koonti korvaa tämän tiedoston.",
        "Processen har {phases} faser, {roles} roller och {steps} uppgifter. Presentationen går fas för fas.\n"
        "Varje fas börjar med en inledande bild: mål, start- och slutvillkor, beslutet som avslutar fasen och "
        "vem som fattar det. Därefter följer en bild per uppgift i den ordning de utförs.\n"
        "Uppgiftsbilden visar vad som görs och varför, vem som utför (R), vem som godkänner (A), vem som "
        "konsulteras (C) och informeras (I), vad som behövs först och vad som blir resultatet.\n"
        "Gå igenom checklistan innan du markerar uppgiften som klar. Fasen slutar när beslutet är fattat.\n"
        "Rollbilderna och ansvarsmatrisen visar varje deltagare vad hen gör i varje fas.\n"
        "Talaranteckningarna berättar för varje bild vad du kan säga och vad du ska vara uppmärksam på.\n"
        "Presentationen skapas ur processbeskrivningen (YAML). Gör ändringar där, inte i presentationen: "
        "nästa bygge ersätter filen.",
        "The process has {phases} phases, {roles} roles and {steps} tasks. The deck goes phase by phase.\n"
        "Each phase opens with a slide: goal, entry and exit criteria, the decision that closes the phase and "
        "who makes it. Then comes one slide per task, in the order they are done.\n"
        "A task slide says what to do and why, who is responsible (R), who is accountable (A), who is "
        "consulted (C) and informed (I), what is needed first and what it delivers.\n"
        "Go through the checklist before you mark a task done. A phase ends when its decision is made.\n"
        "The role slides and the RACI matrix tell every participant what they do in each phase.\n"
        "The speaker notes say, for every slide, what to say and what to watch for.\n"
        "The deck is generated from the process description (YAML). Make changes there, not here: "
        "the next build replaces this file.",
    ),
    "context_title": t("Lähtötilanne ja tavoite", "Utgångsläge och mål", "Background and goal"),
    "ctx_background": t("Lähtötilanne", "Utgångsläge", "Background"),
    "ctx_needs": t("Tarpeet", "Behov", "Needs"),
    "ctx_goal": t("Tavoiteltu muutos", "Eftersträvad förändring", "Intended change"),
    "ctx_target_group": t("Kohderyhmä", "Målgrupp", "Target group"),
    "ctx_conditions": t("Onnistumisen edellytykset", "Förutsättningar för att lyckas", "Conditions for success"),
    "ctx_resources": t("Resurssit", "Resurser", "Resources"),
    "ctx_tips": t("Vinkit soveltajille", "Tips för den som tillämpar modellen", "Tips for adopters"),
    "ctx_results": t("Tuloksia", "Resultat", "Results"),
    "glance_alt": t(
        "Uimaratakuva: {title}. Roolit riveinä, vaiheet sarakkeina, tehtävät laatikoina ja riippuvuudet nuolina.",
        "Simbanediagram: {title}. Roller som rader, faser som kolumner, uppgifter som rutor och beroenden som pilar.",
        "Swimlane diagram: {title}. Roles as rows, phases as columns, tasks as boxes, dependencies as arrows.",
    ),
    "roles_of": t("Rooli: {name}", "Roll: {name}", "Role: {name}"),
    "role_kind_internal": t("Oma organisaatio", "Egen organisation", "Own organisation"),
    "role_kind_partner": t("Ulkoinen kumppani", "Extern partner", "External partner"),
    "role_kind_customer": t("Asiakas / asukas", "Kund / invånare", "Customer / resident"),
    "group": t("Ryhmä: {group}", "Grupp: {group}", "Group: {group}"),
    "role_phase": t("Vaihe {n}: {name}", "Fas {n}: {name}", "Phase {n}: {name}"),
    "role_none": t("Ei tehtäviä tässä vaiheessa.", "Inga uppgifter i den här fasen.", "No tasks in this phase."),
    "raci_title": t("Vastuumatriisi (RACI)", "Ansvarsmatris (RACI)", "Responsibility matrix (RACI)"),
    "raci_task": t("Tehtävä", "Uppgift", "Task"),
    "raci_legend": t(
        "R = tekee (vastuussa toteutuksesta) · A = hyväksyy ja omistaa · C = kuullaan · I = tiedotetaan",
        "R = utför · A = godkänner och äger · C = konsulteras · I = informeras",
        "R = responsible (does it) · A = accountable (approves, owns) · C = consulted · I = informed",
    ),
    "phase_title": t("Vaihe {n}/{count}: {name}", "Fas {n}/{count}: {name}", "Phase {n}/{count}: {name}"),
    "goal": t("Tavoite", "Mål", "Goal"),
    "entry": t("Aloitusehdot", "Startvillkor", "Entry criteria"),
    "exit": t("Lopetusehdot", "Slutvillkor", "Exit criteria"),
    "gate": t("Vaiheen päättävä päätös", "Beslut som avslutar fasen", "Decision that closes the phase"),
    "gate_line": t("{decision} Päättäjä: {who}.", "{decision} Beslutsfattare: {who}.", "{decision} Decided by: {who}."),
    "duration": t("Tyypillinen kesto", "Typisk längd", "Typical duration"),
    "ongoing_phase": t(
        "Jatkuva vaihe: ei päättymispäivää.", "Fortlöpande fas: inget slutdatum.", "Ongoing phase: no end date."
    ),
    "participants": t("Osallistujat", "Deltagare", "Participants"),
    "phase_steps": t("Tehtävät tässä vaiheessa", "Uppgifter i den här fasen", "Tasks in this phase"),
    "you_are_here": t(
        "Olet tässä: vaihe {n}/{count}, {name}",
        "Du är här: fas {n}/{count}, {name}",
        "You are here: phase {n}/{count}, {name}",
    ),
    "mini_alt": t(
        "Pienoisuimaratakuva, jossa vaihe {name} on korostettu ja muut vaiheet himmennetty.",
        "Litet simbanediagram där fasen {name} är markerad och de andra faserna nedtonade.",
        "Miniature swimlane with the phase {name} highlighted and the other phases dimmed.",
    ),
    "step_meta": t(
        "Vaihe {n}: {phase} · Omistaja: {owner}",
        "Fas {n}: {phase} · Ägare: {owner}",
        "Phase {n}: {phase} · Owner: {owner}",
    ),
    "weeks": t("Kesto noin\u00a0{n}\u00a0vk", "Längd cirka\u00a0{n}\u00a0v", "About\u00a0{n}\u00a0weeks"),
    "milestone": t("Virstanpylväs", "Milstolpe", "Milestone"),
    "recurring": t("Toistuu: {cadence}", "Återkommer: {cadence}", "Recurs: {cadence}"),
    "inferred": t(
        "Lähteet eivät kuvaa tätä tehtävää; se on päätelty. Tarkista se omassa organisaatiossasi.",
        "Källorna beskriver inte uppgiften; den är härledd. Kontrollera den i din organisation.",
        "The sources do not describe this task; it is inferred. Check it in your organisation.",
    ),
    "what": t("Mitä teet", "Vad du gör", "What to do"),
    "why": t("Miksi", "Varför", "Why"),
    "who": t("Vastuut", "Ansvar", "Responsibilities"),
    "raci_r": t("Tekee (R): {names}", "Utför (R): {names}", "Responsible (R): {names}"),
    "raci_a": t("Hyväksyy (A): {names}", "Godkänner (A): {names}", "Accountable (A): {names}"),
    "raci_c": t("Kuullaan (C): {names}", "Konsulteras (C): {names}", "Consulted (C): {names}"),
    "raci_i": t("Tiedotetaan (I): {names}", "Informeras (I): {names}", "Informed (I): {names}"),
    "needs_first": t("Edellyttää ensin", "Kräver först", "Needs first"),
    "after_step": t("Tehtävä {number} {title}", "Uppgift {number} {title}", "Task {number} {title}"),
    "deliverables": t("Tuotokset", "Resultat", "Deliverables"),
    "checklist": t("Tarkistuslista", "Checklista", "Checklist"),
    "tips": t("Vinkit", "Tips", "Tips"),
    "pitfalls": t("Sudenkuopat", "Fallgropar", "Pitfalls"),
    "links": t("Materiaalit", "Material", "Materials"),
    "continued": t("jatkuu", "fortsätter", "continued"),
    "part": t("{n}/{count}", "{n}/{count}", "{n}/{count}"),
    "timeline_title": t("Aikataulu ja kriittinen polku", "Tidsplan och kritisk linje", "Timeline and critical path"),
    "timeline_axis": t("viikkoa", "veckor", "weeks"),
    "timeline_legend": t(
        "Palkit: tehtävän kestoarvio viikkoina, alku riippuvuuksien mukaan. Kriittinen polku: tumma palkki ja "
        "lihavoitu nimi. Salmiakki: tehtävä ilman kestoarviota.",
        "Staplar: uppgiftens uppskattade längd i veckor, start enligt beroenden. Kritisk linje: mörk stapel och "
        "fet text. Romb: uppgift utan uppskattad längd.",
        "Bars: each task's estimated weeks, starting when its dependencies end. Critical path: dark bar and "
        "bold name. Diamond: task without an estimate.",
    ),
    "timeline_alt": t(
        "Aikajana {total} viikkoa. Kriittinen polku: {path}.",
        "Tidslinje {total} veckor. Kritisk linje: {path}.",
        "Timeline of {total} weeks. Critical path: {path}.",
    ),
    "metrics_title": t("Muutoksen mittaaminen", "Mätning av förändringen", "Measuring the change"),
    "metric_name": t("Mittari", "Mätare", "Metric"),
    "metric_baseline": t("Lähtötaso", "Utgångsnivå", "Baseline"),
    "metric_target": t("Tavoite", "Mål", "Target"),
    "metric_source": t("Lähde", "Källa", "Source"),
    "evaluation_title": t("Arviointi ja oppiminen", "Utvärdering och lärande", "Evaluation and learning"),
    "evaluation_intro": t(
        "Käykää nämä kysymykset läpi yhdessä jokaisen vaiheen päätteeksi ja koko käyttöönoton lopuksi.",
        "Gå igenom frågorna tillsammans efter varje fas och när hela införandet är klart.",
        "Go through these questions together at the end of every phase and of the whole rollout.",
    ),
    "sources_title": t("Lähteet", "Källor", "Sources"),
    "notes_title": t(
        "Esittele käyttöönoton tavoite ja kerro, että esitys on vaiheittainen ohje, jota käytetään koko "
        "projektin ajan.",
        "Presentera målet med införandet och berätta att presentationen är en stegvis guide för hela projektet.",
        "Introduce the goal of the rollout and explain that this deck is a step-by-step guide for the whole project.",
    ),
    "notes_howto": t(
        "Näytä osallistujille, miten esitystä luetaan: vaiheen aloitusdia, tehtävädiat ja tarkistuslistat. "
        "Kerro, kuka ylläpitää prosessikuvausta.",
        "Visa deltagarna hur presentationen läses: fasens inledande bild, uppgiftsbilderna och checklistorna. "
        "Berätta vem som underhåller processbeskrivningen.",
        "Show the participants how to read the deck: the phase opening slide, the task slides and the "
        "checklists. Say who maintains the process description.",
    ),
    "notes_context": t(
        "Kerro lähtötilanne ja tavoiteltu muutos omin sanoin. Kysy, tunnistaako ryhmä tarpeet omassa työssään.",
        "Berätta om utgångsläget och den eftersträvade förändringen med egna ord. Fråga om gruppen känner igen "
        "behoven i sitt arbete.",
        "Tell the background and the intended change in your own words. Ask whether the group recognises the "
        "needs in its own work.",
    ),
    "notes_glance": t(
        "Kulje kuva läpi vasemmalta oikealle vaihe kerrallaan. Pyydä jokaista osallistujaa etsimään oma "
        "roolinsa riviltä ja kertomaan, mitä hän tekee kussakin vaiheessa.",
        "Gå igenom bilden från vänster till höger, fas för fas. Be varje deltagare hitta sin roll på raderna "
        "och berätta vad hen gör i varje fas.",
        "Walk through the picture from left to right, phase by phase. Ask every participant to find their "
        "role's row and say what they do in each phase.",
    ),
    "notes_role": t(
        "Käy läpi roolin {name} tehtävät vaihe vaiheelta. Varmista, että roolille on nimetty henkilö ja "
        "että hänellä on aikaa tehtäviin.",
        "Gå igenom rollens {name} uppgifter fas för fas. Se till att en person är utsedd för rollen och har "
        "tid för uppgifterna.",
        "Go through the tasks of the role {name} phase by phase. Make sure a person is named for the role "
        "and has time for the tasks.",
    ),
    "notes_raci": t(
        "Tarkista matriisista, että jokaisella tehtävällä on yksi hyväksyjä (A) ja että kukaan ei ole "
        "ylikuormitettu. Sopikaa vastuut ääneen.",
        "Kontrollera i matrisen att varje uppgift har en godkännare (A) och att ingen är överbelastad. "
        "Kom överens om ansvaret högt.",
        "Check in the matrix that every task has one accountable role (A) and that nobody is overloaded. "
        "Agree the responsibilities out loud.",
    ),
    "notes_phase": t(
        "Kerro vaiheen {name} tavoite ja aloitusehdot. Sovi, milloin vaiheen päätös tehdään ja kuka sen tekee: "
        "{who}. Kysy, täyttyvätkö aloitusehdot jo.",
        "Berätta om målet och startvillkoren för fasen {name}. Kom överens om när beslutet fattas och av vem: "
        "{who}. Fråga om startvillkoren redan är uppfyllda.",
        "Explain the goal and the entry criteria of the phase {name}. Agree when its decision is made and by "
        "whom: {who}. Ask whether the entry criteria are met already.",
    ),
    "notes_phase_nogate": t(
        "Kerro vaiheen {name} tavoite ja aloitusehdot. Kysy, täyttyvätkö aloitusehdot jo.",
        "Berätta om målet och startvillkoren för fasen {name}. Fråga om startvillkoren redan är uppfyllda.",
        "Explain the goal and the entry criteria of the phase {name}. Ask whether the entry criteria are met.",
    ),
    "notes_step": t(
        "Tehtävästä vastaa {responsible}; hyväksyjä on {accountable}. Sovi aikataulu ja käy tarkistuslista läpi "
        "ennen kuin tehtävä merkitään tehdyksi.",
        "{responsible} utför uppgiften; {accountable} godkänner. Kom överens om tidsplanen och gå igenom "
        "checklistan innan uppgiften markeras klar.",
        "{responsible} does this task; {accountable} approves it. Agree the schedule and go through the "
        "checklist before the task is marked done.",
    ),
    "notes_watch": t("Huomioi: {text}", "Observera: {text}", "Watch for: {text}"),
    "notes_continued": t(
        "Jatkoa edelliseltä dialta: {title}.",
        "Fortsättning från föregående bild: {title}.",
        "Continued from the previous slide: {title}.",
    ),
    "notes_timeline": t(
        "Aikataulu on laskettu kestoarvioista ja riippuvuuksista. Kriittisen polun tehtävien viivästyminen "
        "siirtää koko käyttöönottoa: seuraa niitä erityisesti.",
        "Tidsplanen är beräknad ur uppskattningar och beroenden. Förseningar på den kritiska linjen flyttar "
        "hela införandet: följ dem särskilt.",
        "The timeline is computed from the estimates and dependencies. A delay on the critical path moves the "
        "whole rollout: watch those tasks closely.",
    ),
    "notes_metrics": t(
        "Sovi, kuka kerää kunkin luvun ja milloin. Kirjaa lähtötaso ennen käyttöönottoa, jotta muutos näkyy.",
        "Kom överens om vem som samlar in varje siffra och när. Notera utgångsnivån före införandet.",
        "Agree who collects each figure and when. Record the baseline before the rollout so the change shows.",
    ),
    "notes_evaluation": t(
        "Anna jokaisen vastata ensin itse, sitten yhdessä. Kirjaa opit ja päivitä prosessikuvaus niiden mukaan.",
        "Låt alla svara först själva, sedan tillsammans. Skriv ner lärdomarna och uppdatera processbeskrivningen.",
        "Let everyone answer alone first, then together. Record the lessons and update the process description.",
    ),
    "notes_sources": t(
        "Näistä lähteistä löytyy lisätietoa ja alkuperäinen toimintamalli.",
        "Mer information och den ursprungliga modellen finns i dessa källor.",
        "These sources hold more information and the original model.",
    ),
}
