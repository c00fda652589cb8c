// SPDX-License-Identifier: GPL-3.0-or-later
// SearchIndex: terms, case folding (ASCII fast path and beyond), fields kept apart, and the text
// staying right through replacements and removals (including the compaction of old text).
#include "models/itemmodels/searchindex.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
void appendRow(SearchIndex &index, const QStringList &fields)
{
    QList<QStringView> views(fields.begin(), fields.end());
    index.append(std::span<const QStringView>(views.constData(), std::size_t(views.size())));
}

std::vector<quint8> matchAll(const SearchIndex &index, const QString &text)
{
    std::vector<quint8> out;
    index.matchAll(SearchIndex::terms(text), out);
    return out;
}
} // namespace

class TstSearchIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void termsAreLowerCasedWords()
    {
        QCOMPARE(SearchIndex::terms(u"  Nightly\tEXPORT  é "_s),
                 (QList<QByteArray>{"nightly", "export", "\xc3\xa9"}));
        QVERIFY(SearchIndex::terms(u"   "_s).isEmpty());
    }

    void everyTermMustOccurInTheRow()
    {
        SearchIndex index;
        appendRow(index, {u"Billing Export"_s, u"ID-1"_s});
        appendRow(index, {u"Nightly export"_s, u"id-2"_s});
        appendRow(index, {u"ÜBER Client"_s, u"id-3"_s}); // not ASCII: the slow path
        QCOMPARE(index.size(), 3);
        QCOMPARE(index.text(2), QByteArrayView("\xc3\xbc"
                                               "ber client\nid-3"));
        QCOMPARE(matchAll(index, u"EXPORT"_s), (std::vector<quint8>{1, 1, 0}));
        QCOMPARE(matchAll(index, u"export nightly"_s), (std::vector<quint8>{0, 1, 0}));
        QCOMPARE(matchAll(index, u"über"_s), (std::vector<quint8>{0, 0, 1}));
        QVERIFY(index.matches(1, SearchIndex::terms(u"ID-2"_s)));
        QVERIFY(!index.matches(1, SearchIndex::terms(u"id-1"_s)));
        // Fields are apart: a term never matches across two.
        QCOMPARE(matchAll(index, u"exportid"_s), (std::vector<quint8>{0, 0, 0}));
    }

    void emptyFieldsAddNoSeparatorBeforeTheFirstText()
    {
        SearchIndex index;
        appendRow(index, {QString(), u"B"_s, QString(), u"C"_s});
        QCOMPARE(index.text(0), QByteArrayView("b\n\nc"));
    }

    void replaceAndRemoveKeepEveryRowsText()
    {
        SearchIndex index;
        for (int i = 0; i < 200; ++i)
            appendRow(index, {u"Client %1"_s.arg(i), QString(500, QChar(u'a' + i % 26))});
        // Enough replacements that the old text is compacted away more than once.
        for (int round = 0; round < 30; ++round) {
            for (int i = 0; i < 200; i += 3) {
                const QString name = u"Renamed %1 %2"_s.arg(i).arg(round);
                const QStringView views[] = {name, u"x"};
                index.replace(i, views);
            }
        }
        index.remove(10, 5); // rows 10..14
        index.remove(0);
        QCOMPARE(index.size(), 194);
        for (int row = 0; row < index.size(); ++row) {
            const int original = row < 9 ? row + 1 : row + 6;
            const QByteArray expected =
                original % 3 == 0
                    ? u"renamed %1 29\nx"_s.arg(original).toUtf8()
                    : (u"client %1\n"_s.arg(original) + QString(500, QChar(u'a' + original % 26))).toUtf8();
            QCOMPARE(index.text(row), QByteArrayView(expected));
        }
        QCOMPARE(matchAll(index, u"renamed 3 29"_s)[2], quint8(1)); // row 2 was row 3
        index.clear();
        QCOMPARE(index.size(), 0);
    }
};

QTEST_APPLESS_MAIN(TstSearchIndex)
#include "tst_searchindex.moc"
