"""The database layer: every SQL statement of the server lives in this package.

``connection`` opens a SQLite file or a PostgreSQL database (the backends: ``sqlite``,
``postgres``), ``migrate`` applies ``migrations/NNN_name.sql`` (one set for both), and one module
per domain holds that domain's queries as functions taking a :class:`Connection` and returning
plain records.
"""

from pyscape_server.db.connection import (
    Connection,
    ConstraintError,
    Database,
    DatabaseError,
)
from pyscape_server.db.migrate import migrate

__all__ = ["Connection", "ConstraintError", "Database", "DatabaseError", "migrate"]
