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
        "Alussa ovat vaiheet, kokonaiskesto ja kriittinen polku, uimaratakuva ja kaikki vaiheiden päätökset: "
        "kuka päättää, millä perusteilla ja kenelle kerrotaan.\n"
        "Jokainen vaihe alkaa aloitusdialla: tavoite, aloitusehdot, tarkistuslista siitä, milloin vaihe on "
        "valmis, vaiheen päätös ja osallistujat. Sen jälkeen tulee dia jokaisesta tehtävästä.\n"
        "Tehtävädia kertoo, mitä tehdään ja miksi, kuka tekee (R), kuka hyväksyy (A), keitä kuullaan (C) ja "
        "keille tiedotetaan (I), mitä tarvitaan ensin ja mitä tehtävä avaa seuraavaksi.\n"
        "Käy tarkistuslista läpi ennen kuin merkitset tehtävän tehdyksi. Vaihe päättyy, kun sen päätös on tehty.\n"
        "Puhujan muistiinpanoissa on jokaiselle dialle lause sanottavaksi, kysymys ryhmälle sekä vinkit ja "
        "sudenkuopat.\n"
        "Esitys tuotetaan prosessikuvauksesta (YAML). Tee muutokset siihen, ei tähän esitykseen: "
        "seuraava koonti korvaa tämän tiedoston.",
        "Processen har {phases} faser, {roles} roller och {steps} uppgifter. Presentationen går fas för fas.\n"
        "I början finns faserna, den totala längden och den kritiska linjen, simbanediagrammet och alla "
        "fasbeslut: vem som beslutar, på vilka grunder och vem som ska informeras.\n"
        "Varje fas börjar med en inledande bild: mål, startvillkor, en checklista för när fasen är klar, "
        "fasens beslut och deltagarna. Därefter följer en bild per uppgift.\n"
        "Uppgiftsbilden visar vad som görs och varför, vem som utför (R), vem som godkänner (A), vem som "
        "konsulteras (C) och informeras (I), vad som behövs först och vad uppgiften öppnar härnäst.\n"
        "Gå igenom checklistan innan du markerar uppgiften som klar. Fasen slutar när beslutet är fattat.\n"
        "Talaranteckningarna ger för varje bild en mening att säga, en fråga till gruppen samt tips och "
        "fallgropar.\n"
        "Presentationen skapas ur processbeskrivningen (YAML). Gör ändringar där, inte i presentationen: "
        "nästa bygge ersätter filen.",
        "The process has {phases} phases, {roles} roles and {steps} tasks. The deck goes phase by phase.\n"
        "First come the phases, the total duration and the critical path, the swimlane and every phase "
        "decision: who decides, on what grounds and who must be told.\n"
        "Each phase opens with a slide: goal, entry criteria, one checklist for when the phase is done, the "
        "phase decision and the participants. Then comes one slide per task.\n"
        "A task slide says what to do and why, who does it (R), who answers for it (A), who is consulted (C) "
        "and informed (I), what is needed first and what the task unblocks next.\n"
        "Go through the checklist before you mark a task done. A phase ends when its decision is made.\n"
        "The speaker notes give, for every slide, a sentence to say, a question for the room, tips and "
        "pitfalls.\n"
        "The deck is generated from the process description (YAML). Make changes there, not here: "
        "the next build replaces this file.",
    ),
    "howto_lead": t(
        "Opas on projektin vetäjälle. Tässä prosessissa vetäjän rooli on {lead}: sen roolidia on ensimmäisenä.",
        "Guiden är skriven för projektledaren. I den här processen är ledarens roll {lead}: dess rollbild "
        "kommer först.",
        "The guide is for the project lead. In this process the lead's role is {lead}: its role slide comes first.",
    ),
    "howto_no_lead": t(
        "Opas on projektin vetäjälle. Prosessikuvaus ei nimeä vetäjän roolia (lead_role): sopikaa vetäjä "
        "ennen aloitusta.",
        "Guiden är skriven för projektledaren. Processbeskrivningen anger inte ledarens roll (lead_role): "
        "kom överens om ledaren innan ni börjar.",
        "The guide is for the project lead. The process description names no lead role (lead_role): agree "
        "who leads before you start.",
    ),
    "lead_mark": t("Projektin vetäjä", "Projektledare", "Project lead"),
    "lead": t("Projektin vetäjä: {name}", "Projektledare: {name}", "Project lead: {name}"),
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
    "raci_title": t("Vastuumatriisi (RACI)", "Ansvarsmatris (RACI)", "Responsibility matrix (RACI)"),
    "raci_task": t("Tehtävä", "Uppgift", "Task"),
    "raci_legend": t(
        "R = tekee · A = hyväksyy · C = kuullaan · I = tiedotetaan · Päätös-rivillä A päättää, I:lle kerrotaan",
        "R = utför · A = godkänner · C = konsulteras · I = informeras · På en beslutsrad beslutar A, I informeras",
        "R = does it · A = answers for it · C = consulted · I = informed · On a decision row A decides, I is told",
    ),
    "phase_title": t("Vaihe {n}/{count}: {name}", "Fas {n}/{count}: {name}", "Phase {n}/{count}: {name}"),
    "goal": t("Tavoite", "Mål", "Goal"),
    "entry": t("Aloitusehdot", "Startvillkor", "Entry criteria"),
    "done_when": t("Valmis, kun", "Klar när", "Done when"),
    "gate": t("Vaiheen päättävä päätös", "Beslut som avslutar fasen", "Decision that closes the phase"),
    "gate_decider": t("Päättää: {who}", "Beslutar: {who}", "Decides: {who}"),
    "gate_told": t("Päätöksestä kerrotaan: {who}", "Beslutet meddelas: {who}", "Who must be told: {who}"),
    "decision_row": t("Päätös: {decision}", "Beslut: {decision}", "Decision: {decision}"),
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
    "zoom_title": t("Lähikuva: vaihe\u00a0{n}", "Närbild: fas\u00a0{n}", "Close-up: phase\u00a0{n}"),
    "zoom_alt": t(
        "Vaiheen {name} uimaratakuva suurennettuna. Katkoviivaiset laatikot nimeävät toisten vaiheiden tehtävät, "
        "joista nuolet tulevat tai joihin ne jatkuvat.",
        "Simbanediagram över fasen {name}, förstorat. Streckade rutor namnger uppgifterna i andra faser "
        "som pilarna kommer från eller fortsätter till.",
        "The swimlane of the phase {name}, enlarged. Dashed boxes name the tasks of other phases that arrows "
        "come from or continue to.",
    ),
    "zoom_notes": t(
        "Vaihe {name} lähikuvana: jokainen nuoli kulkee edeltävästä tehtävästä seuraavaan. Katkoviivaiset laatikot "
        "reunoilla kertovat, mistä toisen vaiheen tehtävästä nuoli tulee (←) tai mihin se jatkuu (→). Kysy "
        "ryhmältä: kenen tehtävä odottaa kenen valmistumista?",
        "Fasen {name} i närbild: varje pil går från en föregående uppgift till nästa. De streckade rutorna vid "
        "kanterna säger från vilken uppgift i en annan fas pilen kommer (←) eller vart den fortsätter (→). Fråga "
        "gruppen: vems uppgift väntar på att vem blir klar?",
        "The phase {name} close up: each arrow runs from a preceding task to the next. The dashed boxes at the "
        "edges name the task of another phase an arrow comes from (←) or continues to (→). Ask the group: whose "
        "task waits for whom to finish?",
    ),
    "mini_alt": t(
        "Pienoisuimaratakuva, jossa vaihe {name} on korostettu ja muut vaiheet himmennetty.",
        "Litet simbanediagram där fasen {name} är markerad och de andra faserna nedtonade.",
        "Miniature swimlane with the phase {name} highlighted and the other phases dimmed.",
    ),
    "step_meta": t(
        "Vaihe {n}: {phase}",
        "Fas {n}: {phase}",
        "Phase {n}: {phase}",
    ),
    "weeks": t("Kesto noin\u00a0{n}\u00a0vk", "Längd cirka\u00a0{n}\u00a0v", "About\u00a0{n}\u00a0weeks"),
    "milestone": t("Virstanpylväs", "Milstolpe", "Milestone"),
    "critical": t("Kriittisellä polulla", "På den kritiska linjen", "On the critical path"),
    "recurring": t("Toistuu: {cadence}", "Återkommer: {cadence}", "Recurs: {cadence}"),
    "recurring_plain": t("Toistuu", "Återkommer", "Recurs"),
    "inferred": t(
        "Lähteet eivät kuvaa tätä tehtävää; se on päätelty. Tarkista se omassa organisaatiossasi.",
        "Källorna beskriver inte uppgiften; den är härledd. Kontrollera den i din organisation.",
        "The sources do not describe this task; it is inferred. Check it in your organisation.",
    ),
    "what": t("Mitä teet", "Vad du gör", "What to do"),
    "why": t("Miksi", "Varför", "Why"),
    "who": t("Vastuut", "Ansvar", "Responsibilities"),
    "raci_r": t("Tekee (R): {names}", "Utför (R): {names}", "Does it (R): {names}"),
    "raci_a": t("Hyväksyy (A): {names}", "Godkänner (A): {names}", "Answers for it (A): {names}"),
    "raci_c": t("Kuullaan (C): {names}", "Konsulteras (C): {names}", "Consulted (C): {names}"),
    "raci_i": t("Tiedotetaan (I): {names}", "Informeras (I): {names}", "Informed (I): {names}"),
    "needs_first": t("Edellyttää ensin", "Kräver först", "Needs first"),
    "after_step": t("Tehtävä {number} {title}", "Uppgift {number} {title}", "Task {number} {title}"),
    "next": t("Seuraavaksi", "Härnäst", "What comes next"),
    "next_step": t(
        "Tehtävä {number} {title} · hyväksyy: {who}",
        "Uppgift {number} {title} · godkänner: {who}",
        "Task {number} {title} · answers for it: {who}",
    ),
    "next_after_gate": t(
        "Tehtävä {number} {title} · hyväksyy: {who} · kun vaiheen {n} päätös on tehty",
        "Uppgift {number} {title} · godkänner: {who} · när fas {n} är beslutad",
        "Task {number} {title} · answers for it: {who} · once phase {n} is decided",
    ),
    "closes_phase": t(
        "Mikään tehtävä ei odota tätä: se päättää vaiheen {n}.",
        "Ingen uppgift väntar på denna: den avslutar fas {n}.",
        "No task waits for this one: it closes phase {n}.",
    ),
    "closes_process": t(
        "Mikään tehtävä ei odota tätä: se päättää koko prosessin.",
        "Ingen uppgift väntar på denna: den avslutar hela processen.",
        "No task waits for this one: it closes the whole process.",
    ),
    "then_gate": t(
        "Sen jälkeen {who} päättää: {decision}",
        "Därefter beslutar {who}: {decision}",
        "Then {who} decides: {decision}",
    ),
    "deliverables": t("Tuotokset", "Resultat", "Deliverables"),
    "checklist": t("Tarkistuslista", "Checklista", "Checklist"),
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
    "summary_title": t(
        "Vaiheet, kesto ja kriittinen polku",
        "Faser, längd och kritisk linje",
        "Phases, duration and critical path",
    ),
    "summary_phases": t("Vaiheet ja tyypilliset kestot", "Faser och typisk längd", "Phases and typical durations"),
    "summary_phase": t("{n}. {name}: {duration}", "{n}. {name}: {duration}", "{n}. {name}: {duration}"),
    "summary_span": t(
        "aikataulussa viikot {start}–{end}",
        "i tidsplanen veckorna {start}–{end}",
        "weeks {start}–{end} in the schedule",
    ),
    "summary_total": t("Kokonaiskesto", "Total längd", "Total duration"),
    "total_range": t(
        "Käyttöönotto ({closed}) kestää noin {low} viikkoa tehtävien kestoarvioista laskettuna. Jatkuvan työn "
        "({ongoing}) arvioidut tehtävät päättyvät viikolla {high}, ja työ jatkuu sen jälkeen.",
        "Införandet ({closed}) tar cirka {low} veckor enligt uppgifternas uppskattningar. Det fortlöpande "
        "arbetets ({ongoing}) uppskattade uppgifter slutar vecka {high}, och arbetet fortsätter därefter.",
        "The rollout ({closed}) takes about {low} weeks from the task estimates. The estimated tasks of the "
        "ongoing work ({ongoing}) end in week {high}, and the work goes on after that.",
    ),
    "total_closed_one": t("vaihe 1", "fas 1", "phase 1"),
    "total_closed_many": t("vaiheet 1–{n}", "faserna 1–{n}", "phases 1–{n}"),
    "total_single": t(
        "Noin {weeks} viikkoa tehtävien kestoarvioista laskettuna.",
        "Cirka {weeks} veckor enligt uppgifternas uppskattningar.",
        "About {weeks} weeks from the task estimates.",
    ),
    "total_none": t(
        "Tehtäville ei ole kestoarvioita (duration_weeks), joten kokonaiskestoa ei voi laskea.",
        "Uppgifterna saknar uppskattningar (duration_weeks), så den totala längden kan inte beräknas.",
        "The tasks have no estimates (duration_weeks), so the total cannot be computed.",
    ),
    "summary_critical": t("Kriittinen polku", "Kritisk linje", "Critical path"),
    "critical_intro": t(
        "Nämä tehtävät määräävät kokonaiskeston: kun yksikin viivästyy, koko käyttöönotto viivästyy.",
        "De här uppgifterna bestämmer den totala längden: försenas en av dem, försenas hela införandet.",
        "These tasks set the total duration: when one of them slips, the whole rollout slips.",
    ),
    "gates_title": t("Vaiheiden päätökset", "Fasernas beslut", "Phase decisions"),
    "gates_decision": t("Päätös", "Beslut", "Decision"),
    "gates_decider": t("Päättää", "Beslutar", "Decides"),
    "gates_told": t("Kerrotaan", "Informeras", "Told"),
    "role_decisions": t("Päätökset", "Beslut", "Decisions"),
    "role_decision": t(
        "Vaihe {n} päättyy: {decision}",
        "Fas {n} avslutas: {decision}",
        "Phase {n} closes: {decision}",
    ),
    "metric_agreed": t(
        "Sovitaan tehtävässä {number} {title}",
        "Kommer överens i uppgift {number} {title}",
        "Agreed in task {number} {title}",
    ),
    "metric_open": t(
        "Sopimatta: sopikaa ennen käyttöönottoa",
        "Inte överenskommet: kom överens före införandet",
        "Not agreed yet: agree it before go-live",
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
}
