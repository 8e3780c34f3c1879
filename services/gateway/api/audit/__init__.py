"""The audit trail: who accessed which survivor's data, when and why."""
