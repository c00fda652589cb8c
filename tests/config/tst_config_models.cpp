// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshots, differences and Terraform on fixtures, without a server: the snapshot format, the difference
// engine, the promote plan, the Terraform labels and the Terraform files (byte for byte).

#include "models/config/diffreport.h"
#include "models/config/hclwriter.h"
#include "models/config/promoteplan.h"
#include "models/config/snapshot.h"
#include "models/config/snapshotdiff.h"
#include "models/config/terraformexport.h"
#include "models/config/terraformlabels.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray readData(const QString &path)
{
    QFile f(QStringLiteral(OAUTHDESK_TEST_DATA_DIR) + u'/' + path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(path));
    return f.readAll();
}

Snapshot fixture()
{
    Result<Snapshot> s = Snapshot::fromJson(readData(u"config/fixed-org.json"_s));
    if (!s)
        qFatal("fixture: %s", qPrintable(s.error().message));
    return s.value();
}

QJsonObject client(const QString &id, const QString &name, QJsonObject extra = {})
{
    QJsonObject o{{u"id"_s, id},
                  {u"name"_s, name},
                  {u"authorizedGrantType"_s, u"CLIENT-CREDENTIALS"_s},
                  {u"state"_s, u"active"_s},
                  {u"dateCreated"_s, u"2025-01-01T00:00:00.000Z"_s},
                  {u"selfUri"_s, u"/api/v2/oauth/clients/"_s + id}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonArray roles(const QString &roleId, const QString &roleName, const QString &divisionId,
                 const QString &divisionName)
{
    QJsonObject rd{{u"roleId"_s, roleId}, {u"roleName"_s, roleName}, {u"divisionId"_s, divisionId}};
    if (!divisionName.isEmpty())
        rd.insert(u"divisionName"_s, divisionName);
    return {rd};
}

Snapshot snapshotOf(const QString &orgId, QList<QJsonObject> clients)
{
    Snapshot s;
    s.org = {orgId, u"Org "_s + orgId, {}};
    s.clients = std::move(clients);
    return s;
}

const ClientDifference *entry(const SnapshotDiff &d, const QString &name)
{
    for (const ClientDifference &e : d.entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

QStringList fields(const ClientDifference *d)
{
    QStringList out;
    if (d)
        for (const FieldChange &c : d->changes)
            out.append(c.field);
    return out;
}
} // namespace

class TstConfigModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotRoundTripKeepsEverythingButSecrets();
    void snapshotBuildNamesRolesAndDivisions();
    void snapshotFileErrorsAreNamed_data();
    void snapshotFileErrorsAreNamed();
    void sameOrgMatchesByIdAndShowsRenames();
    void eachKindOfChange();
    void nameCollisionsAreAmbiguousNotGuessed();
    void clientsWithoutIdInOneOrgAreMatchedByName();
    void rolesAreComparedByNameAcrossOrgs();
    void unknownFieldsAreComparedFieldByField();
    void serverSetFieldsOnlyWhenAsked();
    void reportsTextCsvJson();
    void reportValuesAreOneLineEach();
    void promotePlanMapsRolesAndSkipsMissingOnes();
    void promoteUpdateSendsOnlyTheChangedFields();
    void promoteNeverCreatesANameTheTargetHas();
    void labelsLikeTheProvidersExporter();
    void hclStringsAreEscaped();
    void terraformHasNoRawBidiOrLineSeparators();
    void hclAlignsLikeTerraformFmt();
    void terraformFilesByteForByte();
    void terraformLiteralIds();
};

void TstConfigModels::snapshotRoundTripKeepsEverythingButSecrets()
{
    Snapshot s = fixture();
    s.clients[0].insert(u"secret"_s, u"must-not-survive"_s);
    const QByteArray bytes = s.toJson();
    QVERIFY(!bytes.contains("must-not-survive"));
    QVERIFY(bytes.startsWith("{\n    \"format\": \"oauthdesk-snapshot\",\n    \"version\": 1,\n"));
    Result<Snapshot> back = Snapshot::fromJson(bytes);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back->org.id, s.org.id);
    QCOMPARE(back->org.name, u"Fabrikam \"Prod\""_s);
    QCOMPARE(back->region, u"eu_central_1"_s);
    QCOMPARE(back->takenAt, QDateTime::fromString(u"2026-03-15T12:00:00Z"_s, Qt::ISODate));
    QCOMPARE(back->clients.size(), s.clients.size());
    QCOMPARE(back->toJson(), bytes); // stable: the same snapshot gives the same bytes
    QVERIFY(diffSnapshots(s, back.value()).isEqual());
    // Unknown fields survive the file.
    QVERIFY(bytes.contains("\"customProperties\""));
}

void TstConfigModels::snapshotBuildNamesRolesAndDivisions()
{
    QJsonObject o = client(u"c1"_s, u"B client"_s);
    o.insert(u"roleDivisions"_s, QJsonArray{QJsonObject{{u"roleId"_s, u"r1"_s}, {u"divisionId"_s, u"d1"_s}},
                                            QJsonObject{{u"roleId"_s, u"r2"_s}, {u"divisionId"_s, u"*"_s}}});
    o.insert(u"roleIds"_s, QJsonArray{u"r1"_s});
    o.insert(u"secret"_s, u"s3cr3t"_s);
    QList<OAuthClient> clients{OAuthClient::fromJson(o),
                               OAuthClient::fromJson(client(u"c0"_s, u"a client"_s))};
    Role r1;
    r1.id = u"r1"_s;
    r1.name = u"Developer"_s;
    Division d1;
    d1.id = u"d1"_s;
    d1.name = u"Home"_s;
    const Snapshot s = Snapshot::build({u"org"_s, u"Org"_s, {}}, u"us_east_1"_s,
                                       QDateTime::currentDateTimeUtc(), clients, {r1}, {d1});
    QCOMPARE(s.clients.size(), 2);
    QCOMPARE(s.clients[0].value("name"_L1).toString(), u"a client"_s); // sorted case-insensitively
    const QJsonArray rds = s.clients[1].value("roleDivisions"_L1).toArray();
    QCOMPARE(rds[0].toObject().value("roleName"_L1).toString(), u"Developer"_s);
    QCOMPARE(rds[0].toObject().value("divisionName"_L1).toString(), u"Home"_s);
    QVERIFY(!rds[1].toObject().contains("roleName"_L1)); // r2 is unknown: the id stands for itself
    QVERIFY(!rds[1].toObject().contains("divisionName"_L1));
    QCOMPARE(s.clients[1].value("roleNames"_L1).toArray(), QJsonArray{u"Developer"_s});
    QVERIFY(!s.toJson().contains("s3cr3t"));
    QCOMPARE(s.warnings.size(), 1);
    QVERIFY(s.warnings[0].contains("r2"_L1));
}

void TstConfigModels::snapshotFileErrorsAreNamed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("needle");
    QTest::newRow("not json") << QByteArray("{") << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1,"clients":[]})") << u"format"_s;
    QTest::newRow("newer") << QByteArray(R"({"format":"oauthdesk-snapshot","version":2,"clients":[]})")
                           << u"version 2"_s;
    QTest::newRow("no clients") << QByteArray(R"({"format":"oauthdesk-snapshot","version":1})")
                                << u"clients"_s;
    QTest::newRow("client not object")
        << QByteArray(R"({"format":"oauthdesk-snapshot","version":1,"clients":[1]})") << u"Client 1"_s;
    QTest::newRow("client without name")
        << QByteArray(R"({"format":"oauthdesk-snapshot","version":1,"clients":[{"id":"x"}]})")
        << u"no name"_s;
}

