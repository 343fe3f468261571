"""Labels of a project's status outputs: the status swimlane, the dated deck's status report, the people pages."""

from __future__ import annotations

from rollout.locale.language import Language, t

LABELS: dict[str, dict[Language, str]] = {
    # calendar words
    "months": t(
        "tammi helmi maalis huhti touko kesä heinä elo syys loka marras joulu",
        "jan feb mars apr maj juni juli aug sep okt nov dec",
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    ),
    "iso_week_axis": t("viikko", "vecka", "week"),
    "state_late": t("myöhässä", "försenad", "late"),
    # the status swimlane
    "sw_title": t(
        "{title} · tilanne {date} · {go_live}",
        "{title} · läget {date} · {go_live}",
        "{title} · status on {date} · {go_live}",
    ),
    "sw_golive": t(
        "go-live: ennuste {forecast}, tavoite {target} ({verdict})",
        "go-live: prognos {forecast}, mål {target} ({verdict})",
        "go-live: forecast {forecast}, target {target} ({verdict})",
    ),
    "sw_golive_plan": t(
        "go-live: ennuste {forecast} (suunniteltu {planned})",
        "go-live: prognos {forecast} (planerat {planned})",
        "go-live: forecast {forecast} (planned {planned})",
    ),
    "sw_finish": t(
        "valmis ennusteen mukaan {forecast} (suunniteltu {planned})",
        "klart enligt prognosen {forecast} (planerat {planned})",
        "forecast to end on {forecast} (planned {planned})",
    ),
    "sw_people_one": t("1 henkilö", "1 person", "1 person"),
    "sw_people_many": t("{n} henkilöä", "{n} personer", "{n} people"),
    "sw_lane": t("{role}: {people}", "{role}: {people}", "{role}: {people}"),
    "sw_legend_milestone": t(
        "Paksu reunus: virstanpylväs tai päätös",
        "Tjock kant: milstolpe eller beslut",
        "Thick outline: milestone or decision",
    ),
    "sw_legend_dependency": t("Riippuvuus", "Beroende", "Dependency"),
    "sw_alt": t(
        "Tilannekuva: {title}. Roolit ja henkilöt riveinä, vaiheet sarakkeina, tehtävien tila väreinä ja merkkeinä.",
        "Lägesbild: {title}. Roller och personer som rader, faser som kolumner, uppgifternas status som färg och "
        "tecken.",
        "Status picture: {title}. Roles and people as rows, phases as columns, each task's state as a fill and a mark.",
    ),
    # the dated deck: the guide's slides for one project
    "dd_title": t("{title}: tilanne ja opas", "{title}: läget och guiden", "{title}: status and guide"),
    "dd_status_on": t("Tilanne {date}", "Läget {date}", "Status on {date}"),
    "dd_state": t("Tila: {state}", "Status: {state}", "Status: {state}"),
    "dd_done_on": t("valmis {date}", "klar {date}", "done on {date}"),
    "dd_late_by": t(
        "{days} myöhässä (piti valmistua {date})",
        "{days} försenad (skulle vara klar {date})",
        "{days} late (due {date})",
    ),
    "dd_planned": t("Suunniteltu {dates}", "Planerat {dates}", "Planned {dates}"),
    "dd_actual": t("toteutunut {dates}", "genomfört {dates}", "actual {dates}"),
    "dd_started": t("alkoi {date}", "började {date}", "started {date}"),
    "dd_forecast_finish": t("ennuste valmis {date}", "prognos klar {date}", "forecast to finish {date}"),
    "dd_forecast": t("ennuste {dates}", "prognos {dates}", "forecast {dates}"),
    "dd_runs_on": t("alkaa {date}, jatkuu", "börjar {date}, fortlöpande", "starts {date}, runs on"),
    "dd_skip": t(
        "Ohitetaan tässä projektissa: {text}", "Hoppas över i projektet: {text}", "Skipped in this project: {text}"
    ),
    "dd_note": t("Muistiinpano: {text}", "Anteckning: {text}", "Note: {text}"),
    "dd_phase_dates": t(
        "Suunniteltu {planned}; ennuste {forecast}",
        "Planerat {planned}; prognos {forecast}",
        "Planned {planned}; forecast {forecast}",
    ),
    "dd_phase_state_done": t(
        "Valmis {dates} (suunniteltu {planned})",
        "Klar {dates} (planerat {planned})",
        "Done {dates} (planned {planned})",
    ),
    "dd_phase_state_doing": t(
        "Käynnissä {start} alkaen; ennuste valmis {forecast} (suunniteltu {planned})",
        "Pågår sedan {start}; prognos klar {forecast} (planerat {planned})",
        "In progress since {start}; forecast to end {forecast} (planned {planned})",
    ),
    "dd_phase_state_todo": t(
        "Ei alkanut; ennuste {forecast} (suunniteltu {planned})",
        "Inte påbörjad; prognos {forecast} (planerat {planned})",
        "Not started; forecast {forecast} (planned {planned})",
    ),
    "dd_phase_short_done": t("valmis {dates}", "klar {dates}", "done {dates}"),
    "dd_phase_short_doing": t(
        "käynnissä, ennuste valmis {forecast}",
        "pågår, prognos klar {forecast}",
        "in progress, forecast to end {forecast}",
    ),
    "dd_phase_short_todo": t("ennuste {forecast}", "prognos {forecast}", "forecast {forecast}"),
    "dd_project_week": t(
        "projektin viikko {first}/{total}", "projektvecka {first} av {total}", "project week {first} of {total}"
    ),
    "dd_project_weeks": t(
        "projektin viikot {first}–{last}/{total}",
        "projektveckorna {first}–{last} av {total}",
        "project weeks {first}–{last} of {total}",
    ),
    "dd_no_forecast": t("ei ennustetta, estetty", "ingen prognos, blockerad", "no forecast: blocked"),
    "dd_holds_up": t("Tämän takia odottavat: {items}", "På grund av detta väntar: {items}", "Held up by this: {items}"),
    "dd_holds_gate": t("vaiheen {n} päätös", "beslutet i fas {n}", "the phase {n} decision"),
    "dd_at_risk": t(
        "Ennusteen mukaan myöhästymässä ({n})",
        "Enligt prognosen på väg att bli försenade ({n})",
        "Forecast to be late ({n})",
    ),
    "dd_at_risk_more": t(
        "… ja {n} myöhempää; kaikki tehtävät aikataulussa ja tehtävälistassa.",
        "… och {n} senare; alla uppgifter i tidsplanen och uppgiftslistan.",
        "… and {n} later ones; every task is in the timeline and the task list.",
    ),
    "dd_none_at_risk": t(
        "Ennusteen mukaan mikään tehtävä ei ole myöhästymässä.",
        "Enligt prognosen blir ingen uppgift försenad.",
        "No task is forecast to be late.",
    ),
    "dd_past_target": t(
        "go-liven tavoitteen {target} jälkeen", "efter go-live-målet {target}", "after the go-live target {target}"
    ),
    "dd_no_decisions": t("Ei päätöksiä.", "Inga beslut.", "No decisions."),
    "dd_no_decisions_left": t(
        "Ei päätöksiä: kaikki vaiheiden päätökset on tehty.",
        "Inga beslut: alla fasers beslut är fattade.",
        "No decisions: every phase's decision has been taken.",
    ),
    "dd_phase_done": t(
        "{done}/{total} tehtävää valmiina", "{done} av {total} uppgifter klara", "{done} of {total} tasks done"
    ),
    "dd_gate_due": t(
        "Päätös: ennuste {forecast} (suunniteltu {planned})",
        "Beslut: prognos {forecast} (planerat {planned})",
        "Decision: forecast {forecast} (planned {planned})",
    ),
    "dd_gate_taken": t("Päätetty {date}: {decision}", "Beslutat {date}: {decision}", "Decided on {date}: {decision}"),
    "dd_gate_revisit": t("päätetään uudelleen {date}", "beslutas på nytt {date}", "decided again on {date}"),
    "dd_people": t("Tässä projektissa: {names}", "I projektet: {names}", "In this project: {names}"),
    "dd_nobody": t(
        "Tähän rooliin ei ole vielä nimetty ketään.",
        "Ingen har ännu utsetts till rollen.",
        "Nobody has been named for this role yet.",
    ),
    "dd_process": t(
        "Prosessi: {title}, versio {version}",
        "Process: {title}, version {version}",
        "Process: {title}, version {version}",
    ),
    "dd_howto": t(
        "Tämä esitys on projektin {project} oma: prosessin {process} opas tämän projektin päivämäärin, "
        "henkilöin ja tiloin. Tilanne on {date}.\n"
        "Alussa on tilannekatsaus: missä vaiheessa ollaan, mitä valmistui kahden viikon aikana, tilannekuva "
        "uimaratana, mikä on myöhässä tai estynyt ja kuka sen tekee, mitä kullakin on työn alla seuraavien kahden "
        "viikon aikana ja mitä seuraavassa päätöksessä päätetään.\n"
        "Sen jälkeen tulee opas vaihe kerrallaan: jokaisella tehtävädialla tehtävän tila, suunnitellut, toteutuneet "
        "ja ennustetut päivät sekä tekijät nimeltä roolin vieressä.\n"
        "Aikataulu on kalenterissa: suunniteltu ja toteutunut rinnakkain, tilannepäivä pystyviivana, pyhät ja "
        "lomat varjostettuina. Mittarit ovat muokattavina kaavioina.\n"
        "Esitys tuotetaan projektitiedostosta ja prosessikuvauksesta (YAML). Päivitä tilanne projektitiedostoon "
        "(valmistumispäivät, päätökset ja tilannepäivä as_of): seuraava koonti korvaa tämän tiedoston.",
        "Presentationen hör till projektet {project}: guiden för processen {process} med projektets datum, "
        "personer och status. Läget gäller {date}.\n"
        "Först kommer lägesrapporten: i vilken fas projektet är, vad som blev klart de senaste två veckorna, "
        "lägesbilden som simbanor, vad som är försenat eller blockerat och vem som utför det, vad var och en har "
        "på gång de närmaste två veckorna och vad nästa beslut gäller.\n"
        "Därefter följer guiden fas för fas: varje uppgiftsbild visar uppgiftens status, planerade, faktiska "
        "och prognostiserade datum och de som utför den med namn bredvid rollen.\n"
        "Tidsplanen är i kalendern: planerat och faktiskt sida vid sida, lägesdagen som en lodrät linje, "
        "helger och ledigheter skuggade. Mätarna är redigerbara diagram.\n"
        "Presentationen skapas ur projektfilen och processbeskrivningen (YAML). Uppdatera läget i projektfilen "
        "(slutdatum, beslut och lägesdatumet as_of): nästa bygge ersätter filen.",
        "This deck belongs to the project {project}: the guide to the process {process} with this project's "
        "dates, people and states. The status is as of {date}.\n"
        "It opens with the status report: which phase the project is in, what was done in the previous two "
        "weeks, the status swimlane, what is late or blocked and who does it, what each person has under way "
        "in the next two weeks and what the next decision is about.\n"
        "Then comes the guide phase by phase: every task slide gives the task's state, its planned, actual "
        "and forecast dates and the people by name beside their role.\n"
        "The timeline is in calendar dates: planned and actual side by side, the status date as a vertical line, "
        "holidays and breaks shaded. The metrics are editable charts.\n"
        "The deck is generated from the project file and the process description (YAML). Update the status in "
        "the project file (finish dates, decisions and the status date as_of): the next build replaces this file.",
    ),
    "dd_scope": t("Projekti: {title}", "Projektet: {title}", "The project: {title}"),
    "dd_services": t("Palvelut", "Tjänster", "Services"),
    "dd_units": t("Yksiköt", "Enheter", "Units"),
    "dd_no_answer": t("Ei vielä vastausta.", "Inget svar ännu.", "Not answered yet."),
    "dd_howto_marks": t(
        "Tilannekuvassa jokaisen tehtävän tila näkyy värinä ja merkkinä: {marks}.",
        "I lägesbilden syns varje uppgifts status som färg och tecken: {marks}.",
        "In the status swimlane each task's state shows as a fill and a mark: {marks}.",
    ),
    # the status report
    "dd_overview_title": t("Tilannekatsaus {date}", "Lägesrapport {date}", "Status report, {date}"),
    "dd_problems_title": t(
        "Myöhässä, estyneet ja myöhästymässä",
        "Försenat, blockerat och på väg att bli försenat",
        "Late, blocked and forecast to be late",
    ),
    "dd_upcoming_title": t(
        "Seuraavat kaksi viikkoa ({dates}) henkilöittäin",
        "De närmaste två veckorna ({dates}) per person",
        "The next two weeks ({dates}), person by person",
    ),
    "dd_gate_title": t("Seuraava päätös", "Nästa beslut", "The next decision"),
    "dd_last_gate": t(
        "Edellinen päätös: vaihe {n} {name}. {words}",
        "Föregående beslut: fas {n} {name}. {words}",
        "Last decision: phase {n} {name}. {words}",
    ),
    "dd_recent": t(
        "Valmistui kahden viikon aikana ({dates}): {n}",
        "Klart de senaste två veckorna ({dates}): {n}",
        "Done in the previous two weeks ({dates}): {n}",
    ),
    "dd_done_item": t("{step}: valmis {date} ({who})", "{step}: klar {date} ({who})", "{step}: done {date} ({who})"),
    "dd_none_done": t("Yksikään tehtävä ei valmistunut.", "Ingen uppgift blev klar.", "No task was finished."),
    "dd_none_late": t("Mikään tehtävä ei ole myöhässä.", "Ingen uppgift är försenad.", "No task is late."),
    "dd_none_blocked": t("Mikään tehtävä ei ole estynyt.", "Ingen uppgift är blockerad.", "No task is blocked."),
    "dd_who": t(
        "Tekee: {does} · hyväksyy: {approves}",
        "Utför: {does} · godkänner: {approves}",
        "Does it: {does} · answers for it: {approves}",
    ),
    "dd_upcoming_intro": t(
        "Avoimet tehtävät, jotka ovat työn alla {dates}, tekijöittäin; määräpäivä on suunniteltu valmistumispäivä.",
        "Öppna uppgifter som pågår {dates}, per person; deadline är det planerade slutdatumet.",
        "Open tasks under way {dates}, by who does them; the due date is the planned finish.",
    ),
    "dd_due": t("määräpäivä {date}", "deadline {date}", "due {date}"),
    "dd_starts": t("alkaa {date}", "börjar {date}", "starts {date}"),
    "dd_gate_told": t("Päätöksestä kerrotaan", "Beslutet meddelas", "Who must be told"),
    "dd_gate_waits": t("Odottaa vielä ({n})", "Väntar ännu på ({n})", "Still waiting for ({n})"),
    # the calendar timeline
    "dd_calendar_title": t("Aikataulu kalenterissa", "Tidsplan i kalendern", "Timeline in the calendar"),
    "dd_calendar_alt": t(
        "Aikajana {first}–{last}: jokaisen tehtävän suunniteltu ja toteutunut tai ennustettu aika, tilannepäivä "
        "pystyviivana.",
        "Tidslinje {first}–{last}: varje uppgifts planerade och faktiska eller prognostiserade tid, lägesdagen "
        "som en lodrät linje.",
        "Timeline {first} to {last}: each task's planned and actual or forecast time, the status date as a "
        "vertical line.",
    ),
    "dd_calendar_legend": t(
        "Ohut harmaa palkki: suunniteltu. Paksu palkki: toteutunut tai ennuste, väri ja merkki tilan mukaan ({marks}). "
        "Sininen pystyviiva: tilanne {today}. {shaded} Salmiakki: vaiheen päätös. Lihavoitu nimi: kriittinen polku.",
        "Tunn grå stapel: planerat. Tjock stapel: faktiskt eller prognos, färg och tecken efter status ({marks}). "
        "Blå lodrät linje: läget {today}. {shaded} Romb: fasens beslut. Fet text: kritisk linje.",
        "Thin grey bar: planned. Thick bar: actual or forecast, fill and mark by state ({marks}). Blue vertical "
        "line: status on {today}. {shaded} Diamond: the phase's decision. Bold name: critical path.",
    ),
    "dd_calendar_shaded": t("Varjostettu: arkipyhät.", "Skuggat: helgdagar.", "Shaded: public holidays."),
    "dd_calendar_shaded_breaks": t(
        "Varjostettu: arkipyhät ja tauot ({breaks}).",
        "Skuggat: helgdagar och uppehåll ({breaks}).",
        "Shaded: public holidays and breaks ({breaks}).",
    ),
    # the metric charts
    "dd_chart_title": t("Mittari: {name}", "Mätare: {name}", "Metric: {name}"),
    "dd_chart_measured": t("Mitattu", "Uppmätt", "Measured"),
    "dd_chart_target": t("Tavoite", "Mål", "Target"),
    "dd_chart_latest": t(
        "Viimeisin mittaus: {value} ({date})",
        "Senaste mätning: {value} ({date})",
        "Latest measurement: {value} ({date})",
    ),
    "dd_chart_agreed": t("Sovittu tavoite: {value}", "Överenskommet mål: {value}", "Agreed target: {value}"),
    "dd_chart_process_target": t("Prosessin tavoite: {text}", "Processens mål: {text}", "The process's target: {text}"),
    "dd_chart_baseline": t("Lähtötaso: {text}", "Utgångsnivå: {text}", "Baseline: {text}"),
    "dd_chart_source": t("Lähde: {text}", "Källa: {text}", "Source: {text}"),
    "dd_metric_latest": t("Viimeisin mittaus", "Senaste mätning", "Latest measurement"),
    "dd_metric_target": t("sovittu tavoite {value}", "överenskommet mål {value}", "agreed target {value}"),
    # the people pages
    "pp_title": t(
        "{title}: tehtävät henkilöittäin", "{title}: uppgifter per person", "{title}: tasks person by person"
    ),
    "pp_person": t("{name} ({roles})", "{name} ({roles})", "{name} ({roles})"),
    "pp_intro": t(
        "Tilanne {date}. Tehtäviäsi on valmiina {done}; alla avoimet, aikaisin ensin.",
        "Läget {date}. Av dina uppgifter är {done} klara; nedan de öppna, de tidigaste först.",
        "Status on {date}. {done} of your tasks are done; the open ones below, soonest first.",
    ),
    "pp_tasks": t("Tehtäväsi ({n})", "Dina uppgifter ({n})", "Your tasks ({n})"),
    "pp_no_tasks": t("Ei avoimia tehtäviä.", "Inga öppna uppgifter.", "Nothing open."),
    "pp_approves": t("Hyväksyt (A) ({n})", "Du godkänner (A) ({n})", "You answer for (A) ({n})"),
    "pp_decides": t("Päätöksesi ({n})", "Dina beslut ({n})", "Your decisions ({n})"),
    "pp_tell": t("Kerro valmistumisesta: {names}", "Informera när det är klart: {names}", "When done, tell: {names}"),
    "pp_tell_decision": t(
        "Kerro päätöksestä: {names}", "Informera om beslutet: {names}", "Tell of the decision: {names}"
    ),
    "pp_told": t("Sinulle kerrotaan (I)", "Du informeras (I)", "You are told (I)"),
    "pp_told_none": t(
        "Sinulle ei ole tulossa tiedotettavaa avoimista tehtävistä.",
        "Inga öppna uppgifter ska rapporteras till dig.",
        "No open task is due to be reported to you.",
    ),
    "pp_gate_ref": t("Vaiheen {n} päätös ({name})", "Beslutet i fas {n} ({name})", "Phase {n} decision ({name})"),
    "dd_summary_phases": t(
        "Vaiheet tässä projektissa (ennuste)", "Faserna i projektet (prognos)", "The phases in this project (forecast)"
    ),
}
