#include "items/addressmap.h"
#include "items/resultfilter.h"
#include "items/rowbatch.h"
#include "items/stringpool.h"
#include "items/subnettable.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ipam;

// The storage under the subnet model: the string pool, the columns and their indexes, and
// the row mapping used while batches are announced. No store, no Qt models.
class TestSubnetTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void poolInternsAndAppends();
    void rowBatchMapsRemovalsRunByRun();
    void rowBatchMapsInsertionsRunByRun();
    void keepsIdsNetworkOrderAndPlacementIndexes();
    void removesAndInsertsInTheMiddle();
    void updatesMovePlacementsAndTotals();
    void storesOnlyNamesThatAreNotTheNetwork();
    void searchMatchesTextAndContains_data();
    void searchMatchesTextAndContains();
    void addressMapCoversCells();

private:
    static Subnet subnet(ObjectId id, const char *prefix, ObjectId lnet = 0, ObjectId site = 0)
    {
        Subnet s;
        s.id = id;
        s.spaceId = 1;
        s.networkId = Prefix::parse(QString::fromLatin1(prefix)).value();
        s.name = QStringLiteral("net-%1").arg(id);
        s.logicalNetworkId = lnet;
        s.siteId = site;
        s.networkType = lnet ? NetworkType::Provider : NetworkType::NonVirtualized;
        return s;
    }
    static void checkIndexes(const SubnetTable &table);
};

void TestSubnetTable::checkIndexes(const SubnetTable &table)
{
    // Ids ascending, network order a permutation sorted by networkLess, placement lists exact.
    for (qsizetype r = 1; r < table.size(); ++r)
        QVERIFY(table.id(SubnetTable::Row(r - 1)) < table.id(SubnetTable::Row(r)));
    const auto &order = table.networkOrder();
    QCOMPARE(qsizetype(order.size()), table.size());
    std::vector<char> seen(size_t(table.size()), 0);
    for (size_t i = 0; i < order.size(); ++i) {
        QVERIFY(!seen[order[i]]);
        seen[order[i]] = 1;
        if (i > 0)
            QVERIFY(table.networkLess(order[i - 1], order[i]));
    }
    qsizetype listed = 0;
    for (qsizetype p = 0; p < table.placementCount(); ++p) {
        const auto &rows = table.rowsOf(PlacementRegistry::Index(p));
        listed += qsizetype(rows.size());
        quint64 used = 0;
        for (size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(table.placementIndex(rows[i]), PlacementRegistry::Index(p));
            if (i > 0)
                QVERIFY(rows[i - 1] < rows[i]);
            used += quint64(table.utilized(rows[i]));
        }
        QCOMPARE(table.totalsOf(PlacementRegistry::Index(p)).utilized, used);
    }
    QCOMPARE(listed, table.size());
}

void TestSubnetTable::poolInternsAndAppends()
{
    StringPool pool;
    const auto a = pool.intern(u"Owner Ä");
    const auto b = pool.intern(u"Owner Ä");
    const auto c = pool.append(u"Owner Ä");
    QCOMPARE(a, b);
    QVERIFY(c != a);
    QCOMPARE(pool.string(a), QStringLiteral("Owner Ä"));
    QCOMPARE(pool.string(c), QStringLiteral("Owner Ä"));
    QCOMPARE(pool.intern(QString()), StringPool::empty);
    QVERIFY(pool.string(StringPool::empty).isEmpty());
    const QString longText(300, QLatin1Char('x'));
    QCOMPARE(pool.string(pool.append(longText)), longText);
    for (int i = 0; i < 5000; ++i)
        pool.intern(QString::number(i));
    QCOMPARE(pool.string(pool.intern(QStringLiteral("4321"))), QStringLiteral("4321"));
}

