#!/usr/bin/env python3
"""Moves translations between Qt .ts files and plain JSON, for translators and reviewers.

  translations.py export TS [--contexts A,B] [--unfinished] > todo.json
      {context: {source: {"numerus": bool, "translation": str | [str], "comment": str}}}
  translations.py fill TS DONE.json [DONE.json ...]
      DONE.json: {context: {source: "text" or ["plural form", ...]}}; fills those entries and
      marks them finished. Unknown contexts or sources are reported, not added.
  translations.py reuse TS OLD.ts
      Fills the unfinished entries of TS with the finished translation of the same source text
      in OLD.ts (a copy from before code moved between classes), from any context.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    return ET.parse(path)


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            yield name, message


def export(path, contexts, unfinished_only):
    out = {}
    for name, message in messages(load(path)):
        if contexts and name not in contexts:
            continue
        translation = message.find("translation")
        if unfinished_only and translation.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        forms = [f.text or "" for f in translation.findall("numerusform")]
        entry = {"numerus": numerus,
                 "translation": forms if numerus else (translation.text or "")}
        comment = message.find("comment")
        if comment is not None:
            entry["comment"] = comment.text
        out.setdefault(name, {})[message.find("source").text] = entry
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def fill(path, done_paths):
    done = {}
    for done_path in done_paths:
        with open(done_path, encoding="utf-8") as f:
            for context, entries in json.load(f).items():
                done.setdefault(context, {}).update(entries)
    tree = load(path)
    used = set()
    for name, message in messages(tree):
        source = message.find("source").text
        if source not in done.get(name, {}):
            continue
        used.add((name, source))
        text = done[name][source]
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = text if isinstance(text, list) else [text]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text if isinstance(text, str) else text[0]
        translation.attrib.pop("type", None)
    for context, entries in done.items():
        for source in entries:
            if (context, source) not in used:
                print(f"not in {path}: [{context}] {source!r}", file=sys.stderr)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # Keep lupdate's own layout so a later lupdate run is not a whole-file diff.
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>",
                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")


def reuse(path, old_path):
    known = {}
    for _, message in messages(load(old_path)):
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        numerus = message.get("numerus") == "yes"
        forms = [f.text or "" for f in translation.findall("numerusform")]
        known[(message.find("source").text, numerus)] = forms if numerus else translation.text
    done = {}
    for name, message in messages(load(path)):
        if message.find("translation").get("type") != "unfinished":
            continue
        key = (message.find("source").text, message.get("numerus") == "yes")
        if key in known and known[key]:
            done.setdefault(name, {})[key[0]] = known[key]
    if not done:
        return
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        json.dump(done, f, ensure_ascii=False)
    fill(path, [f.name])
    print(f"{path}: reused {sum(len(v) for v in done.values())} translations", file=sys.stderr)


def main(argv):
    if len(argv) >= 2 and argv[0] == "export":
        contexts = set()
        if "--contexts" in argv:
            contexts = set(argv[argv.index("--contexts") + 1].split(","))
        export(argv[1], contexts, "--unfinished" in argv)
    elif len(argv) >= 3 and argv[0] == "fill":
        fill(argv[1], argv[2:])
    elif len(argv) == 3 and argv[0] == "reuse":
        reuse(argv[1], argv[2])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
