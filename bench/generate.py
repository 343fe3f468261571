"""Generate synthetic but realistic process files of any size, for benchmarks and scale tests."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ROLES = (
    "toiminta",
    "omaolovastaava",
    "digimentorit",
    "palvelumuotoilija",
    "ict",
    "ammattilaiset",
    "viestinta",
    "asukkaat",
)
STEPS_PER_PHASE = 20


def generate(steps: int, seed: int = 1) -> str:
    """YAML text of a valid process with the given number of steps (20 per phase)."""
    rng = random.Random(seed)
    phases = max(1, -(-steps // STEPS_PER_PHASE))
    lines = [
        "# yaml-language-server: $schema=../schema/process.schema.json",
        "process:",
        f"  id: generated-{steps}",
        f"  title: Generoitu prosessi ({steps} tehtävää)",
        "  description: Synteettinen prosessi suorituskyvyn mittaamiseen.",
        "  language: fi",
        '  version: "1.0"',
        "  owner: Benchmark",
        "roles:",
    ]
    lines += [f"  - {{id: {role}, name: Rooli {role}}}" for role in ROLES]
    lines.append("phases:")
    lines += [f"  - {{id: v{p}, name: Vaihe {p}}}" for p in range(1, phases + 1)]
    lines.append("steps:")
    ids: list[tuple[str, int]] = []
    for n in range(steps):
        phase = n // STEPS_PER_PHASE + 1
        owner = ROLES[rng.randrange(len(ROLES))]
        earlier = [sid for sid, p in ids[-25:] if p >= phase - 1]
        deps = sorted(set(rng.sample(earlier, min(len(earlier), rng.choice((1, 1, 2))))))
        lines += _step(f"t{n + 1}", phase, owner, deps)
        ids.append((f"t{n + 1}", phase))
    return "\n".join(lines) + "\n"


def _step(step_id: str, phase: int, owner: str, deps: list[str]) -> list[str]:
    return [
        f"  - id: {step_id}",
        f"    phase: v{phase}",
        f"    title: Tehtävä {step_id} käyttöönottoprojektissa",
        f"    label: Tehtävä {step_id}",
        f"    owner: {owner}",
        "    instructions: Tee tehtävä ohjeen mukaan ja kirjaa tulos.",
        f"    raci: {{responsible: [{owner}], accountable: {owner}}}",
        f"    depends_on: [{', '.join(deps)}]",
        "    deliverables: [Tulos]",
        "    checklist: [Tehty]",
        "    duration_weeks: 1",
    ]


def main() -> None:
    """Write a generated process file: generate.py STEPS OUT.yaml."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("steps", type=int)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.write_text(generate(args.steps), encoding="utf-8")


if __name__ == "__main__":
    main()
