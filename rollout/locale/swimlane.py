"""Labels drawn on the swimlane: legend, page parts, alt text."""

from __future__ import annotations

from rollout.locale.language import Language

LABELS: dict[str, dict[Language, str]] = {
    "legend_step": {"fi": "Tehtävä", "sv": "Uppgift", "en": "Task"},
    "legend_milestone": {
        "fi": "Virstanpylväs tai päätös",
        "sv": "Milstolpe eller beslut",
        "en": "Milestone or decision",
    },
    "legend_dependency": {
        "fi": "Riippuvuus: nuoli edeltävästä tehtävästä (värit vain erottavat viivat toisistaan)",
        "sv": "Beroende: pil från föregående uppgift (färgerna skiljer bara linjerna åt)",
        "en": "Dependency: arrow from the preceding task (colours only tell the lines apart)",
    },
    "legend_lanes": {
        "fi": "Rivit: roolit · Sarakkeet: vaiheet",
        "sv": "Rader: roller · Kolumner: faser",
        "en": "Rows: roles · Columns: phases",
    },
    "ongoing": {"fi": "jatkuva", "sv": "fortlöpande", "en": "ongoing"},
    "page": {"fi": "osa {n}/{count}", "sv": "del {n}/{count}", "en": "part {n}/{count}"},
    "continued_edges": {
        "fi": "{n} riippuvuutta jatkuu toisella sivulla",
        "sv": "{n} beroenden fortsätter på en annan sida",
        "en": "{n} dependencies continue on another page",
    },
    "stub_page": {"fi": "s. {page}", "sv": "s. {page}", "en": "p. {page}"},
    "swimlane_alt": {
        "fi": "Uimaratakuva: {title}. Roolit riveinä, vaiheet sarakkeina, tehtävät laatikoina.",
        "sv": "Simbanediagram: {title}. Roller som rader, faser som kolumner, uppgifter som rutor.",
        "en": "Swimlane diagram: {title}. Roles as rows, phases as columns, tasks as boxes.",
    },
}
