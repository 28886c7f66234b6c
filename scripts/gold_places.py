#!/usr/bin/env python3
"""Writes the geography of every place (LOC entity) into gold files: `"places": [[name, country, geonameid,
precision], ...]`, from a hand-made list of lines `article_id|name|CC|geonameid|precision` (empty fields for none).

    python3 scripts/gold_places.py ANNOTATIONS.geo      # refuses a file whose LOC entities and lines differ

Country is ISO 3166-1 alpha-2 as GeoNames files the place; geonameid the town's in cities1000 (a site, street or
building: its town's), the country's for a country (filled in when left empty), none for a region or a place in no one country; precision city,
region or country (Tests/Gold/README.md, "Places").
"""
import gzip, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "Tests", "Gold")
COUNTRIES = os.path.join(HERE, "..", "..", "shared", "data", "geonames", "countries.json.gz")


def main(path):
    country_ids = {k: v["geonameid"] for k, v in json.load(gzip.open(COUNTRIES)).items()}
    rows = {}
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        aid, name, cc, gid, precision = line.rstrip("\n").split("|")
        if not gid and precision == "country":
            gid = str(country_ids[cc])  # a country's own id, filled in
        rows.setdefault(aid, []).append([name, cc or None, int(gid) if gid else None, precision or None])
    problems = 0
    for aid, places in rows.items():
        file = os.path.join(GOLD, f"{aid}.gold.json")
        raw = open(file, encoding="utf-8").read()
        g = json.loads(raw)
        locs = [e[0] for e in g["entities"] if e[1] == "LOC"]
        names = [p[0] for p in places]
        if sorted(set(locs)) != sorted(set(names)) or len(names) != len(set(names)):
            print(f"{aid}: LOC entities {sorted(set(locs) - set(names))} lack a line; lines {sorted(set(names) - set(locs))} "
                  f"are no LOC entity; or a name has two lines")
            problems += 1
            continue
        order = {n: i for i, n in enumerate(locs)}
        places = sorted(places, key=lambda p: order[p[0]])
        # the rest of the file stays byte for byte: the key is written last, one place a line
        if "places" in g:
            del g["places"]
            raw = raw[:raw.rindex(',\n "places"')] + "\n}\n"
        body = raw.rstrip()
        assert body.endswith("}")
        lines = ",\n".join("  " + json.dumps(p, ensure_ascii=False) for p in places)
        text = body[:-1].rstrip() + ',\n "places": [\n' + lines + "\n ]\n}\n"
        assert json.loads(text)["places"] == places
        open(file, "w", encoding="utf-8").write(text)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
