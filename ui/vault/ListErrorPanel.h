#pragma once

#include "common/AzureError.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kluis::ui {

// Shown in place of a list that failed to load: what went wrong in one line, the details, a
// Retry button and the Diagnose button the diagnostics feature fills in.
class ListErrorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ListErrorPanel(QWidget *parent = nullptr);

    void setError(const core::AzureError &error);
    QString headline() const;
    QPushButton *diagnoseButton() const { return m_diagnose; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *diagnoseNote() const { return m_diagnoseNote; }

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_title;
    QLabel *m_short;
    QPlainTextEdit *m_details;
    QPushButton *m_retry;
    QPushButton *m_diagnose;
    QLabel *m_diagnoseNote;
};

} // namespace kluis::ui
