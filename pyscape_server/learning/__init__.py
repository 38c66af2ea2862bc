"""Learning: the curriculum (data in ``pyscape_server/curriculum``), roadmaps and lessons."""