void TstConfigModels::snapshotFileErrorsAreNamed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, needle);
    const Result<Snapshot> r = Snapshot::fromJson(bytes);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Validation);
    QVERIFY2(r.error().message.contains(needle), qPrintable(r.error().message));
}

void TstConfigModels::sameOrgMatchesByIdAndShowsRenames()
{
    const Snapshot a = snapshotOf(u"org1"_s, {client(u"c1"_s, u"Old name"_s)});
    const Snapshot b = snapshotOf(u"org1"_s, {client(u"c1"_s, u"New name"_s)});
    const SnapshotDiff d = diffSnapshots(a, b);
    QVERIFY(d.matchedById);
    QCOMPARE(d.entries.size(), 1);
    QCOMPARE(d.entries[0].kind, ClientDifference::Kind::Changed);
    QCOMPARE(fields(&d.entries[0]), QStringList{u"name"_s});
    QCOMPARE(d.entries[0].changes[0].before.toString(), u"Old name"_s);
    QCOMPARE(d.entries[0].changes[0].after.toString(), u"New name"_s);
}

void TstConfigModels::eachKindOfChange()
{
    const QJsonObject base = client(u"a1"_s, u"Changed"_s,
                                    {{u"description"_s, u"old"_s},
                                     {u"accessTokenValiditySeconds"_s, 86400},
                                     {u"scope"_s, QJsonArray{u"b"_s, u"a"_s}},
                                     {u"roleDivisions"_s, roles(u"r1"_s, u"Dev"_s, u"*"_s, {})}});
    QJsonObject changed = base;
    changed[u"id"_s] = u"b1"_s;
    changed[u"description"_s] = u"new"_s;
    changed[u"accessTokenValiditySeconds"_s] = 3600;
    changed[u"scope"_s] = QJsonArray{u"a"_s, u"b"_s}; // order does not matter
    changed[u"state"_s] = u"inactive"_s;
    const QJsonObject noDescription = client(u"a2"_s, u"Same"_s);
    QJsonObject emptyDescription = client(u"b2"_s, u"Same"_s, {{u"description"_s, u""_s}});
    emptyDescription.insert(u"accessTokenValiditySeconds"_s, 86400); // the default equals absent

    const Snapshot a = snapshotOf(u"orgA"_s, {base, noDescription, client(u"a3"_s, u"Only in A"_s)});
    const Snapshot b = snapshotOf(u"orgB"_s, {changed, emptyDescription, client(u"b4"_s, u"Only in B"_s)});
    const SnapshotDiff d = diffSnapshots(a, b);
    QVERIFY(!d.matchedById);
    QCOMPARE(d.entries.size(), 3);
    QCOMPARE(d.unchanged, 1);
    QCOMPARE(entry(d, u"Only in A"_s)->kind, ClientDifference::Kind::Removed);
    QCOMPARE(entry(d, u"Only in B"_s)->kind, ClientDifference::Kind::Added);
    QCOMPARE(entry(d, u"Only in B"_s)->idB(), u"b4"_s);
    const ClientDifference *c = entry(d, u"Changed"_s);
    QCOMPARE(c->kind, ClientDifference::Kind::Changed);
    QCOMPARE(fields(c), (QStringList{u"accessTokenValiditySeconds"_s, u"description"_s, u"state"_s}));
    QCOMPARE(diffValueText(c->changes[0].before), u"86400"_s);
    QCOMPARE(diffValueText(c->changes[1].after), u"\"new\""_s);
    QVERIFY(!d.isEqual());
    QCOMPARE(d.count(ClientDifference::Kind::Changed), 1);
}

