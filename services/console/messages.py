"""Words the console shows for codes the API returns: stages, consents, reasons, problems.

Each is a msgid marked with :func:`N_` so that extraction (and the catalog test) finds it;
pages translate it at render time. Matching's reason *codes* are rendered from here, never
its English sentences, so an officer reads every reason in their own language.
"""

from __future__ import annotations

from functools import partial

__all__ = [
    "AUDIT_ACTIONS",
    "AUDIT_OUTCOMES",
    "CHECK_FIELD",
    "CHOOSE_AT_LEAST_ONE",
    "COHESION_BELOW_ONE_PERCENT",
    "COHESION_LANGUAGE_ONLY",
    "COHESION_NO_SHARED_INTERESTS",
    "CONSENTS",
    "CONTACT_DETAILS_IN_OWN_WORDS",
    "COUNTRIES",
    "CURRENCIES",
    "DECLINE_REASON_REQUIRED",
    "DISTRICT_NOT_FOUND",
    "DONE",
    "ERROR_TITLES",
    "ERROR_TITLE_OTHER",
    "EXCLUSIONS",
    "FIELD_RULES",
    "FROM_ANOTHER_SITE",
    "GROUP_FOCUSES",
    "GROUP_STATUSES",
    "LANGUAGE_LEVELS",
    "MATCH_HELD",
    "MATCH_HELD_DECLINE",
    "MATCH_HELD_UNKNOWN",
    "MATCH_HOLDS",
    "MATCH_STATES",
    "MEMBER_STATES",
    "MODALITIES",
    "NOT_IN_VOCABULARY",
    "NOT_IN_VOCABULARY_NO_NEAREST",
    "NOT_OFFERED",
    "N_",
    "OCCURRED_ON_NOT_A_DATE",
    "OCCURRED_ON_REFUSED",
    "OPPORTUNITY_CONDITIONS",
    "OPPORTUNITY_CONDITION_HINTS",
    "OPPORTUNITY_STATUSES",
    "ORGANISATION_KINDS",
    "ORGANISATION_SUSPENDED",
    "OWN_ACCOUNT",
    "PLACE_OR_REMOTE",
    "PROBLEMS",
    "REASONS",
    "REFUSED_TITLE",
    "REVIEW_AFTER_TODAY",
    "ROLES",
    "SCORE_COMPONENTS",
    "SETTINGS_CHANGED_MEANWHILE",
    "SETTINGS_DO_NOT_FIT_MEMBERS",
    "STAGES",
    "STATUS_ACTIONS",
    "SURVIVOR_CONDITIONS",
    "SURVIVOR_NEEDS",
    "SUSPENSION_CONSEQUENCE",
    "WAGE_CURRENCY",
    "WAGE_NOT_A_NUMBER",
    "WAGE_REQUIRED",
    "WORK_LANGUAGES",
    "coded_message",
    "hold_message",
    "problem_summary",
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
            "After they accept a job or a course, its employer or training provider sees an "
            "anonymous card: a code name, languages, skills, interests from Pathways' list "
            "and readiness. Never their name, their own words, their story or where they live."
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
    "WISH_TO_LEARN": N_("They said they want to learn"),
    "SAID_NOT_WANTED": N_("About something they said they do not want, so it is ranked lower"),
    "ACROSS_BORDER": N_(
        "In another country: they said they are open to work across a border. Talk it "
        "through with them first."
    ),
}
#: A code this console does not know yet (matching added one): shown, never hidden.
UNKNOWN_REASON = N_("Another reason (code {code})")

#: Kinds of organisation, in words (the API's codes are never shown).
ORGANISATION_KINDS: dict[str, str] = {
    "ngo": N_("NGO"),
    "peer_support": N_("Peer-support organisation"),
    "employer": N_("Employer"),
    "training_provider": N_("Training provider"),
    "platform": N_("Platform operator"),
}