void TestSubnetTable::rowBatchMapsRemovalsRunByRun()
{
    // Old rows 0..9, removing {2,3} and {6}: after the first run rows 2.. map to old 4..
    RowBatch batch;
    batch.beginRemoving();
    batch.runRemoved(2, 2);
    QCOMPARE(batch.oldPosition(1), 1);
    QCOMPARE(batch.oldPosition(2), 4);
    QCOMPARE(batch.oldPosition(3), 5);
    QCOMPARE(batch.oldPosition(4), 6);
    batch.runRemoved(4, 1); // old 6 is now at 4
    QCOMPARE(batch.oldPosition(3), 5);
    QCOMPARE(batch.oldPosition(4), 7);
    QCOMPARE(batch.visibleCount(10), 7);
    batch.finish();
    QCOMPARE(batch.visibleCount(7), 7);
}

void TestSubnetTable::rowBatchMapsInsertionsRunByRun()
{
    RowBatch batch;
    batch.beginInserting(3);
    QCOMPARE(batch.visibleCount(13), 10);
    batch.runInserted(1, 2);
    QCOMPARE(batch.insertingPosition(2), std::make_pair(true, qsizetype(2)));
    QCOMPARE(batch.insertingPosition(3), std::make_pair(false, qsizetype(1)));
    QCOMPARE(batch.visibleCount(13), 12);
}

void TestSubnetTable::keepsIdsNetworkOrderAndPlacementIndexes()
{
    SubnetTable table;
    table.append(subnet(5, "10.0.2.0/24", 7, 70));
    table.append(subnet(9, "10.0.1.0/24", 7, 71));
    table.append(subnet(12, "2001:db8::/64"));
    table.append(subnet(13, "10.0.0.0/24"));
    table.finishAppend();
    checkIndexes(table);
    QCOMPARE(table.find(9), std::optional<SubnetTable::Row>(1));
    QVERIFY(!table.find(10));
    QCOMPARE(table.network(2).toString(), QStringLiteral("2001:db8::/64"));
    QCOMPARE(table.family(2), Family::V6);
    const auto [first, last] = table.familySpan(Family::V4);
    QCOMPARE(first, 0);
    QCOMPARE(last, 3);
    QCOMPARE(table.id(table.networkOrder()[0]), 13);
    QCOMPARE(table.total(2).toString(), QStringLiteral("18446744073709551616"));
}

void TestSubnetTable::removesAndInsertsInTheMiddle()
{
    SubnetTable table;
    for (int i = 0; i < 40; ++i)
        table.append(subnet(10 * (i + 1), qPrintable(QStringLiteral("10.1.%1.0/24").arg(39 - i)),
                            i % 3, 0));
    table.finishAppend();
    const std::vector<qint32> removed = table.remove({0, 1, 5, 39});
    QCOMPARE(table.size(), 36);
    QCOMPARE(removed[0], -1);
    QCOMPARE(removed[2], 0);
    QCOMPARE(removed[6], 3);
    checkIndexes(table);
    const Subnet a = subnet(15, "10.2.0.0/24", 1);
    const Subnet b = subnet(405, "10.2.1.0/24", 2);
    const Subnet c = subnet(1000, "10.2.2.0/24", 2);
    std::vector<SubnetTable::Row> inserted;
    const std::vector<qint32> moved = table.insert({&a, &b, &c}, &inserted);
    QCOMPARE(table.size(), 39);
    QCOMPARE(inserted.size(), size_t(3));
    QCOMPARE(table.id(inserted[0]), 15);
    QCOMPARE(table.id(inserted[2]), 1000);
    QCOMPARE(moved[0], 1); // id 30 moves behind the new id 15
    checkIndexes(table);
}

