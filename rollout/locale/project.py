"""Labels of the project outputs: the status text, the task list (XLSX) and the calendar (ICS)."""

from __future__ import annotations

from rollout.locale.language import Language, t

LABELS: dict[str, dict[Language, str]] = {
    # dates and counts
    "weekdays": t("ma ti ke to pe la su", "mån tis ons tor fre lör sön", "Mon Tue Wed Thu Fri Sat Sun"),
    "working_days_one": t("1 työpäivä", "1 arbetsdag", "1 working day"),
    "working_days_many": t("{n} työpäivää", "{n} arbetsdagar", "{n} working days"),
    # step states and decisions
    "state_todo": t("tekemättä", "ej påbörjad", "to do"),
    "state_doing": t("käynnissä", "pågår", "in progress"),
    "state_done": t("valmis", "klar", "done"),
    "state_blocked": t("estynyt", "blockerad", "blocked"),
    "state_skipped": t("ohitettu", "hoppas över", "skipped"),
    "decision_go": t("jatketaan (go)", "fortsätter (go)", "go"),
    "decision_no-go": t("ei jatketa (no-go)", "fortsätter inte (no-go)", "no-go"),
    "decision_postponed": t("siirretty", "uppskjutet", "postponed"),
    # the status text
    "status_heading": t("{title} · tilanne {date}", "{title} · läget {date}", "{title} · status on {date}"),
    "status_process": t("Prosessi: {process}", "Process: {process}", "Process: {process}"),
    "status_lead": t("Projektipäällikkö: {name}", "Projektledare: {name}", "Project lead: {name}"),
    "status_phase": t(
        "Vaihe {n}/{count} {name}: {done}/{total} tehtävää valmiina",
        "Fas {n}/{count} {name}: {done} av {total} uppgifter klara",
        "Phase {n}/{count} {name}: {done} of {total} tasks done",
    ),
    "status_overall": t(
        "Koko projekti: {done}/{total} tehtävää valmiina",
        "Hela projektet: {done} av {total} uppgifter klara",
        "Whole project: {done} of {total} tasks done",
    ),
    "status_overall_skipped": t(
        "Koko projekti: {done}/{total} tehtävää valmiina ({skipped} ohitettu)",
        "Hela projektet: {done} av {total} uppgifter klara ({skipped} överhoppade)",
        "Whole project: {done} of {total} tasks done ({skipped} skipped)",
    ),
    "status_golive": t(
        "Go-live ({step}): ennuste {forecast}, tavoite {target}: {verdict}",
        "Go-live ({step}): prognos {forecast}, mål {target}: {verdict}",
        "Go-live ({step}): forecast {forecast}, target {target}: {verdict}",
    ),
    "status_golive_plan": t(
        "Go-live ({step}): ennuste {forecast}, suunniteltu {planned}",
        "Go-live ({step}): prognos {forecast}, planerat {planned}",
        "Go-live ({step}): forecast {forecast}, planned {planned}",
    ),
    "status_behind": t("{days} myöhässä", "{days} försenat", "{days} late"),
    "status_ahead": t("{days} etuajassa", "{days} före", "{days} early"),
    "status_on_time": t("aikataulussa", "enligt plan", "on time"),
    "status_finish": t(
        "Projekti päättyy ennusteen mukaan {forecast} (suunniteltu {planned}).",
        "Projektet slutar enligt prognosen {forecast} (planerat {planned}).",
        "The project is forecast to end on {forecast} (planned {planned}).",
    ),
    "status_late": t("Myöhässä ({n})", "Försenade ({n})", "Late ({n})"),
    "status_was_due": t("piti valmistua {date}", "skulle vara klar {date}", "was due {date}"),
    "status_forecast": t("ennuste {date}", "prognos {date}", "forecast {date}"),
    "status_blocked": t("Estyneet ({n})", "Blockerade ({n})", "Blocked ({n})"),
    "status_at_risk": t(
        "Ennusteen mukaan myöhästymässä ({n})",
        "Enligt prognosen på väg att bli försenade ({n})",
        "Forecast to be late ({n})",
    ),
    "status_at_risk_when": t(
        "ennuste {forecast}, piti valmistua {planned}",
        "prognos {forecast}, skulle vara klar {planned}",
        "forecast {forecast}, due {planned}",
    ),
    "status_past_target": t(
        "go-liven tavoitteen {target} jälkeen", "efter go-live-målet {target}", "after the go-live target {target}"
    ),
    "status_more": t(
        "… ja {n} myöhempää (kaikki: rollout status --format json)",
        "… och {n} senare (alla: rollout status --format json)",
        "… and {n} later ones (all: rollout status --format json)",
    ),
    "status_no_forecast": t("ei ennustetta, estetty", "ingen prognos, blockerad", "no forecast: blocked"),
    "status_holds_up": t(
        "Tämän takia odottavat: {items}", "På grund av detta väntar: {items}", "Held up by this: {items}"
    ),
    "status_holds_gate": t("vaiheen {n} päätös", "beslutet i fas {n}", "the phase {n} decision"),
    "status_golive_assumes": t(
        "Ennuste olettaa, että estynyt työ jatkuu heti (tehtävä {steps}).",
        "Prognosen antar att det blockerade arbetet fortsätter genast (uppgift {steps}).",
        "The forecast assumes the blocked work resumes at once (task {steps}).",
    ),
    "status_how_to_mark": t(
        "Kirjaa valmistunut tehtävä projektitiedoston kohtaan steps: tunnisteella (hakasulkeissa), esim. "
        "{id}: {{status: done, finished: {date}}}",
        "För in en klar uppgift i projektfilen under steps: med dess id (inom hakparentes), t.ex. "
        "{id}: {{status: done, finished: {date}}}",
        "Record a finished task in the project file under steps: by its id (in brackets), e.g. "
        "{id}: {{status: done, finished: {date}}}",
    ),
    "status_no_decisions": t("Ei päätöksiä.", "Inga beslut.", "No decisions."),
    "status_none": t("ei yhtään", "inga", "none"),
    "status_upcoming": t(
        "Seuraavat kaksi viikkoa ({dates})", "De närmaste två veckorna ({dates})", "The next two weeks ({dates})"
    ),
    "status_nothing_due": t(
        "Ei tehtäviä seuraavien kahden viikon aikana.",
        "Inga uppgifter de närmaste två veckorna.",
        "Nothing under way in the next two weeks.",
    ),
    "status_span": t("{start}–{finish}", "{start}–{finish}", "{start} – {finish}"),
    "status_starts": t("alkaa {date}, jatkuu", "börjar {date}, fortlöpande", "starts {date}, runs on"),
    "status_gate": t(
        "Seuraava päätös: vaihe {n} {name}, ennuste {forecast} (suunniteltu {planned})",
        "Nästa beslut: fas {n} {name}, prognos {forecast} (planerat {planned})",
        "Next decision: phase {n} {name}, forecast {forecast} (planned {planned})",
    ),
    "status_gate_question": t("Päätös: {text}", "Beslut: {text}", "Decision: {text}"),
    "status_gate_by": t("Päättää: {names}", "Beslutar: {names}", "Decided by: {names}"),
    "status_gate_waits": t("Odottaa vielä: {steps}", "Väntar på: {steps}", "Still waiting for: {steps}"),
    "status_gate_ready": t(
        "Vaiheen kaikki tehtävät ovat valmiina.", "Alla uppgifter i fasen är klara.", "Every task of the phase is done."
    ),
    "status_gate_criteria": t("Päätöksen perusteet:", "Beslutet grundar sig på:", "The decision rests on:"),
    "status_gate_earlier": t(
        "Edellinen päätös: vaihe {n} {name}, {decision} {date} ({names})",
        "Föregående beslut: fas {n} {name}, {decision} {date} ({names})",
        "Last decision: phase {n} {name}, {decision} on {date} ({names})",
    ),
    "status_all_decided": t("Kaikki päätökset on tehty.", "Alla beslut är fattade.", "Every decision has been taken."),
    "status_critical": t("Kriittinen polku: {path}", "Kritisk linje: {path}", "Critical path: {path}"),
    # one person's list
    "todo_heading": t("Tehtävälista: {name}", "Att göra: {name}", "To-do list: {name}"),
    "todo_roles": t("Roolit: {roles}", "Roller: {roles}", "Roles: {roles}"),
    "todo_do": t("Tehtäväsi ({n})", "Dina uppgifter ({n})", "Your tasks ({n})"),
    "todo_approve": t("Hyväksyjänä ({n})", "Du godkänner ({n})", "You approve ({n})"),
    "todo_decide": t("Päätöksesi ({n})", "Dina beslut ({n})", "Your decisions ({n})"),
    "todo_gate": t(
        "Vaihe {n} {name}: ennuste {forecast} (suunniteltu {planned})",
        "Fas {n} {name}: prognos {forecast} (planerat {planned})",
        "Phase {n} {name}: forecast {forecast} (planned {planned})",
    ),
    "todo_nothing": t("Ei avoimia tehtäviä.", "Inga öppna uppgifter.", "Nothing open."),
    # the task list (XLSX)
    "tasks_sheet": t("Tehtävät", "Uppgifter", "Tasks"),
    "tasks_title": t("{title}: tehtävälista", "{title}: uppgiftslista", "{title}: task list"),
    "col_phase": t("Vaihe", "Fas", "Phase"),
    "col_number": t("Nro", "Nr", "No."),
    "col_task": t("Tehtävä", "Uppgift", "Task"),
    "col_responsible": t("Tekee (R)", "Utför (R)", "Does it (R)"),  # the decks' words for R and A
    "col_accountable": t("Hyväksyy (A)", "Godkänner (A)", "Answers for it (A)"),
    "col_planned_start": t("Suunniteltu alku", "Planerad start", "Planned start"),
    "col_planned_finish": t("Suunniteltu loppu", "Planerat slut", "Planned finish"),
    "col_started": t("Toteutunut alku", "Faktisk start", "Actual start"),
    "col_finished": t("Toteutunut loppu", "Faktiskt slut", "Actual finish"),
    "col_forecast_finish": t("Ennuste loppu", "Prognos slut", "Forecast finish"),
    "col_status": t("Tila", "Status", "Status"),
    "col_late": t("Myöhässä (työpv)", "Försenad (arbetsdagar)", "Late (working days)"),
    "col_slack": t("Jousto (työpv)", "Marginal (arbetsdagar)", "Slack (working days)"),
    "col_deliverables": t("Tuotokset", "Resultat", "Deliverables"),
    "col_checklist": t("Tarkistuslista", "Checklista", "Checklist"),
    "col_note": t("Muistiinpano", "Anteckning", "Note"),
    "tasks_runs_on": t("jatkuu", "fortlöpande", "runs on"),
    # the calendar (ICS)
    "ics_due": t("Määräpäivä: {number} {title}", "Deadline: {number} {title}", "Due: {number} {title}"),
    "ics_milestone": t("Virstanpylväs: {number} {title}", "Milstolpe: {number} {title}", "Milestone: {number} {title}"),
    "ics_starts": t("Alkaa: {number} {title}", "Börjar: {number} {title}", "Starts: {number} {title}"),
    "ics_golive": t("Go-live: {title}", "Go-live: {title}", "Go-live: {title}"),
    "ics_gate": t("Päätös: vaihe {n} {name}", "Beslut: fas {n} {name}", "Decision: phase {n} {name}"),
    "ics_responsible": t("Tekee: {names}", "Utför: {names}", "Does it: {names}"),
    "ics_accountable": t("Hyväksyy: {names}", "Godkänner: {names}", "Answers for it: {names}"),
    "ics_state": t("Tila: {state}", "Status: {state}", "Status: {state}"),
    "ics_planned": t("Suunniteltu: {date}", "Planerat: {date}", "Planned: {date}"),
    "ics_decision": t("Päätös: {text}", "Beslut: {text}", "Decision: {text}"),
    "ics_decided": t("Päätetty {date}: {decision}", "Beslutat {date}: {decision}", "Decided on {date}: {decision}"),
    "ics_deciders": t("Päättää: {names}", "Beslutar: {names}", "Decided by: {names}"),
}
