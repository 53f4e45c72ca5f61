#!/usr/bin/env python3
"""Converts every generated legacy SOP file (tools/variants/generate.py) with sopkit and compares
what sopkit read with the file's NAME.expected.json. Prints, per value of every layout axis: files,
files refused, steps, and the share of steps whose number and text, actor(s), symbol and exits are
right; then the overall totals and the most frequent failures with an example each.

  corpus.py DIR [--sopkit PATH] [--jobs N] [--summary FILE] [--min-step-rate R]

A file is *refused* when sopkit writes no JSON for it (exit 64, 66, 69, 70, …) or the JSON holds no
step. A refused file counts all its steps as wrong. Symbol and exit rates count only the steps whose
expected JSON says what the reader can know from the drawing (a check mark does not say "decision";
without arrows only "on to the next row" is readable). --min-step-rate R (a fraction, or a
percentage when above 1) fails the run (exit 1) when fewer steps than that are right in every way.
"""
import argparse
import collections
import concurrent.futures
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True   # no __pycache__ in tools/variants/
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DEFAULT_SOPKIT = os.path.join(ROOT, ".build", "debug", "sopkit")
DIAG_RE = re.compile(r"^(?P<loc>.*?): (?P<sev>error|warning|note): (?P<msg>.*) \[(?P<code>[\w.\-]+)\]\s*$")


# --- running sopkit -----------------------------------------------------------------------------

def run_sopkit(sopkit, path, out):
    cmd = [sopkit, "convert", path, "-t", "json", "-o", out, "--force"]
    for attempt in range(10):
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        except OSError:
            time.sleep(30)   # missing or busy: the binary is being rebuilt
            continue
        except subprocess.TimeoutExpired:
            return 124, "timeout after 300 s"
        if p.returncode == 126 or (p.returncode == 127 and "not found" in p.stderr):
            time.sleep(30)
            continue
        return p.returncode, p.stderr
    return 127, f"{sopkit} could not be run"


def diagnostics(stderr):
    out = []
    for line in stderr.splitlines():
        m = DIAG_RE.match(line)
        if m:
            out.append({"severity": m.group("sev"), "code": m.group("code"), "message": m.group("msg"),
                        "location": m.group("loc")})
    return out


# --- comparing ----------------------------------------------------------------------------------

def norm(s):
    if s is None:
        return ""
    return re.sub(r"\s+", " ", str(s)).strip()


def fold(s):
    return norm(s).casefold()


def norm_name(s):
    s = fold(s)
    s = re.sub(r"^standar operasional prosedur(\s*\(sop\))?\s*", "", s)
    s = re.sub(r"^sop\s+", "", s)
    return s


def empty(v):
    return v is None or norm(v) in ("", "-")


def actual_actors(step):
    out = []
    for key in ("actor", "actors", "co_actors", "also"):
        v = step.get(key)
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, list):
            out += [x for x in v if isinstance(x, str)]
    return sorted({fold(a) for a in out if a})


def flatten(sops):
    """Every step of every flowchart, with its symbol and exits resolved as json-format.md says."""
    flat = []
    for si, sop in enumerate(sops):
        for fi, fc in enumerate(sop.get("flowcharts") or []):
            steps = fc.get("steps") or []
            for i, st in enumerate(steps):
                following = steps[i + 1].get("nomor") if i + 1 < len(steps) else "END"
                is_decision = st.get("shape") == "decision" or (st.get("shape") is None and ("tidak" in st or "ya" in st))
                shape = st.get("shape")
                if shape is None:
                    shape = "decision" if is_decision else ("terminator" if i in (0, len(steps) - 1) else "process")
                if is_decision:
                    exits = {"ya": st.get("ya", following), "tidak": st.get("tidak")}
                else:
                    exits = {"next": st.get("next", following)}
                flat.append({"sop": si, "fc": fi, "nomor": st.get("nomor"), "kegiatan": st.get("kegiatan"),
                             "actors": actual_actors(st), "shape": shape, "decision": is_decision, "exits": exits,
                             "waktu": st.get("waktu")})
    return flat


