// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Looks for secrets in files: every way a token or client secret could have been written down.
//
//     SecretScan scan({token, clientSecret});
//     const QStringList hits = scan.directory(home); // "path: what, how" per finding
class SecretScan
{
public:
    explicit SecretScan(const QList<QByteArray> &secrets);

    // Files under `dir` (recursively, hidden ones too) that contain a secret in any form.
    [[nodiscard]] QStringList directory(const QString &dir) const;
    [[nodiscard]] QStringList file(const QString &path) const;
    [[nodiscard]] QStringList bytes(const QByteArray &content, const QString &where) const;
    [[nodiscard]] int forms() const { return int(m_needles.size()); }
    [[nodiscard]] int filesScanned() const { return m_filesScanned; }
    [[nodiscard]] qint64 bytesScanned() const { return m_bytesScanned; }

private:
    struct Needle
    {
        QByteArray bytes;
        QString label; // "secret #2 as base64"
    };
    QList<Needle> m_needles;
    mutable int m_filesScanned = 0;
    mutable qint64 m_bytesScanned = 0;
};
