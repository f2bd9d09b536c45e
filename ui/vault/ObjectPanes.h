#pragma once

#include "clients/KeyVaultTypes.h"

#include <optional>

class QWidget;

namespace kluis::ui {

class ObjectListPane;

// The key and certificate lists (or the deleted ones) as ObjectListPanes, and their rows.
ObjectListPane *makeKeyListPane(bool deleted, QWidget *parent);
ObjectListPane *makeCertificateListPane(bool deleted, QWidget *parent);
std::optional<core::KeyItem> currentKey(const ObjectListPane *pane);
std::optional<core::CertificateItem> currentCertificate(const ObjectListPane *pane);

} // namespace kluis::ui
