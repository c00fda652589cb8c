// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/snapshotcommands.h"

#include "app/auth/profiles.h"
#include "app/auth/secretstore.h"
#include "app/cli/commands.h"
#include "app/cli/textformat.h"
#include "app/config/profilesession.h"
#include "app/config/promoter.h"
#include "app/config/snapshottaker.h"
#include "app/services/clientsservice.h"
#include "app/services/session.h"
#include "models/config/terraformexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli::Snapshots)
};

constexpr QLatin1StringView ProfilePrefix{"profile:"};

ApiError usage(const QString &message)
{
    return ApiError::make(ApiError::Kind::Validation, message);
}

QString missingFolderMessage(const QString &path, const QString &folder)
{
    return Tr::tr("Cannot write %1: the folder %2 does not exist.").arg(path, folder);
}

// Writes every file to a temporary file beside it and renames them into place only when all are
// complete and no Ctrl-C came meanwhile: an interrupted or failed run leaves no partial file.
enum class WriteResult
{
    Written,
    Failed,
    Interrupted
};
WriteResult writeFiles(const QList<QPair<QString, QByteArray>> &files, QString *error)
{
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (const auto &[path, bytes] : files) {
        auto f = std::make_unique<QSaveFile>(path);
        if (!f->open(QIODevice::WriteOnly) || f->write(bytes) != bytes.size()) {
            const QString folder = QFileInfo(path).absolutePath();
            *error = QFileInfo(folder).isDir() ? Tr::tr("Cannot write %1: %2").arg(path, f->errorString())
                                               : missingFolderMessage(path, QDir::toNativeSeparators(folder));
            return WriteResult::Failed; // the QSaveFiles remove their temporary files
        }
        saves.push_back(std::move(f));
        if (interruptPending())
            return WriteResult::Interrupted;
    }
    for (auto &f : saves) {
        if (interruptPending())
            return WriteResult::Interrupted;
        if (!f->commit()) {
            *error = Tr::tr("Cannot write %1: %2").arg(f->fileName(), f->errorString());
            return WriteResult::Failed;
        }
    }
    return WriteResult::Written;
}

// A file that cannot be written after the request is an I/O failure (exit 1); the same problem
// found before any request (checkOutputPath) is a usage error (exit 2), with the same message.
ApiError writeFailed(const QString &message)
{
    return ApiError::make(ApiError::Kind::Unknown, message);
}

// A side of a diff being loaded: a file at once, a live org through its session.
struct LoadedSide
{
    DiffSide spec;
    Session *session = nullptr; // Live and Profile: the org to read (and to promote into)
    std::optional<Snapshot> snapshot;
};

// The state of one diff run: its two sides, the profile sessions it opened, the promotion.
class DiffRun : public QObject
{
public:
    explicit DiffRun(QObject *parent)
        : QObject(parent)
    {}

    std::vector<std::unique_ptr<Session>> sessions; // profile sessions; deleted with the run
    LoadedSide a;
    LoadedSide b;
    SnapshotDiff diff;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<SecretStore> secrets;
    std::function<void()> loadNext; // loads the next side that is not loaded yet
};
} // namespace

DiffSide parseDiffSide(const QString &argument)
{
    DiffSide s;
    s.arg = argument;
    if (argument == "live"_L1) {
        s.kind = DiffSide::Kind::Live;
    } else if (argument.startsWith(ProfilePrefix)) {
        s.kind = DiffSide::Kind::Profile;
        s.value = argument.mid(ProfilePrefix.size());
    } else {
        s.kind = DiffSide::Kind::File;
        s.value = argument;
    }
    return s;
}

std::optional<QString> checkOutputPath(const Invocation &invocation)
{
    if (!invocation.spec || invocation.output.isEmpty())
        return std::nullopt;
    QString folder;
    if (invocation.spec->id == CommandId::Snapshot) {
        const QFileInfo file(invocation.output);
        if (file.isDir())
            return Tr::tr("Cannot write %1: it is a folder.").arg(invocation.output);
        folder = file.absolutePath();
    } else if (invocation.spec->id == CommandId::ExportTerraform) {
        // The folder is created if needed (with its parents); a file in its place is refused.
        const QFileInfo dir(invocation.output);
        if (dir.exists() && !dir.isDir())
            return Tr::tr("Cannot create the folder %1.").arg(invocation.output);
        return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!QFileInfo(folder).isDir())
        return missingFolderMessage(invocation.output, QDir::toNativeSeparators(folder));
    return std::nullopt;
}

bool needsSignIn(const Invocation &invocation)
{
    if (!invocation.spec || invocation.spec->id != CommandId::Diff)
        return true;
    for (const QString &arg : invocation.args) {
        if (parseDiffSide(arg).kind == DiffSide::Kind::Live)
            return true;
    }
    return false;
}