void TestSubnetTable::updatesMovePlacementsAndTotals()
{
    SubnetTable table;
    for (int i = 0; i < 100; ++i) {
        Subnet s = subnet(i + 1, qPrintable(QStringLiteral("10.3.%1.0/24").arg(i)));
        s.utilizedAddresses = i;
        table.append(s);
    }
    table.finishAppend();
    std::vector<Subnet> changed;
    for (int i = 0; i < 100; i += 3) {
        Subnet s = subnet(i + 1, qPrintable(QStringLiteral("10.4.%1.0/24").arg(99 - i)), 8, 80);
        s.utilizedAddresses = 1000 + i;
        changed.push_back(s);
    }
    std::vector<std::pair<SubnetTable::Row, const Subnet *>> updates;
    for (const Subnet &s : changed)
        updates.emplace_back(*table.find(s.id), &s);
    const auto masks = table.update(updates);
    QVERIFY(masks[0] & SubnetTable::PlacementChanged);
    QVERIFY(masks[0] & SubnetTable::NetworkChanged);
    QVERIFY(masks[0] & SubnetTable::UsageChanged);
    checkIndexes(table);
    QCOMPARE(table.placement(*table.find(1)).siteId, 80);
    Subnet big = subnet(2, "10.3.1.0/24");
    big.utilizedAddresses = qint64(1) << 40;
    const std::vector<std::pair<SubnetTable::Row, const Subnet *>> one{{*table.find(2), &big}};
    table.update(one);
    QCOMPARE(table.utilized(*table.find(2)), qint64(1) << 40);
    checkIndexes(table);
}

void TestSubnetTable::storesOnlyNamesThatAreNotTheNetwork()
{
    SubnetTable table;
    Subnet plain = subnet(1, "192.168.0.0/24");
    plain.name = QStringLiteral("192.168.0.0/24");
    Subnet named = subnet(2, "192.168.1.0/24");
    named.name = QStringLiteral("Storage — Zürich");
    table.append(plain);
    table.append(named);
    table.finishAppend();
    QVERIFY(table.nameIsNetwork(0));
    QCOMPARE(table.name(0), QStringLiteral("192.168.0.0/24"));
    QVERIFY(!table.nameIsNetwork(1));
    QCOMPARE(table.name(1), named.name);
}

void TestSubnetTable::searchMatchesTextAndContains_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");
    QTest::newRow("name, case-insensitive") << "STORAGE" << true;
    QTest::newRow("owner") << "alice" << true;
    QTest::newRow("prefix text") << "10.9.8." << true;
    QTest::newRow("other text") << "backup" << false;
    QTest::newRow("contains address") << "contains 10.9.8.77" << true;
    QTest::newRow("contains other address") << "contains 10.9.9.1" << false;
    QTest::newRow("contains prefix") << "contains 10.9.8.64/26" << true;
    QTest::newRow("contains bad text") << "contains 10.9" << false;
}

void TestSubnetTable::searchMatchesTextAndContains()
{
    QFETCH(QString, query);
    QFETCH(bool, matches);
    SubnetTable table;
    Subnet s = subnet(1, "10.9.8.0/24");
    s.name = QStringLiteral("Storage west");
    s.owner = QStringLiteral("Alice");
    table.append(s);
    table.finishAppend();
    QCOMPARE(table.matches(0, SearchQuery::parse(query)), matches);
}

void TestSubnetTable::addressMapCoversCells()
{
    const Prefix block = Prefix::parse(u"10.0.0.0/16").value();
    std::vector<AddressMap::Piece> pieces;
    pieces.push_back({AddressRange::of(Prefix::parse(u"10.0.0.0/23").value()), 0.5, 7, 1});
    pieces.push_back({AddressRange::of(Prefix::parse(u"10.0.2.0/25").value()), 1.0, 8, 2});
    const AddressMap map = AddressMap::build(block, pieces, 256);
    QCOMPARE(map.cellLength(), 24);
    QCOMPARE(map.cells().size(), size_t(256));
    QCOMPARE(map.cells()[0].covered, 1.0);
    QCOMPARE(map.cells()[1].colorKey, 7);
    QCOMPARE(map.cells()[2].covered, 0.5);
    QCOMPARE(map.cells()[2].used, 0.5);
    QCOMPARE(map.cells()[3].covered, 0.0);
    const AddressMap small = AddressMap::build(Prefix::parse(u"10.0.0.0/30").value(), {}, 256);
    QCOMPARE(small.cells().size(), size_t(4));
}

QTEST_GUILESS_MAIN(TestSubnetTable)
#include "tst_subnettable.moc"
