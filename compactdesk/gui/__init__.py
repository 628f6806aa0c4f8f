"""The Qt face of CompactDesk; the only package that imports Qt."""
