#include "commands/ExportMetadataCommand.h"

#include "common/SecretFile.h"
#include "crossvault/MetadataExport.h"

#include <QFileDialog>
#include <QPointer>

namespace kluis::ui {

ExportMetadataCommand::ExportMetadataCommand(core::NamedVault vault, QWidget *parent)
    : Command(parent)
    , m_vault(std::move(vault))
{}

void ExportMetadataCommand::doStart()
{
    const auto csv = tr("CSV (*.csv)");
    const auto json = tr("JSON (*.json)");
    auto *dialog = new QFileDialog(parentWidget(), tr("Export vault metadata"),
                                   m_vault.name + QStringLiteral("-metadata.csv"),
                                   csv + QStringLiteral(";;") + json);
    dialog->setObjectName(QStringLiteral("exportMetadataDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, json](const QString &filter) {
        dialog->setDefaultSuffix(filter == json ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, json](const QString &path) {
        const bool asJson = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
                            dialog->selectedNameFilter() == json;
        exportTo(path, asJson ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    connect(dialog, &QDialog::rejected, this, &Command::cancel);
    dialog->open();
}

QCoro::Task<> ExportMetadataCommand::exportTo(QString path, QString format)
{
    QPointer<ExportMetadataCommand> self(this);
    beginWork();
    auto task = core::inventory(
        m_vault, {core::ObjectKind::Secret, core::ObjectKind::Key, core::ObjectKind::Certificate});
    const auto objects = co_await task;
    if (!self)
        co_return;
    if (!succeeded(objects, tr("Export vault metadata")))
        co_return;
    const auto table = core::MetadataExport::table(objects.value());
    QString error;
    if (!core::SecretFile::write(
            path, format == QLatin1String("json") ? table.toJson() : table.toCsv(), &error)) {
        failWithMessage(
            tr("Export vault metadata"),
            core::AzureError::usage(tr("%1 could not be written: %2").arg(path, error)));
        co_return;
    }
    done(tr("Exported the metadata of %n items to %1.", nullptr, int(table.rows.size())).arg(path));
}

} // namespace kluis::ui
