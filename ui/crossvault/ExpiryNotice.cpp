#include "crossvault/ExpiryNotice.h"

#include "crossvault/CrossVaultReader.h"
#include "crossvault/ExpiryReport.h"
#include "widgets/ThemeIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace kluis::ui {

ExpiryNotice::ExpiryNotice(QWidget *parent)
    : QFrame(parent)
    , m_reader(new core::CrossVaultReader(this))
    , m_message(new QLabel(this))
    , m_show(new QPushButton(tr("Show the report"), this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("expiryNotice"));
    setAccessibleName(tr("Expiry notice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The palette's highlight, faint: a notice that reads in light and dark themes alike.
    auto colours = palette();
    auto tint = colours.color(QPalette::Highlight);
    tint.setAlpha(40);
    colours.setColor(QPalette::Window, tint);
    setPalette(colours);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Expiry notice"));
    m_dismiss->setIcon(themeIcon(QStringLiteral("window-close")));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
    auto *icon = new QLabel(this);
    icon->setPixmap(themeIcon(QStringLiteral("dialog-warning")).pixmap(22, 22));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_dismiss);
    hide();

    connect(m_show, &QPushButton::clicked, this, [this] { Q_EMIT reportRequested(m_days); });
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        m_dismissed = true;
        hide();
    });
    connect(m_reader, &core::CrossVaultReader::found, this,
            [this](const QList<core::ObjectSummary> &page) {
                const core::ExpiryReport report(QDateTime::currentDateTimeUtc(), m_days);
                for (const auto &row : report.findings(page)) {
                    if (row.finding == core::ExpiryReport::Finding::Expired ||
                        row.finding == core::ExpiryReport::Finding::Expiring)
                        ++m_count;
                }
            });
    // Queued: update() may start the reader again, which must not happen inside its signal.
    connect(m_reader, &core::CrossVaultReader::finished, this, &ExpiryNotice::update,
            Qt::QueuedConnection);
}

void ExpiryNotice::check(const QList<core::NamedVault> &favourites, int warningDays)
{
    m_days = warningDays;
    for (const auto &vault : favourites) {
        const auto url = vault.client.vaultUrl();
        if (m_read.contains(url))
            continue;
        m_read.insert(url);
        m_pending.append(vault);
    }
    if (m_pending.isEmpty() || m_reader->isRunning())
        return;
    m_reader->start(std::exchange(m_pending, {}), {});
}

void ExpiryNotice::update()
{
    if (!m_pending.isEmpty()) {
        m_reader->start(std::exchange(m_pending, {}), {});
        return;
    }
    if (m_count == 0 || m_dismissed)
        return;
    m_message->setText(tr("%n items in your favourite vaults have expired or expire within "
                          "%1 days.",
                          nullptr, m_count)
                           .arg(m_days));
    show();
}

} // namespace kluis::ui
