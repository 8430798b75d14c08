"""Generated from ui/*.ui by tools/build_forms.py (pyside6-uic): do not edit these modules."""
