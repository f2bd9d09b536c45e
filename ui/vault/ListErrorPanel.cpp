#include "vault/ListErrorPanel.h"
#include "widgets/AccessibleValueLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kluis::ui {

ListErrorPanel::ListErrorPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_short(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_diagnose(new QPushButton(tr("&Diagnose"), this))
    , m_stack(new QStackedWidget(this))
    , m_errorPage(new QWidget(this))
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
    setAccessibleValueLabel(m_short, tr("Error"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Error details"));
    m_details->setMaximumHeight(m_details->fontMetrics().lineSpacing() * 9);
    m_retry->setAccessibleName(tr("Retry"));
    m_diagnose->setAccessibleName(tr("Diagnose"));
    m_diagnose->setToolTip(tr("Find out what stands between Kluis and this vault"));
    connect(m_retry, &QPushButton::clicked, this, &ListErrorPanel::retryRequested);
    connect(m_diagnose, &QPushButton::clicked, this, [this] { Q_EMIT diagnoseRequested(false); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_diagnose);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(m_errorPage);
    layout->addWidget(m_title);
    layout->addWidget(m_short);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addStretch();
    m_stack->addWidget(m_errorPage);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

void ListErrorPanel::setError(const core::AzureError &error)
{
    m_short->setText(error.shortMessage());
    m_details->setPlainText(error.detailedMessage());
    m_error = error;
    showDiagnosis(nullptr);
    // The network stands between Kluis and the vault: say why without waiting to be asked.
    if (error.isFirewall() || error.kind == core::AzureError::Kind::Transport)
        Q_EMIT diagnoseRequested(true);
}

void ListErrorPanel::showDiagnosis(QWidget *diagnosis)
{
    if (m_diagnosis && m_diagnosis != diagnosis)
        m_diagnosis->deleteLater();
    m_diagnosis = diagnosis;
    if (!diagnosis) {
        m_stack->setCurrentWidget(m_errorPage);
        return;
    }
    m_stack->addWidget(diagnosis);
    m_stack->setCurrentWidget(diagnosis);
}

QString ListErrorPanel::headline() const
{
    return m_short->text();
}

} // namespace kluis::ui