SCORE_COMPONENTS: dict[str, str] = {
    # Interest and concept fit, pooled as the score pools them (console.charts).
    "relevance": N_("Fits their interests"),
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

#: What holds a match from its next step now (the API's ``held_by`` codes): the hard rules
#: the survivor and the opportunity break as they are now, and the consent to be shared.
MATCH_HOLDS: dict[str, str] = {
    "no_matching_consent": N_("They have withdrawn their consent to matching."),
    "not_ready": N_("Their readiness assessment no longer allows this kind of opportunity."),
    "no_shared_language": N_("It now asks for a language they do not speak at the level needed."),
    "out_of_reach": N_("It is now farther than their travel distance, or in another country."),
    "under_minimum_age": N_("They are under the minimum age it asks for."),
    "hazardous_for_minor": N_("It is work no one under 18 may do."),
    "sector_avoided": N_("It is now in a kind of work they want to avoid."),
    "condition_not_met": N_("It no longer meets one of their conditions, such as no night work."),
    "declined_before": N_("They have declined this offer before."),
    "documents_withheld": N_("Its text now says the employer keeps workers' papers."),
    "fee_charged": N_("Its text now charges the worker a fee."),
    "organisation_suspended": N_("The organisation offering it is suspended."),
    "no_employer_shortlist_consent": N_(
        "They do not consent to be shared with employers, so the employer can neither see "
        "it nor be introduced to them."
    ),
}
MATCH_HELD = N_("On hold: it cannot move forward now.")
MATCH_HELD_UNKNOWN = N_("It breaks a rule it met when it was proposed ({code}).")
MATCH_HELD_DECLINE = N_("You can still record that they decline it.")
#: A survivor's own words that hold a phone number or an email address, asked about before
#: they are sent (``console.contact_details``); the officer may tick that it is neither
#: (``register.html``).
CONTACT_DETAILS_IN_OWN_WORDS = N_(
    "This looks like a phone number or an email address. Pathways keeps no contact details "
    "for a survivor: take it out."
)
#: A decline is recorded with the survivor's reason (MISSION: the match's lifecycle).
DECLINE_REASON_REQUIRED = N_(
    "Write their reason, in their own words: a decline is recorded with it."
)


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

GROUP_STATUSES: dict[str, str] = {
    "forming": N_("Forming"),
    "active": N_("Active"),
    # An active group that lost members below its smallest size (``Group._check_minimum``):
    # it meets on, and becomes active again once enough join.
    "below_minimum": N_("Fewer members than its smallest size"),
    "closed": N_("Closed"),
}

MEMBER_STATES: dict[str, str] = {
    "proposed": N_("Proposed"),
    "invited": N_("Invited"),
    "joined": N_("Joined"),
    "declined": N_("Declined"),
    "left": N_("Left"),
}

#: A survivor's conditions (the gateway's ``Condition``): hard rules of what is offered.
SURVIVOR_CONDITIONS: dict[str, str] = {
    "no_night_shifts": N_("No night shifts"),
    "women_only_workplace": N_("Only workplaces where women work"),
    "no_live_in": N_("Not living at the workplace"),
    "no_heavy_lifting": N_("No heavy lifting"),
}
#: The support a survivor needs (the gateway's ``Accommodation``).
SURVIVOR_NEEDS: dict[str, str] = {
    "childcare": N_("Childcare"),
    "transport": N_("Transport to and from work"),
    "flexible_hours": N_("Flexible hours"),
    "counselling": N_("Counselling"),
    "stipend": N_("A stipend while training"),
    "trauma_informed_supervisor": N_("A supervisor trained in trauma-informed care"),
}
#: The workplace's conditions and hazardous work as a poster ticks them (the gateway's
#: ``Workplace`` and ``hazardous``), in form order.
OPPORTUNITY_CONDITIONS: dict[str, str] = {
    "night_shifts": N_("Night shifts"),
    "live_in": N_("Workers live at the workplace"),
    "women_only": N_("Only women work here"),
    "heavy_lifting": N_("Heavy lifting or carrying"),
    "hazardous": N_("Hazardous work"),
}
#: Why each matters: what matching does with it (``matching.domain.rules``:
#: ``no_hazardous_work_for_minors`` and ``stated_conditions``), nothing more.
OPPORTUNITY_CONDITION_HINTS: dict[str, str] = {
    "night_shifts": N_(
        "Never offered to anyone under 18, nor to anyone who asked for no night shifts."
    ),
    "live_in": N_(
        "Never offered to anyone under 18, nor to anyone who asked not to live at the workplace."
    ),
    "women_only": N_(
        "Someone who asked for a workplace where only women work is offered only places "
        "with this ticked."
    ),
    "heavy_lifting": N_(
        "Never offered to anyone who asked for no heavy lifting, and never as a job to "
        "anyone under 18."
    ),
    "hazardous": N_(
        "For example at sea, at heights, or with dangerous machines or chemicals. Never "
        "offered to anyone under 18."
    ),
}
#: The parts of a day free time is recorded in (``forms.DAY_PARTS``), with their hours.
DAY_PARTS: dict[str, str] = {
    "morning": N_("Morning, {start} to {end}"),
    "afternoon": N_("Afternoon, {start} to {end}"),
    "evening": N_("Evening, {start} to {end}"),
}

GROUP_FOCUSES: dict[str, str] = {
    "any": N_("Any survivors"),
    "labour_trafficking": N_("Survivors of labour trafficking"),
    "sex_trafficking": N_("Survivors of sex trafficking"),
    "women_only": N_("Women only"),
    "youth": N_("Young people"),
}

MODALITIES: dict[str, str] = {
    "in_person": N_("In person"),
    "online": N_("Online"),
}

#: Why a person in the pool is not in a proposal: peer groups' codes, in plain words.
EXCLUSIONS: dict[str, str] = {
    "NOT_OPEN_TO_GROUPS": N_("Not open to groups yet"),
    "ALREADY_IN_GROUP": N_("Already in a group"),
    "NO_SHARED_LANGUAGE": N_("No shared language"),
    "NOT_IN_DISTRICT": N_("Lives outside the district"),
    "FOCUS_NOT_CHOSEN": N_("Outside the group's focus"),
    "AGE_RULE": N_("Age rule"),
    "NO_SLOT_OVERLAP": N_("Not free at the meeting time"),
    "EXCLUDED_BY_LINK": N_("Must not be grouped with a member"),
    "SAME_ALIAS": N_("Same code name as a member"),
    "NO_COMMON_LANGUAGE_WITH_MEMBERS": N_("No language in common with the members"),
    "GROUPS_FULL": N_("The group is full"),
    "GROUP_TOO_SMALL": N_("Too few people for the minimum size"),
    "SIZE_OUT_OF_BOUNDS": N_("Group size out of bounds"),
    # Outside a focus, a full or too small group, or a rule with its people: told as one.
    "NOT_PLACED": N_("Not placed in these groups"),
}
#: A code this console does not know yet: shown with its code, never hidden.
UNKNOWN_CODE = N_("Other (code {code})")

OPPORTUNITY_STATUSES: dict[str, str] = {
    "open": N_("Open"),
    "paused": N_("Paused"),
    "filled": N_("Filled"),
    "closed": N_("Closed"),
}

#: What the button that moves an opportunity to each status says.
STATUS_ACTIONS: dict[str, str] = {
    "open": N_("Reopen"),
    "paused": N_("Pause"),
    "filled": N_("Mark as filled"),
    "closed": N_("Close"),
}

ROLES: dict[str, str] = {
    "reintegration_officer": N_("Reintegration officer"),
    "employer": N_("Employer"),
    "training_provider": N_("Training provider"),
    "facilitator": N_("Facilitator"),
    "platform_admin": N_("Platform administrator"),
}

#: A new role the gateway refuses: roles go with the kind of organisation.
ROLE_DOES_NOT_FIT_TITLE = N_("The role does not fit the organisation")
ROLE_DOES_NOT_FIT = N_(
    "Roles go with the kind of organisation: an NGO has reintegration officers and "
    "facilitators, a peer-support organisation facilitators, an employer employers, a "
    "training provider training providers. Nothing was changed."
)

#: A facilitator's new settings for a group (``facilitator_pages``; the notices are in
#: ``DONE``). What saving settings does is the
#: peer-groups service's ``Group.change_settings``: proposals not locked in are dropped (they
#: were made for the old settings); locked-in, invited and joined members stay, unasked, and
#: must fit the new settings (``handlers.update_group``), else nothing is saved (409).
#: The group changed between reading the form and saving it (412): the form again, current.
SETTINGS_CHANGED_MEANWHILE = N_(
    "Someone changed this group while you were editing it, so nothing was saved. The form "
    "now shows the current settings: make your changes again, then save."
)
#: New settings refused because of the members who stay (409).
SETTINGS_DO_NOT_FIT_MEMBERS = N_(
    "These settings were not saved: the members who stay (locked in, invited or joined) "
    "must fit them. The largest size cannot be below the number invited or joined, and "
    "each of them must still meet every rule of the group. Change the settings, or take "
    "members out first."
)

#: What the page an act lands on says once it is done (``?done=<code>``): codes only in the
#: address, never a name.
DONE: dict[str, str] = {
    "member-removed": N_("The member was taken out of the group."),
    "invitations-published": N_("The invitations were published."),
    "user-disabled": N_("The account was disabled. Its user is signed out everywhere."),
    "account-approved": N_("The account is approved. Its user can now sign in."),
    "account-refused": N_("The account is refused. It can never sign in."),
    "codes-reset": N_(
        "The sign-in codes of the account are reset. Its user signs in with their password "
        "alone and sets up codes again."
    ),
    "user-enabled": N_("The account was enabled."),
    "role-changed": N_("The role was changed. The user is signed out everywhere."),
    "consent-withdrawn": N_("The consent was withdrawn. It takes effect at once, everywhere."),
    "consent-given": N_("The consent was recorded."),
    # An officer's matching round (the round page).
    "round-proposed": N_(
        "The round's matches were proposed. Each survivor's Matches page has theirs: talk "
        "each one through with them."
    ),
    # An employer's or provider's step on a candidate's match (the shortlist page).
    "interest-expressed": N_("Your interest was recorded."),
    "introduced": N_("The introduction was recorded."),
    "hired": N_("The hire was recorded, with its monthly wage."),
    "retained-30": N_("Recorded: still employed at 30 days."),
    "retained-90": N_("Recorded: still employed at 90 days."),
    "retained-180": N_("Recorded: still employed at 180 days."),
    "enrolled": N_("The enrolment was recorded."),
    "completed": N_("The completed course was recorded."),
    "ended": N_("The end of the match was recorded."),
    # An employer's or provider's change to one of their own jobs or courses (the list of
    # them): the kind of change and of opportunity only, never which one. What a status
    # means is matching's: only an open one with openings (seats) left is offered
    # (``Opportunity.is_open``); a paused one keeps its shortlist (``standing``); a closed
    # one cannot be reopened or changed (``Opportunity.set_status``, ``update``).
    "job-posted": N_("The job was saved."),
    "course-posted": N_("The course was saved."),
    "job-changed": N_("Your changes to the job were saved."),
    "course-changed": N_("Your changes to the course were saved."),
    "job-reopened": N_(
        "The job was reopened. Candidates are offered it again while it has openings left."
    ),
    "course-reopened": N_(
        "The course was reopened. Candidates are offered it again while it has seats left."
    ),
    "job-paused": N_(
        "The job was paused. Candidates are not offered it until you reopen it; those "
        "already on its shortlist stay."
    ),
    "course-paused": N_(
        "The course was paused. Candidates are not offered it until you reopen it; those "
        "already on its shortlist stay."
    ),
    "job-filled": N_(
        "The job was marked as filled. Candidates are no longer offered it; you can reopen it."
    ),
    "course-filled": N_(
        "The course was marked as filled. Candidates are no longer offered it; you can reopen it."
    ),
    "job-closed": N_("The job was closed. It is no longer offered and cannot be reopened."),
    "course-closed": N_("The course was closed. It is no longer offered and cannot be reopened."),
    # A facilitator's new settings for a group, and an officer's record that their
    # survivor leaves one (the group page, the case page).
    "settings-changed": N_("The group's settings were saved."),
    "settings-changed-proposals-dropped": N_(
        "The group's settings were saved. Proposed members who were not locked in were taken "
        "off the group: propose members again."
    ),
    "left-group": N_("Recorded: they left the peer group. Their consents did not change."),
    # A platform administrator's onboarding and retraining (``console.admin_pages``).
    "organisation-created": N_("The organisation was created."),
    "organisation-created-vetting": N_(
        "The organisation was created. An employer or training provider must be approved "
        "before its users can act: approve it in the list once you have vetted it."
    ),
    "user-created": N_(
        "The user was created. Give them their password in person: it is not shown again."
    ),
    "model-retrained": N_("The outcome model was retrained and is in use. Its report is below."),
    # A platform administrator suspends an organisation, or lifts its suspension (the
    # organisations page). What suspending does is the gateway's: its users' sessions end
    # and they cannot sign in; its jobs and courses are offered to no one and none of its
    # matches moves forward, until the suspension is lifted.
    "organisation-suspended": N_(
        "Suspended: its users are signed out and its opportunities are offered to no one."
    ),
    "suspension-lifted": N_("The suspension is lifted."),
}

#: A platform administrator's onboarding and retraining (``console.admin_pages``): what the
#: organisations, users and outcome model pages say once it is done (in ``DONE``), and
#: what a refusal says beside its field. An employer or a training provider
#: starts ``pending`` at the gateway (``VETTED_TYPES``): its users can act once it is vetted.
ORGANISATION_NAME_TAKEN = N_("An organisation with this name already exists. Choose another name.")
USERNAME_TAKEN = N_("This username is taken. Choose another one.")
USERNAME_RULE = N_("Use at least 3 characters: letters, digits and . _ - @ + only, no spaces.")
#: The gateway's password rules (``gateway.auth.password_policy``): each refusal reason's
#: fixed English sentence (a part of it) → what the console says; ``{length}`` is the minimum.
AWAITING_APPROVAL = N_(
    "Your account is waiting for a colleague in your organisation to approve it. Ask them "
    "to approve it on their Accounts page."
)
CHOOSE_PASSWORD = N_(
    "Someone else chose this password for you. Choose a new one that only you know."
)
PASSWORDS_DIFFER = N_("The two new passwords are not the same.")
CURRENT_PASSWORD_WRONG = N_("The current password is not correct.")
SAME_PASSWORD = N_("The new password must be different from the old one.")
PASSWORD_CHANGED = N_("Your password is changed. Sign in with your new password.")
ENTER_CODE = N_("Enter the 6-digit code your authenticator app shows for Pathways.")
CODE_REFUSED = N_(
    "That code is not right, or was used already. Enter the next code the app shows, or "
    "another recovery code."
)
SECOND_FACTOR_ON = N_(
    "Sign-in codes are on. From now on, sign in with your password and a code from the app."
)
SECOND_FACTOR_ALREADY_ON = N_("Sign-in codes are already on for your account.")
NO_SECOND_FACTOR = N_("Sign-in codes are not on for your account.")
WRONG_CODE = N_(
    "That code is not right. Check that the phone's clock is right and try the next code."
)
PASSWORD_REFUSALS: tuple[tuple[str, str], ...] = (
    ("must have at least", N_("Use at least {length} characters.")),
    (
        "commonly used or leaked",
        N_("This password is, or is built from, a commonly used or leaked password."),
    ),
    (
        "contains the username",
        N_("This password contains the username, a part of it, or the name Pathways."),
    ),
    ("repeats a character", N_("This password repeats a character or a short pattern.")),
    (
        "built from a sequence",
        N_("This password is built from a sequence (abc, 123) or a keyboard pattern (qwerty)."),
    ),
    (
        "easy to guess",
        N_("This password is built from common words, names or dates and is easy to guess."),
    ),
    ("must differ from the one it replaces", SAME_PASSWORD),
    ("current password is not right", CURRENT_PASSWORD_WRONG),
)
#: Why the outcome model was not retrained (``POST /v1/outcome-model/trainings`` answered 409).
MODEL_TOO_FEW_OUTCOMES = N_(
    "The model was not retrained: too few outcomes have been recorded to learn from. The "
    "model in use stays as it is."
)
MODEL_TRAINING_RUNNING = N_("The model is being retrained now. Reload this page in a moment.")

#: A proposal's cohesion where "0%" would be read as "a bad group" (group_forms.cohesion_sentence).
COHESION_LANGUAGE_ONLY = N_(
    "The members share a language, but no interests yet, and their readiness differs."
)
COHESION_NO_SHARED_INTERESTS = N_("No shared interests yet.")
COHESION_BELOW_ONE_PERCENT = N_("Less than {percent}")

#: Why recommendations are empty or fewer than asked (the API's ``not_offered_because``
#: codes, with how many opportunities each left out); the survivor's own gates (no
#: assessment, the stage, no consent) have sentences of their own on the page.
NOT_OFFERED: dict[str, str] = {
    "no_residence": N_(
        "No district is recorded, so nothing near them can be offered: {count}. "
        "Add where they live to the profile."
    ),
    "out_of_reach": N_(
        "Farther than their travel distance, or in another country: {count}. "
        "Check the travel distance on the profile with them."
    ),
    "remote_not_chosen": N_(
        "Remote jobs and online courses, which they have not chosen: {count}. "
        "Tick “Open to remote work and online courses” on the profile if they want "
        "them."
    ),
    "no_shared_language": N_(
        "Asking for a language they do not speak at the level needed: {count}. "
        "Check the profile's languages."
    ),
    "minor_nothing_allowed": N_(
        "Every open job or course is for older people, or is work no one under 18 may do."
    ),
    "below_relevance_floor": N_(
        "Open to them but too far from what they said they like: {count}. "
        "Their interests and aspirations, in their own words, decide what fits."
    ),
    "nothing_eligible": N_(
        "No open job or course meets their needs and conditions now. Look again later as "
        "new ones are posted."
    ),
}
#: A hire's wage, checked before the gateway is asked (``opportunity_forms.outcome_problem``).
WAGE_REQUIRED = N_("Enter the monthly wage: a hire is recorded with it.")
WAGE_NOT_A_NUMBER = N_("Enter the wage as a whole number above 0, such as 250000.")
WAGE_CURRENCY = N_("Choose the currency of the wage.")
#: An administrator acting on their own account (the gateway refuses it too).
OWN_ACCOUNT = N_(
    "You cannot disable your own account or change your own role. Ask another administrator."
)

#: Audit actions (the gateway's ``Action`` codes) → what the audit page says the user did.
AUDIT_ACTIONS: dict[str, str] = {
    "auth.token": N_("Signed in"),
    "auth.refresh": N_("Kept a session signed in"),
    "session.read": N_("Read their own session"),
    "session.end": N_("Signed out"),
    "organisation.create": N_("Created an organisation"),
    "organisation.list": N_("Listed organisations"),
    "organisation.read": N_("Read an organisation"),
    "organisation.vet": N_("Approved an organisation"),
    "organisation.suspend": N_("Suspended an organisation"),
    "organisation.reinstate": N_("Lifted an organisation's suspension"),
    "organisation.partnership_set": N_("Started sharing with a partner"),
    "organisation.partnership_remove": N_("Stopped sharing with a partner"),
    "organisation.partnership_read": N_("Read an organisation's partners"),
    "user.create": N_("Created a user"),
    "user.list": N_("Listed users"),
    "user.read": N_("Read a user"),
    "user.update": N_("Changed a user's role or access"),
    "audit.read": N_("Read the audit trail"),
    "audit.chain_read": N_("Read the audit chain's check"),
    "survivor.create": N_("Registered a survivor"),
    "survivor.read": N_("Read a survivor's case"),
    "survivor.update": N_("Changed a survivor's profile"),
    "survivor.erase": N_("Erased a survivor's data"),
    "readiness.assess": N_("Recorded a readiness assessment"),
    "readiness.read": N_("Read a readiness assessment"),
    "consent.update": N_("Changed a consent"),
    "consent.read": N_("Read the consents"),
    "opportunity.create": N_("Posted a job or course"),
    "opportunity.read": N_("Read a job or course"),
    "opportunity.list": N_("Listed jobs or courses"),
    "opportunity.update": N_("Changed a job or course"),
    "opportunity.close": N_("Closed a job or course"),
    "match.request": N_("Asked for matches"),
    "match.propose": N_("Proposed a match"),
    "match.read": N_("Read a match"),
    "match.decide": N_("Recorded a survivor's decision on a match"),
    "match.express_interest": N_("Expressed interest in a candidate"),
    "shortlist.read": N_("Read a shortlist"),
    "round.run": N_("Ran a matching round"),
    "outcome.record": N_("Recorded an outcome"),
    "outcome_model.train": N_("Trained the outcome model"),
    "outcome_model.read": N_("Read the outcome model"),
    "peer_group.create": N_("Created a peer group"),
    "peer_group.read": N_("Read a peer group"),
    "peer_group.list": N_("Listed peer groups"),
    "peer_group.update": N_("Changed a peer group"),
    "peer_group.propose_members": N_("Proposed members for a group"),
    "peer_group.adjust_members": N_("Locked in or took out a member"),
    "peer_group.invite": N_("Published a group's invitations"),
    "peer_group.close": N_("Closed a peer group"),
    "peer_group.answer": N_("Recorded an answer to an invitation"),
    "peer_group.leave": N_("Recorded that someone left a group"),
    "peer_group.invitations_read": N_("Read a survivor's group invitations"),
    "peer_pool.read": N_("Read the pool for peer groups"),
    "vocabulary.read": N_("Read the vocabulary"),
}

#: An error page's title by its HTTP status: what happened, never who or which record.
ERROR_TITLES: dict[int, str] = {
    403: N_("No access"),
    404: N_("Not found"),
    409: N_("Not possible now"),
    412: N_("Changed meanwhile"),
    422: N_("Some fields need your attention"),
    429: N_("Too many attempts"),
}
ERROR_TITLE_OTHER = N_("Something went wrong")
#: The title of a refused form (another site's, or an expired one): the error page's own
#: heading, so the tab and a screen reader say what the page says.
REFUSED_TITLE = N_("We could not do that")

#: Gateway problem slugs → what to tell the user (never the gateway's own words).
PROBLEMS: dict[str, str] = {
    "not-found": N_("This page does not exist, or you do not have access to it."),
    "forbidden": N_("Your role cannot do this."),
    "conflict": N_("This cannot be done now: a rule of Pathways does not allow it."),
    "precondition-failed": N_("Someone changed this record meanwhile. Reload and try again."),
    "rate-limited": N_("Too many attempts. Wait a minute and try again."),
    "backend-unavailable": N_("Pathways is not reachable right now. Try again in a moment."),
    "validation-error": N_("Some fields need your attention."),
    # A rule of the services refused it and no field was named.
    "invalid-request": N_("This cannot be done now: a rule of Pathways does not allow it."),
    # Signing in (or, in a race, any call) as a user of a suspended organisation: nothing
    # more is said (not why, not by whom, not since when).
    "organisation-suspended": N_(
        "Your organisation's access has been suspended. Contact the platform administrators."
    ),
}
UNKNOWN_PROBLEM = N_(
    "Something went wrong. Try again; if it happens again, tell your administrator."
)


def problem_summary(slug: str, *, located: bool) -> str:
    """The msgid summing a refused form up: its fields' problems when any field was named
    (each says what is wrong beside it), else what the problem's kind says."""
    if located:
        return PROBLEMS["validation-error"]
    return PROBLEMS.get(slug, UNKNOWN_PROBLEM)


def coded_message(table: dict[str, str], unknown: str, code: str) -> tuple[str, dict[str, str]]:
    """The msgid for a code the API returns and the values it needs: the code's own message,
    or, for a code newer than this console, ``unknown`` naming it."""
    if code in table:
        return table[code], {}
    return unknown, {"code": code}


#: A matching reason code's message (a reason shown beside a recommendation).
reason_message = partial(coded_message, REASONS, UNKNOWN_REASON)
#: A ``held_by`` code's message (what holds a match from its next step).
hold_message = partial(coded_message, MATCH_HOLDS, MATCH_HELD_UNKNOWN)


#: Countries offered in place fields, those Pathways works in first: the gateway finds their
#: districts in its gazetteer by name (``gateway.api.places.gazetteer.REGION``). Names come
#: from CLDR.
COUNTRIES = ("KH", "TH", "MM", "VN", "PH", "HK", "LA", "MY", "ID", "CN", "MO", "SG", "BN", "TL")
#: Languages offered for work and profiles: the vocabulary's seven, then neighbours'.
WORK_LANGUAGES = ("km", "th", "my", "vi", "tl", "zh", "en", "lo", "ms", "id")
#: Currencies offered for pay and income goals (Cambodia pays in riel and in dollars).
CURRENCIES = ("KHR", "USD", "THB", "MMK", "VND", "PHP", "HKD", "LAK", "MYR", "IDR", "CNY", "SGD")

#: A concept the gateway refused (not, or no longer, in the vocabulary), with the nearest.
NOT_IN_VOCABULARY = N_("“{value}” is not in the Pathways list. Did you mean: {nearest}?")
NOT_IN_VOCABULARY_NO_NEAREST = N_("“{value}” is not in the Pathways list. Choose from the list.")
#: The gateway's gazetteer does not know the district (or knows several far apart).
DISTRICT_NOT_FOUND = N_(
    "Pathways could not find this district in that country. Check its spelling, or give the "
    "coordinates of its centre."
)
CHECK_FIELD = N_("Check this field.")
#: A refused field, by the rule it broke (``console.field_problems.rule_message``).
REQUIRED = N_("This is required.")
CHOOSE_ONE = N_("Choose one from the list.")
CHOOSE_AT_LEAST_ONE = N_("Choose at least one.")
NUMBER_IN_RANGE = N_("Enter a whole number from {low} to {high}.")
NUMBER_AT_LEAST = N_("Enter a number of at least {bound}.")
NUMBER_AT_MOST = N_("Enter a number of at most {bound}.")
NOT_A_NUMBER = N_("Enter a number, in digits only.")
#: The matching service's rules of one field, said by the field (``field_problems``).
REVIEW_AFTER_TODAY = N_("The review date must be after today.")
PLACE_OR_REMOTE = N_("Give the district where it takes place, or tick “Can be done from home”.")
NOT_IN_THE_FUTURE = N_("Enter a date that is not in the future.")
CURRENCY_REQUIRED = N_("Choose the currency of the amount.")
MINOR_CROSS_BORDER = N_(
    "Never for anyone under 18: a minor is not offered work or training in another country."
)
AGE_NOT_IN_BAND = N_("The age does not fit the age band chosen.")
#: A peer group's settings refused as a whole (the gateway's model rules).
SIZES_WRONG_WAY = N_("The largest size must be at least the smallest.")
PLACE_NEEDED = N_("An in-person group needs its country and district.")
MINOR_AGE_REQUIRED = N_("Enter the age in years: it is required for anyone under 18.")

#: A field matching refused by a rule it names (``code``), said in the reader's language.
FIELD_RULES: dict[str, str] = {
    "DOCUMENTS_WITHHELD": N_(
        "Employers may not keep workers' passports or identity papers. "
        "Say that workers keep their own documents."
    ),
    "FEE_CHARGED": N_(
        "Workers may not pay to get or keep a job: no fee, deposit, deduction or loan. "
        "Say that the employer pays every cost of hiring."
    ),
}

#: Why matching refused the day an outcome happened, by the rule's code; ``{date}`` is the
#: nearest day it allows.
OCCURRED_ON_REFUSED: dict[str, str] = {
    "OCCURRED_ON_IN_THE_FUTURE": N_("The date cannot be in the future."),
    "OCCURRED_ON_BEFORE_PREVIOUS_STEP": N_(
        "The previous step happened on {date}: choose that day or later."
    ),
    "OCCURRED_ON_BEFORE_RETENTION": N_(
        "Too soon after the hire: this can be recorded from {date}."
    ),
}
OCCURRED_ON_NOT_A_DATE = N_("Enter a valid date.")

SIGN_IN_FAILED = N_("The username or password is not correct.")
NOT_VETTED = N_("Your organisation has not been approved yet.")
ORGANISATION_SUSPENDED = PROBLEMS["organisation-suspended"]
#: What suspending an organisation does, asked before it is done (the confirmation page).
SUSPENSION_CONSEQUENCE = N_(
    "Every user of {name} is signed out at once and cannot sign in. Its jobs and courses "
    "are offered to no one and none of its matches moves forward, until an administrator "
    "lifts the suspension."
)
#: The state of an account, as its organisation's members see it.
APPROVAL_STATES: dict[str, str] = {
    "approved": N_("Active"),
    "pending": N_("Waiting for approval"),
    "refused": N_("Refused"),
}
NOT_FOUND = PROBLEMS["not-found"]
FORBIDDEN = PROBLEMS["forbidden"]
#: A form or request another website sent to the console (``console.same_origin``): the
#: person may have been tricked into it, so the page says nothing was done and does not
#: send them back to the page that sent it.
FROM_ANOTHER_SITE = N_(
    "Nothing was changed: this request came from another website, not from this console. "
    "If you meant to do this, open the console yourself and do it there."
)
RATE_LIMITED = PROBLEMS["rate-limited"]
