"""The starter process file that `rollout new` writes, and its rollout.toml: commented, in each language.

Templates, not labels (their braces are YAML's): $schema, $id and $language are filled in when the
file is written ($$ is a dollar sign).
"""

from __future__ import annotations

from rollout.locale import starter_en, starter_fi, starter_sv
from rollout.locale.language import t

CONFIG = t(
    """\
# rolloutin asetukset tälle kansiolle; jokainen rollout-komento lukee ne.
# Komentorivillä annettu valinta ohittaa asetuksen.
language = "$language"            # uusien prosessitiedostojen kieli (rollout new): fi, sv tai en
# template = "pohjat/organisaatio.potx"   # diasarjan PowerPoint-pohja (.pptx tai .potx, 16:9)
connectors = "glued"       # uimaratadian nuolet: glued (seuraavat siirrettyä laatikkoa) tai drawn
diagrams-dir = "diagrams"  # kansio uimaratakuville (SVG, PNG)
exports-dir = "exports"    # kansio PowerPoint-tiedostoille
""",
    """\
# rollouts inställningar för den här mappen; varje rollout-kommando läser dem.
# Ett val på kommandoraden går före inställningen.
language = "$language"            # språket för nya processfiler (rollout new): fi, sv eller en
# template = "mallar/organisation.potx"   # bildseriens PowerPoint-mall (.pptx eller .potx, 16:9)
connectors = "glued"       # pilarna i simbanebilden: glued (följer en flyttad ruta) eller drawn
diagrams-dir = "diagrams"  # mapp för simbanediagrammen (SVG, PNG)
exports-dir = "exports"    # mapp för PowerPoint-filerna
""",
    """\
# rollout's settings for this folder; every rollout command reads them.
# An option given on the command line wins over a setting here.
language = "$language"            # the language of new process files (rollout new): fi, sv or en
# template = "templates/organisation.potx"   # the deck's PowerPoint template (.pptx or .potx, 16:9)
connectors = "glued"       # the swimlane slide's arrows: glued (follow a moved box) or drawn
diagrams-dir = "diagrams"  # folder for the swimlane pictures (SVG, PNG)
exports-dir = "exports"    # folder for the PowerPoint files
""",
)

PROCESS = t(starter_fi.PROCESS, starter_sv.PROCESS, starter_en.PROCESS)
