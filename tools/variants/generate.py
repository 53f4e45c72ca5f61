#!/usr/bin/env python3
"""Writes realistic legacy SOP files (as offices make them by hand in Word and Excel, not as
sopkit writes them) from the SOPs in testdata/model/*.json, varied along independent layout axes
(layout.AXES), each with NAME.expected.json: the facts a reader must recover, derived from the
source SOP, never from sopkit's output. docs/corpus.md describes the axes; tools/variants/corpus.py
converts the files with sopkit and prints recognition rates per axis.

  generate.py --out DIR [--count N] [--seed S] [--sample]

The same seed (and the same tools available) gives the same files. LibreOffice (soffice, and
Debian's python3-uno for Writer) is used when present; without it the *-libreoffice containers are
left out, and the script says so.
"""
import argparse
import glob
import hashlib
import itertools
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True   # no __pycache__ in tools/variants/

import layout as L  # noqa: E402
import png  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
MODELS = os.path.join(ROOT, "testdata", "model")
SAMPLE_COUNT = 30


# --- what is available ----------------------------------------------------------------------------

def libreoffice_status():
    soffice = shutil.which("soffice")
    if not soffice:
        return False, False, "soffice not found: the docx-libreoffice and xlsx-libreoffice containers are skipped"
    try:
        uno = subprocess.run(["/usr/bin/python3", "-c", "import uno"], capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        uno = False
    if not uno:
        return True, False, ("Debian's python3-uno is missing (apt-get install python3-uno): the docx-libreoffice "
                             "container is skipped")
    return True, True, None


# --- sampling -----------------------------------------------------------------------------------

def balanced(rng, values, count):
    """`count` values with every value used equally often (±1), in random order."""
    out = []
    while len(out) < count:
        block = list(values)
        rng.shuffle(block)
        out += block
    return out[:count]


def plan_files(count, seed, containers, models):
    rng = random.Random(seed)
    columns = {}
    for axis, values in L.AXES.items():
        vals = containers if axis == "container" else values
        columns[axis] = balanced(rng, vals, count)
    subs = {axis: balanced(rng, values, count) for axis, values in L.SUB_AXES.items()}
    sops = balanced(rng, sorted(models), count)
    plans = []
    for i in range(count):
        axes = {axis: columns[axis][i] for axis in L.AXES}
        sub = {axis: subs[axis][i] for axis in L.SUB_AXES}
        plans.append((i, sops[i], axes, sub))
    return plans


# --- the layout of one file ---------------------------------------------------------------------

def name_of(sop):
    n = sop["nama_sop"].strip()
    n = re.sub(r"(?i)^(standar operasional prosedur|sop)\s+", "", n)
    return n.upper()


class PngCache:
    def __init__(self):
        self.cache = {}

    def __call__(self, kind, w, h):
        key = (kind, w, h)
        if key not in self.cache:
            self.cache[key] = png.symbol(kind, w, h)
        return self.cache[key]


def build(sop, axes, sub, rng, pngs):
    """The layout of the file and what the flowchart parts are (for the expected exits)."""
    family = "xlsx" if axes["container"].startswith("xlsx") else "docx"
    ids = itertools.count(1)
    labels = L.identity_labels(axes, rng)
    unit = sop.get("unit") or {}
    lines, extra = L.kop_lines(sop)
    with_kop = axes["kop"] != "absent" and bool(lines)
    logo = png.logo("pemda" if unit.get("logo") == "pemda" else "kemenag") if with_kop and unit.get("logo") != "none" else None
    kop_cell = axes["kop"] == "identity-cell" and with_kop
    title_row = f"SOP {name_of(sop)}" if axes["nama_source"] == "title-row" else None
    title_block = [("STANDAR OPERASIONAL PROSEDUR (SOP)", 12), (name_of(sop), 12)] \
        if axes["nama_source"] == "title-block" else []
    shapes = axes["symbols"] == "shapes"
    if family == "docx":
        widths, plan = L.identity_plan_docx(axes, kop_cell)
        identity = L.identity_grid(sop, axes, labels, widths, plan, kop_cell, logo if kop_cell else None, ids)
        # printed page height of F4 landscape less the margins, with room to spare for estimates
        page_room = (L.PAGE_TEXT_HEIGHT - (len(lines + extra) * 13 + 46 if axes["kop"] == "page-header" and with_kop else 0)) * 0.8
        used = sum(identity.heights) + (56 if title_block else 0)
        first_room = page_room - (used % page_room) - 20 if axes["sheets"] == "one" else page_room
    flow_info = []
    flow_grids = []
    for fc in sop["flowcharts"]:
        steps = fc["steps"]
        forced = {L.split_point(steps)} if axes["sheets"] == "three" and len(steps) >= 4 else set()
        if family == "docx":
            head = L.header_height(fc["actors"], axes, family)
            widths_f = L.flow_widths(len(fc["actors"]), family, axes["number_header"])
            if first_room < head + L.step_height(steps[0], widths_f, axes, len(fc["actors"])) + 60:
                first_room = page_room
                info_new_page = True
            else:
                info_new_page = axes["sheets"] != "one"
            cuts = L.page_boundaries(steps, fc["actors"], axes, family, first_room, page_room, forced)
            first_room = page_room
        else:
            cuts = sorted(forced)
            info_new_page = False
        bounds = [0] + cuts + [len(steps)]
        labels_at = {}
        for n, k in enumerate(cuts):
            # an off-page connector pair when some step of the page goes on to the next page's first
            before = range(([0] + cuts)[n], k)
            drawn = any(steps[k]["nomor"] in L.resolved_exits(steps, i).values() for i in before)
            labels_at[k] = str(steps[k]["nomor"]) if shapes and drawn else None
        parts = []
        for a, b in zip(bounds, bounds[1:]):
            parts.append(L.FlowPart(steps[a:b], a, labels_at.get(a), labels_at.get(b)))
        flow_info.append({"cuts": cuts, "offpage": {k: v is not None for k, v in labels_at.items()},
                          "forced": sorted(forced), "new_page": info_new_page})
        for n, part in enumerate(parts):
            g = L.flow_grid(sop, fc, part, axes, sub, family, ids, pngs,
                            title=title_row if n == 0 and not flow_grids else None)
            g.forced_break = n == 0 and info_new_page or n > 0
            flow_grids.append(g)

    if family == "docx":
        blocks = []
        header_lines = lines + extra if axes["kop"] == "page-header" and with_kop else None
        for text, size in title_block:
            blocks.append({"type": "para", "text": text, "bold": True, "align": "center", "size": size})
        if title_block:
            blocks.append({"type": "para", "text": ""})
        blocks.append({"type": "grid", "grid": identity})
        blocks.append({"type": "para", "text": ""})
        for g in flow_grids:
            if g.forced_break:
                blocks.append({"type": "pagebreak"})
            blocks.append({"type": "grid", "grid": g})
            blocks.append({"type": "para", "text": ""})
        doc = {"family": "docx", "header_lines": header_lines,
               "header_logo": logo if header_lines else None, "blocks": blocks, "labels": labels}
        return doc, flow_info

    # Excel: sheets
    def top_rows(g):
        ncol = g.ncols
        if axes["kop"] == "page-header" and with_kop:
            first = len(g.heights)
            for k, line in enumerate(lines + extra):
                r = g.add_row(16 if k < len(lines) else 13, border=False)
                g.put(r, 0, L.Cell(line, bold=k < len(lines), align="center", valign="center",
                                   size=12 if k == 0 else (10 if k < len(lines) else 8)), c2=ncol - 1)
            if logo:
                g.shapes.append(L.Shape(next(ids), "logo", g.left(0) + 4, g.top(first) + 2, 44, 44, first, 0,
                                        png=logo, name="Logo"))
            g.add_row(8, border=False)
        for text, size in title_block:
            r = g.add_row(20, border=False)
            g.put(r, 0, L.Cell(text, bold=True, align="center", valign="center", size=size), c2=ncol - 1)
        if title_block:
            g.add_row(8, border=False)

    sheets = []
    id_names = ["COVER", "Identitas", "IDENTITAS SOP", "Sheet1"]
    flow_names = ["SOP", "Flowchart", "Prosedur", name_of(sop)[:27] + " ", "Sheet2"]
    if axes["sheets"] == "one":
        fg = flow_grids[0]
        base = L.Grid(fg.widths)
        top_rows(base)
        plan = L.identity_plan_shared(axes, kop_cell, fg.widths)
        base.stack(L.identity_grid(sop, axes, labels, fg.widths, plan, kop_cell, logo if kop_cell else None, ids))
        base.stack(fg, gap=14)
        base.role = "flow"
        sheets.append({"name": rng.choice(flow_names).strip()[:31] or "SOP", "grid": base})
        for extra_grid in flow_grids[1:]:
            sheets.append({"name": f"SOP ({len(sheets) + 1})", "grid": extra_grid})
    else:
        widths, plan = L.identity_plan_sheet(axes, kop_cell)
        base = L.Grid(widths)
        top_rows(base)
        base.stack(L.identity_grid(sop, axes, labels, widths, plan, kop_cell, logo if kop_cell else None, ids))
        base.role = "identity"
        sheets.append({"name": rng.choice(id_names), "grid": base})
        fname = rng.choice(flow_names)[:31]
        for n, g in enumerate(flow_grids):
            name = fname if len(flow_grids) == 1 else f"{fname.strip()[:26]} ({n + 1})"
            sheets.append({"name": name, "grid": g})
    return {"family": "xlsx", "sheets": sheets, "labels": labels}, flow_info


# --- expected facts -----------------------------------------------------------------------------

def expected_for(sop, axes, sub, flow_info):
    flows = []
    for fc, info in zip(sop["flowcharts"], flow_info):
        steps = fc["steps"]
        n = len(steps)
        cuts = info["cuts"]
        out = []
        for i, s in enumerate(steps):
            kind = L.resolved_shape(steps, i)
            mode = axes["symbols"]
            if mode in ("shapes", "pictures"):
                symbol = [kind]
                drawn = ("shape " if mode == "shapes" else "picture of ") + kind
            elif mode == "glyphs":
                symbol = ["decision"] if kind == "decision" else ["terminator", "process"]
                drawn = "◆" if kind == "decision" else "●"
            else:
                symbol = None
                drawn = sub["mark_char"]
            exits = L.resolved_exits(steps, i)
            following = steps[i + 1]["nomor"] if i + 1 < n else "END"
            checked, unchecked = {}, {}
            for key, t in exits.items():
                if t is None:
                    continue
                if mode == "shapes":
                    if t == "END":
                        ok = i == n - 1
                    else:
                        j = next(idx for idx, st in enumerate(steps) if st["nomor"] == t)
                        part_i = sum(1 for k in cuts if k <= i)
                        part_j = sum(1 for k in cuts if k <= j)
                        # an arrow into another table or sheet is drawn only as the off-page
                        # connector pair of the step that continues on the next page
                        ok = part_i == part_j or (part_j == part_i + 1 and j in cuts and info["offpage"].get(j, False))
                else:
                    # no arrows: only "on to the next row" can be read, by convention
                    ok = key in ("next", "ya") and t == following
                (checked if ok else unchecked)[key] = t
            w = s.get("waktu")
            out.append({
                "nomor": s["nomor"],
                "kegiatan": s["kegiatan"],
                "actors": [s["actor"]] if s.get("actor") else [],
                "symbol": symbol,
                "symbol_drawn": drawn,
                "exits": checked,
                "exits_not_readable": unchecked,
                "waktu": {"value": w.get("value"), "unit": w.get("unit")} if w and w.get("value") is not None else None,
            })
        bounds = [0] + cuts + [n]
        flows.append({"actors": fc["actors"], "steps": out,
                      "tables": [[steps[a]["nomor"], steps[b - 1]["nomor"]] for a, b in zip(bounds, bounds[1:])]})
    lines, _ = L.kop_lines(sop)
    ident = {
        "nomor_sop": sop.get("nomor_sop") or None,
        "tgl_pembuatan": sop.get("tgl_pembuatan"),
        "tgl_revisi": sop.get("tgl_revisi"),
        "tgl_efektif": sop.get("tgl_efektif"),
        "pengesahan": {k: (sop.get("pengesahan") or {}).get(k) for k in ("jabatan", "nama", "nip")},
        "unit_lines": lines if axes["kop"] != "absent" and lines else None,
    }
    for a, b in L.LIST_KEYS:
        ident[a] = sop.get(a) or []
        ident[b] = sop.get(b) or []
    return {"nama_sop": sop["nama_sop"], "identity": ident, "flowcharts": flows}


# --- writing ------------------------------------------------------------------------------------

FIXED_TIME = "2025-01-06T08:00:00Z"


def normalise_package(path):
    """Same seed, same bytes: fixed zip entry times and document dates."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename in ("docProps/core.xml", "docProps/app.xml"):
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_TIME + r"\2", text)
                text = re.sub(r"(<TotalTime>)[^<]*(<)", r"\g<1>0\2", text)
                data = text.encode("utf-8")
            z.writestr(zipfile.ZipInfo(info.filename, date_time=(2025, 1, 6, 8, 0, 0)), data,
                       compress_type=zipfile.ZIP_DEFLATED)
    os.replace(tmp, path)


def serialise_for_lo(doc, png_dir):
    def png_path(data):
        name = hashlib.sha1(data).hexdigest()[:16] + ".png"
        path = os.path.join(png_dir, name)
        if not os.path.exists(path):
            with open(path, "wb") as f:
                f.write(data)
        return path

    blocks = []
    for b in doc["blocks"]:
        if b["type"] != "grid":
            blocks.append(b)
            continue
        g = b["grid"].to_json()
        for s in g["shapes"]:
            if s["png"] is not None:
                s["png_path"] = png_path(s["png"])
            s["png"] = None
        blocks.append({"type": "grid", "grid": g})
    return {"header_lines": doc["header_lines"], "blocks": blocks}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="folder for the files and their .expected.json")
    ap.add_argument("--count", type=int, help=f"number of files (default 600, or {SAMPLE_COUNT} with --sample)")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--sample", action="store_true", help=f"a quick sample of {SAMPLE_COUNT} files")
    args = ap.parse_args()
    count = args.count or (SAMPLE_COUNT if args.sample else 600)

    has_soffice, has_uno, message = libreoffice_status()
    containers = [c for c in L.AXES["container"]
                  if not (c == "docx-libreoffice" and not has_uno) and not (c == "xlsx-libreoffice" and not has_soffice)]
    if message:
        print(f"generate: {message}", file=sys.stderr)

    models = {}
    for path in sorted(glob.glob(os.path.join(MODELS, "*.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for n, sop in enumerate(data["sops"]):
            key = os.path.basename(path)[:-5] + (f"-{n + 1}" if len(data["sops"]) > 1 else "")
            models[key] = (os.path.relpath(path, ROOT), sop)

    os.makedirs(args.out, exist_ok=True)
    for old in glob.glob(os.path.join(args.out, "*")):
        if os.path.isfile(old) and re.match(r"^\d{4}-", os.path.basename(old)):
            os.remove(old)
    sys.path.insert(0, HERE)
    import docx_out
    import xlsx_out

    started = time.time()
    timings = {}
    pngs = PngCache()
    lo_docx_jobs, lo_xlsx_jobs = [], []
    written = []
    work = tempfile.mkdtemp(prefix="sop-variants-")
    try:
        png_dir = os.path.join(work, "png")
        os.makedirs(png_dir)
        for i, key, axes, sub in plan_files(count, args.seed, containers, models):
            source, sop = models[key]
            rng = random.Random(f"{args.seed}:{i}:layout")
            doc, flow_info = build(sop, axes, sub, rng, pngs)
            ext = "xlsx" if doc["family"] == "xlsx" else "docx"
            base = f"{i:04d}-{key}-{axes['container']}"
            path = os.path.join(args.out, f"{base}.{ext}")
            presets = sub["shape_presets"]
            container = axes["container"]
            if container == "docx-python-docx":
                docx_out.write_python_docx(doc, path, presets)
            elif container == "docx-raw-xml":
                docx_out.write_raw_docx(doc, path, presets)
            elif container == "docx-libreoffice":
                job = serialise_for_lo(doc, png_dir)
                job["out"] = os.path.abspath(path)
                job["presets"] = presets
                lo_docx_jobs.append(job)
            elif container == "xlsx-openpyxl":
                xlsx_out.write_openpyxl(doc, path, presets)
            elif container == "xlsx-xlsxwriter":
                xlsx_out.write_xlsxwriter(doc, path, presets)
            elif container == "xlsx-libreoffice":
                tmp = os.path.join(work, f"{base}.xlsx")
                xlsx_out.write_openpyxl(doc, tmp, presets)
                lo_xlsx_jobs.append((tmp, path))
            expected = {
                "file": os.path.basename(path),
                "source": source,
                "seed": args.seed,
                "index": i,
                "axes": axes,
                "sub_axes": sub,
                "identity_labels_written": doc["labels"],
                "sops": [expected_for(sop, axes, sub, flow_info)],
            }
            written.append((path, os.path.join(args.out, f"{base}.expected.json"), expected))
        timings["python writers"] = time.time() - started
        mark = time.time()
        if lo_xlsx_jobs:
            xlsx_out.resave_with_libreoffice(lo_xlsx_jobs, work)
        timings["LibreOffice Calc"] = time.time() - mark
        mark = time.time()
        if lo_docx_jobs:
            jobs_path = os.path.join(work, "lo-docx-jobs.json")
            with open(jobs_path, "w", encoding="utf-8") as f:
                json.dump(lo_docx_jobs, f)
            result = subprocess.run(["/usr/bin/python3", os.path.join(HERE, "lo_docx.py"), jobs_path],
                                    capture_output=True, text=True, timeout=7200)
            failed = json.loads(result.stdout or "[]") if result.returncode == 0 else \
                [{"out": j["out"], "error": result.stderr[-500:]} for j in lo_docx_jobs]
            for f in failed:
                print(f"generate: LibreOffice failed on {os.path.basename(f['out'])}: {f['error']}", file=sys.stderr)
        timings["LibreOffice Writer"] = time.time() - mark
    finally:
        shutil.rmtree(work, ignore_errors=True)
    kept = 0
    for path, exp_path, expected in written:
        if not os.path.exists(path):
            print(f"generate: left out {os.path.basename(path)} (not written)", file=sys.stderr)
            continue
        normalise_package(path)
        with open(exp_path, "w", encoding="utf-8") as f:
            json.dump(expected, f, ensure_ascii=False, indent=1)
            f.write("\n")
        kept += 1
    print(f"generate: wrote {kept} files with their .expected.json into {args.out} (seed {args.seed}; "
          f"containers: {', '.join(containers)}) in {time.time() - started:.0f} s ("
          + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()) + ")", file=sys.stderr)


if __name__ == "__main__":
    main()