def exit_of(actual, key):
    """The actual step's exit for an expected key: a step read as a process has its 'next' where
    a decision would have 'ya'."""
    ex = actual["exits"]
    if key == "tidak":
        return ex.get("tidak") if actual["decision"] else None
    if actual["decision"]:
        return ex.get("ya")
    return ex.get("next")


def same_target(a, b):
    if a is None or b is None:
        return False
    return str(a).upper() == str(b).upper()


def identity_read(exp, sop, key):
    """What the reader has for an identity key (for the failure examples)."""
    if key.startswith("pengesahan."):
        return ((sop.get("pengesahan") or {}).get(key.split(".")[1]), exp["pengesahan"].get(key.split(".")[1]))
    if key == "unit.lines":
        return ((sop.get("unit") or {}).get("lines"), exp.get("unit_lines"))
    a, e = sop.get(key), exp.get(key)
    if isinstance(a, dict):
        a = a.get("raw")
    if isinstance(e, dict):
        e = e.get("raw")
    return a, e


def compare_identity(exp, sop):
    results = {}
    results["nomor_sop"] = (empty(exp["nomor_sop"]) and empty(sop.get("nomor_sop"))) or fold(exp["nomor_sop"]) == fold(sop.get("nomor_sop"))
    for key in ("tgl_pembuatan", "tgl_revisi", "tgl_efektif"):
        e, a = exp.get(key), sop.get(key) or {}
        if not e or (not e.get("date") and empty(e.get("raw"))):
            results[key] = empty(a.get("raw")) and not a.get("date")
        elif e.get("date"):
            results[key] = a.get("date") == e["date"]
        else:
            results[key] = fold(a.get("raw")) == fold(e.get("raw"))
    p = sop.get("pengesahan") or {}
    for key in ("jabatan", "nama", "nip"):
        e = exp["pengesahan"].get(key)
        a = p.get(key)
        results[f"pengesahan.{key}"] = (empty(e) and empty(a)) or fold(e).rstrip(",") == fold(a).rstrip(",")
    if exp.get("unit_lines"):
        lines = [fold(x) for x in ((sop.get("unit") or {}).get("lines") or [])]
        want = [fold(x) for x in exp["unit_lines"]]
        it = iter(lines)
        results["unit.lines"] = all(any(w == x for x in it) for w in want)
    for key in ("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan_perlengkapan", "peringatan",
                "pencatatan_pendataan"):
        a = [fold(x) for x in (sop.get(key) or []) if not empty(x)]
        e = [fold(x) for x in exp.get(key) or []]
        results[key] = a == e
    return results