void TstConfigModels::nameCollisionsAreAmbiguousNotGuessed()
{
    const Snapshot a = snapshotOf(u"orgA"_s, {client(u"a1"_s, u"Twin"_s), client(u"a2"_s, u"Twin"_s)});
    const Snapshot b = snapshotOf(u"orgB"_s, {client(u"b1"_s, u"Twin"_s)});
    const SnapshotDiff d = diffSnapshots(a, b);
    QCOMPARE(d.entries.size(), 1);
    QCOMPARE(d.entries[0].kind, ClientDifference::Kind::Ambiguous);
    QCOMPARE(d.entries[0].idsA, (QStringList{u"a1"_s, u"a2"_s}));
    QCOMPARE(d.entries[0].idsB, QStringList{u"b1"_s});
    QVERIFY(d.entries[0].changes.isEmpty());
    // Within one org, ids decide: the same names are no problem.
    const SnapshotDiff same = diffSnapshots(a, snapshotOf(u"orgA"_s, a.clients));
    QVERIFY(same.isEqual());
    QCOMPARE(same.unchanged, 2);
}

void TstConfigModels::clientsWithoutIdInOneOrgAreMatchedByName()
{
    // A file written by hand for the same org: clients without an id stay separate entries, each
    // under its own name, instead of one ambiguous group under the first one's name.
    QJsonObject first = client({}, u"First new"_s);
    QJsonObject second = client({}, u"Second new"_s);
    first.remove(u"id"_s);
    second.remove(u"id"_s);
    const Snapshot a = snapshotOf(u"org1"_s, {client(u"c1"_s, u"Kept"_s), first, second});
    const Snapshot b = snapshotOf(u"org1"_s, {client(u"c1"_s, u"Kept"_s)});
    const SnapshotDiff d = diffSnapshots(a, b);
    QVERIFY(d.matchedById);
    QCOMPARE(d.unchanged, 1);
    QCOMPARE(d.entries.size(), 2);
    QCOMPARE(entry(d, u"First new"_s)->kind, ClientDifference::Kind::Removed);
    QCOMPARE(entry(d, u"Second new"_s)->kind, ClientDifference::Kind::Removed);
    // The other way round they are clients to add, and only clients without an id meet by name.
    const SnapshotDiff back = diffSnapshots(b, a);
    QCOMPARE(back.count(ClientDifference::Kind::Added), 2);
    QCOMPARE(back.count(ClientDifference::Kind::Ambiguous), 0);
}

