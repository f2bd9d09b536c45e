// The secret dialog's value field keeps no earlier value: no undo history, and nothing left
// once the dialog has closed.
#include "dialogs/SecretEditDialog.h"

#include <QPlainTextEdit>
#include <QTest>

using namespace kluis::ui;

class TestSecretEditDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noUndoHistoryOfValues()
    {
        SecretEditDialog dialog(nullptr);
        dialog.show();
        auto *value = dialog.valueEdit();
        value->setFocus();
        QTest::keyClicks(value, QStringLiteral("first-secret"));
        QTest::keyClick(value, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(value, QStringLiteral("second"));
        QCOMPARE(value->toPlainText(), QStringLiteral("second"));
        QVERIFY(!value->document()->isUndoAvailable());
        QTest::keyClick(value, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!value->toPlainText().contains(QLatin1String("first-secret")));
    }

    void theValueIsGoneOnceTheDialogCloses_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::newRow("accepted") << true;
        QTest::newRow("cancelled") << false;
    }
    void theValueIsGoneOnceTheDialogCloses()
    {
        QFETCH(bool, accept);
        SecretEditDialog dialog(nullptr);
        dialog.setName(QStringLiteral("db-password"));
        dialog.show();
        QTest::keyClicks(dialog.valueEdit(), QStringLiteral("s3cr3t-value"));
        std::optional<QString> taken;
        connect(&dialog, &QDialog::accepted, &dialog, [&] { taken = dialog.form().value; });
        if (accept)
            dialog.accept();
        else
            dialog.reject();
        // Whoever answers `accepted` still gets the value.
        if (accept)
            QCOMPARE(taken.value_or(QString()), QStringLiteral("s3cr3t-value"));
        QVERIFY(dialog.valueEdit()->toPlainText().isEmpty());
        QVERIFY(!dialog.valueEdit()->document()->isUndoAvailable());
        QCOMPARE(dialog.valueEdit()->document()->availableUndoSteps(), 0);
    }
};

QTEST_MAIN(TestSecretEditDialog)
#include "tst_secreteditdialog.moc"
