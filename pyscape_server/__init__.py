"""PyScape's server: the REST API (port 5000) and WebSocket API (port 8080) of the practice site.

>>> from pyscape_server.app import create_app
>>> from pyscape_server.settings import Settings
>>> app = create_app(Settings(database="pyscape.db"))

``pyscape-server`` runs both ports in one process; see ``pyscape_server/README.md``.
"""

__version__ = "0.1.0"
