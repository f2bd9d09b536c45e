#include "vault/CertificateDetailsPanel.h"

#include "vault/DetailsFields.h"
#include "widgets/AccessibleValueLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>

namespace kluis::ui {

using core::CertificateInfo;
using details::dateText;

CertificateDetailsPanel::CertificateDetailsPanel(QWidget *parent)
    : QGroupBox(tr("Details"), parent)
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("certificateDetails"));
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    m_fields.addHead(this, left);
    m_subject = addField(left, tr("Subject:"), tr("Subject"));
    m_issuer = addField(left, tr("Issuer:"), tr("Issuer"));
    m_names = addField(left, tr("Alternative names:"), tr("Subject alternative names"));
    m_tags = addField(left, tr("Tags:"), tr("Tags"));
    m_notBefore = addField(right, tr("Valid from:"), tr("Valid from"));
    m_notAfter = addField(right, tr("Valid until:"), tr("Valid until"));
    setAccessibleValueLabel(m_warning, tr("Expiry warning"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    right->addRow(QString(), m_warning);
    m_serial = addField(right, tr("Serial number:"), tr("Serial number"));
    m_key = addField(right, tr("Key:"), tr("Key"));
    m_usage = addField(right, tr("Key usage:"), tr("Key usage"));
    m_chain = addField(right, tr("Chain:"), tr("Chain"));
    m_deletedOn = addField(right, tr("Deleted; purged on:"), tr("Purge date"));

    const auto sha1 =
        details::makeIdentifierRow(this, tr("SHA-1 thumbprint"), tr("Copy the SHA-1 thumbprint"));
    const auto sha256 = details::makeIdentifierRow(this, tr("SHA-256 thumbprint"),
                                                   tr("Copy the SHA-256 thumbprint"));
    const auto identifier =
        details::makeIdentifierRow(this, tr("Identifier"), tr("Copy the identifier"));
    m_sha1 = sha1.edit;
    m_sha256 = sha256.edit;
    m_identifier = identifier.edit;

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    auto *bottom = new QFormLayout;
    bottom->addRow(tr("SHA-1 thumbprint:"), sha1.layout);
    bottom->addRow(tr("SHA-256 thumbprint:"), sha256.layout);
    bottom->addRow(tr("Identifier:"), identifier.layout);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addLayout(bottom);
    setItem(std::nullopt, false);
}

QLabel *CertificateDetailsPanel::addField(QFormLayout *form, const QString &label,
                                          const QString &accessible)
{
    return details::addField(this, form, label, accessible);
}

void CertificateDetailsPanel::setItem(const std::optional<core::CertificateItem> &item,
                                      bool deleted, std::optional<core::KeyVaultClient> client)
{
    setEnabled(item.has_value());
    const core::CertificateItem shown = item.value_or(core::CertificateItem());
    m_fields.showHead(item.has_value(), shown.name, shown.version, shown.attributes);
    m_tags->setText(details::tagsText(shown.tags));
    m_deletedOn->setText(deleted ? dateText(shown.scheduledPurgeDate) : tr("—"));
    m_identifier->setText(item ? (deleted ? shown.recoveryId : shown.id).toString() : QString());
    m_identifier->setCursorPosition(0);
    m_attributeNotBefore = shown.attributes.notBefore;
    m_attributeExpires = shown.attributes.expires;
    // A new version of the same certificate changes `updated`: then the DER is fetched again.
    QUrl id = deleted ? shown.recoveryId : shown.id;
    if (shown.attributes.updated)
        id.setFragment(QString::number(shown.attributes.updated->toSecsSinceEpoch()));
    m_shownId = item ? id : QUrl();
    QByteArray der = shown.cer;
    if (der.isEmpty() && item)
        der = cached(id);
    if (!der.isEmpty() && item) {
        remember(id, der);
    } else if (item && client && id != m_pendingId) {
        m_pendingId = id;
        ++m_fetches;
        fetch(*client, shown.name, deleted, id);
    }
    setCertificate(der);
    if (!m_info && !shown.x5t.isEmpty()) {
        // Until the certificate itself arrives, the list's SHA-1 (base64url) stands in.
        const auto sha1 =
            QByteArray::fromBase64Encoding(shown.x5t.toLatin1(), QByteArray::Base64UrlEncoding);
        if (sha1)
            m_sha1->setText(QString::fromLatin1((*sha1).toHex().toUpper()));
    }
}

QCoro::Task<> CertificateDetailsPanel::fetch(core::KeyVaultClient client, QString name,
                                             bool deleted, QUrl id)
{
    QPointer<CertificateDetailsPanel> guard(this);
    auto task =
        deleted ? client.getDeleted<core::CertificateItem>(name) : client.getCertificate(name);
    auto bundle = co_await task;
    if (!guard)
        co_return;
    if (m_pendingId == id)
        m_pendingId.clear();
    // A failure leaves what the list knows; the list pane reports failures of its own.
    if (!bundle || bundle->cer.isEmpty())
        co_return;
    remember(id, bundle->cer);
    if (id == m_shownId)
        setCertificate(bundle->cer);
}

QByteArray CertificateDetailsPanel::cached(const QUrl &id) const
{
    for (const auto &[key, der] : m_recent) {
        if (key == id)
            return der;
    }
    return {};
}

void CertificateDetailsPanel::remember(const QUrl &id, const QByteArray &der)
{
    constexpr qsizetype kKept = 8;
    m_recent.removeIf([&id](const auto &entry) { return entry.first == id; });
    m_recent.prepend({id, der});
    if (m_recent.size() > kKept)
        m_recent.resize(kKept);
}

void CertificateDetailsPanel::clearCache()
{
    m_recent.clear();
    m_pendingId.clear();
}

void CertificateDetailsPanel::setCertificate(const QByteArray &data)
{
    m_info.reset();
    QList<CertificateInfo> chain;
    if (!data.isEmpty()) {
        auto parsed = CertificateInfo::fromData(data);
        if (parsed.ok() && !parsed->isEmpty()) {
            chain = CertificateInfo::orderChain(parsed.value());
            m_info = chain.first();
        }
    }
    const CertificateInfo info = m_info.value_or(CertificateInfo());
    const QString none = m_info ? tr("—") : QString();
    m_subject->setText(info.subject.isEmpty() ? none : info.subject);
    m_issuer->setText(info.issuer.isEmpty() ? none : info.issuer);
    m_names->setText(info.subjectAlternativeNames.isEmpty()
                         ? none
                         : info.subjectAlternativeNames.join(QLatin1Char('\n')));
    m_serial->setText(info.serialNumber);
    QString key;
    if (!info.curve.isEmpty())
        key = tr("%1 %2").arg(info.keyAlgorithm, info.curve);
    else if (info.keySizeBits > 0)
        key = tr("%1 %2 bits").arg(info.keyAlgorithm).arg(info.keySizeBits);
    m_key->setText(key);
    QStringList usages = info.keyUsage + info.extendedKeyUsage;
    m_usage->setText(usages.isEmpty() ? none : usages.join(QStringLiteral(", ")));
    QString chainText;
    if (m_info) {
        if (info.selfSigned)
            chainText = tr("Self-signed");
        else
            chainText = tr("Issued by %1").arg(info.issuer);
        for (qsizetype i = 1; i < chain.size(); ++i)
            chainText += QLatin1Char('\n') + tr("→ %1").arg(chain.at(i).subject);
    }
    m_chain->setText(chainText);
    m_sha1->setText(m_info ? info.sha1Hex() : QString());
    m_sha256->setText(m_info ? info.sha256Hex() : QString());
    m_sha1->setCursorPosition(0);
    m_sha256->setCursorPosition(0);
    if (m_info) {
        showExpiry(info.notBefore, info.notAfter);
    } else {
        showExpiry(m_attributeNotBefore.value_or(QDateTime()),
                   m_attributeExpires.value_or(QDateTime()));
    }
}

void CertificateDetailsPanel::showExpiry(const QDateTime &notBefore, const QDateTime &notAfter)
{
    m_notBefore->setText(isEnabled() ? dateText(notBefore) : QString());
    m_notAfter->setText(isEnabled() ? dateText(notAfter) : QString());
    CertificateInfo dates;
    dates.notBefore = notBefore;
    dates.notAfter = notAfter;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString text;
    QString colour;
    if (isEnabled() && notAfter.isValid()) {
        switch (dates.expiry(now)) {
        case CertificateInfo::Expiry::Expired:
            text = tr("Expired on %1.").arg(dateText(notAfter));
            colour = QStringLiteral("#b00020");
            break;
        case CertificateInfo::Expiry::ExpiresSoon:
            text = tr("Expires in %n day(s).", nullptr, int(dates.daysUntilExpiry(now)));
            colour = QStringLiteral("#a05a00");
            break;
        case CertificateInfo::Expiry::NotYetValid:
            text = tr("Not valid before %1.").arg(dateText(notBefore));
            colour = QStringLiteral("#a05a00");
            break;
        case CertificateInfo::Expiry::Ok:
            break;
        }
    }
    m_warning->setText(text);
    m_warning->setStyleSheet(
        colour.isEmpty() ? QString() : QStringLiteral("font-weight: bold; color: %1;").arg(colour));
    m_warning->setVisible(!text.isEmpty());
}

} // namespace kluis::ui
