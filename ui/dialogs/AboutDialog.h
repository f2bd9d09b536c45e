#pragma once

#include <QDialog>

namespace kluis::ui {

// Help → About Kluis: the version the build was made from (CMake's project() version, the same
// one --version and the packages show), the licence and the Qt versions built against and
// running.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent);
};

} // namespace kluis::ui
