"""The starter process file in Finnish (see starter.py)."""

from __future__ import annotations

PROCESS = """\
# yaml-language-server: $$schema=$schema
#
# Käyttöönottoprosessin kuvaus. Tästä tiedostosta 'rollout build' tekee uimaratakuvan ja projektin
# vetäjän diasarjan. Tarkista jokainen muutos komennolla 'rollout validate'.
#
# Näin tiedosto kirjoitetaan (YAML):
# - Rivi "avain: arvo" antaa arvon. Sisennys kertoo, mihin rivi kuuluu: saman asian avaimet alkavat
#   samasta sarakkeesta. Sisennä välilyönneillä, ei sarkaimella.
# - Lista on rivejä, jotka alkavat "- ", tai lyhyesti hakasulkeissa: [a, b].
# - Tekstiä ei tarvitse lainata. Lainausmerkit tarvitaan, kun tekstissä on ": " tai " #", kun se alkaa
#   merkillä [ { * & ! | > @ tai kun luku on tarkoitettu tekstiksi: version: "1.10". Käytä suoria
#   lainausmerkkejä "...", ei Wordin kaarevia.
# - Pitkä teksti usealle riville: "avain: |" ja teksti seuraaville riveille sisennettynä.
# - Risuaidasta (#) rivin loppuun on kommentti, jota ohjelma ei lue.
# - Tunniste (id) on lyhyt nimi, jolla muualla tiedostossa viitataan rooliin, vaiheeseen tai tehtävään:
#   pieniä kirjaimia (a-z, ä, ö, å), numeroita, - ja _, ei välilyöntejä. Esimerkiksi projektipaallikko.

process:
  id: $id
  title: Uuden palvelun käyttöönotto
  description: Kerro yhdellä tai kahdella virkkeellä, mitä otetaan käyttöön ja kenelle.
  language: fi      # fi, sv tai en: vaihtaa vain kiinteät otsikot; muun tekstin kirjoitat itse
  version: "0.1"    # lainausmerkeissä, jotta 0.10 ei muutu luvuksi 0.1
  owner: Organisaation nimi
  context:
    background: |
      Lähtötilanne: miksi palvelu otetaan käyttöön ja mistä lähdetään liikkeelle.
      Tämä teksti jatkuu toiselle riville, koska avaimen perässä on |.
    goal: Mitä käyttöönotolla tavoitellaan.

roles:              # uimaradat ylhäältä alas
  - id: projektipaallikko
    name: Projektipäällikkö
    description: Vetää käyttöönottoa ja pitää huolen aikataulusta.
  - id: johto
    name: Johto
    description: Päättää käyttöönotosta ja sen resursseista.
  - id: ammattilaiset
    name: Ammattilaiset
    kind: internal  # internal (oma organisaatio), partner (kumppani) tai customer (asiakas)
    description: Käyttävät palvelua työssään.

phases:             # sarakkeet vasemmalta oikealle
  - id: suunnittelu
    name: Suunnittelu
    goal: Käyttöönotto on suunniteltu ja siitä on päätetty.
    entry_criteria: [Tarve on tunnistettu]
    exit_criteria: [Käyttöönottosuunnitelma on hyväksytty]
    gate: {decision: Otetaanko palvelu käyttöön?, decided_by: johto}
    typical_duration: 2–4 viikkoa
  - id: toteutus
    name: Toteutus
    goal: Palvelu on käytössä.
    exit_criteria:
      - Ammattilaiset on koulutettu
      - Palvelu on avattu asiakkaille

# Jokainen tehtävä on laatikko omistajansa (owner) uimaradalla ja vaiheensa (phase) sarakkeessa.
# Vastuut (raci) kirjoitetaan roolien tunnisteilla, ja niissä on kolme sääntöä:
#   - täsmälleen yksi hyväksyjä (accountable, A),
#   - vähintään yksi tekijä (responsible, R),
#   - omistaja (owner) on tekijä tai hyväksyjä.
# Kuultavat (consulted, C) ja tiedotettavat (informed, I) ovat vapaaehtoisia.
steps:
  - id: suunnitelma
    phase: suunnittelu
    title: Käyttöönottosuunnitelman laatiminen
    label: Suunnitelma        # lyhyempi teksti uimaratakuvan laatikkoon
    owner: projektipaallikko
    instructions: |
      Kirjoita, mitä tehdään, kuka tekee ja milloin.
      Kirjoita niin, että ensimmäistä kertaa tekevä ymmärtää.
    why: Suunnitelmasta jokainen näkee, mitä häneltä odotetaan.
    raci:
      responsible: [projektipaallikko]
      accountable: johto
      consulted: [ammattilaiset]
    duration_weeks: 2
    deliverables: [Käyttöönottosuunnitelma]
    checklist:
      - Aikataulu on sovittu
      - Vastuuhenkilöt on nimetty
  - id: paatos
    phase: suunnittelu
    title: Käyttöönottopäätös
    owner: johto
    instructions: Käy suunnitelma läpi ja päätä, otetaanko palvelu käyttöön.
    why: Päätös antaa käyttöönotolle luvan ja resurssit.
    raci: {responsible: [johto], accountable: johto, informed: [projektipaallikko, ammattilaiset]}
    depends_on: [suunnitelma]  # tehtävät, joiden pitää olla valmiina ensin
    duration_weeks: 1
    milestone: true
    deliverables: [Päätös]
  - id: koulutus
    phase: toteutus
    title: Ammattilaisten koulutus
    owner: ammattilaiset
    instructions: Osallistu koulutukseen ja kokeile palvelua ennen kuin se avataan asiakkaille.
    why: Koulutettu ammattilainen osaa ohjata asiakkaat palveluun.
    raci:
      responsible: [ammattilaiset]
      accountable: projektipaallikko
    depends_on: [paatos]
    duration_weeks: 2
    deliverables: [Koulutetut ammattilaiset]

evaluation:
  questions:
    - Saavutettiinko käyttöönotolle asetettu tavoite?
  metrics:
    - name: Palvelun käyttäjät kuukaudessa
      target: "100"   # luku tekstinä, siksi lainausmerkeissä
"""
