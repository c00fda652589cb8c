#!/usr/bin/env bash
# Fails when a lower layer includes a higher one: models <- app <- ui <- executables.
# models may include only models/ and QtCore; app never includes ui/ or QtWidgets/QtGui widgets.
# Exit codes: 0 ok; 1 a layer violation (listed); 2 the check cannot run (a missing tool or folder).
set -u
root=${1:-$(dirname "$0")/..}
cd "$root" || { echo "check-layers: cannot enter $root" >&2; exit 2; }
command -v grep >/dev/null 2>&1 ||
  { echo "check-layers: grep is not installed (Debian package grep). No file was checked." >&2; exit 2; }
for dir in models app; do
  [ -d "$dir" ] || { echo "check-layers: $(pwd) has no $dir/ folder; give the source root." >&2; exit 2; }
done
bad=0
check() { # dir, forbidden-regex, reason
  local hits
  hits=$(grep -rnE "$2" --include='*.h' --include='*.cpp' "$1" 2>/dev/null)
  if [ -n "$hits" ]; then echo "layer violation ($3):"; echo "$hits"; bad=1; fi
}
check models '#include\s*[<"](app|ui)/' "models includes a higher layer"
check models '#include\s*<(QtGui|QtWidgets|QtNetwork|QtCharts|QtHttpServer|QtNetworkAuth)|#include\s*<Q(Widget|Dialog|Application|NetworkAccessManager|NetworkReply|Color|Icon|Pixmap|Font)\b' "models is QtCore only"
check app '#include\s*[<"]ui/' "app includes ui"
check app '#include\s*<(QtWidgets|QtCharts)|#include\s*<Q(Widget|Dialog|MainWindow|Application|MessageBox|TableView|Chart)\b' "app uses widgets"
if [ $bad = 0 ]; then echo "layers ok: models <- app <- ui"; fi
exit $bad
