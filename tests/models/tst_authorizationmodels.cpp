// SPDX-License-Identifier: GPL-3.0-or-later
// AuthorizationListModel and AuthorizationFilterProxyModel: structure (QAbstractItemModelTester),
// roles, incremental merges without resets, role names, search and the state filter.
#include "models/itemmodels/authorizationfilterproxymodel.h"
#include "models/itemmodels/authorizationlistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {
OAuthAuthorization make(const QString &clientId, const QString &name, const QString &state,
                        bool pending = false, const QStringList &scopes = {}, const QStringList &roles = {},
                        const QString &description = {})
{
    QJsonObject client{{u"id"_s, clientId},
                       {u"name"_s, name},
                       {u"authorizedGrantType"_s, u"CODE"_s},
                       {u"secret"_s, u"must-never-arrive"_s}};
    if (!description.isEmpty())
        client.insert(u"description"_s, description);
    const QJsonObject o{{u"client"_s, client},
                        {u"scope"_s, QJsonArray::fromStringList(scopes)},
                        {u"roles"_s, QJsonArray::fromStringList(roles)},
                        {u"resourceOwner"_s, QJsonObject{{u"id"_s, u"u1"_s}, {u"name"_s, u"Helga Brandt"_s}}},
                        {u"dateCreated"_s, u"2025-04-01T10:00:00.000Z"_s},
                        {u"dateModified"_s, u"2026-02-03T09:30:00.000Z"_s},
                        {u"pending"_s, pending},
                        {u"state"_s, state}};
    return OAuthAuthorization::fromJson(o);
}

QStringList names(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, AuthorizationListModel::ClientColumn).data().toString();
    return out;
}
} // namespace

class TstAuthorizationModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<AuthorizationListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy = std::make_unique<AuthorizationFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_proxyTester.reset();
        m_proxy.reset();
        m_tester.reset();
        m_model.reset();
    }

    void stateMapping_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("label");
        QTest::newRow("authorized") << u"Authorized"_s << int(AuthorizationState::Authorized)
                                    << u"Authorized"_s;
        QTest::newRow("requested") << u"Requested"_s << int(AuthorizationState::Requested) << u"Requested"_s;
        QTest::newRow("unauthorized")
            << u"Unauthorized"_s << int(AuthorizationState::Unauthorized) << u"Unauthorized"_s;
        QTest::newRow("revoked") << u"Revoked"_s << int(AuthorizationState::Revoked) << u"Revoked"_s;
        QTest::newRow("lower case") << u"revoked"_s << int(AuthorizationState::Revoked) << u"Revoked"_s;
        QTest::newRow("unknown kept") << u"Suspended"_s << int(AuthorizationState::Unknown) << u"Suspended"_s;
        QTest::newRow("empty") << QString() << int(AuthorizationState::Unknown) << u"(no state)"_s;
    }
    void stateMapping()
    {
        QFETCH(QString, raw);
        QFETCH(int, state);
        QFETCH(QString, label);
        QCOMPARE(int(authorizationStateFromString(raw)), state);
        QCOMPARE(AuthorizationListModel::stateLabel(raw), label);
        if (state != int(AuthorizationState::Unknown))
            QCOMPARE(authorizationStateFromString(authorizationStateToString(AuthorizationState(state))),
                     AuthorizationState(state));
    }

    void displayAndRoles()
    {
        m_model->setAuthorizations(
            {make(u"c1"_s, u"Agent desktop"_s, u"Requested"_s, true, {u"analytics:readonly"_s, u"users"_s},
                  {u"r1"_s, u"r2"_s}, u"Web agent UI"_s)});
        QCOMPARE(m_model->rowCount(), 1);
        auto idx = [&](int col) { return m_model->index(0, col); };
        QCOMPARE(idx(AuthorizationListModel::ClientColumn).data().toString(), u"Agent desktop"_s);
        QCOMPARE(idx(AuthorizationListModel::ClientColumn).data(Qt::ToolTipRole).toString(),
                 u"Web agent UI"_s);
        QCOMPARE(idx(AuthorizationListModel::StateColumn).data().toString(), u"Requested, pending"_s);
        QCOMPARE(idx(AuthorizationListModel::GrantTypeColumn).data().toString(), u"Code"_s);
        QCOMPARE(idx(AuthorizationListModel::ScopesColumn).data().toString(), u"analytics:readonly, users"_s);
        QCOMPARE(idx(AuthorizationListModel::RolesColumn).data().toString(), u"r1, r2"_s);
        QCOMPARE(idx(AuthorizationListModel::ResourceOwnerColumn).data().toString(), u"Helga Brandt"_s);
        QCOMPARE(idx(AuthorizationListModel::ClientIdColumn).data().toString(), u"c1"_s);
        QVERIFY(!idx(AuthorizationListModel::CreatedColumn).data().toString().isEmpty());
        QCOMPARE(idx(0).data(AuthorizationListModel::ClientIdRole).toString(), u"c1"_s);
        QCOMPARE(idx(0).data(AuthorizationListModel::AuthorizationStateRole).toInt(),
                 int(AuthorizationState::Requested));
        QCOMPARE(idx(0).data(AuthorizationListModel::PendingRole).toBool(), true);
        QCOMPARE(idx(0).data(AuthorizationListModel::ScopesRole).toStringList().size(), 2);
        QCOMPARE(idx(0).data(AuthorizationListModel::DateModifiedRole).toDateTime(),
                 QDateTime(QDate(2026, 2, 3), QTime(9, 30), QTimeZone::utc()));
        const auto a = idx(0).data(AuthorizationListModel::AuthorizationRole).value<OAuthAuthorization>();
        QCOMPARE(a.client.id, u"c1"_s);
        QCOMPARE(m_model->headerData(AuthorizationListModel::ResourceOwnerColumn, Qt::Horizontal).toString(),
                 u"Resource owner"_s);
        QVERIFY(m_model->roleNames().contains(AuthorizationListModel::AuthorizationRole));
        // No secret anywhere: not in any role of any column.
        for (int c = 0; c < AuthorizationListModel::ColumnCount; ++c) {
            for (int role : m_model->roleNames().keys()) {
                const QVariant v = idx(c).data(role);
                if (v.canConvert<QString>())
                    QVERIFY(!v.toString().contains(u"must-never-arrive"_s));
            }
        }
        QVERIFY(!a.json.value(u"client"_s).toObject().contains(u"secret"_s));
    }

    void duplicatesKeepTheFirst()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setAuthorizations({make(u"a"_s, u"Alpha"_s, u"Authorized"_s),
                                    make(u"a"_s, u"Alpha again"_s, u"Revoked"_s),
                                    make(u"b"_s, u"Beta"_s, u"Revoked"_s)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->authorization(u"a"_s)->client.name, u"Alpha"_s);
        QCOMPARE(m_model->rowOf(u"b"_s), 1);
        QCOMPARE(m_model->rowOf(u"zz"_s), -1);
        QVERIFY(!m_model->authorization(u"zz"_s));
    }

    void mergeIsIncremental()
    {
        m_model->setAuthorizations({make(u"a"_s, u"Alpha"_s, u"Authorized"_s),
                                    make(u"b"_s, u"Beta"_s, u"Requested"_s, true),
                                    make(u"c"_s, u"Gamma"_s, u"Revoked"_s)});
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        // b was decided, c is gone, d is new; a is the same.
        m_model->mergeAuthorizations({make(u"a"_s, u"Alpha"_s, u"Authorized"_s),
                                      make(u"b"_s, u"Beta"_s, u"Authorized"_s),
                                      make(u"d"_s, u"Delta"_s, u"Unauthorized"_s)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), m_model->rowOf(u"b"_s));
        QCOMPARE(names(*m_model), (QStringList{u"Alpha"_s, u"Beta"_s, u"Delta"_s}));
        QCOMPARE(m_model->stateAt(m_model->rowOf(u"b"_s)), AuthorizationState::Authorized);
        QVERIFY(!m_model->pendingAt(m_model->rowOf(u"b"_s)));

        // The same list again changes nothing.
        changed.clear();
        m_model->mergeAuthorizations({make(u"a"_s, u"Alpha"_s, u"Authorized"_s),
                                      make(u"b"_s, u"Beta"_s, u"Authorized"_s),
                                      make(u"d"_s, u"Delta"_s, u"Unauthorized"_s)});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);

        // Everything gone: removed, not reset.
        m_model->mergeAuthorizations({});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void upsertOneRow()
    {
        m_model->setAuthorizations({make(u"a"_s, u"Alpha"_s, u"Authorized"_s)});
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->upsertAuthorization(make(u"a"_s, u"Alpha"_s, u"Revoked"_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->index(0, AuthorizationListModel::StateColumn).data().toString(), u"Revoked"_s);
        m_model->upsertAuthorization(make(u"b"_s, u"Beta"_s, u"Requested"_s));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowCount(), 2);
    }

    void roleNamesReplaceIds()
    {
        m_model->setAuthorizations(
            {make(u"a"_s, u"Alpha"_s, u"Authorized"_s, false, {}, {u"r1"_s, u"r9"_s})});
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setRoleNames({{u"r1"_s, u"Supervisor"_s}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(AuthorizationListModel::RolesColumn));
        QCOMPARE(m_model->index(0, AuthorizationListModel::RolesColumn).data().toString(),
                 u"Supervisor, r9"_s);
        // Searchable by the name now.
        m_proxy->setFilterText(u"supervisor"_s);
        QCOMPARE(m_proxy->rowCount(), 1);
        // The same names again: no change.
        m_model->setRoleNames({{u"r1"_s, u"Supervisor"_s}});
        QCOMPARE(changed.count(), 1);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing") << QString() << QStringList{u"Agent desktop"_s, u"Wallboard"_s, u"Portal"_s};
        QTest::newRow("name") << u"wall"_s << QStringList{u"Wallboard"_s};
        QTest::newRow("case") << u"AGENT"_s << QStringList{u"Agent desktop"_s};
        QTest::newRow("id") << u"id-portal"_s << QStringList{u"Portal"_s};
        QTest::newRow("scope") << u"analytics"_s << QStringList{u"Agent desktop"_s, u"Wallboard"_s};
        QTest::newRow("two terms") << u"analytics  wall"_s << QStringList{u"Wallboard"_s};
        QTest::newRow("description") << u"partners"_s << QStringList{u"Portal"_s};
        QTest::newRow("state label") << u"revoked"_s << QStringList{u"Wallboard"_s};
        QTest::newRow("pending") << u"pending"_s << QStringList{u"Portal"_s};
        QTest::newRow("owner") << u"helga"_s << QStringList{u"Agent desktop"_s, u"Wallboard"_s, u"Portal"_s};
        QTest::newRow("no match") << u"zzz"_s << QStringList{};
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        fillThree();
        QSignalSpy filtered(m_proxy.get(), &AuthorizationFilterProxyModel::filterChanged);
        m_proxy->setFilterText(text);
        QCOMPARE(names(*m_proxy), expected);
        QCOMPARE(filtered.count(), text.isEmpty() ? 0 : 1);
    }

    void stateFilter_data()
    {
        using F = AuthorizationFilterProxyModel::StateFilter;
        QTest::addColumn<int>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << int(F::All) << QStringList{u"Agent desktop"_s, u"Wallboard"_s, u"Portal"_s};
        QTest::newRow("authorized") << int(F::Authorized) << QStringList{u"Agent desktop"_s};
        QTest::newRow("revoked") << int(F::Revoked) << QStringList{u"Wallboard"_s};
        QTest::newRow("requested") << int(F::Requested) << QStringList{u"Portal"_s};
        QTest::newRow("pending") << int(F::Pending) << QStringList{u"Portal"_s};
        QTest::newRow("unauthorized") << int(F::Unauthorized) << QStringList{};
        QTest::newRow("other") << int(F::Other) << QStringList{};
    }
    void stateFilter()
    {
        QFETCH(int, filter);
        QFETCH(QStringList, expected);
        fillThree();
        m_proxy->setStateFilter(AuthorizationFilterProxyModel::StateFilter(filter));
        QCOMPARE(names(*m_proxy), expected);
        QCOMPARE(m_proxy->isFiltering(), filter != 0);
    }

    void filterFollowsChanges()
    {
        fillThree();
        m_proxy->setStateFilter(AuthorizationFilterProxyModel::StateFilter::Pending);
        QCOMPARE(m_proxy->rowCount(), 1);
        // The pending request was decided: it leaves the filtered view at once.
        m_model->upsertAuthorization(
            make(u"id-portal"_s, u"Portal"_s, u"Authorized"_s, false, {}, {}, u"For partners"_s));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_model->upsertAuthorization(make(u"id-new"_s, u"New"_s, u"Requested"_s, true));
        QCOMPARE(names(*m_proxy), QStringList{u"New"_s});
    }

    void sorting()
    {
        fillThree();
        m_proxy->sort(AuthorizationListModel::ClientColumn, Qt::AscendingOrder);
        QCOMPARE(names(*m_proxy), (QStringList{u"Agent desktop"_s, u"Portal"_s, u"Wallboard"_s}));
        // By state: authorized first, then requested (pending), then revoked.
        m_proxy->sort(AuthorizationListModel::StateColumn, Qt::AscendingOrder);
        QCOMPARE(names(*m_proxy), (QStringList{u"Portal"_s, u"Agent desktop"_s, u"Wallboard"_s}));
        m_proxy->sort(AuthorizationListModel::ScopesColumn, Qt::DescendingOrder);
        QCOMPARE(names(*m_proxy).first(), u"Agent desktop"_s);
    }

    void countText()
    {
        fillThree();
        QCOMPARE(m_proxy->countText().contains(u"3"_s), true);
        m_proxy->setFilterText(u"wall"_s);
        QVERIFY2(m_proxy->countText().startsWith(u"1 of 3"_s), qPrintable(m_proxy->countText()));
    }

    void refusesOtherModels()
    {
        QStandardItemModelLike other;
        AuthorizationFilterProxyModel p;
        QTest::ignoreMessage(QtWarningMsg,
                             "AuthorizationFilterProxyModel works only over an AuthorizationListModel");
        p.setSourceModel(&other);
        QVERIFY(!p.sourceModel());
    }

private:
    // A minimal model of another type.
    class QStandardItemModelLike : public QAbstractListModel
    {
    public:
        int rowCount(const QModelIndex & = {}) const override { return 0; }
        QVariant data(const QModelIndex &, int) const override { return {}; }
    };

    void fillThree()
    {
        m_model->setAuthorizations(
            {make(u"id-agent"_s, u"Agent desktop"_s, u"Authorized"_s, false,
                  {u"analytics:readonly"_s, u"conversations"_s, u"users"_s}),
             make(u"id-wall"_s, u"Wallboard"_s, u"Revoked"_s, false, {u"analytics:readonly"_s}),
             make(u"id-portal"_s, u"Portal"_s, u"Requested"_s, true, {}, {}, u"For partners"_s)});
    }

    std::unique_ptr<AuthorizationListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<AuthorizationFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_GUILESS_MAIN(TstAuthorizationModels)
#include "tst_authorizationmodels.moc"