void TstConfigModels::rolesAreComparedByNameAcrossOrgs()
{
    // Different ids, same names: equal.
    const QJsonObject a =
        client(u"a1"_s, u"Export"_s, {{u"roleDivisions"_s, roles(u"ra"_s, u"Dev"_s, u"da"_s, u"Home"_s)}});
    const QJsonObject b =
        client(u"b1"_s, u"Export"_s, {{u"roleDivisions"_s, roles(u"rb"_s, u"Dev"_s, u"db"_s, u"Home"_s)}});
    QVERIFY(diffSnapshots(snapshotOf(u"A"_s, {a}), snapshotOf(u"B"_s, {b})).isEqual());
    // The same role under another name in B: a change of roleDivisions, shown by name.
    const QJsonObject renamed = client(
        u"b1"_s, u"Export"_s, {{u"roleDivisions"_s, roles(u"rb"_s, u"Developer"_s, u"db"_s, u"Home"_s)}});
    const SnapshotDiff d = diffSnapshots(snapshotOf(u"A"_s, {a}), snapshotOf(u"B"_s, {renamed}));
    QCOMPARE(d.entries.size(), 1);
    QCOMPARE(fields(&d.entries[0]), QStringList{u"roleDivisions"_s});
    QCOMPARE(diffValueText(d.entries[0].changes[0].before), u"[Dev in Home]"_s);
    QCOMPARE(diffValueText(d.entries[0].changes[0].after), u"[Developer in Home]"_s);
    // All divisions ("*") is the same everywhere.
    const QJsonObject allA =
        client(u"a1"_s, u"X"_s, {{u"roleDivisions"_s, roles(u"ra"_s, u"Dev"_s, u"*"_s, {})}});
    const QJsonObject allB =
        client(u"b1"_s, u"X"_s, {{u"roleDivisions"_s, roles(u"rb"_s, u"Dev"_s, u"*"_s, {})}});
    QVERIFY(diffSnapshots(snapshotOf(u"A"_s, {allA}), snapshotOf(u"B"_s, {allB})).isEqual());
}

void TstConfigModels::unknownFieldsAreComparedFieldByField()
{
    const QJsonObject a =
        client(u"a"_s, u"X"_s,
               {{u"customProperties"_s, QJsonObject{{u"owner"_s, u"crm"_s}, {u"ticket"_s, 1}}},
                {u"futureFlag"_s, true}});
    const QJsonObject b = client(
        u"b"_s, u"X"_s, {{u"customProperties"_s, QJsonObject{{u"owner"_s, u"bi"_s}, {u"ticket"_s, 1}}}});
    const SnapshotDiff d = diffSnapshots(snapshotOf(u"A"_s, {a}), snapshotOf(u"B"_s, {b}));
    QCOMPARE(fields(&d.entries[0]), (QStringList{u"customProperties.owner"_s, u"futureFlag"_s}));
    QVERIFY(d.entries[0].changes[1].after.isUndefined());
    QCOMPARE(diffValueText(d.entries[0].changes[1].after), u"(none)"_s);
}

