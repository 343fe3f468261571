"""The starter process file in Swedish (see starter.py)."""

from __future__ import annotations

PROCESS = """\
# yaml-language-server: $$schema=$schema
#
# Beskrivning av en införandeprocess. Av den här filen gör 'rollout build' ett simbanediagram och en
# bildserie för projektledaren. Kontrollera varje ändring med 'rollout validate'.
#
# Så skrivs filen (YAML):
# - Raden "nyckel: värde" ger ett värde. Indraget visar vart raden hör: nycklarna i samma sak börjar i
#   samma kolumn. Dra in med mellanslag, inte med tabb.
# - En lista är rader som börjar med "- ", eller kort inom hakparenteser: [a, b].
# - Text behöver inga citattecken. De behövs när texten innehåller ": " eller " #", när den börjar med
#   [ { * & ! | > @ eller när ett tal är menat som text: version: "1.10". Använd raka citattecken "...",
#   inte Words krökta.
# - Lång text på flera rader: "nyckel: |" och texten indragen på raderna under.
# - Från # till radens slut är en kommentar, som programmet inte läser.
# - En identifierare (id) är ett kort namn som används för att hänvisa till en roll, fas eller uppgift:
#   små bokstäver (a-z, ä, ö, å), siffror, - och _, inga mellanslag. Till exempel projektledare.

process:
  id: $id
  title: Införande av en ny tjänst
  description: Berätta med en eller två meningar vad som införs och för vem.
  language: sv      # fi, sv eller en: byter bara de fasta rubrikerna; övrig text skriver du själv
  version: "0.1"    # inom citattecken, så att 0.10 inte blir talet 0.1
  owner: Organisationens namn
  context:
    background: |
      Utgångsläge: varför tjänsten införs och var man börjar.
      Texten fortsätter på nästa rad eftersom nyckeln följs av |.
    goal: Vad införandet ska uppnå.

roles:              # simbanorna uppifrån och ned
  - id: projektledare
    name: Projektledare
    description: Leder införandet och håller tidsplanen.
  - id: ledning
    name: Ledningen
    description: Beslutar om införandet och dess resurser.
  - id: yrkesfolk
    name: Yrkesutbildade
    kind: internal  # internal (egen organisation), partner eller customer (kund)
    description: Använder tjänsten i sitt arbete.

phases:             # kolumnerna från vänster till höger
  - id: planering
    name: Planering
    goal: Införandet är planerat och beslutat.
    entry_criteria: [Behovet är identifierat]
    exit_criteria: [Införandeplanen är godkänd]
    gate: {decision: Ska tjänsten införas?, decided_by: ledning}
    typical_duration: 2–4 veckor
  - id: genomforande
    name: Genomförande
    goal: Tjänsten är i bruk.
    exit_criteria:
      - De yrkesutbildade är utbildade
      - Tjänsten är öppen för kunderna

# Varje uppgift är en ruta i ägarens (owner) simbana och i fasens (phase) kolumn.
# Ansvaret (raci) skrivs med rollernas identifierare och har tre regler:
#   - exakt en som godkänner (accountable, A),
#   - minst en som utför (responsible, R),
#   - ägaren (owner) utför eller godkänner.
# De som konsulteras (consulted, C) och informeras (informed, I) är frivilliga.
steps:
  - id: plan
    phase: planering
    title: Att göra införandeplanen
    label: Plan               # kortare text för rutan i simbanediagrammet
    owner: projektledare
    instructions: |
      Skriv vad som görs, vem som gör det och när.
      Skriv så att den som gör det för första gången förstår.
    why: Av planen ser var och en vad som förväntas av hen.
    raci:
      responsible: [projektledare]
      accountable: ledning
      consulted: [yrkesfolk]
    duration_weeks: 2
    deliverables: [Införandeplan]
    checklist:
      - Tidsplanen är överenskommen
      - De ansvariga är utsedda
  - id: beslut
    phase: planering
    title: Beslut om införandet
    owner: ledning
    instructions: Gå igenom planen och besluta om tjänsten ska införas.
    why: Beslutet ger införandet tillstånd och resurser.
    raci: {responsible: [ledning], accountable: ledning, informed: [projektledare, yrkesfolk]}
    depends_on: [plan]        # uppgifter som måste vara klara först
    duration_weeks: 1
    milestone: true
    deliverables: [Beslut]
  - id: utbildning
    phase: genomforande
    title: Utbildning av de yrkesutbildade
    owner: yrkesfolk
    instructions: Delta i utbildningen och prova tjänsten innan den öppnas för kunderna.
    why: Den som är utbildad kan hjälpa kunderna att använda tjänsten.
    raci:
      responsible: [yrkesfolk]
      accountable: projektledare
    depends_on: [beslut]
    duration_weeks: 2
    deliverables: [Utbildade yrkesutbildade]

evaluation:
  questions:
    - Nåddes målet för införandet?
  metrics:
    - name: Tjänstens användare per månad
      target: "100"   # ett tal som text, därför inom citattecken
"""
