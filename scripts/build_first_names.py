"""Build ``server/data/first_names.tsv``: common first names that nearly always belong to one gender.

Usage: .venv/bin/python scripts/build_first_names.py PATH [--min-count 10000] [--purity 0.92]

It also writes ``server/data/given_names.tsv``: the names, of either gender, that at least
``--given-min-count`` records in at least ``--given-min-sources`` of the sources carry ("Charlie",
"Abid", "Osama"). The ledger uses that table to tell a first name from another Capitalized word
before a surname ("Chief Charlie Beck … Beck said" lists Charlie Beck).

PATH is the ``nomquamgender`` wheel (``pip download --no-deps nomquamgender==0.1.4``) or its
``name_data.json``. That package (MIT licence, Ian Van Buskirk 2022) gathers name-gender
counts from 36 public sources; each entry is ``name -> [sources, records, p(female), …]``. A
name is kept when it is plain letters, at least ``--min-count`` records carry it and at least
``--purity`` of them are one gender ("Mary", "John"; not "Taylor", "Jean", "Andrea"). The
ledger uses the table only to keep "he" or "she" from pointing to a person whose first name
says otherwise; a name not in the table tells nothing. Only the script needs the package.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "server" / "data" / "first_names.tsv"
GIVEN_OUT = ROOT / "server" / "data" / "given_names.tsv"
DATA_MEMBER = "nomquamgender/name_data.json"
_PLAIN = re.compile(r"[a-z]{2,}(?:-[a-z]{2,})?")

HEADER = """\
# First names that nearly always belong to one gender: name <TAB> gender <TAB> reason.
# Built by scripts/build_first_names.py from the name data of the nomquamgender package
# (MIT licence, Copyright (c) 2022 Ian Van Buskirk): names carried by at least {min_count:,}
# records, {purity:.0%} or more of them one gender. The ledger uses a name only to keep "he" or
# "she" from pointing to a person whose first name says otherwise ("Venus Williams ... he said").
# gender: female | male
"""


def load(path: Path) -> dict:
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            return json.loads(wheel.read(DATA_MEMBER))
    return json.loads(path.read_text(encoding="utf-8"))


def select(data: dict, min_count: int, purity: float) -> list[tuple[str, str, str]]:
    """(name, gender, reason) for the names that pass, sorted by name."""
    rows = []
    for name, values in data.items():
        records, p_female = values[1], values[2]  # ([sources, records, p(female), ...])
        if not _PLAIN.fullmatch(name) or records < min_count:
            continue
        if p_female >= purity:
            rows.append((name, "female", f"female in {p_female:.1%} of {records:,} records"))
        elif p_female <= 1 - purity:
            rows.append((name, "male", f"male in {1 - p_female:.1%} of {records:,} records"))
    return sorted(rows)


GIVEN_HEADER = """\
# Given names of either gender: name <TAB> given <TAB> reason.
# Built by scripts/build_first_names.py from the name data of the nomquamgender package
# (MIT licence, Copyright (c) 2022 Ian Van Buskirk): names carried by at least {min_count:,}
# records in at least {min_sources} of its sources. The ledger uses a name only to tell a first
# name from another Capitalized word before a surname ("Chief Charlie Beck … Beck said" lists
# Charlie Beck; "Following Netanyahu" names no one).
"""


def select_given(data: dict, min_count: int, min_sources: int) -> list[tuple[str, str]]:
    """(name, reason) for the names of either gender common enough in enough sources, sorted."""
    rows = []
    for name, values in data.items():
        sources, records = values[0], values[1]
        if _PLAIN.fullmatch(name) and records >= min_count and sources >= min_sources:
            rows.append((name, f"{records:,} records in {sources} sources"))
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="the nomquamgender wheel or its name_data.json")
    parser.add_argument("--min-count", type=int, default=10000)
    parser.add_argument("--purity", type=float, default=0.92)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--given-min-count", type=int, default=1000)
    parser.add_argument("--given-min-sources", type=int, default=15)
    parser.add_argument("--given-out", type=Path, default=GIVEN_OUT)
    args = parser.parse_args(argv)
    data = load(args.path)
    given = select_given(data, args.given_min_count, args.given_min_sources)
    lines = [GIVEN_HEADER.format(min_count=args.given_min_count, min_sources=args.given_min_sources)]
    args.given_out.write_text("".join(lines + [f"{name}\tgiven\t{reason}\n" for name, reason in given]), encoding="utf-8")
    print(f"wrote {args.given_out} ({len(given)} names)", file=sys.stderr)
    rows = select(data, args.min_count, args.purity)
    lines = [HEADER.format(min_count=args.min_count, purity=args.purity)]
    lines += [f"{name}\t{gender}\t{reason}\n" for name, gender, reason in rows]
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"wrote {args.out} ({len(rows)} names, {sum(r[1] == 'female' for r in rows)} female)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
