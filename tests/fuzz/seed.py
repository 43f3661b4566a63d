"""Writes the seed corpus: each fixture as one JSON array, plus each of its objects alone."""
import json, pathlib, yaml

root = pathlib.Path(__file__).resolve().parent
out = root / "corpus" / "view"
out.mkdir(parents=True, exist_ok=True)
for f in sorted((root.parent / "fixtures").glob("*.yaml")):
    docs = [d for d in yaml.safe_load_all(f.read_text()) if d]
    (out / f"{f.stem}.json").write_text(json.dumps(docs, default=str))
    for i, d in enumerate(docs):
        if d.get("kind") in ("Rollout", "Experiment"):
            (out / f"{f.stem}-{i}.json").write_text(json.dumps(d, default=str))
