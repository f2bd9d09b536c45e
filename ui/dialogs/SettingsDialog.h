#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace kluis::ui {

// Preferences kept in QSettings: clipboard timeout, how soon an expiry is flagged, language
// (applied at the next start), the application (client) id used for sign-in, proxy and an extra CA
// file.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent);

    void save() const;

private:
    void updateProxyFields();

    QSpinBox *m_clipboardTimeout;
    QSpinBox *m_expiryWarning;
    QComboBox *m_language;
    QLineEdit *m_clientId;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_caFile;
};

} // namespace kluis::ui