void TstConfigModels::serverSetFieldsOnlyWhenAsked()
{
    QJsonObject a = client(u"a"_s, u"X"_s, {{u"createdBy"_s, QJsonObject{{u"id"_s, u"u1"_s}}}});
    QJsonObject b = client(u"b"_s, u"X"_s, {{u"createdBy"_s, QJsonObject{{u"id"_s, u"u2"_s}}}});
    b[u"dateCreated"_s] = u"2026-01-01T00:00:00.000Z"_s;
    const Snapshot sa = snapshotOf(u"A"_s, {a});
    const Snapshot sb = snapshotOf(u"B"_s, {b});
    QVERIFY(diffSnapshots(sa, sb).isEqual());
    const SnapshotDiff all = diffSnapshots(sa, sb, {.includeServerFields = true});
    QCOMPARE(fields(&all.entries[0]),
             (QStringList{u"createdBy.id"_s, u"dateCreated"_s, u"id"_s, u"selfUri"_s}));
}

void TstConfigModels::reportsTextCsvJson()
{
    const Snapshot a = snapshotOf(u"A"_s, {client(u"a1"_s, u"Gone"_s),
                                           client(u"a2"_s, u"Moved"_s, {{u"description"_s, u"x,\"y\""_s}})});
    const Snapshot b = snapshotOf(u"B"_s, {client(u"b2"_s, u"Moved"_s)});
    const SnapshotDiff d = diffSnapshots(a, b);
    const diffreport::Side sa{u"a.json"_s, a.org, 2};
    const diffreport::Side sb{u"live"_s, b.org, 1};
    const QString text = diffreport::text(d, sa, sb);
    QVERIFY2(text.contains(u"- only in A"_s) && text.contains(u"\"Gone\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"description: \"x,\"y\"\" -> \"\""_s), qPrintable(text));
    QCOMPARE(diffreport::csv(d), QByteArray("kind,name,idA,idB,field,before,after\r\n"
                                            "only in A,Gone,a1,,,,\r\n"
                                            "changed,Moved,a2,b2,description,\"x,\"\"y\"\"\",\r\n"));
    const QJsonObject json = diffreport::json(d, sa, sb);
    QCOMPARE(json.value("equal"_L1).toBool(), false);
    QCOMPARE(json.value("matchedBy"_L1).toString(), u"name"_s);
    const QJsonArray entries = json.value("differences"_L1).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[1].toObject().value("changes"_L1).toArray()[0].toObject().value("after"_L1).toString(),
             u""_s);
}

