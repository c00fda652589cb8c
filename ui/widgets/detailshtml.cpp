// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/detailshtml.h"

#include "app/controllers/scopecatalog.h"
#include "models/domain/entities.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DetailsHtml)
};
} // namespace

namespace detailshtml {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString paragraph(const QString &color, const QString &text)
{
    return u"<p style='color:%1'>%2</p>"_s.arg(color, esc(text));
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><td style='padding:2px 12px 2px 0; white-space:nowrap' valign='top'><b>%1</b></td>"
           u"<td style='padding:2px 0'>%2</td></tr>"_s.arg(esc(label), valueHtml);
}

QString audit(const QDateTime &dt, const EntityRef &by)
{
    QString s = esc(dt.isValid() ? when(dt) : Tr::tr("unknown"));
    if (!by.isNull())
        s += u" "_s + esc(Tr::tr("by %1").arg(by.displayName()));
    return s;
}

QString scopesSection(const QStringList &scopes, const ScopeCatalog *catalog, const QString &muted)
{
    QString h = u"<h3>%1</h3>"_s.arg(esc(Tr::tr("Scopes (%1)").arg(QLocale().toString(scopes.size()))));
    if (scopes.isEmpty())
        return h + paragraph(muted, Tr::tr("None."));
    if (catalog && catalog->isLoading())
        h += paragraph(muted, Tr::tr("Loading scope descriptions…"));
    else if (catalog && catalog->error().isError())
        h += paragraph(
            muted, Tr::tr("Scope descriptions could not be loaded: %1").arg(catalog->error().userMessage()));
    h += u"<table cellspacing='0' cellpadding='0'>"_s;
    for (const QString &s : scopes) {
        QString desc;
        if (catalog && catalog->isLoaded())
            desc = catalog->contains(s) ? esc(catalog->description(s))
                                        : u"<i>%1</i>"_s.arg(esc(Tr::tr("not in the scope catalogue")));
        h += u"<tr><td style='padding:1px 12px 1px 0; white-space:nowrap' valign='top'><code>%1</code></td>"
             u"<td style='padding:1px 0'>%2</td></tr>"_s.arg(esc(s), desc);
    }
    return h + u"</table>"_s;
}
} // namespace detailshtml
