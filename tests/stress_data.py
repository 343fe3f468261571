"""Generated stress processes for the page splitter: each is a few lines of code, not a big file."""

from __future__ import annotations

from collections.abc import Callable

ARABIC = ("مراجعة", "خطة", "النشر", "مع", "فريق", "الخدمات", "الرقمية", "وتدريب", "الموظفين", "الجدد")


StepRow = tuple[str, int, str, list[str], str]  # id, phase number, owner, depends_on, title


def _document(roles: list[str], phases: int, steps: list[StepRow]) -> str:
    """YAML text of a valid process: roles, phases p1..pN, steps as (id, phase, owner, depends_on, title)."""
    lines = [
        "process:",
        "  id: stress",
        "  title: Kuormitustesti",
        "  description: Generoitu prosessi sivutuksen testaamiseen.",
        "  language: fi",
        '  version: "1.0"',
        "  owner: Testi",
        "roles:",
        *(f"  - {{id: {role}, name: Rooli {role}}}" for role in roles),
        "phases:",
        *(f"  - {{id: p{n}, name: Vaihe {n}}}" for n in range(1, phases + 1)),
        "steps:",
    ]
    for step_id, phase, owner, deps, title in steps:
        lines += [
            f"  - id: {step_id}",
            f"    phase: p{phase}",
            f'    title: "{title}"',
            f"    owner: {owner}",
            "    instructions: Tee tehtävä.",
            f"    raci: {{responsible: [{owner}], accountable: {owner}}}",
            f"    depends_on: [{', '.join(deps)}]",
        ]
    return "\n".join(lines) + "\n"


def forty_roles() -> str:
    """40 roles, 3 phases, a step per role and phase, each after its lane's and the previous lane's step."""
    roles = [f"r{n}" for n in range(40)]
    steps = []
    for phase in range(1, 4):
        for n, role in enumerate(roles):
            deps = [f"s{phase - 1}_{n}"] if phase > 1 else []
            deps += [f"s{phase}_{n - 1}"] if n else []
            steps.append((f"s{phase}_{n}", phase, role, deps, f"Tehtävä {phase}.{n}"))
    return _document(roles, 3, steps)


def thirty_phases() -> str:
    """30 phases of two steps each over four roles, every step after the one before."""
    roles = ["a", "b", "c", "d"]
    steps = []
    for n in range(60):
        deps = [f"s{n - 1}"] if n else []
        steps.append((f"s{n}", n // 2 + 1, roles[n % 4], deps, f"Tehtävä {n}"))
    return _document(roles, 30, steps)


def one_role_300() -> str:
    """One role with 300 steps in one phase, a chain, and a closing step in a second phase."""
    steps: list[StepRow] = [(f"s{n}", 1, "a", [f"s{n - 1}"] if n else [], f"Tehtävä {n}") for n in range(300)]
    steps.append(("loppu", 2, "a", ["s299"], "Lopetus"))
    return _document(["a"], 2, steps)


def two_hundred_dependencies() -> str:
    """200 steps over eight roles and five phases, and one step that depends on all of them."""
    roles = [f"r{n}" for n in range(8)]
    steps: list[StepRow] = [(f"s{n}", n // 40 + 1, roles[n % 8], [], f"Tehtävä {n}") for n in range(200)]
    steps.append(("kaikki", 6, "r0", [f"s{n}" for n in range(200)], "Kaikki valmiina"))
    return _document(roles, 6, steps)


def arabic_labels() -> str:
    """Long Arabic step titles over six roles and four phases."""
    roles = [f"r{n}" for n in range(6)]
    steps = []
    for n in range(48):
        words = " ".join(ARABIC[(n + k) % len(ARABIC)] for k in range(3))
        steps.append((f"s{n}", n // 12 + 1, roles[n % 6], [f"s{n - 1}"] if n else [], words))
    return _document(roles, 4, steps)


STRESS: dict[str, Callable[[], str]] = {
    "40-roles": forty_roles,
    "30-phases": thirty_phases,
    "300-steps-one-role": one_role_300,
    "200-dependencies": two_hundred_dependencies,
    "arabic-labels": arabic_labels,
}
