#include "models/SecretListModel.h"

#include <QAbstractItemModelTester>
#include <QCoroTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace kluis::core;
using namespace std::chrono_literals;

namespace {
SecretItem secret(const QString &name)
{
    SecretItem item;
    item.id = QUrl(QStringLiteral("https://demo.vault.localhost/secrets/") + name);
    item.name = name;
    return item;
}

// A fake vault listing: pages of names, answered after a short delay like a network would.
struct FakePages
{
    // Shared with the pending page coroutines: a view may still be waiting for a page when
    // the test that made it returns.
    struct Data
    {
        QList<QStringList> pages;
        std::optional<AzureError> failAt; // fail instead of the second page
        int requests = 0;
    };

    explicit FakePages(QList<QStringList> pagesOfNames, std::optional<AzureError> failure = {})
        : d(std::make_shared<Data>(Data{std::move(pagesOfNames), std::move(failure), 0}))
    {}

    int requests() const { return d->requests; }
    void stopFailing() { d->failAt.reset(); }

    static QCoro::Task<Result<ItemPage<SecretItem>>> page(std::shared_ptr<Data> self, QUrl next)
    {
        ++self->requests;
        const auto index = next.isEmpty() ? 0 : next.fragment().toInt();
        co_await QCoro::sleepFor(5ms);
        if (self->failAt && index == 1)
            co_return *self->failAt;
        ItemPage<SecretItem> result;
        for (const auto &name : self->pages.at(index))
            result.items.append(secret(name));
        if (index + 1 < self->pages.size())
            result.nextLink = QUrl(QStringLiteral("https://demo.vault.localhost/secrets#") +
                                   QString::number(index + 1));
        co_return result;
    }

    SecretListModel::PageSource source() const
    {
        return [data = d](QUrl next) { return page(data, std::move(next)); };
    }

    std::shared_ptr<Data> d;
};
} // namespace

class TestSecretListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsPageByPage()
    {
        FakePages fake({{QStringLiteral("a"), QStringLiteral("b")}, {}, {QStringLiteral("c")}});
        SecretListModel model;
        model.setSource(fake.source());
        QSignalSpy loading(&model, &SecretListModel::loadingChanged);
        QSignalSpy completed(&model, &SecretListModel::completed);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore());

        model.fetchMore();
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore()); // one page at a time
        QTRY_COMPARE(model.rowCount(), 2);
        QVERIFY(!model.isLoading());
        QVERIFY(model.canFetchMore());
        QCOMPARE(model.data(model.index(1, SecretListModel::NameColumn)).toString(),
                 QStringLiteral("b"));

        // The second page is empty but has a next link: the model goes on by itself.
        model.fetchMore();
        QTRY_VERIFY(completed.count() == 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.item(model.index(2, 0)).name, QStringLiteral("c"));
        QCOMPARE(model.data(model.index(2, 0), SecretListModel::NameRole).toString(),
                 QStringLiteral("c"));
        QCOMPARE(fake.requests(), 3);
        QVERIFY(!model.canFetchMore());
        QVERIFY(model.isComplete());
        QCOMPARE(loading.count(), 4); // true, false, true, false
    }

    void keepsTheErrorAndStopsUntilReload()
    {
        auto error = AzureError::http(
            403, "{\"error\":{\"code\":\"Forbidden\",\"message\":\"Client address is not "
                 "authorized and caller is not a trusted service.\\r\\nClient address: "
                 "203.0.113.5\",\"innererror\":{\"code\":\"ForbiddenByFirewall\"}}}");
        FakePages fake({{QStringLiteral("a")}, {QStringLiteral("b")}}, error);
        SecretListModel model;
        QSignalSpy errors(&model, &SecretListModel::errorOccurred);
        model.setSource(fake.source());
        model.fetchMore();
        QTRY_COMPARE(model.rowCount(), 1);
        model.fetchMore();
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY(model.lastError());
        QVERIFY(model.lastError()->isFirewall());
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore());
        QCOMPARE(model.rowCount(), 1);

        fake.stopFailing();
        model.reload();
        QVERIFY(!model.lastError());
        QCOMPARE(model.rowCount(), 0);
        model.fetchMore();
        QTRY_COMPARE(model.rowCount(), 1);
    }

    // The tester fetches more by itself whenever the model changes: the model must stay
    // consistent through a whole listing driven that way.
    void passesTheModelTesterWhileLoading()
    {
        FakePages fake({{QStringLiteral("a"), QStringLiteral("b")},
                        {},
                        {QStringLiteral("c")},
                        {QStringLiteral("d"), QStringLiteral("e")}});
        SecretListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(fake.source());
        while (model.canFetchMore() || model.isLoading()) {
            model.fetchMore();
            QTest::qWait(10);
        }
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.item(model.index(4, 0)).name, QStringLiteral("e"));
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }

    void dropsAnswersFromBeforeAReload()
    {
        FakePages fake({{QStringLiteral("old")}});
        FakePages other({{QStringLiteral("x"), QStringLiteral("y")}});
        SecretListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(fake.source());
        model.fetchMore();
        model.setSource(other.source()); // the first answer is still on its way
        model.fetchMore();
        QTRY_COMPARE(model.rowCount(), 2);
        QTest::qWait(30);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.item(model.index(0, 0)).name, QStringLiteral("x"));
    }

    void survivesBeingDeletedWhileLoading()
    {
        FakePages fake({{QStringLiteral("a")}});
        auto *model = new SecretListModel;
        model->setSource(fake.source());
        model->fetchMore();
        delete model;
        QTest::qWait(30); // the answer arrives for a model that is gone
        QCOMPARE(fake.requests(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSecretListModel)
#include "tst_secretlistmodel.moc"
