"""Every msgid the console can show, extracted from its templates and Python modules.

Used by the catalog test (a language that misses one fails) and to update the ``.po``
files: ``python -m console.catalog`` prints the msgids one per line.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir

__all__ = ["PACKAGE_DIR", "extract_msgids"]

PACKAGE_DIR = Path(__file__).parent
_KEYWORDS = {"_": None, "gettext": None, "N_": None}


def extract_msgids() -> set[str]:
    found: set[str] = set()
    method_map = [("templates/**.html", "jinja2"), ("**.py", "python")]
    options = {"templates/**.html": {"trim_blocks": "true", "lstrip_blocks": "true"}}
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(PACKAGE_DIR), method_map=method_map, options_map=options, keywords=_KEYWORDS
    ):
        if isinstance(message, str) and message:
            found.add(message)
    return found


if __name__ == "__main__":
    for msgid in sorted(extract_msgids()):
        print(msgid)
