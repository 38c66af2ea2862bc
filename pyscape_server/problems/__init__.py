"""Problems: the folders synced into the database, listed and shown to users."""
