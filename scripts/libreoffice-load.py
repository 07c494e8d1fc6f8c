"""npm run bench:workbook: LibreOffice's time to load and to recalculate .xlsx files, in one
running soffice process (headless, its own profile, started once). Run with the system python3
(Debian's python3-uno): /usr/bin/python3 scripts/libreoffice-load.py PROFILE_DIR FILE...

For each file, in order: wall seconds to load it (the file's cached values kept: the profile's
OOXMLRecalcMode is set to 1, never recalculate, so the load is only the load), then seconds for
calculateAll() (every formula), then the document is closed. Each file is loaded `--runs` times
(default 3) and the medians are printed, with the first load + recalculation's seconds. Prints one JSON object per file on stdout.
"""
import json
import os
import subprocess
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

NEVER_RECALC = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>1</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>1</value></prop></item>
</oor:items>
"""


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    args = sys.argv[1:]
    runs = 3
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i : i + 2]
    profile, files = args[0], args[1:]
    user = os.path.join(profile, "user")
    os.makedirs(user, exist_ok=True)
    with open(os.path.join(user, "registrymodifications.xcu"), "w", encoding="utf-8") as f:
        f.write(NEVER_RECALC)
    pipe = "eco_bench_%d" % os.getpid()
    office = subprocess.Popen(
        [
            "soffice",
            "-env:UserInstallation=file://" + os.path.abspath(profile),
            "--headless",
            "--norestore",
            "--nologo",
            "--accept=pipe,name=%s;urp;" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
                )
                break
            except NoConnectException:
                time.sleep(0.5)
        if ctx is None:
            raise RuntimeError("soffice did not accept a connection")
        desktop = ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", ctx
        )
        for path in files:
            loads, calcs = [], []
            for _ in range(runs):
                url = uno.systemPathToFileUrl(os.path.abspath(path))
                t0 = time.perf_counter()
                doc = desktop.loadComponentFromURL(
                    url, "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True))
                )
                t1 = time.perf_counter()
                doc.calculateAll()
                t2 = time.perf_counter()
                doc.close(True)
                loads.append(t1 - t0)
                calcs.append(t2 - t1)
            first = loads[0] + calcs[0]
            loads.sort()
            calcs.sort()
            print(
                json.dumps(
                    {
                        "file": path,
                        "loadS": loads[len(loads) // 2],
                        "recalcS": calcs[len(calcs) // 2],
                        "firstS": first,
                        "runs": runs,
                    }
                ),
                flush=True,
            )
        try:
            desktop.terminate()
        except Exception:  # the bridge drops as soffice exits
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