def compare_file(expected, actual_doc, refused):
    exp_sop = expected["sops"][0]
    res = {"refused": refused, "steps": [], "nama_ok": False, "identity": {}, "extra_rows": 0, "sops_read": 0}
    exp_steps = [s for fc in exp_sop["flowcharts"] for s in fc["steps"]]
    if refused:
        for s in exp_steps:
            res["steps"].append({"nomor": s["nomor"], "found": False, "text": False, "actors": False,
                                 "symbol": None if s["symbol"] is None else False,
                                 "exits": None if not s["exits"] else False,
                                 "waktu": None if s["waktu"] is None else False, "detail": {"why": "refused"}})
        return res
    sops = actual_doc.get("sops") or []
    res["sops_read"] = len(sops)
    best = None
    for sop in sops:
        if norm_name(sop.get("nama_sop")) == norm_name(exp_sop["nama_sop"]):
            best = sop
            break
    if best is None and sops:
        best = max(sops, key=lambda s: sum(1 for k in ("nomor_sop", "pengesahan", "tgl_efektif") if s.get(k)))
    res["nama_ok"] = best is not None and norm_name(best.get("nama_sop")) == norm_name(exp_sop["nama_sop"])
    res["nama_read"] = best.get("nama_sop") if best else None
    res["identity"] = compare_identity(exp_sop["identity"], best or {})
    res["identity_wrong"] = {k: dict(zip(("read", "expected"), identity_read(exp_sop["identity"], best or {}, k)))
                             for k, ok in res["identity"].items() if not ok}
    flat = flatten(sops)
    used = set()
    for s in exp_steps:
        match = None
        for k, a in enumerate(flat):
            if k not in used and a["nomor"] == s["nomor"]:
                match = k
                break
        if match is None:
            for k, a in enumerate(flat):
                if k not in used and norm(a["kegiatan"]) == norm(s["kegiatan"]):
                    match = k
                    break
        if match is None:
            res["steps"].append({"nomor": s["nomor"], "found": False, "text": False, "actors": False,
                                 "symbol": None if s["symbol"] is None else False,
                                 "exits": None if not s["exits"] else False,
                                 "waktu": None if s["waktu"] is None else False, "detail": {"why": "not read"}})
            continue
        used.add(match)
        a = flat[match]
        detail = {}
        text_ok = a["nomor"] == s["nomor"] and norm(a["kegiatan"]) == norm(s["kegiatan"])
        if not text_ok:
            detail["text"] = {"expected": [s["nomor"], s["kegiatan"]], "read": [a["nomor"], a["kegiatan"]]}
        want_actors = sorted({fold(x) for x in s["actors"]})
        actors_ok = a["actors"] == want_actors
        if not actors_ok:
            detail["actors"] = {"expected": s["actors"], "read": a["actors"]}
        symbol_ok = None
        if s["symbol"] is not None:
            symbol_ok = a["shape"] in s["symbol"]
            if not symbol_ok:
                detail["symbol"] = {"expected": s["symbol"], "read": a["shape"], "drawn": s["symbol_drawn"]}
        exits_ok = None
        if s["exits"]:
            wrong = {}
            for key, target in s["exits"].items():
                got = exit_of(a, key)
                if not same_target(got, target):
                    wrong[key] = {"expected": target, "read": got}
            exits_ok = not wrong
            if wrong:
                detail["exits"] = wrong
                detail["exits_read"] = a["exits"]
        waktu_ok = None
        if s["waktu"] is not None:
            w = a["waktu"] or {}
            waktu_ok = w.get("value") == s["waktu"]["value"] and w.get("unit") == s["waktu"]["unit"]
            if not waktu_ok:
                detail["waktu"] = {"expected": s["waktu"], "read": {k: w.get(k) for k in ("raw", "value", "unit")}}
        res["steps"].append({"nomor": s["nomor"], "found": True, "text": text_ok, "actors": actors_ok,
                             "symbol": symbol_ok, "exits": exits_ok, "waktu": waktu_ok, "detail": detail})
    res["extra_rows"] = len(flat) - len(used)
    if res["extra_rows"]:
        res["extra_examples"] = [[a["nomor"], a["kegiatan"]] for k, a in enumerate(flat) if k not in used][:3]
    return res


def step_complete(st):
    return (st["found"] and st["text"] and st["actors"] and st["symbol"] is not False
            and st["exits"] is not False)


# --- aggregating --------------------------------------------------------------------------------