// The outside attack: a name in snapshot A holding a newline printed a fake "+ only in A" line in
// the field change lines. Every value of the text and CSV reports is one line: controls escaped,
// bidi controls removed.
void TstConfigModels::reportValuesAreOneLineEach()
{
    const QString evil = u"Evil\n+ only in A  \"Fake\"\r"_s;
    const Snapshot a = snapshotOf(
        u"org1"_s, {client(u"c1"_s, evil, {{u"description"_s, u"tab\there\u202Egpj.exe\u2028\u001b[2J"_s}}),
                    client(u"c2\nx"_s, u"Other"_s)});
    const Snapshot b =
        snapshotOf(u"org1"_s, {client(u"c1"_s, u"Plain"_s, {{u"description"_s, u"d"_s}}),
                               client(u"c3"_s, u"Third\u202E"_s, {{u"odd\nfield"_s, u"v\r\n"_s}})});
    const SnapshotDiff d = diffSnapshots(a, b);
    const diffreport::Side sa{u"a\n.json"_s, a.org, 2};
    const diffreport::Side sb{u"live"_s, b.org, 2};
    const QString text = diffreport::text(d, sa, sb);
    // Only the report's own lines: the headings, one per client, one per field, the count.
    for (const QString &line : text.split(u'\n')) {
        QVERIFY2(!line.startsWith(u"+ only in A"_s), qPrintable(text));
        QVERIFY2(!line.contains(u'\r') && !line.contains(u'\t') && !line.contains(QChar(0x1B)) &&
                     !line.contains(QChar(0x2028)) && !line.contains(QChar(0x202E)),
                 qPrintable(text));
    }
    QVERIFY2(text.contains(u"name: \"Evil\\n+ only in A  \"Fake\"\\r\" -> \"Plain\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"description: \"tab\\theregpj.exe\\u2028\\e[2J\" -> \"d\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"(c2\\nx)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\"Third\" (c3)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"A: a\\n.json"_s), qPrintable(text));

    // CSV: one record per line, no raw control or bidi character anywhere.
    const QByteArray csv = diffreport::csv(d);
    const QList<QByteArray> rows = csv.split('\n');
    QCOMPARE(rows.size(), 1 + 1 + 2 + 1 + 1); // header, removed, 2 changes, added, the end
    for (const QByteArray &row : rows.mid(0, rows.size() - 1)) {
        QVERIFY2(row.endsWith('\r') && row.count('\r') == 1, csv.constData());
        QVERIFY2(!row.contains('\t') && !row.contains('\x1b') && !row.contains("\xe2\x80\xae") &&
                     !row.contains("\xe2\x80\xa8"),
                 csv.constData());
    }
    QVERIFY2(csv.contains("Evil\\n+ only in A  \"\"Fake\"\"\\r"), csv.constData());
}

void TstConfigModels::promotePlanMapsRolesAndSkipsMissingOnes()
{
    const QJsonObject ok = client(u"a1"_s, u"Create me"_s,
                                  {{u"roleDivisions"_s, roles(u"ra"_s, u"Dev"_s, u"da"_s, u"Home"_s)},
                                   {u"roleIds"_s, QJsonArray{u"ra"_s}},
                                   {u"dateToDelete"_s, u"2026-01-01T00:00:00.000Z"_s},
                                   {u"customProperties"_s, QJsonObject{{u"owner"_s, u"x"_s}}}});
    const QJsonObject missing =
        client(u"a2"_s, u"Needs a role"_s,
               {{u"roleDivisions"_s, roles(u"rq"_s, u"Quality Bot"_s, u"dp"_s, u"Partner"_s)}});
    const Snapshot a =
        snapshotOf(u"A"_s, {ok, missing, client(u"a3"_s, u"Twin"_s), client(u"a4"_s, u"Twin"_s)});
    const Snapshot b = snapshotOf(u"B"_s, {client(u"b9"_s, u"Only in B"_s)});
    Role dev;
    dev.id = u"rb"_s;
    dev.name = u"Dev"_s;
    Division home;
    home.id = u"db"_s;
    home.name = u"Home"_s;
    const QList<PromoteStep> steps = planPromotion(diffSnapshots(a, b), TargetDirectory::from({dev}, {home}));
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps[0].name, u"Create me"_s);
    QCOMPARE(steps[0].action, PromoteStep::Action::Create);
    const QJsonObject body = steps[0].body;
    QCOMPARE(body.value("roleDivisions"_L1).toArray(),
             (QJsonArray{QJsonObject{{u"roleId"_s, u"rb"_s}, {u"divisionId"_s, u"db"_s}}}));
    for (const char *gone : {"id", "selfUri", "dateCreated", "dateToDelete", "roleIds", "roleNames"})
        QVERIFY2(!body.contains(QLatin1StringView(gone)), gone);
    QVERIFY(body.contains("customProperties"_L1)); // unknown fields go along
    QCOMPARE(steps[1].name, u"Needs a role"_s);
    QCOMPARE(steps[1].action, PromoteStep::Action::Skip);
    QVERIFY2(steps[1].reason.contains(u"role \"Quality Bot\""_s) &&
                 steps[1].reason.contains(u"division \"Partner\""_s),
             qPrintable(steps[1].reason));
    QCOMPARE(steps[2].name, u"Only in B"_s);
    QCOMPARE(steps[2].action, PromoteStep::Action::Keep);
    QCOMPARE(steps[3].name, u"Twin"_s);
    QCOMPARE(steps[3].action, PromoteStep::Action::Skip);
    // Only the chosen clients.
    const QList<PromoteStep> chosen =
        planPromotion(diffSnapshots(a, b), TargetDirectory::from({dev}, {home}), {u"Create me"_s});
    QCOMPARE(chosen.size(), 1);
}

void TstConfigModels::promoteUpdateSendsOnlyTheChangedFields()
{
    const QJsonObject a = client(u"a1"_s, u"X"_s, {{u"accessTokenValiditySeconds"_s, 3600}, {u"onlyA"_s, 1}});
    const QJsonObject b = client(
        u"b1"_s, u"X"_s,
        {{u"description"_s, u"B's text"_s}, {u"accessTokenValiditySeconds"_s, 86400}, {u"onlyB"_s, 2}});
    const QList<PromoteStep> steps =
        planPromotion(diffSnapshots(snapshotOf(u"A"_s, {a}), snapshotOf(u"B"_s, {b})), TargetDirectory());
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps[0].action, PromoteStep::Action::Update);
    QCOMPARE(steps[0].targetId, u"b1"_s);
    QCOMPARE(
        steps[0].body,
        (QJsonObject{{u"accessTokenValiditySeconds"_s, 3600}, {u"description"_s, u""_s}, {u"onlyA"_s, 1}}));
    QVERIFY2(steps[0].reason.contains(u"onlyB"_s), qPrintable(steps[0].reason)); // kept, said so
}

