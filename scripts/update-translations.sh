#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources of models/, app/ and ui/ (not tests/):
# new texts are added as unfinished, texts that are gone are dropped. Then translate the
# unfinished entries (Qt Linguist, or by hand) and run the i18n test:
#
#   scripts/update-translations.sh && linguist resources/translations/oauthdesk_de.ts
#   ctest --test-dir build -R tst_i18n
#
# oauthdesk_en.ts holds only the English plural forms ("%n scope(s)" -> "1 scope", "2 scopes").
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || command -v lupdate)}
dirs=(models app ui)
"$lupdate" -I . -no-obsolete -locations relative -target-language de_DE "${dirs[@]}" \
  -ts resources/translations/oauthdesk_de.ts
"$lupdate" -I . -no-obsolete -locations relative -pluralonly -target-language en_US "${dirs[@]}" \
  -ts resources/translations/oauthdesk_en.ts
