"""Write docs/rules.md from tiltak.rules: run ``python docs/_generate_rules.py``."""

from __future__ import annotations

from pathlib import Path

from tiltak import rules

PAGE = Path(__file__).with_name("rules.md")


def main() -> None:
    PAGE.write_text(rules.markdown(), encoding="utf-8")


if __name__ == "__main__":
    main()
