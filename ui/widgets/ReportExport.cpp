#include "widgets/ReportExport.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>

namespace kluis::ui {

void exportReport(QWidget *parent, const QString &title, const QString &baseName,
                  const QString &format, QLabel *status,
                  std::function<bool(const QString &path, QString *error)> write)
{
    const QString suffix = format == QLatin1String("markdown") ? QStringLiteral("md") : format;
    auto *dialog = new QFileDialog(parent, title, baseName + QLatin1Char('.') + suffix);
    dialog->setObjectName(QStringLiteral("exportReportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [parent, title, write = std::move(write),
                      status = QPointer<QLabel>(status)](const QString &path) {
                         QString error;
                         if (!write(path, &error))
                             QMessageBox::warning(parent, title,
                                                  QCoreApplication::translate(
                                                      "kluis::ui::ReportExport",
                                                      "The report could not be written to %1: %2")
                                                      .arg(path, error));
                         else if (status)
                             status->setText(QCoreApplication::translate("kluis::ui::ReportExport",
                                                                         "Exported to %1.")
                                                 .arg(path));
                     });
    dialog->open();
}

} // namespace kluis::ui
