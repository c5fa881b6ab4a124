"""Forms of the 行政执法 app: ledger forms (columns of web, API and Excel) and step forms."""
