"""Speaker notes of a project's status outputs: the dated deck's status report, steps and phases, the people pages."""

from __future__ import annotations

from rollout.locale.language import Language, t

LABELS: dict[str, dict[Language, str]] = {
    "dd_say_title": t(
        "Tämä on projektin tilanne ja opas yhdessä: ensin missä ollaan, sitten miten edetään.",
        "Det här är projektets läge och guide i ett: först var vi står, sedan hur vi går vidare.",
        "This is the project's status and guide in one: first where we stand, then how we go on.",
    ),
    "dd_ask_title": t(
        "Onko projektitiedosto päivitetty tähän päivään asti?",
        "Är projektfilen uppdaterad till i dag?",
        "Is the project file up to date?",
    ),
    "dd_say_overview": t(
        "Kerro ensin, missä vaiheessa ollaan ja pitääkö go-live-ennuste, sitten mitä on saatu valmiiksi.",
        "Berätta först i vilken fas vi är och om prognosen för go-live håller, sedan vad som blivit klart.",
        "Say first which phase we are in and whether the go-live forecast holds, then what has been done.",
    ),
    "dd_ask_overview": t(
        "Puuttuuko listalta jotain, mikä on jo tehty?",
        "Saknas något som redan är gjort?",
        "Is anything already done missing from the list?",
    ),
    "dd_say_picture": t(
        "Kuva näyttää koko prosessin tilan kerralla: väri ja merkki kertovat jokaisen tehtävän tilan.",
        "Bilden visar hela processens läge på en gång: färg och tecken visar varje uppgifts status.",
        "The picture shows the whole process at once: fill and mark give every task's state.",
    ),
    "dd_ask_picture": t(
        "Missä kaistassa on eniten avointa työtä?",
        "I vilken bana finns mest öppet arbete?",
        "Which lane has the most open work?",
    ),
    "dd_say_problems": t(
        "Käy jokainen myöhässä oleva ja estynyt tehtävä läpi tekijän kanssa: mikä estää ja mikä on uusi päivä.",
        "Gå igenom varje försenad och blockerad uppgift med den som utför den: vad hindrar och vilket är nytt datum.",
        "Go through each late and blocked task with who does it: what stops it and what the new date is.",
    ),
    "dd_ask_problems": t(
        "Mitä tarvitaan, jotta estynyt tehtävä pääsee jatkumaan, ja kuka sen hoitaa?",
        "Vad behövs för att den blockerade uppgiften ska komma vidare, och vem ordnar det?",
        "What is needed to unblock the blocked task, and who sees to it?",
    ),
    "dd_say_upcoming": t(
        "Jokainen näkee tästä, mitä hänellä on työn alla seuraavien kahden viikon aikana ja milloin se on valmis.",
        "Här ser var och en vad hen har på gång de närmaste två veckorna och när det ska vara klart.",
        "Everyone sees here what they have under way in the next two weeks and when it is due.",
    ),
    "dd_ask_upcoming": t(
        "Onko jokaisella aikaa tehtäviinsä, vai pitääkö jotain siirtää?",
        "Har alla tid för sina uppgifter, eller måste något flyttas?",
        "Does everyone have time for their tasks, or must something move?",
    ),
    "dd_say_gate": t(
        "Seuraava päätös tehdään, kun vaiheen tehtävät ovat valmiit: tässä on, mitä se vielä odottaa.",
        "Nästa beslut fattas när fasens uppgifter är klara: här är vad det ännu väntar på.",
        "The next decision is taken when the phase's tasks are done: here is what it still waits for.",
    ),
    "dd_ask_gate": t(
        "Onko päätöspäivä varattu päättäjien kalentereihin?",
        "Är beslutsdagen bokad i beslutsfattarnas kalendrar?",
        "Is the decision day booked in the deciders' calendars?",
    ),
    "dd_say_calendar": t(
        "Kalenterista näkee, mihin viikkoihin työ osuu ja miten toteutunut poikkeaa suunnitellusta.",
        "Kalendern visar vilka veckor arbetet infaller och hur det faktiska avviker från det planerade.",
        "The calendar shows which weeks the work falls in and how the actual differs from the plan.",
    ),
    "dd_ask_calendar": t(
        "Osuuko jokin tehtävä lomalle tai ruuhkaviikolle, jolloin tekijät eivät ehdi?",
        "Infaller någon uppgift under semester eller en hektisk vecka då ingen hinner?",
        "Does a task fall in a holiday or a busy week when nobody has time?",
    ),
    "dd_say_chart": t(
        "Kaavio näyttää mittaukset tavoitetta vasten; arvot ovat kaavion taulukossa ja muokattavissa.",
        "Diagrammet visar mätningarna mot målet; värdena finns i diagrammets tabell och kan redigeras.",
        "The chart shows the measurements against the target; the values are in the chart's table and editable.",
    ),
    "dd_ask_chart": t(
        "Mennäänkö tavoitetta kohti, ja mitä teemme, jos ei?",
        "Går vi mot målet, och vad gör vi om inte?",
        "Are we heading for the target, and what do we do if not?",
    ),
    "dd_notes_step": t(
        "Tässä projektissa tehtävä on suunniteltu ajalle {planned}.",
        "I projektet är uppgiften planerad till {planned}.",
        "In this project the task is planned for {planned}.",
    ),
    "dd_notes_late": t(
        "Tehtävä on myöhässä: sovi tekijän ({who}) kanssa, mikä sen estää ja mikä on uusi valmistumispäivä.",
        "Uppgiften är försenad: kom överens med den som utför den ({who}) om vad som hindrar och om nytt datum.",
        "The task is late: agree with who does it ({who}) what stops it and its new finish date.",
    ),
    "dd_notes_blocked": t(
        "Tehtävä on estynyt: kerro, kuka poistaa esteen ja mihin mennessä.",
        "Uppgiften är blockerad: säg vem som tar bort hindret och till när.",
        "The task is blocked: say who removes the obstacle, and by when.",
    ),
    "dd_notes_critical": t(
        "Se on ennusteen kriittisellä polulla: jokainen myöhästymispäivä siirtää koko projektin loppua.",
        "Den ligger på prognosens kritiska linje: varje dags försening flyttar hela projektets slut.",
        "It is on the forecast's critical path: every day it slips moves the end of the whole project.",
    ),
    "dd_notes_phase": t(
        "Vaihe {n} on suunniteltu ajalle {planned}; ennusteen mukaan {forecast}.",
        "Fas {n} är planerad till {planned}; enligt prognosen {forecast}.",
        "Phase {n} is planned for {planned}; the forecast is {forecast}.",
    ),
    "pp_say_title": t(
        "Jokaiselle on oma sivu: omat tehtävät päivineen, omat päätökset ja kenelle kerrotaan.",
        "Var och en har en egen sida: egna uppgifter med datum, egna beslut och vem som ska informeras.",
        "Everyone has a page of their own: their tasks with dates, their decisions and whom to tell.",
    ),
    "pp_ask_title": t(
        "Löytääkö jokainen oman sivunsa, ja onko siinä oikeat tehtävät?",
        "Hittar alla sin sida, och stämmer uppgifterna?",
        "Can everyone find their page, and are the tasks right?",
    ),
    "pp_say_person": t(
        "Nämä ovat sinun avoimet tehtäväsi ja päätöksesi tässä projektissa, aikaisin ensin.",
        "Det här är dina öppna uppgifter och beslut i projektet, de tidigaste först.",
        "These are your open tasks and decisions in this project, soonest first.",
    ),
    "pp_ask_person": t(
        "Ehditkö tehdä nämä ajallaan, ja tiedätkö, keneltä saat tarvitsemasi tiedon?",
        "Hinner du göra dessa i tid, och vet du av vem du får det du behöver?",
        "Can you do these in time, and do you know who gives you what you need?",
    ),
}
