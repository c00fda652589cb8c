// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/config/hclwriter.h"

#include "models/domain/servertext.h"

using namespace Qt::Literals::StringLiterals;

void HclWriter::line(const QString &text)
{
    if (!text.isEmpty())
        m_out += QString(2 * m_depth, u' ') + text;
    m_out += u'\n';
}

void HclWriter::flush()
{
    qsizetype width = 0;
    for (const auto &[name, value] : m_run)
        width = std::max(width, name.toUtf8().size()); // hclwrite counts bytes
    for (const auto &[name, value] : m_run)
        line(name + QString(width - name.toUtf8().size(), u' ') + u" = "_s + value);
    m_run.clear();
}

void HclWriter::comment(const QString &text)
{
    flush();
    for (const QString &raw : text.split(u'\n')) {
        // A carriage return or another control character must not end or bend the comment, and a
        // bidi control or a line or paragraph separator must not reorder or break it in an editor
        // or a review tool: controls become spaces, the others are dropped.
        QString l;
        l.reserve(raw.size());
        for (const QChar c : raw) {
            const char32_t u = c.unicode();
            if (servertext::isBidiControl(u) || u == 0x2028 || u == 0x2029)
                continue;
            l += u < 0x20 || (u >= 0x7f && u <= 0x9f) ? QChar(u' ') : c;
        }
        line(l.isEmpty() ? u"#"_s : u"# "_s + l);
    }
}

void HclWriter::blankLine()
{
    flush();
    line({});
}

void HclWriter::openBlock(const QString &type, const QStringList &labels)
{
    flush();
    QString head = type;
    for (const QString &l : labels)
        head += u' ' + string(l);
    line(head + u" {"_s);
    ++m_depth;
}

void HclWriter::openObject(const QString &name)
{
    flush();
    line(name + u" = {"_s);
    ++m_depth;
}

void HclWriter::closeBlock()
{
    flush();
    --m_depth;
    line(u"}"_s);
}

void HclWriter::attribute(const QString &name, const QString &expression)
{
    m_run.append({name, expression});
}

QByteArray HclWriter::text()
{
    flush();
    return m_out.toUtf8();
}

QString HclWriter::string(const QString &value)
{
    QString out = u"\""_s;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const QChar next = i + 1 < value.size() ? value.at(i + 1) : QChar();
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'$':
        case u'%':
            out += c;
            if (next == u'{')
                out += c; // "$${" and "%%{" are the literal "${" and "%{"
            break;
        default:
            // Controls (C0, DEL, C1), bidi controls and the line and paragraph separators as \uNNNN
            // escapes, which HCL reads back as the same character: the value is kept, and the
            // file shows nothing that reorders or breaks a line in an editor or a diff.
            if (const char32_t u = c.unicode(); u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 ||
                                                u == 0x2029 || servertext::isBidiControl(u))
                out += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString HclWriter::list(const QStringList &expressions)
{
    return u'[' + expressions.join(u", "_s) + u']';
}
