#include "vault/ListErrorPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kluis::ui {

ListErrorPanel::ListErrorPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_short(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_diagnose(new QPushButton(tr("&Diagnose"), this))
    , m_diagnoseNote(new QLabel(this))
{
    setObjectName(QStringLiteral("listErrorPanel"));
    auto font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_title->setText(tr("This list could not be loaded"));
    m_short->setWordWrap(true);
    m_short->setTextFormat(Qt::PlainText);
    m_short->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_short->setAccessibleName(tr("Error"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Error details"));
    m_details->setMaximumHeight(m_details->fontMetrics().lineSpacing() * 9);
    m_retry->setAccessibleName(tr("Retry"));
    m_diagnose->setAccessibleName(tr("Diagnose"));
    m_diagnose->setToolTip(tr("Find out what stands between Kluis and this vault"));
    m_diagnoseNote->setWordWrap(true);
    m_diagnoseNote->setText(tr("The diagnosis (firewall, proxy, DNS and permissions) comes with "
                               "the diagnostics feature of a later version."));
    m_diagnoseNote->hide();
    connect(m_retry, &QPushButton::clicked, this, &ListErrorPanel::retryRequested);
    connect(m_diagnose, &QPushButton::clicked, m_diagnoseNote, &QWidget::show);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_diagnose);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_short);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addWidget(m_diagnoseNote);
    layout->addStretch();
}

void ListErrorPanel::setError(const core::AzureError &error)
{
    m_short->setText(error.shortMessage());
    m_details->setPlainText(error.detailedMessage());
    m_diagnoseNote->hide();
}

QString ListErrorPanel::headline() const
{
    return m_short->text();
}

} // namespace kluis::ui