namespace present {

void diff(QByteArray &out, const SnapshotDiff &d, const diffreport::Side &a, const diffreport::Side &b,
          const Style &style)
{
    if (style.json) {
        text::appendJson(out, diffreport::json(d, a, b), style.pretty);
        return;
    }
    // Server text (names, descriptions) must not steer the terminal: each line is cleaned. Names
    // and ids are one line each: a newline in one cannot fake a line of the report.
    SnapshotDiff folded = d;
    for (ClientDifference &e : folded.entries) {
        e.name = text::oneLine(e.name);
        for (QString &id : e.idsA)
            id = text::oneLine(id);
        for (QString &id : e.idsB)
            id = text::oneLine(id);
    }
    diffreport::Side sideA = a;
    diffreport::Side sideB = b;
    for (diffreport::Side *side : {&sideA, &sideB}) {
        side->source = text::oneLine(side->source);
        side->org.name = text::oneLine(side->org.name);
        side->org.id = text::oneLine(side->org.id);
    }
    const QStringList lines = diffreport::text(folded, sideA, sideB).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines.at(i).isEmpty())
            break;
        const QString &l = lines.at(i);
        qsizetype lead = 0;
        while (lead < l.size() && l.at(lead) == u' ')
            ++lead;
        out += (QString(lead, u' ') + text::clean(QStringView(l).mid(lead))).toUtf8() + '\n';
    }
}

void promoteResults(QByteArray &out, const QList<PromoteResult> &results, const Style &style)
{
    if (style.json) {
        text::appendJsonArray(
            out, results.size(),
            [&results](qsizetype i) {
                const PromoteResult &r = results.at(i);
                QJsonObject o{
                    {u"result"_s, promoteOutcomeId(r)}, {u"name"_s, r.name}, {u"message"_s, r.message}};
                if (!r.sourceId.isEmpty())
                    o.insert(u"sourceId"_s, r.sourceId);
                if (!r.targetId.isEmpty())
                    o.insert(u"targetId"_s, r.targetId);
                if (!r.secret.isEmpty())
                    o.insert(u"secret"_s, r.secret);
                return o;
            },
            style.pretty);
        return;
    }
    text::Table t({Tr::tr("RESULT"), Tr::tr("NAME"), Tr::tr("TARGET ID"), Tr::tr("MESSAGE")});
    t.setMaxWidth(1, 40);
    t.setAvailableWidth(style.terminalWidth);
    t.addFlexColumn(3);
    for (const PromoteResult &r : results)
        t.addRow({promoteOutcomeLabel(r), text::clean(r.name), r.targetId, text::clean(r.message)});
    t.render(out);
    int failed = 0;
    for (const PromoteResult &r : results)
        failed += r.failed() ? 1 : 0;
    for (const PromoteResult &r : results) {
        if (!r.secret.isEmpty())
            out += Tr::tr("Secret of \"%1\" (%2): %3")
                       .arg(text::oneLine(r.name), text::oneLine(r.targetId), r.secret)
                       .toUtf8() +
                   '\n';
    }
    out += Tr::tr("%1 clients, %2 failed.").arg(results.size()).arg(failed).toUtf8() + '\n';
}

} // namespace present

