"""Words the console shows for codes the API returns: stages, consents, reasons, problems.

Each is a msgid marked with :func:`N_` so that extraction (and the catalog test) finds it;
pages translate it at render time. Matching's reason *codes* are rendered from here, never
its English sentences, so an officer reads every reason in their own language.
"""

from __future__ import annotations

__all__ = [
    "AUDIT_OUTCOMES",
    "CONSENTS",
    "LANGUAGE_LEVELS",
    "MATCH_STATES",
    "N_",
    "PROBLEMS",
    "REASONS",
    "SCORE_COMPONENTS",
    "STAGES",
    "reason_message",
]


def N_(message: str) -> str:  # noqa: N802 (the gettext convention)
    """Marks a msgid for extraction; translated later, in the reader's language."""
    return message


STAGES: dict[str, str] = {
    "stabilising": N_("Stabilising"),
    "peer_support_ready": N_("Ready for peer support"),
    "training_ready": N_("Ready for training"),
    "employment_ready": N_("Ready for employment"),
}

#: What each consent allows and who sees what, in plain words.
CONSENTS: dict[str, tuple[str, str]] = {
    "matching": (
        N_("Matching"),
        N_(
            "Pathways may suggest jobs and courses to their officers in your organisation. "
            "No one outside your organisation sees their profile."
        ),
    ),
    "employer_shortlist": (
        N_("Employer shortlists"),
        N_(
            "After they accept a job, that employer sees an anonymous card: a code name, "
            "languages, skills and readiness. Never their name, story or where they live."
        ),
    ),
    "peer_groups": (
        N_("Peer groups"),
        N_(
            "Facilitators of partner peer groups may invite them. Facilitators see only a "
            "code name, languages, age band and shared interests."
        ),
    ),
}

REASONS: dict[str, str] = {
    "SHARED_INTERESTS": N_("Matches interests they told us about"),
    "SIMILAR_WORDS": N_("The description is close to what they said they like"),
    "SKILLS_HELD": N_("They already have some of the skills it asks for"),
    "SKILLS_TO_LEARN": N_("Some skills would need to be learnt"),
    "TEACHES_WANTED_SKILLS": N_("Teaches skills they want to learn"),
    "PAY_AT_OR_ABOVE_GOAL": N_("Pays at or above their income goal"),
    "PAY_BELOW_GOAL": N_("Pays below their income goal"),
    "REMOTE": N_("Can be done from home"),
    "WITHIN_REACH": N_("Within their travel distance"),
    "ACCOMMODATIONS": N_("Offers support they asked for"),
}
#: A code this console does not know yet (matching added one): shown, never hidden.
UNKNOWN_REASON = N_("Another reason (code {code})")

SCORE_COMPONENTS: dict[str, str] = {
    "interest_fit": N_("Interests"),
    "concept_fit": N_("Topics"),
    "skill_fit": N_("Skills"),
    "income_parity": N_("Income"),
    "distance": N_("Distance"),
    "accommodations": N_("Support offered"),
}

MATCH_STATES: dict[str, str] = {
    "proposed": N_("Proposed"),
    "accepted": N_("Accepted"),
    "declined": N_("Declined"),
    "employer_interest": N_("Employer interested"),
    "introduced": N_("Introduced"),
    "hired": N_("Hired"),
    "enrolled": N_("Enrolled"),
    "completed": N_("Completed"),
    "retained_30": N_("Still employed at 30 days"),
    "retained_90": N_("Still employed at 90 days"),
    "retained_180": N_("Still employed at 180 days"),
    "ended": N_("Ended"),
}

AUDIT_OUTCOMES: dict[str, str] = {
    "succeeded": N_("Succeeded"),
    "denied": N_("Refused"),
    "failed": N_("Failed"),
}

LANGUAGE_LEVELS: dict[str, str] = {
    "basic": N_("Basic"),
    "conversational": N_("Conversational"),
    "fluent": N_("Fluent"),
    "native": N_("Native"),
}

#: Gateway problem slugs → what to tell the user (never the gateway's own words).
PROBLEMS: dict[str, str] = {
    "not-found": N_("This page does not exist, or you do not have access to it."),
    "forbidden": N_("Your role cannot do this."),
    "conflict": N_("This cannot be done now: a rule of Pathways does not allow it."),
    "precondition-failed": N_("Someone changed this record meanwhile. Reload and try again."),
    "rate-limited": N_("Too many attempts. Wait a minute and try again."),
    "backend-unavailable": N_("Pathways is not reachable right now. Try again in a moment."),
    "validation-error": N_("Some fields need your attention."),
}
UNKNOWN_PROBLEM = N_(
    "Something went wrong. Try again; if it happens again, tell your administrator."
)


def reason_message(code: str) -> tuple[str, dict[str, str]]:
    """The msgid for a reason code and the values it needs."""
    if code in REASONS:
        return REASONS[code], {}
    return UNKNOWN_REASON, {"code": code}


SIGN_IN_FAILED = N_("The username or password is not correct.")
NOT_VETTED = N_("Your organisation has not been approved yet.")
NOT_FOUND = PROBLEMS["not-found"]
FORBIDDEN = PROBLEMS["forbidden"]
RATE_LIMITED = PROBLEMS["rate-limited"]
