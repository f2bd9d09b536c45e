#include "crossvault/CopyJournal.h"

#include <QComboBox>

namespace kluis::ui {

using core::ObjectCopy;

QString CopyJournal::reasonText(const ObjectCopy::Skipped &skip)
{
    const auto &reason = skip.reason;
    if (reason == QLatin1String("refused"))
        return tr("Refused by the target: Key Vault restores a backup only in the subscription "
                  "and geography it was made in (%1)")
            .arg(skip.message.simplified());
    if (reason == QLatin1String("not-found"))
        return tr("Skipped: not in the source");
    if (reason == QLatin1String("managed"))
        return tr("Skipped: a certificate's key or secret (copy the certificate)");
    if (reason == QLatin1String("disabled"))
        return tr("Skipped: disabled, its value cannot be read");
    if (reason == QLatin1String("invalid-name"))
        return tr("Skipped: not a valid secret name (letters, digits and dashes)");
    if (reason == QLatin1String("duplicate"))
        return tr("Skipped: the name came earlier in the file");
    if (reason == QLatin1String("deleted-in-target"))
        return tr("Skipped: deleted in the target (recover or purge it first)");
    if (reason == QLatin1String("stopped"))
        return tr("Stops here: the target has this name");
    return tr("Skipped: the target has it");
}

QList<CopyJournal::Line> CopyJournal::lines(const ObjectCopy::Report &report, bool written)
{
    QList<Line> out;
    for (const auto &name : report.created)
        out.append({name, written ? tr("Created") : tr("Will be created"), {}, {}});
    for (const auto &name : report.newVersion)
        out.append(
            {name, written ? tr("New version written") : tr("Will get a new version"), {}, {}});
    for (const auto &skip : report.skipped)
        out.append({skip.name, reasonText(skip), skip.reason, skip.message});
    return out;
}

void CopyJournal::addConflictChoices(QComboBox *combo)
{
    combo->addItem(tr("Skip it"), QStringLiteral("skip"));
    combo->addItem(tr("Add a new version"), QStringLiteral("new-version"));
    combo->addItem(tr("Stop before writing anything"), QStringLiteral("stop"));
}

ObjectCopy::OnConflict CopyJournal::conflictChoice(const QComboBox *combo)
{
    bool known = false; // the combo holds only the names addConflictChoices put there
    return ObjectCopy::onConflictFromName(combo->currentData().toString(), &known);
}

} // namespace kluis::ui
