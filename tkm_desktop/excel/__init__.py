"""Spreadsheet reading and writing (openpyxl, python-calamine); no Qt."""
