// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/rotation.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
struct StepName
{
    RotationStep step;
    const char *id;
    const char *label;
};
const StepName Steps[] = {
    {RotationStep::Planned, "planned", QT_TRANSLATE_NOOP("Rotation", "planned")},
    {RotationStep::Regenerating, "regenerating", QT_TRANSLATE_NOOP("Rotation", "regenerating the secret")},
    {RotationStep::Regenerated, "regenerated", QT_TRANSLATE_NOOP("Rotation", "secret regenerated")},
    {RotationStep::Creating, "creating", QT_TRANSLATE_NOOP("Rotation", "creating the copy")},
    {RotationStep::Created, "created", QT_TRANSLATE_NOOP("Rotation", "copy created")},
    {RotationStep::Proven, "proven", QT_TRANSLATE_NOOP("Rotation", "new secret proven")},
    {RotationStep::CredentialUpdated, "credentialUpdated",
     QT_TRANSLATE_NOOP("Rotation", "integration credential updated")},
    {RotationStep::Watching, "watching",
     QT_TRANSLATE_NOOP("Rotation", "handed over; watching the old client")},
    {RotationStep::Deactivated, "deactivated", QT_TRANSLATE_NOOP("Rotation", "old client deactivated")},
    {RotationStep::Done, "done", QT_TRANSLATE_NOOP("Rotation", "done")},
};
} // namespace

QString rotationStrategyId(RotationStrategy s)
{
    return s == RotationStrategy::InPlace ? u"in-place"_s : u"blue-green"_s;
}

std::optional<RotationStrategy> rotationStrategyFromId(QStringView id)
{
    if (id == u"in-place")
        return RotationStrategy::InPlace;
    if (id == u"blue-green")
        return RotationStrategy::BlueGreen;
    return std::nullopt;
}

QString rotationStrategyLabel(RotationStrategy s)
{
    return s == RotationStrategy::InPlace ? QCoreApplication::translate("Rotation", "in place")
                                          : QCoreApplication::translate("Rotation", "blue/green");
}

QString rotationStepId(RotationStep s)
{
    for (const StepName &n : Steps)
        if (n.step == s)
            return QString::fromLatin1(n.id);
    return {};
}

std::optional<RotationStep> rotationStepFromId(QStringView id)
{
    for (const StepName &n : Steps)
        if (id == QLatin1StringView(n.id))
            return n.step;
    return std::nullopt;
}

QString rotationStepLabel(RotationStep s)
{
    for (const StepName &n : Steps)
        if (n.step == s)
            return QCoreApplication::translate("Rotation", n.label);
    return {};
}

void RotationRecord::advance(RotationStep next, const QDateTime &at)
{
    step = next;
    updatedAt = at;
    history.append({next, at});
}
