// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Writes HCL (Terraform configuration) laid out as `terraform fmt` leaves it: two spaces per
// nesting level, one space around '=', and the '=' of consecutive one-line attributes of a block
// aligned; a comment line, a blank line or a nested block ends such a run, as in hclwrite's
// formatter. Values are written on one line.
//
//     HclWriter w;
//     w.openBlock(u"resource"_s, {u"genesyscloud_oauth_client"_s, u"x"_s});
//     w.attribute(u"name"_s, HclWriter::string(u"X"_s));
//     w.closeBlock();
//     QByteArray text = w.text();
class HclWriter
{
public:
    // "# text", one line per line of text; other controls become spaces, bidi controls and
    // U+2028/U+2029 are dropped.
    void comment(const QString &text);
    void blankLine();
    void openBlock(const QString &type, const QStringList &labels = {});
    // `name = {`: an object value over several lines (closed with closeBlock()).
    void openObject(const QString &name);
    void closeBlock();
    // `expression` is written as it is: use string(), list() or a reference.
    void attribute(const QString &name, const QString &expression);

    [[nodiscard]] QByteArray text();

    // A quoted string literal: \ " and control characters escaped, bidi controls and U+2028/U+2029
    // as \uNNNN, "${" and "%{" doubled so that nothing is read as a template.
    [[nodiscard]] static QString string(const QString &value);
    // ["a", "b"] from expressions.
    [[nodiscard]] static QString list(const QStringList &expressions);

private:
    void flush();
    void line(const QString &text);

    QString m_out;
    QList<std::pair<QString, QString>> m_run; // attributes waiting for alignment
    int m_depth = 0;
};
