"""The demo users' own organisations get a share of the demo population (``make run``).

The generator invents its organisations, while the demo users of ``make run`` belong to
organisations created through the gateway (``console.demo_users``). Without a share of the
data, a newcomer who signs in as the demo officer finds an empty caseload, the demo employer
and training provider no job or course of their own, and the demo facilitator an empty
pool: every journey would start by typing data in. Here a few of the generated survivors
who live in the demo organisations' country move to the demo NGO, and a few of the jobs and
courses there to the demo employer and training provider.

Which ones is decided by the population's own order, so a second ``make run`` moves the
same ones and seeding stays idempotent (an id is derived from the owning organisation and
the request id, both unchanged between runs).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from pathways_demo.generator import Population, SyntheticOpportunity, SyntheticSurvivor

__all__ = ["HOME_COURSES", "HOME_JOBS", "HOME_SURVIVORS", "DemoHomes", "rehome"]

#: How many of the population move, at most (fewer if the country has fewer).
HOME_SURVIVORS: Final = 30
HOME_JOBS: Final = 12
HOME_COURSES: Final = 8


@dataclass(frozen=True, slots=True)
class DemoHomes:
    """The demo users' organisations, as ``console.demo_users`` writes them."""

    country: str
    ngo: str
    employer: str
    training_provider: str

    @classmethod
    def read(cls, path: Path) -> DemoHomes:
        """From the JSON file; a ValueError names what is missing or wrong."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise ValueError(f"{path}: not readable as JSON ({error})") from error
        if not isinstance(data, dict):
            raise ValueError(f"{path}: expected a JSON object")
        fields = {f.name for f in dataclasses.fields(cls)}
        missing = sorted(name for name in fields if not isinstance(data.get(name), str))
        if missing:
            raise ValueError(f"{path}: missing or not text: {', '.join(missing)}")
        return cls(**{name: data[name] for name in fields})

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(dataclasses.asdict(self), indent=1) + "\n", encoding="utf-8")


def rehome(
    population: Population,
    homes: DemoHomes,
    *,
    survivors: int = HOME_SURVIVORS,
    jobs: int = HOME_JOBS,
    courses: int = HOME_COURSES,
) -> Population:
    """`population` with the first `survivors` survivors, `jobs` jobs and `courses` courses
    of the homes' country owned by the demo NGO, employer and training provider."""
    moved_survivors = _first_in(population.survivors, homes.country, survivors)
    moved_jobs = _first_in(population.jobs, homes.country, jobs)
    moved_courses = _first_in(population.courses, homes.country, courses)
    return dataclasses.replace(
        population,
        survivors=tuple(
            dataclasses.replace(s, organisation_id=homes.ngo) if id(s) in moved_survivors else s
            for s in population.survivors
        ),
        opportunities=tuple(
            _owned_by(o, homes.employer)
            if id(o) in moved_jobs
            else _owned_by(o, homes.training_provider)
            if id(o) in moved_courses
            else o
            for o in population.opportunities
        ),
    )


def _first_in(
    items: tuple[SyntheticSurvivor, ...] | tuple[SyntheticOpportunity, ...], country: str, n: int
) -> set[int]:
    return {id(item) for item in [i for i in items if i.country == country][:n]}


def _owned_by(item: SyntheticOpportunity, organisation_id: str) -> SyntheticOpportunity:
    # The poster's organisation travels in the caller's identity, not in the message.
    return dataclasses.replace(item, organisation_id=organisation_id)
