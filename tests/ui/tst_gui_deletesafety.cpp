// SPDX-License-Identifier: GPL-3.0-or-later
// Safe defaults of the delete and sign-in dialogs: a client with requests in the last 7 days is
// deleted only after its name is typed (one without any is not asked for), the Delete dialog offers
// "Deactivate only", and a new sign-in profile starts on a region (the last used, else the one
// nearest to the locale), never "Custom…". Driven by key and mouse events against the sandbox.
#include "app/services/clientsservice.h"
#include "tests/ui/guitest.h"
#include "ui/clients/deleteclientdialog.h"
#include "ui/clients/usagesummarylabel.h"
#include "ui/signin/signindialog.h"
#include "ui/signin/signinui.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;
using namespace guitest;

class TstGuiDeleteSafety : public QObject
{
    Q_OBJECT
private:
    static QPointer<DeleteClientDialog> openDelete(Fixture &f, const QString &name)
    {
        if (!selectByName(f.page, name))
            return nullptr;
        QTest::keyClick(f.page->view(), Qt::Key_Delete);
        QPointer<DeleteClientDialog> dlg = waitForDialog<DeleteClientDialog>(f.window.get());
        if (dlg)
            (void)QTest::qWaitFor([&] { return find<UsageSummaryLabel>(dlg, u"usageSummary"_s)->isDone(); },
                                  15000);
        return dlg;
    }

private Q_SLOTS:
    void recentTrafficNeedsTheNameAndDeactivateOnly()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QString name = u"Nightly WFM export"_s;
        const QString id = sandboxClient(f.s.sandbox, name).value("id"_L1).toString();
        QPointer<DeleteClientDialog> dlg = openDelete(f, name);
        QVERIFY(dlg);
        auto *usage = find<UsageSummaryLabel>(dlg, u"usageSummary"_s);
        QVERIFY2(!usage->totals().isEmpty(), qPrintable(usage->text()));
        // "last on" is the last day with requests (a nightly job: today or yesterday), not the
        // start of the 7 days.
        const QDate today = f.s.session.api()->serverNow().toUTC().date();
        QVERIFY2(usage->totals().lastActive >= today.addDays(-1), qPrintable(usage->text()));
        QVERIFY2(usage->text().contains(QLocale().toString(usage->totals().lastActive, QLocale::ShortFormat)),
                 qPrintable(usage->text()));
        auto *deleteButton = find<QPushButton>(dlg, u"deleteButton"_s);
        auto *deactivate = find<QPushButton>(dlg, u"deactivateOnlyButton"_s);
        QVERIFY(deactivate && deactivate->isVisible());
        QVERIFY(!deleteButton->isEnabled());
        QVERIFY(find<QLabel>(dlg, u"confirmReason"_s)->text().contains(u"requests in the last 7 days"_s));
        typeInto(find<QLineEdit>(dlg, u"confirmNameEdit"_s), name);
        QVERIFY(deleteButton->isEnabled());

        // Deactivate only: the client stays, inactive, with the platform's deletion date.
        f.s.sandbox.clearRequests();
        click(deactivate);
        QTRY_VERIFY_WITH_TIMEOUT(!dlg, 15000);
        const QJsonObject stored = f.s.sandbox.client(id);
        QCOMPARE(stored.value("state"_L1).toString(), u"inactive"_s);
        QCOMPARE(f.s.sandbox.requestCount(u"/api/v2/oauth/clients/"_s + id, "DELETE"), 0);
        QTRY_COMPARE(f.page->model()->client(id)->state, u"inactive"_s);
    }

    // Enter in the name field: nothing before the name matches (it used to reach the dialog's
    // default button, Cancel, and throw the typed name away), then the delete.
    void enterInTheNameFieldDeletesOnceTheNameMatches()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        const QString name = u"Nightly WFM export"_s;
        const QString id = sandboxClient(f.s.sandbox, name).value("id"_L1).toString();
        QPointer<DeleteClientDialog> dlg = openDelete(f, name);
        QVERIFY(dlg);
        auto *edit = find<QLineEdit>(dlg, u"confirmNameEdit"_s);
        QVERIFY(edit->isVisible());
        typeInto(edit, name.left(7));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(dlg && dlg->isVisible());
        QCOMPARE(edit->text(), name.left(7));
        typeInto(edit, name);
        QTest::keyClick(edit, Qt::Key_Enter, Qt::KeypadModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!dlg, 15000);
        QVERIFY(f.s.sandbox.client(id).isEmpty());
    }

    void noTrafficNoName()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error));
        // A client created now has no requests yet.
        const QString name = u"Fresh robot without traffic"_s;
        const Result<ClientWithSecret> created =
            testsupport::await<ClientWithSecret>([&](QObject *c, auto h) {
                f.s.session.clients()->create(
                    QJsonObject{{u"name"_s, name},
                                {u"authorizedGrantType"_s, u"CODE"_s},
                                {u"registeredRedirectUri"_s, QJsonArray{u"https://example.com/cb"_s}},
                                {u"scope"_s, QJsonArray{u"users:readonly"_s}}},
                    c, h);
            });
        QVERIFY2(created.ok(), qPrintable(created.error().summary()));
        QTRY_VERIFY(f.page->model()->rowOf(created.value().client.id) >= 0);
        QPointer<DeleteClientDialog> dlg = openDelete(f, name);
        QVERIFY(dlg);
        QVERIFY(find<UsageSummaryLabel>(dlg, u"usageSummary"_s)->totals().isEmpty());
        QVERIFY(find<QPushButton>(dlg, u"deleteButton"_s)->isEnabled());
        QVERIFY(!find<QLineEdit>(dlg, u"confirmNameEdit"_s)->isVisible());
        click(find<QPushButton>(dlg, u"cancelButton"_s));
        QTRY_VERIFY(!dlg);
    }

    void signInRegionDefault()
    {
        QCOMPARE(SignInDialog::nearestRegionId(QLocale(QLocale::German, QLocale::Germany)),
                 u"eu_central_1"_s);
        QCOMPARE(SignInDialog::nearestRegionId(QLocale(QLocale::English, QLocale::Australia)),
                 u"ap_southeast_2"_s);
        QSettings().remove(u"signIn/lastRegion"_s);

        Fixture f;
        QVERIFY2(f.start(false), qPrintable(f.error));
        SignInUi *ui = SignInUi::install(f.window.get(), &f.s.session);
        ui->showNewProfile();
        QPointer<SignInDialog> d = waitForDialog<SignInDialog>(f.window.get());
        QVERIFY(d);
        auto *region = find<QComboBox>(d, u"regionCombo"_s);
        QVERIFY(!region->currentData().toString().isEmpty()); // not "Custom…"
        QCOMPARE(region->currentData().toString(), SignInDialog::nearestRegionId(QLocale::system()));
        QVERIFY(!find<QLineEdit>(d, u"apiUrlEdit"_s)->isVisible());
        d->close();
        QTRY_VERIFY(!d);

        // The last region used comes first next time.
        QSettings().setValue(u"signIn/lastRegion"_s, u"eu_west_2"_s);
        ui->showNewProfile();
        d = waitForDialog<SignInDialog>(f.window.get());
        QVERIFY(d);
        QCOMPARE(find<QComboBox>(d, u"regionCombo"_s)->currentData().toString(), u"eu_west_2"_s);
        QSettings().remove(u"signIn/lastRegion"_s);
    }
};

QTEST_MAIN(TstGuiDeleteSafety)
#include "tst_gui_deletesafety.moc"
