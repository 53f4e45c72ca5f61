#!/usr/bin/env python3
"""Drives headless Chromium through the `sopkit serve` page, as a person would.

Usage: browser_check.py URL FILE SCREENSHOT.png [DOWNLOAD_FOLDER]

Loads the page, chooses FILE in the file input (DOM.setFileInputFiles), presses "Periksa SOP",
waits for the flowchart preview, checks the result box, then fetches every download the page
offers (the same form post the buttons make) and checks status and content type, clicks the Word
button (SRIKANDI mode) to see a real download arrive, and saves a screenshot.

Talks the Chrome DevTools protocol over a WebSocket (the websocket-client package). Prints one
line per check; exits 0 when all pass, 1 on a failed check, 77 when Chromium or websocket-client
is missing (the caller reports a skip).
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

try:
    import websocket  # websocket-client
except ImportError:
    print("skip: the Python package websocket-client is not installed (make venv)")
    sys.exit(77)

EXPECTED = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "json": "application/json",
    "html": "text/html; charset=utf-8",
}


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class DevTools:
    """A minimal CDP client: one page target, commands answered in order, events kept."""

    def __init__(self, url):
        self.socket = websocket.create_connection(url, timeout=60, suppress_origin=True)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, seconds=60):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.evaluate(expression):
                return True
            time.sleep(0.2)
        return False


def start_browser(profile):
    args = [
        chromium(), "--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
        "--remote-debugging-port=0", f"--user-data-dir={profile}", "--window-size=1280,1000",
        "--hide-scrollbars", "--lang=id", "about:blank",
    ]
    if os.geteuid() == 0:
        args.insert(1, "--no-sandbox")
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port_file = os.path.join(profile, "DevToolsActivePort")
    deadline = time.time() + 60
    while time.time() < deadline:
        if os.path.exists(port_file):
            lines = open(port_file).read().split()
            if lines:
                return process, int(lines[0])
        time.sleep(0.1)
    process.kill()
    raise RuntimeError("Chromium did not open its DevTools port within 60 s")


def page_socket(port):
    deadline = time.time() + 30
    while time.time() < deadline:
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        pages = [t for t in targets if t.get("type") == "page"]
        if pages:
            return pages[0]["webSocketDebuggerUrl"]
        time.sleep(0.1)
    raise RuntimeError("Chromium has no page target")


FETCH = """(async () => {
  const form = new FormData(document.getElementById('formulir'));
  form.set('sign', 'srikandi');
  const r = await fetch('/api/convert?to=%s', { method: 'POST', body: form });
  const body = await r.arrayBuffer();
  return [r.status, r.headers.get('content-type'), r.headers.get('content-disposition'), body.byteLength];
})()"""


def run(url, upload, screenshot, downloads):
    failures = []

    def check(ok, text):
        print(("ok: " if ok else "FAILED: ") + text)
        if not ok:
            failures.append(text)

    profile = tempfile.mkdtemp(prefix="sopkit-chromium-")
    process, port = start_browser(profile)
    try:
        tools = DevTools(page_socket(port))
        tools.call("Page.enable")
        tools.call("Runtime.enable")
        tools.call("Emulation.setDeviceMetricsOverride", width=1280, height=1000, deviceScaleFactor=1, mobile=False)
        tools.call("Page.navigate", url=url)
        check(tools.wait_for("document.readyState === 'complete' && !!document.getElementById('berkas')", 30), "the page loads")
        check(tools.evaluate("document.documentElement.lang") == "id", "the page is in Indonesian (lang=id)")
        check(tools.evaluate("[...document.querySelectorAll('button[data-unduh]')].every(b => b.disabled)"),
              "downloads are disabled before a check")
        root = tools.call("DOM.getDocument")["root"]["nodeId"]
        node = tools.call("DOM.querySelector", nodeId=root, selector="#berkas")["nodeId"]
        tools.call("DOM.setFileInputFiles", files=[os.path.abspath(upload)], nodeId=node)
        check(tools.evaluate("document.getElementById('berkas').files.length") == 1, "the file is chosen")
        tools.evaluate("document.getElementById('periksa').click()")
        check(tools.wait_for("!!document.querySelector('#pratinjau svg g.page')", 60), "the flowchart preview <svg> appears")
        status = tools.evaluate("document.getElementById('status').className")
        check(status in ("status ok", "status warnings"), f"the result box says the SOP can be converted ({status})")
        check(tools.evaluate("!!document.querySelector('#status h3') && document.querySelector('#status h3').textContent.length > 0"),
              "the result has an Indonesian heading")
        check(tools.evaluate("[...document.querySelectorAll('button[data-unduh]')].every(b => !b.disabled)"),
              "downloads are enabled after the check")
        for target, expected in EXPECTED.items():
            status, content_type, disposition, size = tools.evaluate(FETCH % target)
            check(status == 200 and content_type == expected and (disposition or "").startswith("attachment;") and size > 0,
                  f"download {target}: {status} {content_type} {size} bytes")
        status, content_type = tools.evaluate(
            "(async () => { const r = await fetch('/api/template'); await r.arrayBuffer(); return [r.status, r.headers.get('content-type')]; })()")
        check(status == 200 and content_type == EXPECTED["xlsx"], f"template: {status} {content_type}")
        # A real click on the Word button, in SRIKANDI mode: the browser saves the attachment.
        if downloads:
            os.makedirs(downloads, exist_ok=True)
            for name in os.listdir(downloads):
                os.remove(os.path.join(downloads, name))
            tools.call("Browser.setDownloadBehavior", behavior="allow", downloadPath=os.path.abspath(downloads))
            tools.evaluate("document.querySelector('input[name=sign][value=srikandi]').click()")
            tools.evaluate("document.querySelector('button[formaction=\"/api/convert?to=docx\"]').click()")
            deadline = time.time() + 30
            saved = []
            while time.time() < deadline and not saved:
                saved = [n for n in os.listdir(downloads) if n.endswith(".docx")]
                time.sleep(0.2)
            check(bool(saved), f"clicking the Word button saves a .docx ({', '.join(saved) or 'nothing'})")
        tools.evaluate("window.scrollTo(0, 0)")
        height = tools.evaluate("Math.min(document.documentElement.scrollHeight, 1500)")
        shot = tools.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": 1280, "height": height, "scale": 0.75})
        os.makedirs(os.path.dirname(os.path.abspath(screenshot)), exist_ok=True)
        with open(screenshot, "wb") as out:
            out.write(base64.b64decode(shot["data"]))
        check(os.path.getsize(screenshot) > 1000, f"screenshot saved: {screenshot}")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(profile, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        print(__doc__)
        sys.exit(2)
    if not chromium():
        print("skip: Chromium is not installed (apt-get install chromium)")
        sys.exit(77)
    sys.exit(run(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) == 5 else None))
