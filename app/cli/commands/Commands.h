#pragma once

// kluisctl's commands, one group per file; main.cpp parses the command line and dispatches here.
// Each returns the process's exit code (CliContext.h).
#include "CliContext.h"

namespace kluis::cli {

using core::ObjectKind;

QCoro::Task<int> endpointsCommand(Context &context);
QCoro::Task<int> vaultsCommand(Context &context);
// list secrets|keys|certificates|deleted-secrets|deleted-keys|deleted-certificates
QCoro::Task<int> listCommand(Context &context, QString what);

// show, get-secret, set-secret.
QCoro::Task<int> secretCommand(Context &context, QString command, QString name);
// versions, delete, recover, purge, backup and restore (no name) of any kind; show of a key or
// certificate.
QCoro::Task<int> objectCommand(Context &context, ObjectKind kind, QString command, QString name);

QCoro::Task<int> createKeyCommand(Context &context, QString name);
QCoro::Task<int> createCertificateCommand(Context &context, QString name);
QCoro::Task<int> importCertificateCommand(Context &context, QString name);
QCoro::Task<int> downloadCertificateCommand(Context &context, QString name);

// accounts list|add-service-principal|remove
QCoro::Task<int> accountsCommand(Context &context, QStringList args);
QCoro::Task<int> diagnoseCommand(Context &context);

// Across vaults: search TEXT, report expiry, compare, copy NAME... | --all.
QCoro::Task<int> searchCommand(Context &context, QString text);
QCoro::Task<int> reportCommand(Context &context, QString what);
QCoro::Task<int> compareCommand(Context &context, core::ObjectKind kind);
QCoro::Task<int> copyCommand(Context &context, core::ObjectKind kind, QStringList names);
// access --vault V; access grant|revoke --vault V --principal ID --role NAME.
QCoro::Task<int> accessCommand(Context &context, QString what);
// rbac-readiness: every access policy entry of every vault not on RBAC, mapped to built-in roles.
QCoro::Task<int> rbacReadinessCommand(Context &context);
// export --vault V: every object's metadata (never a value) as CSV, JSON or Markdown.
QCoro::Task<int> exportCommand(Context &context);
// import --vault V --file F: secrets from a .env or JSON file.
QCoro::Task<int> importCommand(Context &context);

} // namespace kluis::cli