class Tally:
    def __init__(self):
        self.files = self.refused = self.steps = 0
        self.found = self.text = self.actors = self.complete = 0
        self.symbol = self.symbol_n = self.exits = self.exits_n = self.waktu = self.waktu_n = 0
        self.nama = self.identity = 0.0
        self.extra = 0

    def add(self, r):
        self.files += 1
        self.refused += bool(r["refused"])
        self.nama += bool(r["nama_ok"])
        ident = r["identity"]
        self.identity += (sum(ident.values()) / len(ident)) if ident else 0.0
        self.extra += r["extra_rows"]
        for st in r["steps"]:
            self.steps += 1
            self.found += st["found"]
            self.text += st["text"]
            self.actors += st["actors"]
            self.complete += step_complete(st)
            if st["symbol"] is not None:
                self.symbol_n += 1
                self.symbol += st["symbol"]
            if st["exits"] is not None:
                self.exits_n += 1
                self.exits += st["exits"]
            if st["waktu"] is not None:
                self.waktu_n += 1
                self.waktu += st["waktu"]

    def row(self):
        def pct(a, b):
            return round(100.0 * a / b, 1) if b else None
        return {"files": self.files, "refused": self.refused, "steps": self.steps,
                "found": pct(self.found, self.steps), "text": pct(self.text, self.steps),
                "actors": pct(self.actors, self.steps), "symbol": pct(self.symbol, self.symbol_n),
                "symbol_checked": self.symbol_n, "exits": pct(self.exits, self.exits_n), "exits_checked": self.exits_n,
                "waktu": pct(self.waktu, self.waktu_n), "complete": pct(self.complete, self.steps),
                "nama": pct(self.nama, self.files), "identity": pct(self.identity, self.files),
                "extra_rows": self.extra}


COLUMNS = [("files", "files"), ("refused", "refused"), ("steps", "steps"), ("text", "text%"),
           ("actors", "actor%"), ("symbol", "symbol%"), ("exits", "exits%"), ("complete", "all%"),
           ("waktu", "waktu%"), ("nama", "nama%"), ("identity", "ident%"), ("extra_rows", "extra")]


def fmt_table(title, rows):
    widths = [max(len(title), max((len(k) for k, _ in rows), default=0))] + [len(h) for _, h in COLUMNS]
    lines = [f"{title:<{widths[0]}}  " + "  ".join(f"{h:>{w}}" for (_, h), w in zip(COLUMNS, widths[1:]))]
    for key, row in rows:
        cells = []
        for (col, _), w in zip(COLUMNS, widths[1:]):
            v = row[col]
            cells.append(f"{'-' if v is None else v:>{w}}")
        lines.append(f"{key:<{widths[0]}}  " + "  ".join(cells))
    return "\n".join(lines)


