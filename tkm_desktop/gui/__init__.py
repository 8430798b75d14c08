"""The Qt user interface: windows, dialogs, table models and background workers."""
