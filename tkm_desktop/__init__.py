"""TKM Desktop: vetting, rosters, letters and ministry exports for the TKM grant programme."""

__version__ = "0.1.0"
