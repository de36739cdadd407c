"""The keys of the `meta` table (no SQLAlchemy here: the plain-SQL readers use them too)."""

ORG_ID = "org_id"
ORG_NAME = "org_name"
TICKET_KEY = "ticket_key"
HLC = "hlc"
DEFAULT_DESK = "default_desk"
# This life of the database (DESIGN §6, "Incarnations"): a new one after a restore, a copy, a move.
INCARNATION = "incarnation"
INCARNATION_PATH = "incarnation_path"
# This database's own role setting: "door" on a door laptop (services/desk_role.py), never synced.
DESK_ROLE = "desk_role"
# A joining desk applied the current Mornings first and the history is still arriving: the hub's
# id until the history pull reads the hub to its end (`sync/early.py`); what needs the past waits.
HISTORY_PENDING = "sync.history_pending"
