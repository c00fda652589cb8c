// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/config/terraformlabels.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {
bool isLabelChar(char32_t c)
{
    return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || c == U'_' ||
           c == U'-';
}
} // namespace

namespace terraform {

QString sanitizeLabel(const QString &name)
{
    QString label;
    label.reserve(name.size() + 1);
    for (const char32_t c : name.toUcs4())
        label += isLabelChar(c) ? QChar(char16_t(c)) : u'_';
    if (label.isEmpty())
        return label;
    const QChar first = label.front();
    if (!(first.isLetter() && first.unicode() < 128) && first != u'_')
        label.prepend(u'_');
    return label;
}

quint32 fnv1Hash32(const QByteArray &bytes)
{
    quint32 hash = 2166136261u;
    for (const char b : bytes) {
        hash *= 16777619u;
        hash ^= quint32(quint8(b));
    }
    return hash;
}

QStringList uniqueLabels(const QStringList &namesIn)
{
    QStringList names = namesIn;
    for (QString &n : names) {
        if (n.isEmpty())
            n = u"unnamed"_s;
    }
    // The exporter's rule: count how many names share each sanitized form.
    QHash<QString, int> sanitizedCount;
    for (const QString &n : names)
        ++sanitizedCount[sanitizeLabel(n)];
    QStringList labels;
    labels.reserve(names.size());
    for (const QString &n : names) {
        QString label = sanitizeLabel(n);
        if (label != n && sanitizedCount.value(label) > 1)
            label += u'_' + QString::number(fnv1Hash32(n.toUtf8()));
        labels.append(label);
    }
    // What the exporter leaves equal (identical names) gets a counter, in list order.
    QSet<QString> taken;
    QHash<QString, int> seen;
    for (const QString &l : labels)
        ++seen[l];
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QString &label = labels[i];
        if (seen.value(label) > 1 && taken.contains(label)) {
            int n = 2;
            QString candidate;
            do {
                candidate = label + u'_' + QString::number(n++);
            } while (taken.contains(candidate) || seen.contains(candidate));
            label = candidate;
        }
        taken.insert(label);
    }
    return labels;
}

} // namespace terraform
