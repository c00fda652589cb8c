// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Terminal text for oauthdesk-cli: column widths that count what a terminal shows (wide East Asian
// characters take two cells, combining marks none), eliding with "…", cleaning server text of
// control characters before it reaches a terminal, aligned tables, and compact JSON.
namespace cli::text {

// Cells a terminal uses for one code point / a string (a wcwidth of our own, so that the result
// does not depend on the C library's locale).
[[nodiscard]] int codePointWidth(char32_t ucs);
[[nodiscard]] int displayWidth(QStringView s);

// `s` cut to at most `maxWidth` cells, ending with "…" when cut. maxWidth <= 0 means no limit.
[[nodiscard]] QString elide(const QString &s, int maxWidth);

// Server-provided text made safe to print: control characters (newlines, tabs, escape sequences)
// become spaces and bidirectional overrides are dropped, so a client name cannot rewrite the
// terminal or disguise itself.
[[nodiscard]] QString clean(QStringView s);

// The last step before stdout (the runner's output, whatever it holds): no terminal control or bidi
// override a server slipped into a value gets through (see models/domain/servertext.h). With `json`,
// the JSON keeps its meaning: inside strings those characters (and raw control bytes, U+2028 and
// U+2029) become \u escapes; a stray control byte between tokens becomes a space. Text loses the
// same characters; tab and newline stay. Scans once and copies nothing when nothing needs it.
void makeOutputSafe(QByteArray &out, bool json);

// "2026-03-15 13:00" in local time; empty for an invalid date.
[[nodiscard]] QString localDateTime(const QDateTime &dt);

// An aligned table: a header row, then rows; columns separated by two spaces. Cells are cleaned and
// elided to their column's width; the last column is not padded.
class Table
{
public:
    explicit Table(QStringList headers);

    void setMaxWidth(int column, int width);
    void setRightAligned(int column);
    // The width the table should fit (a terminal's; 0 = no limit). When it is wider, the flex
    // columns give up space, in the order they were added, down to their minimum widths.
    void setAvailableWidth(int width) { m_availableWidth = width; }
    void addFlexColumn(int column, int minWidth = MinFlexWidth);
    static constexpr int MinFlexWidth = 12;
    // Hides the column when no row has text in it (e.g. groupBy columns the query did not use).
    void setHideWhenEmpty(int column);
    void addRow(QStringList cells);
    [[nodiscard]] qsizetype rowCount() const { return m_rows.size(); }
    // Appends the table as UTF-8 to `out`.
    void render(QByteArray &out) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_maxWidth;
    QList<bool> m_right;
    QList<bool> m_hideWhenEmpty;
    QList<QPair<int, int>> m_flex; // column, minimum width
    int m_availableWidth = 0;
};

// Key/value lines ("Name:         value"), for one object.
class Details
{
public:
    void add(const QString &label, const QString &value);          // skipped when value is empty
    void addList(const QString &label, const QStringList &values); // one value per line
    void render(QByteArray &out) const;

private:
    QList<QPair<QString, QStringList>> m_items;
};

// JSON as one compact line (or indented with `pretty`), with a final newline.
void appendJson(QByteArray &out, const QJsonObject &object, bool pretty);
// A JSON array of `count` objects given by `at(i)`, serialised object by object so that a large
// listing is never copied into one QJsonArray first (unless `pretty`).
template<class At>
void appendJsonArray(QByteArray &out, qsizetype count, At &&at, bool pretty);

} // namespace cli::text

#include <QJsonArray>
#include <QJsonDocument>

template<class At>
void cli::text::appendJsonArray(QByteArray &out, qsizetype count, At &&at, bool pretty)
{
    if (pretty) {
        QJsonArray array;
        for (qsizetype i = 0; i < count; ++i)
            array.append(at(i));
        out += QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    out += '[';
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            out += ',';
        out += QJsonDocument(at(i)).toJson(QJsonDocument::Compact);
    }
    out += "]\n";
}
