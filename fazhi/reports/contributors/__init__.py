"""Built-in report contributors for apps that do not (yet) ship their own ``report.py`` (see ``reports.contrib``)."""
