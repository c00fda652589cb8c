// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Terraform resource labels made from client, role and division names the way the genesyscloud
// provider's exporter makes them (its default, "original" sanitizer):
//  - every character other than A-Z, a-z, 0-9, '_' and '-' becomes '_' (one per character, also for
//    a character outside the BMP);
//  - a label that then starts with anything but a letter or '_' gets a leading '_';
//  - a label that changed and collides with the sanitized form of another name gets "_" and the
//    32-bit FNV-1 hash of the original name's UTF-8 bytes, in decimal.
// The exporter can still produce the same label twice (two clients with the same name); these
// functions then append "_2", "_3", ... in list order, so every label is unique.
namespace terraform {

[[nodiscard]] QString sanitizeLabel(const QString &name);
// FNV-1 (not FNV-1a), 32 bits, as Go's hash/fnv New32().
[[nodiscard]] quint32 fnv1Hash32(const QByteArray &bytes);
// One label per name, in the same order, all different. An empty name becomes "unnamed".
[[nodiscard]] QStringList uniqueLabels(const QStringList &names);

} // namespace terraform