void TstConfigModels::promoteNeverCreatesANameTheTargetHas()
{
    // Same org: the client was deleted and re-created (new id), and another one renamed to a name
    // a deleted one had; names compare trimmed and case-insensitively.
    const Snapshot a =
        snapshotOf(u"org1"_s, {client(u"old1"_s, u"Archive purge job"_s), client(u"old2"_s, u"Gone"_s),
                               client(u"c3"_s, u"Was c3"_s), client(u"old4"_s, u"Really gone"_s)});
    const Snapshot b =
        snapshotOf(u"org1"_s, {client(u"new1"_s, u" archive PURGE job"_s), client(u"c3"_s, u"gone"_s)});
    const QList<PromoteStep> steps = planPromotion(diffSnapshots(a, b), TargetDirectory());
    QHash<QString, PromoteStep> byName;
    for (const PromoteStep &s : steps)
        byName.insert(s.name, s);
    const PromoteStep recreated = byName.value(u"Archive purge job"_s);
    QCOMPARE(recreated.action, PromoteStep::Action::Skip);
    QCOMPARE(recreated.reason, u"A client named 'Archive purge job' already exists in B (id new1)."_s);
    const PromoteStep renamedOver = byName.value(u"Gone"_s);
    QCOMPARE(renamedOver.action, PromoteStep::Action::Skip);
    QVERIFY2(renamedOver.reason.contains(u"(id c3)"_s), qPrintable(renamedOver.reason));
    QCOMPARE(byName.value(u"Really gone"_s).action, PromoteStep::Action::Create);
}

void TstConfigModels::labelsLikeTheProvidersExporter()
{
    QCOMPARE(terraform::fnv1Hash32("a"), 0x050c5d7eu);
    QCOMPARE(terraform::sanitizeLabel(u"Nightly WFM export"_s), u"Nightly_WFM_export"_s);
    QCOMPARE(terraform::sanitizeLabel(u"2FA helper"_s), u"_2FA_helper"_s);
    QCOMPARE(terraform::sanitizeLabel(u"-dash"_s), u"_-dash"_s);
    QCOMPARE(terraform::sanitizeLabel(u"Zählerstand ✓"_s), u"Z_hlerstand__"_s);
    QCOMPARE(terraform::sanitizeLabel(u"emoji 😀"_s),
             u"emoji__"_s); // one '_' per character, not per UTF-16 unit
    QCOMPARE(terraform::sanitizeLabel(u"ok_name-1"_s), u"ok_name-1"_s);

    const QStringList labels =
        terraform::uniqueLabels({u"Slack notifier"_s, u"Slack notifier"_s, u"Slack_notifier"_s,
                                 u"Zählerstand"_s, u"Z_hlerstand"_s, u""_s});
    const QString h = QString::number(terraform::fnv1Hash32(QByteArray("Slack notifier")));
    const QString hz = QString::number(terraform::fnv1Hash32(u"Zählerstand"_s.toUtf8()));
    QCOMPARE(labels,
             (QStringList{u"Slack_notifier_"_s + h, u"Slack_notifier_"_s + h + u"_2"_s, u"Slack_notifier"_s,
                          u"Z_hlerstand_"_s + hz, u"Z_hlerstand"_s, u"unnamed"_s}));
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
}

void TstConfigModels::hclStringsAreEscaped()
{
    QCOMPARE(HclWriter::string(u"a \"b\" \\ c"_s), u"\"a \\\"b\\\" \\\\ c\""_s);
    QCOMPARE(HclWriter::string(u"${x} %{y} $z 100%"_s), u"\"$${x} %%{y} $z 100%\""_s);
    QCOMPARE(HclWriter::string(u"l1\nl2\tt\u0001"_s), u"\"l1\\nl2\\tt\\u0001\""_s);
    QCOMPARE(HclWriter::string(u"Zähler ✓"_s), u"\"Zähler ✓\""_s);
}

