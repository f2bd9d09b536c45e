#pragma once

#include "vault/AttributeFields.h"

#include "certificates/CertificateInfo.h"
#include "clients/KeyVaultClient.h"

#include <QCoro/QCoroTask>
#include <QGroupBox>

#include <optional>
#include <utility>

class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace kluis::ui {

// The selected certificate: the vault's attributes and tags, and what the certificate itself
// says (subject, issuer, names, validity, thumbprints, key, usages, chain), parsed locally from
// its DER with an expiry warning. List items carry no DER until the list fetched their details:
// then the panel fetches the selected certificate itself and shows it when it arrives. The last
// few DERs are kept by id and `updated` (which a new version or an edit changes).
class CertificateDetailsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit CertificateDetailsPanel(QWidget *parent = nullptr);

    void setItem(const std::optional<core::CertificateItem> &item, bool deleted,
                 std::optional<core::KeyVaultClient> client = std::nullopt);
    // DER or PEM (a chain is ordered leaf first); empty clears the parsed fields.
    void setCertificate(const QByteArray &data);
    const std::optional<core::CertificateInfo> &certificate() const { return m_info; }
    // Forgets the kept DERs (another vault, or after an action on certificates).
    void clearCache();
    // How many times the panel asked the vault for a certificate (for tests).
    int fetchCount() const { return m_fetches; }

    QLabel *expiryWarning() const { return m_warning; }
    QLabel *subjectLabel() const { return m_subject; }
    QLineEdit *sha1Edit() const { return m_sha1; }
    QLineEdit *identifierEdit() const { return m_identifier; }

private:
    QLabel *addField(QFormLayout *form, const QString &label, const QString &accessible);
    void showExpiry(const QDateTime &notBefore, const QDateTime &notAfter);
    QCoro::Task<> fetch(core::KeyVaultClient client, QString name, bool deleted, QUrl id);
    QByteArray cached(const QUrl &id) const;
    void remember(const QUrl &id, const QByteArray &der);

    std::optional<core::CertificateInfo> m_info;
    QLabel *m_subject;
    QLabel *m_issuer;
    QLabel *m_names;
    AttributeFields m_fields;
    QLabel *m_tags;
    QLabel *m_notBefore;
    QLabel *m_notAfter;
    QLabel *m_warning;
    QLabel *m_serial;
    QLabel *m_key;
    QLabel *m_usage;
    QLabel *m_chain;
    QLabel *m_deletedOn;
    QLineEdit *m_sha1;
    QLineEdit *m_sha256;
    QLineEdit *m_identifier;
    std::optional<QDateTime> m_attributeNotBefore;
    std::optional<QDateTime> m_attributeExpires;
    QUrl m_shownId;   // the item shown, with its `updated` as the fragment
    QUrl m_pendingId; // the item whose DER is on its way
    QList<std::pair<QUrl, QByteArray>> m_recent; // newest first
    int m_fetches = 0;
};

} // namespace kluis::ui
