#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace kluis::ui {

// Installs Kluis's and Qt's own translations for a language ("" follows the system) and
// swaps them while Kluis runs. Widgets are built with their texts, so whoever owns the window
// rebuilds it on languageChanged().
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    // `directory` holds kluis_<locale>.qm (built into the binary as :/i18n).
    explicit LanguageSwitcher(QObject *parent = nullptr,
                              QString directory = QStringLiteral(":/i18n"));
    ~LanguageSwitcher() override;

    // The one the application made, if any (the settings dialog reaches it through here).
    static LanguageSwitcher *instance();

    void apply(const QString &language);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged();

private:
    void removeTranslators();

    QTranslator *m_qt = nullptr;
    QTranslator *m_own = nullptr;
    QString m_directory;
    QString m_language;
    bool m_applied = false;
};

} // namespace kluis::ui
