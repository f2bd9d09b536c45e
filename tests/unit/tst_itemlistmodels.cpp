#include "models/CertificateListModel.h"
#include "models/KeyListModel.h"
#include "models/VersionListModel.h"

#include <QAbstractItemModelTester>
#include <QCoroTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace kluis::core;
using namespace std::chrono_literals;

namespace {
KeyItem key(const QString &name)
{
    KeyItem item;
    item.kid = QUrl(QStringLiteral("https://demo.vault.localhost/keys/") + name);
    item.name = name;
    return item;
}

// Pages of keys answered after a short delay: `sizes` gives each page's length (0 = an empty
// page with a next link).
struct FakeKeys
{
    struct Data
    {
        QList<int> sizes;
        int requests = 0;
        int detailRequests = 0;
        QSet<QString> failDetails;
    };
    std::shared_ptr<Data> d = std::make_shared<Data>();

    explicit FakeKeys(QList<int> sizes) { d->sizes = std::move(sizes); }

    static QCoro::Task<Result<ItemPage<KeyItem>>> page(std::shared_ptr<Data> self, QUrl next)
    {
        ++self->requests;
        const auto index = next.isEmpty() ? 0 : next.fragment().toInt();
        co_await QCoro::sleepFor(2ms);
        int first = 0;
        for (int i = 0; i < index; ++i)
            first += self->sizes.at(i);
        ItemPage<KeyItem> result;
        for (int i = 0; i < self->sizes.at(index); ++i)
            result.items.append(key(QStringLiteral("key-%1").arg(first + i)));
        if (index + 1 < self->sizes.size())
            result.nextLink = QUrl(QStringLiteral("https://demo.vault.localhost/keys#") +
                                   QString::number(index + 1));
        co_return result;
    }

    static QCoro::Task<Result<KeyItem>> details(std::shared_ptr<Data> self, KeyItem item)
    {
        ++self->detailRequests;
        co_await QCoro::sleepFor(20ms);
        if (self->failDetails.contains(item.name))
            co_return AzureError::http(403,
                                       "{\"error\":{\"code\":\"Forbidden\",\"message\":\"no\"}}");
        item.keyType = QStringLiteral("RSA");
        item.keySize = 2048;
        co_return item;
    }

    KeyListModel::PageSource source() const
    {
        return [data = d](QUrl next) { return page(data, std::move(next)); };
    }
    KeyListModel::DetailSource detailSource() const
    {
        return [data = d](KeyItem item) { return details(data, std::move(item)); };
    }
};

void loadAll(PagedListModel &model)
{
    while (model.canFetchMore() || model.isLoading()) {
        model.fetchMore();
        QTest::qWait(1);
    }
}
} // namespace

class TestItemListModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Many pages, some empty, driven the way a scrolling view drives them: every key once, in
    // order, no gap.
    void pagesThroughManyKeysWithoutDuplicatesOrGaps()
    {
        QList<int> sizes;
        for (int i = 0; i < 200; ++i)
            sizes.append(i % 7 == 3 ? 0 : 25);
        int total = 0;
        for (const auto size : sizes)
            total += size;
        FakeKeys fake(sizes);
        KeyListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy completed(&model, &KeyListModel::completed);
        model.setSource(fake.source());
        loadAll(model);
        QCOMPARE(completed.count(), 1);
        QCOMPARE(model.rowCount(), total);
        for (int row = 0; row < total; ++row)
            QCOMPARE(model.items().at(row).name, QStringLiteral("key-%1").arg(row));
        QCOMPARE(fake.d->requests, sizes.size());
        QCOMPARE(fake.d->detailRequests, 0);
    }

    // Details come only for the rows asked for (those on screen), at most four at a time, each
    // once per listing; a reload takes unchanged ones from the cache.
    void detailsFillInKeyTypesAndFailuresKeepTheRow()
    {
        FakeKeys fake({3, 2});
        fake.d->failDetails.insert(QStringLiteral("key-1"));
        KeyListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSource(fake.source(), fake.detailSource());
        loadAll(model);
        QTest::qWait(40);
        QCOMPARE(fake.d->detailRequests, 0);
        QCOMPARE(model.data(model.index(0, KeyListModel::KeyTypeColumn)).toString(),
                 QStringLiteral("…"));
        QCOMPARE(model.detailState(0), PagedListModel::DetailState::Unknown);
        model.requestDetails({0, 1, 2, 3, 4});
        QCOMPARE(fake.d->detailRequests, PagedListModel::MaxDetailRequests);
        QTRY_COMPARE(fake.d->detailRequests, 5);
        QTRY_COMPARE(changed.count(), 5);
        QCOMPARE(model.data(model.index(0, KeyListModel::KeyTypeColumn)).toString(),
                 QStringLiteral("RSA 2048"));
        QCOMPARE(model.data(model.index(1, KeyListModel::KeyTypeColumn)).toString(),
                 QStringLiteral("—"));
        QCOMPARE(model.detailState(1), PagedListModel::DetailState::Failed);
        QCOMPARE(model.data(model.index(1, KeyListModel::NameColumn)).toString(),
                 QStringLiteral("key-1"));
        QCOMPARE(model.data(model.index(4, 0), PagedListModel::DetailRole).toString(),
                 QStringLiteral("RSA 2048"));
        QVERIFY(!model.lastError()); // a row's details are not the list's error
        model.requestDetails({0, 1, 2, 3, 4});
        QTest::qWait(40);
        QCOMPARE(fake.d->detailRequests, 5);

        model.reload();
        loadAll(model);
        QCOMPARE(model.data(model.index(0, KeyListModel::KeyTypeColumn)).toString(),
                 QStringLiteral("RSA 2048"));
        model.requestDetails({0, 1});
        QTRY_COMPARE(fake.d->detailRequests, 6); // only the failed one again
    }

    void dropsDetailsFromBeforeAReload()
    {
        FakeKeys fake({2});
        // No model tester here: it would fetch the first page again by itself.
        KeyListModel model;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSource(fake.source(), fake.detailSource());
        loadAll(model);
        model.requestDetails({0, 1});
        model.reload(); // the details are still on their way
        QTest::qWait(60);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void showsColumnsAndRoles()
    {
        FakeKeys fake({1});
        KeyListModel model;
        model.setSource(fake.source());
        loadAll(model);
        QCOMPARE(model.columnCount(), int(KeyListModel::ColumnCount));
        QCOMPARE(model.headerData(KeyListModel::KeyTypeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Type"));
        QCOMPARE(model.headerData(KeyListModel::OperationsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Permitted operations"));
        QCOMPARE(model.data(model.index(0, 0), PagedListModel::IdRole).toUrl(),
                 QUrl(QStringLiteral("https://demo.vault.localhost/keys/key-0")));
        QCOMPARE(model.data(model.index(0, KeyListModel::EnabledColumn)).toString(),
                 QStringLiteral("Yes"));

        CertificateListModel certificates;
        certificates.setSource([](QUrl) -> QCoro::Task<Result<ItemPage<CertificateItem>>> {
            ItemPage<CertificateItem> page;
            CertificateItem item;
            item.name = QStringLiteral("web");
            item.x5t = QStringLiteral("AAEC_w"); // 00 01 02 ff
            item.tags = {{QStringLiteral("b"), QStringLiteral("2")},
                         {QStringLiteral("a"), QStringLiteral("1")}};
            page.items.append(item);
            co_return page;
        });
        loadAll(certificates);
        QCOMPARE(certificates.rowCount(), 1);
        QCOMPARE(certificates.data(certificates.index(0, CertificateListModel::ThumbprintColumn))
                     .toString(),
                 QStringLiteral("000102FF"));
        QCOMPARE(
            certificates.data(certificates.index(0, CertificateListModel::TagsColumn)).toString(),
            QStringLiteral("a=1, b=2"));
    }

    void versionModelFollowsTheObjectKind()
    {
        VersionListModel model;
        QVERIFY(!model.objectKind());
        QVERIFY(!model.canFetchMore());
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        KeyVaultClient client(nullptr, QUrl(QStringLiteral("https://demo.vault.localhost/")));
        model.showVersions<SecretItem>(client, QStringLiteral("s"));
        QCOMPARE(header.count(), 1);
        QCOMPARE(model.headerData(VersionListModel::DetailColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Content type"));
        QVERIFY(model.canFetchMore());
        // No pipeline: the page fails as cancelled, and the model keeps the error.
        model.fetchMore();
        QTRY_VERIFY(model.lastError().has_value());
        QCOMPARE(model.lastError()->kind, AzureError::Kind::Cancelled);
        model.showVersions<CertificateItem>(client, QStringLiteral("c"));
        QVERIFY(!model.lastError());
        QCOMPARE(model.headerData(VersionListModel::DetailColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Thumbprint"));
        QCOMPARE(model.objectName(), QStringLiteral("c"));
        model.clear();
        QVERIFY(!model.canFetchMore());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestItemListModels)
#include "tst_itemlistmodels.moc"
