"""One page per area of the workbench, each a `Page`."""
