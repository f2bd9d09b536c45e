#pragma once

// What every kluisctl command shares: the parsed command line, the cloud and pipeline, the
// output (plain text or --json) and the exit codes. Exit codes and --json output are documented
// in README.md ("kluisctl") and are part of the interface: change them only with that section.
#include "accounts/AccountStore.h"
#include "clients/ArmTypes.h"
#include "clients/KeyVaultClient.h"
#include "cloud/CloudProfile.h"
#include "common/AzureError.h"
#include "crossvault/VaultInventory.h"
#include "diagnostics/Diagnosis.h"
#include "net/HttpPipeline.h"
#include "net/PagingGuard.h"

#include <QCommandLineParser>
#include <QCoro/QCoroTask>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace kluis::cli {

enum ExitCode
{
    Ok = 0,
    Failed = 1,
    Usage = 2,
    Authentication = 3,
    NetworkOrFirewall = 4,
    NotFoundOrForbidden = 5,
};

int exitCodeFor(const core::AzureError &error);
int exitCodeFor(core::DiagnosisCause cause);

QJsonObject secretJson(const core::SecretItem &item);
QJsonObject keyJson(const core::KeyItem &item);
QJsonObject certificateJson(const core::CertificateItem &item);
QJsonObject vaultJson(const core::VaultResource &vault);
// An ISO time in UTC, or empty.
QString isoTime(const std::optional<QDateTime> &value);

// Writes a JSON array to stdout one element at a time, byte for byte as Context::printJson
// writes the whole array. The array opens with its first element, so a listing that fails on
// its first page leaves stdout empty, as before.
class JsonArrayWriter
{
public:
    void append(const QJsonObject &element);
    // Closes the array; an array without elements is written whole.
    void finish();

private:
    bool m_open = false;
};

class Context
{
public:
    Context(QCommandLineParser &parser, core::CloudProfile cloud, bool json,
            core::AccountStore *accounts, std::optional<core::StoredAccount> account);

    QCommandLineParser &parser() const { return m_parser; }
    QString option(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    const core::CloudProfile &cloud() const { return m_cloud; }
    bool json() const { return m_json; }
    core::HttpPipeline &pipeline() { return m_pipeline; }
    core::AccountStore *accounts() const { return m_accounts; }
    const std::optional<core::StoredAccount> &account() const { return m_account; }

    // One line on stdout.
    void print(const QString &text) const;
    // Indented JSON on stdout.
    void printJson(const QJsonValue &value) const;
    // Reports the error on stderr (one JSON line with --json) and returns its exit code.
    int fail(const core::AzureError &error) const;
    int usage(const QString &message) const;

    // The vault of --vault, signed in.
    core::Result<core::KeyVaultClient> vault();
    // The vault URI|NAME through the stored account `accountName` (its cloud and keychain
    // sign-in, in a pipeline of its own), or through this context's sign-in when it is empty.
    QCoro::Task<core::Result<core::KeyVaultClient>> vaultAs(QString uriOrName, QString accountName);
    // Every vault of every subscription, through Resource Manager (signed in first).
    QCoro::Task<core::Result<QList<core::VaultResource>>> allVaultResources();
    // The vaults of every --vault, or with none every vault of every subscription.
    QCoro::Task<core::Result<QList<core::NamedVault>>> vaults();
    // Signs in from the environment unless a credential is set already.
    bool signIn();
    const core::AzureError &signInError() const { return m_signInError; }

    // --kind: secret (default), key or certificate.
    QString kind() const;
    // --tag K=V, repeatable.
    QMap<QString, QString> tags() const;
    bool writeFile(const QString &path, const QByteArray &data, core::AzureError *error) const;

    // Every page of a list, one after another, printed as they arrive: one line per item, or
    // one JSON array written element by element (JsonArrayWriter), so neither time per item
    // nor memory grows with the list's length. A failure midway leaves the items so far on
    // stdout (with --json an unclosed array, which no JSON parser accepts) and the error on
    // stderr. A server whose pages lead nowhere is stopped by a PagingGuard.
    template<typename T>
    QCoro::Task<int>
    listPages(std::function<QCoro::Task<core::Result<core::ItemPage<T>>>(QUrl)> fetch,
              std::function<QJsonObject(const T &)> toJson,
              std::function<QString(const T &)> toText)
    {
        JsonArrayWriter rows;
        QUrl next;
        core::PagingGuard guard;
        do {
            auto task = fetch(next);
            auto page = co_await task;
            if (!page)
                co_return fail(page.error());
            for (const auto &item : page->items) {
                if (m_json)
                    rows.append(toJson(item));
                else
                    print(toText(item));
            }
            if (auto stop = guard.check(page->url, page->items.size(), page->nextLink))
                co_return fail(*stop);
            next = page->nextLink;
        } while (!next.isEmpty());
        if (m_json)
            rows.finish();
        co_return Ok;
    }

private:
    QCommandLineParser &m_parser;
    core::CloudProfile m_cloud;
    bool m_json;
    core::HttpPipeline m_pipeline;
    core::AzureError m_signInError;
    core::AccountStore *m_accounts;
    std::optional<core::StoredAccount> m_account;
    std::vector<std::unique_ptr<core::HttpPipeline>> m_accountPipelines; // vaultAs()
};

} // namespace kluis::cli
