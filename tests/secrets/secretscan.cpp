// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/secrets/secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

SecretScan::SecretScan(const QList<QByteArray> &secrets)
{
    int index = 0;
    for (const QByteArray &s : secrets) {
        ++index;
        if (s.size() < 8)
            continue; // too short to search for without false hits
        const QString text = QString::fromUtf8(s);
        auto add = [&](const QByteArray &b, const char *how) {
            if (b.size() < 8)
                return;
            for (const Needle &n : std::as_const(m_needles)) {
                if (n.bytes == b)
                    return;
            }
            m_needles.append({b, u"secret #%1 %2"_s.arg(index).arg(QLatin1StringView(how))});
        };
        add(s, "plain");
        add(s.toBase64(), "as base64");
        add(s.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), "as base64url");
        add(QUrl::toPercentEncoding(text), "percent-encoded");
        add(QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2), "as UTF-16LE");
        QByteArray be;
        for (QChar c : text) {
            be.append(char(c.unicode() >> 8));
            be.append(char(c.unicode() & 0xff));
        }
        add(be, "as UTF-16BE");
        // Inside a longer value ("id:secret" in Basic auth, a JSON string): base64 of the whole no
        // longer contains base64 of the part, but a middle slice of the plain text still shows.
        if (s.size() >= 24)
            add(s.mid(4, s.size() - 8), "(middle slice)");
    }
}

QStringList SecretScan::bytes(const QByteArray &content, const QString &where) const
{
    QStringList hits;
    m_bytesScanned += content.size();
    for (const Needle &n : m_needles) {
        if (content.contains(n.bytes))
            hits << where + u": "_s + n.label;
    }
    return hits;
}

QStringList SecretScan::file(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {path + u": unreadable"_s};
    ++m_filesScanned;
    return bytes(f.readAll(), path);
}

QStringList SecretScan::directory(const QString &dir) const
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.isSymLink() || !info.isFile())
            continue; // sockets and pipes of a runtime directory hold no text

        hits += file(path);
    }
    return hits;
}
