#include "session/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace kluis::ui {

namespace {
QPointer<LanguageSwitcher> s_instance;
}

LanguageSwitcher::LanguageSwitcher(QObject *parent, QString directory)
    : QObject(parent)
    , m_directory(std::move(directory))
{
    s_instance = this;
}

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

LanguageSwitcher *LanguageSwitcher::instance()
{
    return s_instance;
}

void LanguageSwitcher::apply(const QString &language)
{
    if (m_applied && language == m_language)
        return;
    const bool change = m_applied;
    m_applied = true;
    m_language = language;
    removeTranslators();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates and numbers follow the same language as the texts.
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(this);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_qt = qt;
    } else {
        delete qt;
    }
    auto *own = new QTranslator(this);
    // A language Kluis has no translation for (or the C/POSIX locale) gets English, whose
    // translation holds the plural forms: "1 item", "10 items", never "10 item(s)".
    if (own->load(locale, QStringLiteral("kluis"), QStringLiteral("_"), m_directory) ||
        own->load(QStringLiteral("kluis_en"), m_directory)) {
        QCoreApplication::installTranslator(own);
        m_own = own;
    } else {
        delete own;
    }
    if (change)
        Q_EMIT languageChanged();
}

void LanguageSwitcher::removeTranslators()
{
    for (auto **translator : {&m_qt, &m_own}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

} // namespace kluis::ui
