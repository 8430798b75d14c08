"""PDF documents rendered with reportlab: letters and reports; no Qt."""
