"""Services of the 行政执法 app: every write and every statutory gate (style.md R3, R4)."""
