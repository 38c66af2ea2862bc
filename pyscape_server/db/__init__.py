"""The database layer: every SQL statement of the server lives in this package.

``connection`` is the SQLite backend (the only SQLite-specific module), ``migrate`` applies
``migrations/NNN_name.sql``, and one module per domain holds that domain's queries as
functions taking a :class:`Connection` and returning plain records.
"""

from pyscape_server.db.connection import (
    Connection,
    ConstraintError,
    Database,
    DatabaseError,
)
from pyscape_server.db.migrate import migrate

__all__ = ["Connection", "ConstraintError", "Database", "DatabaseError", "migrate"]
