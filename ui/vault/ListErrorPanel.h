#pragma once

#include "common/AzureError.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace kluis::ui {

// Shown in place of a list that failed to load: what went wrong in one line, the details, a
// Retry button and a Diagnose button; a diagnosis (ui/diagnostics/DiagnosisPane) then takes the
// panel's place until the next error or retry.
class ListErrorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ListErrorPanel(QWidget *parent = nullptr);

    void setError(const core::AzureError &error);
    QString headline() const;
    QPushButton *diagnoseButton() const { return m_diagnose; }
    QPushButton *retryButton() const { return m_retry; }
    const core::AzureError &error() const { return m_error; }
    // Shows `diagnosis` in place of the error (the panel owns it); nullptr goes back.
    void showDiagnosis(QWidget *diagnosis);
    QWidget *diagnosis() const { return m_diagnosis; }

Q_SIGNALS:
    void retryRequested();
    // Diagnose was pressed, or (automatic) the error is one a diagnosis explains: the network.
    void diagnoseRequested(bool automatic);

private:
    QLabel *m_title;
    QLabel *m_short;
    QPlainTextEdit *m_details;
    QPushButton *m_retry;
    QPushButton *m_diagnose;
    QStackedWidget *m_stack;
    QWidget *m_errorPage;
    QWidget *m_diagnosis = nullptr;
    core::AzureError m_error;
};

} // namespace kluis::ui
