// A revealed value leaves the details panel only through ClipboardGuard: Ctrl+C, Ctrl+Insert
// and the field's context menu copy it with the history hint and the timer, and selecting it
// never puts it in the X11 PRIMARY selection. Registered twice: offscreen, and under Xvfb
// (gui.tst_clipboardguard_x11), where PRIMARY exists.
#include "vault/SecretDetailsPanel.h"
#include "widgets/ClipboardGuard.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QTest>

using namespace kluis::ui;

namespace {
const QString value = QStringLiteral("pk_live_51Hx9dEmoKeyValue");
const QString hint = QStringLiteral("x-kde-passwordManagerHint");
} // namespace

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private:
    ClipboardGuard *m_guard = nullptr;
    SecretDetailsPanel *m_panel = nullptr;
    QAction *m_copy = nullptr;
    int m_copies = 0;

    SecretValueEdit *edit() const { return m_panel->valueEdit(); }
    static QClipboard *clipboard() { return QGuiApplication::clipboard(); }
    bool guardedCopyOnClipboard() const
    {
        const auto *data = clipboard()->mimeData(QClipboard::Clipboard);
        return data && data->text() == value && data->data(hint) == "secret" && m_guard->isArmed();
    }

private Q_SLOTS:
    void init()
    {
        m_guard = new ClipboardGuard(this);
        m_panel = new SecretDetailsPanel;
        // What SecretActionController's copy value action does, without a vault: fetch the
        // value (here: the one shown) and hand it to the guard.
        m_copy = new QAction(QStringLiteral("Copy value"), m_panel);
        connect(m_copy, &QAction::triggered, this, [this] {
            ++m_copies;
            m_guard->copySecret(value);
        });
        m_panel->setCopyValueAction(m_copy);
        kluis::core::SecretItem item;
        item.name = QStringLiteral("payments-api-key");
        m_panel->setItem(item, false);
        m_panel->showValue(value);
        m_panel->resize(700, 400);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
        clipboard()->setText(QStringLiteral("before"));
        if (clipboard()->supportsSelection())
            clipboard()->setText(QStringLiteral("before"), QClipboard::Selection);
        m_copies = 0;
    }
    void cleanup()
    {
        delete m_panel;
        delete m_guard;
        clipboard()->clear();
    }

    void ctrlCGoesThroughTheGuard()
    {
        edit()->setFocus();
        QTest::keyClick(edit(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(m_copies, 1);
        QVERIFY(guardedCopyOnClipboard());
        clipboard()->setText(QStringLiteral("before"));
        QTest::keyClick(edit(), Qt::Key_Insert, Qt::ControlModifier);
        QCOMPARE(m_copies, 2);
        QVERIFY(guardedCopyOnClipboard());
    }

    void theContextMenuCopiesThroughTheGuard()
    {
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5),
                                edit()->mapToGlobal(QPoint(5, 5)));
        QCoreApplication::sendEvent(edit(), &event);
        auto *menu = edit()->findChild<QMenu *>(QStringLiteral("secretValueMenu"));
        QVERIFY(menu);
        // Nothing in it copies around the guard or selects the value.
        for (auto *action : menu->actions())
            QVERIFY2(action->objectName() == QLatin1String("copySecretValue") ||
                         action->isSeparator(),
                     qPrintable(action->text()));
        auto *copy = menu->findChild<QAction *>(QStringLiteral("copySecretValue"));
        QVERIFY(copy && copy->isEnabled());
        copy->trigger();
        menu->close();
        QCOMPARE(m_copies, 1);
        QVERIFY(guardedCopyOnClipboard());
    }

    void selectingNeverReachesPrimary()
    {
        edit()->setFocus();
        const int y = edit()->height() / 2;
        // A drag across the text, a double click, Ctrl+A, Shift+End.
        QTest::mousePress(edit(), Qt::LeftButton, {}, QPoint(3, y));
        QTest::mouseMove(edit(), QPoint(edit()->width() / 2, y));
        QTest::mouseMove(edit(), QPoint(edit()->width() - 3, y));
        QTest::mouseRelease(edit(), Qt::LeftButton, {}, QPoint(edit()->width() - 3, y));
        QVERIFY(edit()->selectedText().isEmpty());
        QTest::mouseDClick(edit(), Qt::LeftButton, {}, QPoint(10, y));
        QVERIFY(edit()->selectedText().isEmpty());
        QTest::keyClick(edit(), Qt::Key_A, Qt::ControlModifier);
        QVERIFY(edit()->selectedText().isEmpty());
        QTest::keyClick(edit(), Qt::Key_Home);
        QTest::keyClick(edit(), Qt::Key_End, Qt::ShiftModifier);
        QVERIFY(edit()->selectedText().isEmpty());
        edit()->selectAll();
        QVERIFY(edit()->selectedText().isEmpty());
        QVERIFY(!edit()->dragEnabled());
        QCOMPARE(m_copies, 0);
        QCOMPARE(clipboard()->text(QClipboard::Clipboard), QStringLiteral("before"));
        if (!clipboard()->supportsSelection())
            QSKIP("No PRIMARY selection on this platform (gui.tst_clipboardguard_x11 has one)");
        QTest::qWait(100);
        QVERIFY(clipboard()->text(QClipboard::Selection) != value);
    }

    void aHiddenValueIsNotCopied()
    {
        m_panel->hideValue();
        edit()->setFocus();
        QTest::keyClick(edit(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(m_copies, 0);
        QCOMPARE(clipboard()->text(), QStringLiteral("before"));
    }

    // Hiding the value overwrites the characters the field held (a fresh copy here: a buffer
    // shared with the caller is the caller's to wipe).
    void theHiddenValueIsWiped()
    {
        m_panel->showValue(QString(value.constData(), value.size()));
        QVERIFY(edit()->clearValue());
        QVERIFY(edit()->text().isEmpty());
        m_panel->showValue(value); // shared with this test's constant: left alone, not zeroed
        QVERIFY(!edit()->clearValue());
        QCOMPARE(value, QStringLiteral("pk_live_51Hx9dEmoKeyValue"));
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
