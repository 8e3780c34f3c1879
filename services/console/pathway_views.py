"""What the recommendations page says of pathways (``Recommendation.pathways``).

Matching gives each recommended job the survivor lacks skills for the open courses they may
take that teach some of them (the skills each closes). The page shows them under the job, each
with its own "Propose this course", and, on a course that is itself on the list, the listed
jobs it leads to: "this food-service course leads to these open roles", said of what the
officer sees. Pure: the template draws what these return.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from console import forms

__all__ = ["courses_for", "jobs_led_to"]


def courses_for(item: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The courses that teach a recommended job's missing skills, as matching ordered
    them (best first), each once; none for a course, or an id the gateway would refuse."""
    if item.get("kind") != "job":
        return []
    seen: set[str] = set()
    courses = []
    for pathway in item.get("pathways") or []:
        course = str(pathway.get("training_opportunity_id", ""))
        if forms.valid_id(course) and course not in seen:
            seen.add(course)
            courses.append(pathway)
    return courses


def jobs_led_to(items: Iterable[Mapping[str, Any]]) -> dict[str, list[str]]:
    """For each course suggested as a pathway, the titles of the listed jobs whose skills it
    teaches, in the list's order, each title once."""
    leads: dict[str, list[str]] = {}
    for item in items:
        title = str(item.get("title", ""))
        for pathway in courses_for(item):
            titles = leads.setdefault(str(pathway["training_opportunity_id"]), [])
            if title and title not in titles:
                titles.append(title)
    return leads
