// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/itemmodels/rowfilterproxymodel.h"
#include <QStringList>

// What the search proxies of the Authorizations, Scopes and Insights pages share: a search text
// split into lower-cased, whitespace-separated terms (each subclass decides where a term must
// occur), a re-filter that works on every Qt 6 version, and filterChanged() after each change of
// what is shown. Sorting is dynamic, by the source model's sort role.
class TermFilterProxyModel : public RowFilterProxyModel
{
    Q_OBJECT
public:
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }

Q_SIGNALS:
    void filterChanged();

protected:
    TermFilterProxyModel(int sortRole, QObject *parent);
    [[nodiscard]] const QStringList &terms() const { return m_terms; }
    // Filters every row again (after a subclass's own filter changed), then filterChanged().
    void refilter();
    // Sets one of the subclass's own filters to `value`, and filters again when that changes it.
    template<class T>
    void setOwnFilter(T &filter, const T &value)
    {
        if (filter == value)
            return;
        filter = value;
        refilter();
    }

private:
    QString m_text;
    QStringList m_terms;
};
