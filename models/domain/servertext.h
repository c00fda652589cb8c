// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QVariant>

// Text that came from a server (a client's name, an error message, a contextId), made safe to show
// on a terminal, in a file or in a widget. A hostile or broken server could otherwise rewrite the
// terminal with escape sequences (ESC ] 0 ; title BEL, ESC [ 2 J), hide text behind a carriage
// return, or disguise a name with bidirectional overrides (U+202E turns "gpj.exe" around).
//
// Applied where server text is shown, never to what is stored or sent back: a PUT keeps the
// server's exact value. ApiError applies it to everything it takes from an answer; the CLI's output
// and the item models' DisplayRole apply it to names, descriptions and other server strings.
//
//     label->setText(servertext::displayable(client.name));
namespace servertext {

// C0 controls except tab and newline (so also CR and ESC), DEL, and the C1 controls U+0080..U+009F
// (U+009B is a one-character CSI on many terminals).
[[nodiscard]] bool isUnsafeControl(char32_t c);
// The bidirectional formatting characters: embeddings and overrides U+202A..U+202E, isolates
// U+2066..U+2069, the marks U+200E, U+200F and U+061C.
[[nodiscard]] bool isBidiControl(char32_t c);
// True when displayable(s) would change s.
[[nodiscard]] bool needsCleaning(QStringView s);
// `s` without unsafe controls and bidi controls; tab, newline and everything else kept. Returns `s`
// itself (shared, not copied) when there is nothing to remove.
[[nodiscard]] QString displayable(const QString &s);
// `s` as one line of text, for a report or a message that puts one value per line: newline, CR,
// tab, ESC and the other controls (C0, DEL, C1, U+2028, U+2029) are shown escaped (\n, \r, \t,
// \e, \xHH, \u2028) so that a value cannot fake another line, and bidi controls are removed.
[[nodiscard]] QString oneLine(const QString &s);
// For item models' DisplayRole and ToolTipRole: a string is cleaned, any other value passes.
[[nodiscard]] QVariant displayable(const QVariant &v);

} // namespace servertext