def failure_keys(name, expected, r, diags):
    """(category, example) pairs for one file."""
    out = []
    first_error = next((d for d in diags if d["severity"] == "error"), None)
    if r["refused"]:
        code = first_error["code"] if first_error else f"exit {r.get('rc')}"
        out.append((f"file refused: {code}", {"file": name, "sopkit": first_error["message"] if first_error else r.get("stderr_tail")}))
        return out
    if not r["nama_ok"]:
        out.append(("nama_sop not read", {"file": name, "expected": expected["sops"][0]["nama_sop"], "read": r.get("nama_read"),
                                          "axis nama_source": expected["axes"]["nama_source"]}))
    if r["sops_read"] > 1:
        out.append(("one SOP read as several", {"file": name, "sops": r["sops_read"]}))
    if r["extra_rows"]:
        out.append(("rows read as extra steps", {"file": name, "extra": r.get("extra_examples")}))
    for key, v in r.get("identity_wrong", {}).items():
        short = {k: (x[:3] + ["…"] if isinstance(x, list) and len(x) > 3 else x) for k, x in v.items()}
        out.append((f"identity: {key} wrong", {"file": name, **short}))
    for st in r["steps"]:
        d = st["detail"]
        if not st["found"]:
            out.append(("step not read", {"file": name, "step": st["nomor"]}))
            continue
        if "text" in d:
            out.append(("step number/text wrong", {"file": name, "step": st["nomor"], **d["text"]}))
        if "actors" in d:
            out.append(("actor wrong" if d["actors"]["read"] else "actor missing",
                        {"file": name, "step": st["nomor"], **d["actors"]}))
        if "symbol" in d:
            out.append((f"symbol wrong: {d['symbol']['drawn']} read as {d['symbol']['read']}",
                        {"file": name, "step": st["nomor"]}))
        if "exits" in d:
            for key, v in d["exits"].items():
                out.append((f"exit '{key}' wrong", {"file": name, "step": st["nomor"], **v, "exits read": d["exits_read"]}))
        if "waktu" in d:
            out.append(("waktu wrong", {"file": name, "step": st["nomor"], **d["waktu"]}))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", help="folder written by generate.py")
    ap.add_argument("--sopkit", default=os.environ.get("SOPKIT", DEFAULT_SOPKIT))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--summary", help="write the machine-readable summary (JSON) here")
    ap.add_argument("--min-step-rate", type=float, help="fail when fewer steps are right in every way")
    ap.add_argument("--failures", type=int, default=10, help="how many failure kinds to list")
    ap.add_argument("--out", help="keep sopkit's JSON outputs in this folder")
    ap.add_argument("--markdown", help="also write the rates as a Markdown table here (for docs/corpus.md)")
    args = ap.parse_args()

    expected_files = sorted(glob.glob(os.path.join(args.dir, "*.expected.json")))
    if not expected_files:
        print(f"corpus: no *.expected.json in {args.dir}; run tools/variants/generate.py first", file=sys.stderr)
        return 2
    out_dir = args.out or tempfile.mkdtemp(prefix="sop-corpus-")
    os.makedirs(out_dir, exist_ok=True)
    started = time.time()

    def binary_stamp():
        try:
            st = os.stat(args.sopkit)
            return (st.st_mtime_ns, st.st_size)
        except OSError:
            return None
    stamp = binary_stamp()

    def one(exp_path):
        with open(exp_path, encoding="utf-8") as f:
            expected = json.load(f)
        path = os.path.join(os.path.dirname(exp_path), expected["file"])
        out = os.path.join(out_dir, expected["file"] + ".json")
        if os.path.exists(out):
            os.remove(out)
        rc, stderr = run_sopkit(args.sopkit, path, out)
        doc = None
        if os.path.exists(out):
            try:
                with open(out, encoding="utf-8") as f:
                    doc = json.load(f)
            except (OSError, ValueError):
                doc = None
        has_steps = bool(doc) and any(fc.get("steps") for s in doc.get("sops") or [] for fc in s.get("flowcharts") or [])
        refused = not has_steps
        r = compare_file(expected, doc or {}, refused)
        r["rc"] = rc
        r["stderr_tail"] = stderr.strip().splitlines()[-1] if stderr.strip() else ""
        diags = diagnostics(stderr)
        r["diagnostics"] = collections.Counter(f"{d['severity']}:{d['code']}" for d in diags)
        return expected, r, diags

    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(args.jobs, 1)) as pool:
        for item in pool.map(one, expected_files):
            results.append(item)
    elapsed = time.time() - started
    if binary_stamp() != stamp:
        print(f"corpus: warning: {args.sopkit} changed during the run; the rates mix two builds, run again",
              file=sys.stderr)

    axes_names = list(results[0][0]["axes"].keys())
    sub_names = list(results[0][0].get("sub_axes", {}).keys())
    per_axis = collections.OrderedDict()
    total = Tally()
    failures = collections.defaultdict(list)
    diag_counts = collections.Counter()
    files_out = []
    for expected, r, diags in results:
        total.add(r)
        for axis in axes_names:
            per_axis.setdefault(axis, collections.OrderedDict()).setdefault(expected["axes"][axis], Tally()).add(r)
        for axis in sub_names:
            if axis == "mark_char" and expected["axes"]["symbols"] != "checkmarks":
                continue
            if axis == "shape_presets" and expected["axes"]["symbols"] != "shapes":
                continue
            per_axis.setdefault(axis, collections.OrderedDict()).setdefault(expected["sub_axes"][axis], Tally()).add(r)
        for key, example in failure_keys(expected["file"], expected, r, diags):
            failures[key].append(example)
        diag_counts.update(r["diagnostics"])
        files_out.append({"file": expected["file"], "axes": expected["axes"], "rc": r["rc"], "refused": r["refused"],
                          "nama_ok": r["nama_ok"], "steps": len(r["steps"]),
                          "complete": sum(step_complete(s) for s in r["steps"]),
                          "diagnostics": dict(r["diagnostics"])})

    from layout import AXES  # noqa: E402  (value order as in the generator)
    print(f"corpus: {len(results)} files in {args.dir}, converted with {args.sopkit} in {elapsed:.0f} s\n")
    print("text% = step number and Kegiatan right; actor% = the actor column(s); symbol% and exits% over the "
          "steps whose drawing says so; all% = every checked fact of the step right; ident% = identity "
          "fields right (mean per file); extra = rows read as steps that are none. Refused files count as wrong.\n")
    summary_axes = {}
    for axis, values in per_axis.items():
        order = AXES.get(axis)
        items = sorted(values.items(), key=lambda kv: order.index(kv[0]) if order and kv[0] in order else 99)
        rows = [(str(v), t.row()) for v, t in items]
        print(fmt_table(axis, rows))
        print()
        summary_axes[axis] = {v: row for v, row in rows}
    print(fmt_table("TOTAL", [("all files", total.row())]))
    print()
    ranked = sorted(failures.items(), key=lambda kv: (-len({e["file"] for e in kv[1]}), -len(kv[1]), kv[0]))
    for title, pick in (("Most frequent failures: files and steps", lambda k: not k.startswith("identity:")),
                        ("Most frequent failures: identity fields", lambda k: k.startswith("identity:"))):
        print(f"{title} (files affected, occurrences, an example):")
        for key, examples in [kv for kv in ranked if pick(kv[0])][:args.failures]:
            nfiles = len({e["file"] for e in examples})
            print(f"  {nfiles:4d} files {len(examples):5d}x  {key}")
            print(f"        e.g. {json.dumps(examples[0], ensure_ascii=False)[:400]}")
        print()
    print("Most frequent sopkit diagnostics:")
    for key, n in diag_counts.most_common(12):
        print(f"  {n:6d}  {key}")
    total_row = total.row()
    if args.markdown:
        cols = [c for c in COLUMNS if c[0] != "extra_rows"] + [("extra_rows", "extra")]
        lines = ["| axis | value | " + " | ".join(h for _, h in cols) + " |",
                 "|---|---|" + "---:|" * len(cols)]
        for axis, rows in summary_axes.items():
            for value, row in rows.items():
                cells = ["-" if row[c] is None else str(row[c]) for c, _ in cols]
                shown = value.replace("|", "\\|")   # a pipe inside a table cell, even in code
                lines.append(f"| {axis} | `{shown}` | " + " | ".join(cells) + " |")
        cells = ["-" if total_row[c] is None else str(total_row[c]) for c, _ in cols]
        lines.append("| **all** | | " + " | ".join(f"**{c}**" for c in cells) + " |")
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as f:
            json.dump({"dir": os.path.abspath(args.dir), "sopkit": args.sopkit,
                       "sopkit_built": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(stamp[0] / 1e9)) if stamp else None,
                       "files": len(results),
                       "seconds": round(elapsed, 1), "total": total_row, "axes": summary_axes,
                       "failures": [{"kind": k, "files": len({e['file'] for e in v}), "count": len(v), "examples": v[:5]}
                                    for k, v in ranked],
                       "diagnostics": dict(diag_counts.most_common()), "per_file": files_out},
                      f, ensure_ascii=False, indent=1)
            f.write("\n")
    if args.min_step_rate is not None:
        want = args.min_step_rate * (1 if args.min_step_rate > 1 else 100)
        got = total_row["complete"] or 0.0
        if got < want:
            print(f"corpus: {got}% of the steps are right in every way, below --min-step-rate {want}%", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    sys.exit(main())
