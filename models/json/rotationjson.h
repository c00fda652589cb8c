// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/rotation.h"

#include <QJsonObject>

#include <optional>

// The saved form of a rotation. There is no field for a secret, so none can be written.
namespace rotationjson {

[[nodiscard]] QJsonObject toJson(const RotationRecord &r);
// Nothing when the object is not a rotation this version can continue (no id, unknown step).
[[nodiscard]] std::optional<RotationRecord> fromJson(const QJsonObject &o);

} // namespace rotationjson
