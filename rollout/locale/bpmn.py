"""Labels of the BPMN export and of the process files imported from BPMN."""

from __future__ import annotations

from rollout.locale.language import Language, t

LABELS: dict[str, dict[Language, str]] = {
    "bpmn_start": t("Käyttöönotto alkaa", "Införandet börjar", "Rollout starts"),
    "bpmn_end": t("Käyttöönotto valmis", "Införandet klart", "Rollout done"),
    "bpmn_phases": t("Vaiheet", "Faser", "Phases"),
    "bpmn_deliverables": t("Tuotokset", "Resultat", "Deliverables"),
    "bpmn_goal": t("Tavoite", "Mål", "Goal"),
    "bpmn_entry": t("Aloitusehdot", "Startvillkor", "Entry criteria"),
    "bpmn_exit": t("Lopetusehdot", "Slutvillkor", "Exit criteria"),
    "bpmn_duration": t("Tyypillinen kesto", "Typisk längd", "Typical duration"),
    "bpmn_criteria": t("Päätöksen perusteet", "Beslutsunderlag", "The decision rests on"),
    "bpmn_gate": t("Päätös: {decision} ({who})", "Beslut: {decision} ({who})", "Decision: {decision} ({who})"),
    "import_header": t(
        "Tuotu BPMN-kaaviosta {source}. Tarkista ja täydennä kohdat, joissa lukee TODO.",
        "Importerad från BPMN-diagrammet {source}. Granska och komplettera punkterna märkta TODO.",
        "Imported from the BPMN diagram {source}. Review and complete the places marked TODO.",
    ),
    "import_todo_process": t(
        "TODO: kirjoita kuvaus, omistaja ja lähteet; BPMN-kaaviossa niitä ei ole.",
        "TODO: skriv beskrivning, ägare och källor; BPMN-diagrammet har dem inte.",
        "TODO: write the description, owner and sources; the BPMN diagram has none.",
    ),
    "import_todo_phase": t(
        "TODO: vaiheen tavoite, aloitus- ja lopetusehdot ja sen päättävä päätös (gate).",
        "TODO: fasens mål, start- och slutvillkor och beslutet som avslutar den (gate).",
        "TODO: the phase's goal, entry and exit criteria and the decision that closes it (gate).",
    ),
    "import_todo_raci": t(
        "TODO: BPMN kertoo vain tekijän; lisää hyväksyjä, kuultavat ja tiedotettavat (raci).",
        "TODO: BPMN anger bara utföraren; lägg till godkännare, konsulterade och informerade (raci).",
        "TODO: BPMN names only who does it; add who approves, is consulted and is informed (raci).",
    ),
    "import_todo_checklist": t(
        "TODO: tarkistuslista (checklist); BPMN-kaaviossa sitä ei ole.",
        "TODO: checklista (checklist); BPMN-diagrammet har ingen.",
        "TODO: a checklist; the BPMN diagram has none.",
    ),
    "import_todo_instructions": t(
        "TODO: kirjoita ohje; tehtävällä ei ollut dokumentaatiota.",
        "TODO: skriv instruktionen; uppgiften hade ingen dokumentation.",
        "TODO: write the instructions; the task had no documentation.",
    ),
    "import_unnamed": t("Nimetön tehtävä {n}", "Namnlös uppgift {n}", "Unnamed task {n}"),
    "import_phase": t("Vaihe {n}", "Fas {n}", "Phase {n}"),
    "import_role": t("Rooli {n}", "Roll {n}", "Role {n}"),
    "import_note": t("Kaaviossa: {text}", "I diagrammet: {text}", "In the diagram: {text}"),
    "import_skipped": t(
        "Ohitettiin tuonnissa: {what}",
        "Hoppades över vid importen: {what}",
        "Skipped by the import: {what}",
    ),
}