void CommandRunner::snapshotCommand(const Invocation &inv)
{
    const auto takeLive = [this](Session *session, std::function<void(Snapshot)> next) {
        track(takeSnapshot(session, this, [this, next = std::move(next)](Result<Snapshot> r) {
            if (!r) {
                fail(r.error());
                return;
            }
            for (const QString &w : r->warnings)
                note(QString(ProgramName) + u": "_s + w);
            next(std::move(r).value());
        }));
    };

    if (inv.spec->id == CommandId::Snapshot) {
        const QString output = inv.output;
        takeLive(m_session, [this, output](const Snapshot &s) {
            const QByteArray bytes = s.toJson();
            if (output.isEmpty()) {
                m_out += bytes;
            } else {
                QString error;
                switch (writeFiles({{output, bytes}}, &error)) {
                case WriteResult::Written:
                    break;
                case WriteResult::Interrupted:
                    done(); // done() sees the interrupt: nothing written, exit 130
                    return;
                case WriteResult::Failed:
                    fail(writeFailed(error));
                    return;
                }
                note(Tr::tr("Saved the snapshot of %1 clients of \"%2\" to %3.")
                         .arg(s.clients.size())
                         .arg(text::oneLine(s.org.name), output));
            }
            done();
        });
        return;
    }

    if (inv.spec->id == CommandId::ExportTerraform) {
        const QString output = inv.output;
        const TerraformOptions options{.literalIds = inv.literalIds};
        takeLive(m_session, [this, output, options](const Snapshot &s) {
            const QList<TerraformFile> files = exportTerraform(s, options);
            if (output.isEmpty()) {
                for (const TerraformFile &f : files)
                    m_out += "# --- " + f.name.toUtf8() + "\n" + f.content;
                done();
                return;
            }
            if (!QDir().mkpath(output)) {
                fail(writeFailed(Tr::tr("Cannot create the folder %1.").arg(output)));
                return;
            }
            QList<QPair<QString, QByteArray>> toWrite;
            for (const TerraformFile &f : files)
                toWrite.append({QDir(output).filePath(f.name), f.content});
            QString error;
            switch (writeFiles(toWrite, &error)) {
            case WriteResult::Written:
                break;
            case WriteResult::Interrupted:
                done(); // done() sees the interrupt: nothing written, exit 130
                return;
            case WriteResult::Failed:
                fail(writeFailed(error));
                return;
            }
            note(Tr::tr("Wrote %1 to %2.").arg(files.first().name + u", "_s + files.last().name, output));
            done();
        });
        return;
    }

    // diff A B
    auto *run = new DiffRun(this);
    run->a.spec = parseDiffSide(inv.args.at(0));
    run->b.spec = parseDiffSide(inv.args.at(1));
    const bool apply = inv.apply;
    const bool dryRun = inv.dryRun;
    const DiffOptions options{.includeServerFields = inv.allFields};
    if (apply && run->b.spec.kind == DiffSide::Kind::File) {
        fail(usage(
            Tr::tr("--apply changes the org of B: B must be \"live\" or \"profile:NAME\", not a file.")));
        return;
    }

    // Files are read (and checked) before anything is sent.
    for (LoadedSide *side : {&run->a, &run->b}) {
        if (side->spec.kind == DiffSide::Kind::Live) {
            side->session = m_session;
        } else if (side->spec.kind == DiffSide::Kind::File) {
            // Capped in size, checked field by field; every problem names the file (exit 2).
            Result<Snapshot> s = Snapshot::fromFile(side->spec.value);
            if (!s) {
                fail(usage(s.error().message));
                return;
            }
            side->snapshot = std::move(s).value();
        } else if (side->spec.value.isEmpty()) {
            fail(usage(Tr::tr("\"profile:\" needs a profile name: profile:NAME.")));
            return;
        }
    }

    const auto compare = [this, run, apply, dryRun, options] {
        run->diff = diffSnapshots(*run->a.snapshot, *run->b.snapshot, options);
        const diffreport::Side sideA{run->a.spec.arg, run->a.snapshot->org,
                                     int(run->a.snapshot->clients.size())};
        const diffreport::Side sideB{run->b.spec.arg, run->b.snapshot->org,
                                     int(run->b.snapshot->clients.size())};
        if (!apply) {
            present::diff(m_out, run->diff, sideA, sideB, m_style);
            done(run->diff.isEqual() ? ExitOk : ExitDifferent);
            return;
        }
        Session *target = run->b.session;
        track(fetchTargetDirectory(
            target, this, [this, run, target, dryRun](const Result<TargetDirectory> &dir) {
                if (!dir) {
                    fail(dir.error(),
                         Tr::tr("The roles and divisions of B could not be read, so nothing was changed."));
                    return;
                }
                const QList<PromoteStep> steps = planPromotion(run->diff, dir.value());
                if (dryRun) {
                    QList<PromoteResult> planned;
                    for (const PromoteStep &s : steps)
                        planned.append(plannedResult(s));
                    present::promoteResults(m_out, planned, m_style);
                    done(run->diff.isEqual() ? ExitOk : ExitDifferent);
                    return;
                }
                auto *promoter = new Promoter(target->clients(), run);
                m_promoter = promoter;
                m_pendingWarning =
                    Tr::tr("A client may have been created or changed in B already: run the same diff "
                           "again to see where it stands.");
                connect(promoter, &Promoter::finished, this, [this](const QList<PromoteResult> &results) {
                    present::promoteResults(m_out, results, m_style);
                    bool failed = false;
                    for (const PromoteResult &r : results)
                        failed = failed || r.failed();
                    if (std::any_of(results.begin(), results.end(),
                                    [](const PromoteResult &r) { return !r.secret.isEmpty(); }))
                        note(Tr::tr("New secrets are shown only this once: store them now."));
                    done(failed ? ExitApiError : ExitOk);
                });
                promoter->start(steps);
            }));
    };

    // Loads what is not loaded yet, one side after the other, then compares.
    run->loadNext = [this, run, takeLive, compare] {
        for (LoadedSide *side : {&run->a, &run->b}) {
            if (side->snapshot)
                continue;
            if (side->spec.kind == DiffSide::Kind::Profile && !side->session) {
                if (!run->profiles) {
                    run->profiles = std::make_unique<ProfileStore>();
                    run->secrets = std::make_unique<SecretStore>();
                }
                run->sessions.push_back(std::make_unique<Session>());
                Session *session = run->sessions.back().get();
                if (m_session)
                    session->api()->setRetryPolicy(m_session->api()->retryPolicy());
                const QString name = side->spec.value;
                track(signInProfileSession(session, run->profiles.get(), run->secrets.get(), name, this,
                                           [this, run, side, session, name](const Result<TokenInfo> &r) {
                                               if (!r) {
                                                   fail(r.error(), Tr::tr("Profile \"%1\":").arg(name));
                                                   return;
                                               }
                                               side->session = session;
                                               run->loadNext();
                                           }));
                return;
            }
            takeLive(side->session, [run, side](Snapshot s) {
                side->snapshot = std::move(s);
                run->loadNext();
            });
            return;
        }
        compare();
    };
    run->loadNext();
}

} // namespace cli
