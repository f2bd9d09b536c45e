#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace kluis::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Kluis"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *layout = new QVBoxLayout(this);

    const auto icon = QIcon::fromTheme(QStringLiteral("nl.kluis.Kluis"));
    if (!icon.isNull()) {
        auto *iconLabel = new QLabel(this);
        iconLabel->setPixmap(icon.pixmap(64, 64));
        iconLabel->setAlignment(Qt::AlignHCenter);
        layout->addWidget(iconLabel);
    }

    auto *title =
        new QLabel(QStringLiteral("<h2>Kluis %1</h2>").arg(QStringLiteral(KLUIS_VERSION)), this);
    title->setObjectName(QStringLiteral("aboutVersion"));
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setText(
        QString(QStringLiteral("<p>") % tr("A desktop manager for Azure Key Vault.") %
                QStringLiteral("</p><p>") %
                tr("Licensed under the GNU General Public License, version 3 or later "
                   "(GPL-3.0-or-later). There is NO WARRANTY.") %
                QStringLiteral("</p><p>") %
                tr("Built with Qt %1, running on Qt %2.")
                    .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())) %
                QStringLiteral("</p>")));
    layout->addWidget(text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

} // namespace kluis::ui
