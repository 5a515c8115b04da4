"""Map tools and docks: the planner's workplace on the canvas (no computation here)."""