// The outside attack: a client's name and description holding U+202E and U+2028 reached
// oauth_clients.tf raw, in string literals and in the comment listing disabled clients. In strings
// they are \uNNNN escapes (HCL reads them back as the same characters), in comments they are gone.
void TstConfigModels::terraformHasNoRawBidiOrLineSeparators()
{
    QCOMPARE(HclWriter::string(u"a\u202Eb\u2028c\u2029d\u2066e\u200Ff\u0085"_s),
             u"\"a\\u202eb\\u2028c\\u2029d\\u2066e\\u200ff\\u0085\""_s);
    HclWriter w;
    w.comment(u"x\u202Ey\u2028z\rw\u0085v"_s);
    QCOMPARE(w.text(), QByteArray("# xyz w v\n"));

    const QString name = u"Evil\u202Etxt.exe\u2028next"_s;
    const Snapshot s =
        snapshotOf(u"org1"_s, {client(u"c1"_s, name, {{u"description"_s, u"d\u2029\u2067e"_s}}),
                               client(u"c2"_s, u"Off\u202E\u2028line"_s, {{u"state"_s, u"disabled"_s}})});
    const QList<TerraformFile> files = exportTerraform(s);
    QVERIFY(!files.isEmpty());
    for (const TerraformFile &f : files) {
        const QString text = QString::fromUtf8(f.content);
        for (const char32_t bad : {0x202E, 0x2028, 0x2029, 0x2067, 0x0085})
            QVERIFY2(!text.contains(QChar(bad)), qPrintable(f.name + u": "_s + text));
    }
    const QByteArray tf = files.first().content;
    // What terraform reads back from the literals is the exact value.
    QVERIFY2(tf.contains("\"Evil\\u202etxt.exe\\u2028next\""), tf.constData());
    QVERIFY2(tf.contains("\"d\\u2029\\u2067e\""), tf.constData());
    QVERIFY2(tf.contains("Offline"), tf.constData()); // the disabled client's comment line
}

void TstConfigModels::hclAlignsLikeTerraformFmt()
{
    HclWriter w;
    w.openBlock(u"resource"_s, {u"t"_s, u"x"_s});
    w.attribute(u"name"_s, u"\"n\""_s);
    w.attribute(u"access_token_validity_seconds"_s, u"1"_s);
    w.openBlock(u"roles"_s);
    w.attribute(u"role_id"_s, u"\"r\""_s);
    w.attribute(u"division_id"_s, u"\"*\""_s);
    w.closeBlock();
    w.comment(u"note"_s);
    w.attribute(u"a"_s, u"1"_s);
    w.closeBlock();
    QCOMPARE(w.text(), QByteArray("resource \"t\" \"x\" {\n"
                                  "  name                          = \"n\"\n"
                                  "  access_token_validity_seconds = 1\n"
                                  "  roles {\n"
                                  "    role_id     = \"r\"\n"
                                  "    division_id = \"*\"\n"
                                  "  }\n"
                                  "  # note\n"
                                  "  a = 1\n"
                                  "}\n"));
}

void TstConfigModels::terraformFilesByteForByte()
{
    const QList<TerraformFile> files = exportTerraform(fixture());
    QCOMPARE(files.size(), 2);
    for (const TerraformFile &f : files) {
        const QByteArray expected = readData(u"config/expected/"_s + f.name);
        if (f.content != expected) {
            QFile out(QDir::temp().filePath(u"actual-"_s + f.name));
            if (out.open(QIODevice::WriteOnly))
                out.write(f.content);
            QFAIL(qPrintable(u"%1 differs from tests/data/config/expected/%1; actual output in %2"_s.arg(
                f.name, out.fileName())));
        }
        QVERIFY(!f.content.contains("\n  client_secret"));
    }
}

void TstConfigModels::terraformLiteralIds()
{
    const QList<TerraformFile> files = exportTerraform(fixture(), {.literalIds = true});
    const QByteArray tf = files[0].content;
    QVERIFY(!tf.contains("data \""));
    QVERIFY(tf.contains("role_id     = \"r-wfm\""));
    QVERIFY(tf.contains("division_id = \"d-home\""));
    QVERIFY(tf.contains("division_id = \"*\""));
}

QTEST_GUILESS_MAIN(TstConfigModels)
#include "tst_config_models.moc"
