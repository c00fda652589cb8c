// SPDX-License-Identifier: GPL-3.0-or-later
// The edit dialog against the sandbox, driven through key and mouse events: an edit that keeps
// the fields the app does not model and updates one row without a reset, a long-lived client whose
// lifetime is kept, and the concurrent-edit warning (someone saves the client behind the dialog's
// back) with both ways out.
#include "app/services/clientsservice.h"
#include "tests/ui/guitest.h"
#include "ui/clients/clienteditdialog.h"

#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

namespace {
// A demo client that carries a field the app does not model.
QJsonObject clientWithUnknownField(const SandboxServer &sandbox, QString *field)
{
    for (const QJsonValue &v : sandbox.clients()) {
        const QJsonObject o = v.toObject();
        for (const char *k : {"orgSharingEnabled", "customProperties", "integrationType"}) {
            if (o.contains(QLatin1StringView(k)) && o.value("state"_L1).toString() == "active"_L1) {
                *field = QString::fromLatin1(k);
                return o;
            }
        }
    }
    return {};
}

ClientEditDialog *openEdit(Fixture &f, const QString &name)
{
    if (!selectByName(f.page, name))
        return nullptr;
    QTest::keyClick(f.window.get(), Qt::Key_E, Qt::ControlModifier);
    return waitForDialog<ClientEditDialog>(f.window.get());
}

// Changes the client through the API, as another admin would.
bool changeBehindTheBack(Fixture &f, const QString &id, const QJsonObject &edits)
{
    const auto current = testsupport::await<OAuthClient>(
        [&](QObject *ctx, Handler<OAuthClient> h) { f.s.session.clients()->get(id, ctx, h); });
    if (!current)
        return false;
    return bool(testsupport::await<OAuthClient>([&](QObject *ctx, Handler<OAuthClient> h) {
        f.s.session.clients()->update(current.value(), edits, ctx, h);
    }));
}
} // namespace

class TstGuiEditClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editKeepsUnmodelledFields()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QString field;
        const QJsonObject before = clientWithUnknownField(f.s.sandbox, &field);
        QVERIFY2(!before.isEmpty(), "the demo org has no client with an unmodelled field");
        const QString name = before.value("name"_L1).toString();
        QPointer<ClientEditDialog> dlg = openEdit(f, name);
        QVERIFY(dlg);
        // The form shows the client.
        QCOMPARE(find<QLineEdit>(dlg, u"nameEdit"_s)->text(), name);
        QVERIFY(!find<QWidget>(dlg, u"grantCombo"_s)->isEnabled());

        QSignalSpy reset(f.page->model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(f.page->model(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(f.page->model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(f.page->model(), &QAbstractItemModel::rowsRemoved);
        typeInto(find<QPlainTextEdit>(dlg, u"descriptionEdit"_s), u"Edited by the GUI test"_s);
        typeInto(find<QSpinBox>(dlg, u"lifetimeSpin"_s), u"3600"_s);
        f.s.sandbox.clearRequests();
        click(find<QPushButton>(dlg, u"saveButton"_s));
        QTRY_VERIFY(!dlg || !dlg->isVisible());

        const QJsonObject after = f.s.sandbox.client(before.value("id"_L1).toString());
        QCOMPARE(after.value("description"_L1).toString(), u"Edited by the GUI test"_s);
        QCOMPARE(after.value("accessTokenValiditySeconds"_L1).toInt(), 3600);
        // What the app does not model, and what was not edited, is unchanged.
        QCOMPARE(after.value(field), before.value(field));
        QCOMPARE(after.value("name"_L1), before.value("name"_L1));
        QCOMPARE(after.value("scope"_L1), before.value("scope"_L1));
        QCOMPARE(after.value("registeredRedirectUri"_L1), before.value("registeredRedirectUri"_L1));
        // The dialog looked before it wrote: one GET, then one PUT.
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/clients/"_s, "GET"), 1);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/clients/"_s, "PUT"), 1);

        // One row changed, nothing reset, inserted or removed.
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QVERIFY(changed.count() >= 1);
        const int row = f.page->model()->rowOf(before.value("id"_L1).toString());
        for (const QList<QVariant> &args : std::as_const(changed)) {
            QCOMPARE(args.at(0).value<QModelIndex>().row(), row);
            QCOMPARE(args.at(1).value<QModelIndex>().row(), row);
        }
        QCOMPARE(f.page->model()->clientAt(row).description, u"Edited by the GUI test"_s);
    }

    // The 450-day SCIM client keeps its lifetime through an edit of something else.
    void longLifetimeIsKept()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        QString name;
        QString id;
        for (const QJsonValue &v : f.s.sandbox.clients()) {
            if (v.toObject().value("accessTokenValiditySeconds"_L1).toDouble() > 172800) {
                name = v.toObject().value("name"_L1).toString();
                id = v.toObject().value("id"_L1).toString();
            }
        }
        QVERIFY(!name.isEmpty());
        QPointer<ClientEditDialog> dlg = openEdit(f, name);
        QVERIFY(dlg);
        QVERIFY(find<QLabel>(dlg, u"lifetimeNote"_s)->isVisible());
        QCOMPARE(find<QSpinBox>(dlg, u"lifetimeSpin"_s)->value(), 38880000);
        typeInto(find<QPlainTextEdit>(dlg, u"descriptionEdit"_s), u"Still 450 days"_s);
        click(find<QPushButton>(dlg, u"saveButton"_s));
        QTRY_VERIFY(!dlg || !dlg->isVisible());
        QCOMPARE(f.s.sandbox.client(id).value("accessTokenValiditySeconds"_L1).toDouble(), 38880000.0);
        QCOMPARE(f.s.sandbox.client(id).value("description"_L1).toString(), u"Still 450 days"_s);
    }

    void concurrentEditSaveMine()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QJsonObject target = f.s.sandbox.client(f.s.sandbox.pkceClientId());
        const QString name = target.value("name"_L1).toString();
        QPointer<ClientEditDialog> dlg = openEdit(f, name);
        QVERIFY(dlg);
        // Someone else changes the description and the lifetime meanwhile.
        QVERIFY(changeBehindTheBack(
            f, target.value("id"_L1).toString(),
            {{u"description"_s, u"Changed by someone else"_s}, {u"accessTokenValiditySeconds"_s, 1800}}));
        // We change the name and save.
        typeInto(find<QLineEdit>(dlg, u"nameEdit"_s), u"PKCE sign-in (renamed)"_s);
        click(find<QPushButton>(dlg, u"saveButton"_s));
        auto *panel = find<QWidget>(dlg, u"conflictPanel"_s);
        QTRY_VERIFY(panel->isVisible());
        const QString text = find<QLabel>(dlg, u"conflictText"_s)->text();
        QVERIFY2(text.contains("Description"_L1) && text.contains("Changed by someone else"_L1),
                 qPrintable(text));
        QVERIFY(text.contains("Token lifetime"_L1));
        QVERIFY(dlg->isVisible());
        // Nothing was written yet.
        QCOMPARE(f.s.sandbox.client(target.value("id"_L1).toString()).value("name"_L1).toString(), name);
        // Save mine: my field on top of their version.
        click(find<QPushButton>(dlg, u"overwriteButton"_s));
        QTRY_VERIFY(!dlg || !dlg->isVisible());
        const QJsonObject after = f.s.sandbox.client(target.value("id"_L1).toString());
        QCOMPARE(after.value("name"_L1).toString(), u"PKCE sign-in (renamed)"_s);
        QCOMPARE(after.value("description"_L1).toString(), u"Changed by someone else"_s);
        QCOMPARE(after.value("accessTokenValiditySeconds"_L1).toInt(), 1800);
    }

    void concurrentEditLoadTheirs()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QJsonObject target = f.s.sandbox.client(f.s.sandbox.pkceClientId());
        QPointer<ClientEditDialog> dlg = openEdit(f, target.value("name"_L1).toString());
        QVERIFY(dlg);
        QVERIFY(changeBehindTheBack(f, target.value("id"_L1).toString(),
                                    {{u"description"_s, u"Their description"_s}}));
        typeInto(find<QPlainTextEdit>(dlg, u"descriptionEdit"_s), u"My description"_s);
        click(find<QPushButton>(dlg, u"saveButton"_s));
        QTRY_VERIFY(find<QWidget>(dlg, u"conflictPanel"_s)->isVisible());
        // Back to the form first: nothing lost.
        click(find<QPushButton>(dlg, u"backToFormButton"_s));
        QVERIFY(!find<QWidget>(dlg, u"conflictPanel"_s)->isVisible());
        QCOMPARE(find<QPlainTextEdit>(dlg, u"descriptionEdit"_s)->toPlainText(), u"My description"_s);
        // Save again: still their newer version; this time load theirs.
        click(find<QPushButton>(dlg, u"saveButton"_s));
        QTRY_VERIFY(find<QWidget>(dlg, u"conflictPanel"_s)->isVisible());
        click(find<QPushButton>(dlg, u"loadTheirsButton"_s));
        QCOMPARE(find<QPlainTextEdit>(dlg, u"descriptionEdit"_s)->toPlainText(), u"Their description"_s);
        QVERIFY(dlg->isVisible());
        // Now the form is based on their version: a save goes through without a warning.
        typeInto(find<QLineEdit>(dlg, u"nameEdit"_s), u"Renamed after reload"_s);
        click(find<QPushButton>(dlg, u"saveButton"_s));
        QTRY_VERIFY(!dlg || !dlg->isVisible());
        const QJsonObject after = f.s.sandbox.client(target.value("id"_L1).toString());
        QCOMPARE(after.value("name"_L1).toString(), u"Renamed after reload"_s);
        QCOMPARE(after.value("description"_L1).toString(), u"Their description"_s);
    }
};

QTEST_MAIN(TstGuiEditClient)
#include "tst_gui_editclient.moc"
