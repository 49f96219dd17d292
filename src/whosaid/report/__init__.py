"""Report stage: the story dossier as tables, JSON, Markdown or self-contained HTML."""

from whosaid.report.dossier import FORMATS, article_label, build_dossier, render_dossier

__all__ = ["FORMATS", "article_label", "build_dossier", "render_dossier"]
