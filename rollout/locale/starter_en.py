"""The starter process file in English (see starter.py)."""

from __future__ import annotations

PROCESS = """\
# yaml-language-server: $$schema=$schema
#
# A rollout process. From this file 'rollout build' makes a swimlane diagram and a slide deck for the
# project lead. Check every change with 'rollout validate'.
#
# How the file is written (YAML):
# - A line "key: value" gives a value. The indentation says where a line belongs: the keys of one thing
#   start in the same column. Indent with spaces, not with the Tab key.
# - A list is lines that start with "- ", or, short, in square brackets: [a, b].
# - Text needs no quotes. Quotes are needed when the text holds ": " or " #", when it starts with
#   [ { * & ! | > @, or when a number is meant as text: version: "1.10". Use straight quotes "...",
#   not Word's curly ones.
# - Long text over several lines: "key: |" and the text indented on the lines below.
# - From # to the end of the line is a comment, which the program does not read.
# - An id is a short name that refers to a role, phase or step elsewhere in the file: lowercase
#   letters (a-z, ä, ö, å), digits, - and _, no spaces. For example project-lead.

process:
  id: $id
  title: Rolling out a new service
  description: Say in a sentence or two what is rolled out, and for whom.
  language: en      # fi, sv or en: changes only the fixed headings; the rest is the text you write
  version: "0.1"    # in quotes, so that 0.10 does not become the number 0.1
  owner: Name of the organisation
  context:
    background: |
      Starting point: why the service is rolled out and where it starts from.
      This text goes on to a second line because the key is followed by |.
    goal: What the rollout should achieve.

roles:              # the swimlanes, top to bottom
  - id: project-lead
    name: Project lead
    description: Leads the rollout and keeps the schedule.
  - id: management
    name: Management
    description: Decides on the rollout and its resources.
  - id: professionals
    name: Professionals
    kind: internal  # internal (own organisation), partner or customer
    description: Use the service in their work.

phases:             # the columns, left to right
  - id: planning
    name: Planning
    goal: The rollout is planned and decided.
    entry_criteria: [The need is known]
    exit_criteria: [The rollout plan is approved]
    gate: {decision: Is the service rolled out?, decided_by: management}
    typical_duration: 2–4 weeks
  - id: rollout
    name: Rollout
    goal: The service is in use.
    exit_criteria:
      - The professionals are trained
      - The service is open to customers

# Each step is a box in its owner's swimlane and its phase's column.
# Who does what (raci) is written with the roles' ids, under three rules:
#   - exactly one accountable role (A), who approves,
#   - at least one responsible role (R), who does it,
#   - the owner is responsible or accountable.
# Consulted (C) and informed (I) roles are optional.
steps:
  - id: plan
    phase: planning
    title: Writing the rollout plan
    label: Plan               # a shorter text for the box on the swimlane
    owner: project-lead
    instructions: |
      Write what is done, who does it and when.
      Write it so that someone doing it for the first time understands.
    why: The plan shows everyone what is expected of them.
    raci:
      responsible: [project-lead]
      accountable: management
      consulted: [professionals]
    duration_weeks: 2
    deliverables: [Rollout plan]
    checklist:
      - The schedule is agreed
      - The people responsible are named
  - id: decision
    phase: planning
    title: Deciding on the rollout
    owner: management
    instructions: Go through the plan and decide whether the service is rolled out.
    why: The decision gives the rollout its go-ahead and its resources.
    raci: {responsible: [management], accountable: management, informed: [project-lead, professionals]}
    depends_on: [plan]        # steps that must be done first
    duration_weeks: 1
    milestone: true
    deliverables: [Decision]
  - id: training
    phase: rollout
    title: Training the professionals
    owner: professionals
    instructions: Take part in the training and try the service before it opens to customers.
    why: A trained professional can guide customers to the service.
    raci:
      responsible: [professionals]
      accountable: project-lead
    depends_on: [decision]
    duration_weeks: 2
    deliverables: [Trained professionals]

evaluation:
  questions:
    - Was the goal of the rollout reached?
  metrics:
    - name: Users of the service per month
      target: "100"   # a number as text, so in quotes
"""
