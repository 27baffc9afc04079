// The result pane's group-by (SubnetGroupModel over SubnetFilterProxy): under
// QAbstractItemModelTester (fatal) while a random stream of creates, edits that move subnets
// between groups, reassignments and removals (single and batched) goes through the real write
// path into a real SQLite store; after each change set the groups are compared with a
// brute-force grouping of the proxy's rows. Also: counts and summed utilization per group, the
// column's order of groups, regrouping on a filter change and a sort, and persistent indexes
// (a selection) that survive a change elsewhere.
#include "items/consolemodels.h"
#include "items/itemroles.h"
#include "items/networkdirectory.h"
#include "items/subnetfilterproxy.h"
#include "items/subnetgroupmodel.h"
#include "items/subnetmodel.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QAbstractItemModelTester>
#include <QMap>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;

class TestSubnetGroupModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void groupsCountAndSumPerValue();
    void groupsFollowAStreamOfChanges_data();
    void groupsFollowAStreamOfChanges();
    void selectionSurvivesChangesElsewhere();
    void regroupsOnFilterAndSort();
    void cleanupTestCase();

private:
    template<typename T>
    T create(T object)
    {
        ChangeSet set;
        set.create(object);
        const WriteResult result = m_writePath->submit(set);
        if (!result.ok())
            qWarning("create failed: %s", qPrintable(result.message));
        return result.ok() ? std::get<T>(result.objects.constFirst()) : T();
    }
    Subnet makeSubnet(int n);
    void randomStep();
    void verify(const char *step);

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<WritePath> m_writePath;
    std::unique_ptr<ConsoleModels> m_models;
    std::unique_ptr<SubnetFilterProxy> m_proxy;
    std::unique_ptr<SubnetGroupModel> m_groups;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<ObjectId> m_networks;
    ObjectId m_default = 0;
    int m_next = 0;
    QRandomGenerator m_random{1717};
};

void TestSubnetGroupModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_database = std::make_unique<test::TestDatabase>(QStringLiteral("sqlite"));
    QVERIFY(m_database->isValid());
    m_writePath = std::make_unique<WritePath>(m_database->open(),
                                              Principal{QStringLiteral("tester"), {}});
    m_default = m_writePath->store().defaultSpace()->id;
    for (const char *name : {"Storage", "Backbone", "Access"}) {
        LogicalNetwork network;
        network.spaceId = m_default;
        network.name = QString::fromLatin1(name);
        m_networks.append(create(network).id);
    }
    m_models = std::make_unique<ConsoleModels>(*m_writePath);
    QString error;
    QVERIFY2(m_models->load(&error), qPrintable(error));
    m_proxy = std::make_unique<SubnetFilterProxy>();
    m_proxy->setSourceModel(&m_models->subnets());
    ResultFilter filter;
    filter.scope = {Scope::Kind::Everything, 0};
    m_proxy->setFilter(filter);
    m_proxy->sort(SubnetModel::NetworkColumn);
    m_groups = std::make_unique<SubnetGroupModel>();
    m_groups->setSourceProxy(m_proxy.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_groups.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestSubnetGroupModel::cleanupTestCase()
{
    m_tester.reset();
    m_groups.reset();
    m_proxy.reset();
    m_models.reset();
}

Subnet TestSubnetGroupModel::makeSubnet(int n)
{
    static const QStringList owners
            = {QString(), QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};
    Subnet s;
    s.spaceId = m_default;
    // /22../24 inside 10.x, one per n*1024 (aligned, no overlaps).
    s.networkId = Prefix::make(IpAddress(Family::V4, uint128(0x0a000000u + quint32(n) * 1024)),
                               22 + int(m_random.bounded(3)))
                          .value();
    s.owner = owners.at(int(m_random.bounded(owners.size())));
    if (m_random.bounded(3))
        s.logicalNetworkId = m_networks.at(int(m_random.bounded(m_networks.size())));
    return s;
}

void TestSubnetGroupModel::groupsCountAndSumPerValue()
{
    m_groups->setGroupColumn(SubnetModel::OwnerColumn);
    ChangeSet set;
    for (int i = 0; i < 6; ++i) {
        Subnet s = makeSubnet(m_next++);
        s.owner = i < 4 ? QStringLiteral("zed") : QStringLiteral("amy");
        s.networkId = Prefix::make(s.networkId.network(), 24).value();
        set.create(s);
    }
    QVERIFY(m_writePath->submit(set).ok());
    // Two addresses in a "zed" subnet: the group's used count sums its subnets'.
    const QList<Subnet> zed = m_writePath->store().select<Subnet>(QStringLiteral("owner = 'zed'"));
    QCOMPARE(zed.size(), 4);
    ChangeSet addresses;
    for (int i = 1; i <= 2; ++i) {
        Address a;
        a.spaceId = m_default;
        a.ipAddress = IpAddress(Family::V4, zed.first().networkId.network().value() + i);
        addresses.create(a);
    }
    QVERIFY(m_writePath->submit(addresses).ok());

    QCOMPARE(m_groups->groupCount(), 2);
    // In the column's order: amy before zed.
    QCOMPARE(m_groups->groupLabel(0), QStringLiteral("amy"));
    QCOMPARE(m_groups->groupLabel(1), QStringLiteral("zed"));
    const QModelIndex zedGroup = m_groups->groupIndex(1);
    QCOMPARE(m_groups->rowCount(zedGroup), 4);
    QCOMPARE(zedGroup.data().toString(), QStringLiteral("zed (4 subnets)"));
    QCOMPARE(zedGroup.siblingAtColumn(SubnetModel::TotalColumn).data().toULongLong(), 1024ull);
    QCOMPARE(zedGroup.siblingAtColumn(SubnetModel::UsedColumn).data().toULongLong(), 2ull);
    QCOMPARE(zedGroup.data(ItemRole::UtilizationPercent).toDouble(), 200.0 / 1024.0);
    QCOMPARE(zedGroup.data(ItemRole::SubnetCount).toLongLong(), 4);
    // Children are the proxy's rows, with the proxy's data.
    const QModelIndex child = m_groups->index(0, SubnetModel::OwnerColumn, zedGroup);
    QCOMPARE(child.data().toString(), QStringLiteral("zed"));
    QCOMPARE(child.data(ItemRole::ObjectId).toLongLong(), zed.first().id);

    // Clean up for the stream: remove them again.
    ChangeSet removal;
    for (const Subnet &s : m_writePath->store().select<Subnet>()) {
        for (const Address &a :
             m_writePath->store().select<Address>(QStringLiteral("subnet_id = ?"), {s.id}))
            removal.remove(a, a.version);
        removal.remove(s, s.version);
    }
    QVERIFY(m_writePath->submit(removal).ok());
    QCOMPARE(m_groups->groupCount(), 0);
}

void TestSubnetGroupModel::randomStep()
{
    const QList<Subnet> stored = m_writePath->store().select<Subnet>();
    const int action = stored.size() < 8 ? 0 : int(m_random.bounded(5));
    ChangeSet set;
    switch (action) {
    case 0: { // create a batch
        const int count = 1 + int(m_random.bounded(4));
        for (int i = 0; i < count; ++i)
            set.create(makeSubnet(m_next++));
        break;
    }
    case 1:
    case 2: { // edit: owner, lnet (moves between groups of either column)
        for (const Subnet &s : stored) {
            if (m_random.bounded(4))
                continue;
            Subnet edited = s;
            const Subnet other = makeSubnet(0);
            edited.owner = other.owner;
            edited.logicalNetworkId = other.logicalNetworkId;
            edited.siteId = 0;
            set.update(edited, s.version);
        }
        break;
    }
    case 3: { // remove some
        for (const Subnet &s : stored) {
            if (m_random.bounded(5) == 0)
                set.remove(s, s.version);
        }
        break;
    }
    case 4: { // one edit that keeps the group
        const Subnet &s = stored.at(int(m_random.bounded(stored.size())));
        Subnet edited = s;
        edited.description = QStringLiteral("d%1").arg(m_next++);
        set.update(edited, s.version);
        break;
    }
    }
    if (!set.isEmpty()) {
        const WriteResult result = m_writePath->submit(set);
        if (!result.ok())
            qWarning("step refused: %s", qPrintable(result.message));
    }
}

void TestSubnetGroupModel::verify(const char *step)
{
    // Brute force: the proxy's rows, grouped by the displayed value, in proxy order.
    const int column = m_groups->groupColumn();
    QMap<QString, QList<qint64>> expected;
    QMap<QString, quint64> expectedUsed;
    for (int p = 0; p < m_proxy->rowCount(); ++p) {
        QString value = m_proxy->index(p, column).data().toString();
        if (value.isEmpty())
            value = QStringLiteral("(none)");
        if (column == SubnetModel::PrefixLengthColumn)
            value = QStringLiteral("IPv4 /") + value;
        expected[value].append(m_proxy->index(p, 0).data(ItemRole::ObjectId).toLongLong());
        expectedUsed[value] += m_proxy->index(p, SubnetModel::UsedColumn).data().toULongLong();
    }
    QMap<QString, QList<qint64>> actual;
    QStringList order;
    for (int g = 0; g < m_groups->groupCount(); ++g) {
        const QModelIndex group = m_groups->groupIndex(g);
        const QString label = m_groups->groupLabel(g);
        order.append(label);
        QVERIFY2(!actual.contains(label), step);
        QVERIFY2(m_groups->rowCount(group) > 0, step);
        for (int r = 0; r < m_groups->rowCount(group); ++r)
            actual[label].append(
                    m_groups->index(r, 0, group).data(ItemRole::ObjectId).toLongLong());
        QCOMPARE(group.siblingAtColumn(SubnetModel::UsedColumn).data().toULongLong(),
                 expectedUsed.value(label));
        QCOMPARE(group.data(ItemRole::SubnetCount).toLongLong(), qint64(actual[label].size()));
    }
    QCOMPARE(actual, expected);
    // Groups in the column's order (text columns: case-insensitive by value).
    QStringList sorted = order;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    if (column == SubnetModel::OwnerColumn || column == SubnetModel::LogicalNetworkColumn) {
        // "(none)" is the empty value: first.
        sorted.removeAll(QStringLiteral("(none)"));
        if (order.contains(QStringLiteral("(none)")))
            sorted.prepend(QStringLiteral("(none)"));
    }
    if (column == SubnetModel::OwnerColumn || column == SubnetModel::LogicalNetworkColumn) {
        if (order != sorted)
            qWarning() << step << order;
        QCOMPARE(order, sorted);
    }
}

void TestSubnetGroupModel::groupsFollowAStreamOfChanges_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("owner") << int(SubnetModel::OwnerColumn);
    QTest::newRow("logical network") << int(SubnetModel::LogicalNetworkColumn);
    QTest::newRow("prefix length") << int(SubnetModel::PrefixLengthColumn);
}

void TestSubnetGroupModel::groupsFollowAStreamOfChanges()
{
    QFETCH(int, column);
    m_groups->setGroupColumn(column);
    for (int step = 0; step < 120; ++step) {
        randomStep();
        verify(qPrintable(QStringLiteral("step %1").arg(step)));
        if (QTest::currentTestFailed())
            return;
        if (step % 40 == 20) {
            m_proxy->sort(step % 80 == 20 ? SubnetModel::OwnerColumn : SubnetModel::NetworkColumn);
            verify("sorted");
        }
    }
    QVERIFY(m_next > 40); // the stream created (and moved, and removed) many subnets
}

void TestSubnetGroupModel::selectionSurvivesChangesElsewhere()
{
    m_groups->setGroupColumn(SubnetModel::OwnerColumn);
    QVERIFY(m_groups->groupCount() > 1);
    const QModelIndex group = m_groups->groupIndex(m_groups->groupCount() - 1);
    QVERIFY(m_groups->rowCount(group) > 0);
    const QPersistentModelIndex kept = m_groups->index(0, 0, group);
    const qint64 id = kept.data(ItemRole::ObjectId).toLongLong();
    const QString label = m_groups->groupLabel(m_groups->groupCount() - 1);
    // Remove and edit other subnets, in other groups and in this one.
    ChangeSet set;
    int changed = 0;
    for (const Subnet &s : m_writePath->store().select<Subnet>()) {
        if (s.id == id || changed > 6)
            continue;
        Subnet edited = s;
        edited.description = QStringLiteral("elsewhere");
        set.update(edited, s.version);
        ++changed;
    }
    QVERIFY(m_writePath->submit(set).ok());
    m_proxy->sort(SubnetModel::UsedColumn); // a layout change
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(ItemRole::ObjectId).toLongLong(), id);
    QCOMPARE(m_groups->groupLabel(kept.parent().row()), label);
}

void TestSubnetGroupModel::regroupsOnFilterAndSort()
{
    m_groups->setGroupColumn(SubnetModel::LogicalNetworkColumn);
    ResultFilter filter = m_proxy->filter();
    filter.logicalNetwork = KeyChoice::object(m_networks.at(1));
    m_proxy->setFilter(filter);
    QCOMPARE(m_groups->groupCount(), m_proxy->rowCount() > 0 ? 1 : 0);
    if (m_proxy->rowCount() > 0)
        QCOMPARE(m_groups->groupLabel(0), QStringLiteral("Backbone"));
    filter.logicalNetwork = KeyChoice::unassigned();
    m_proxy->setFilter(filter);
    if (m_proxy->rowCount() > 0)
        QCOMPARE(m_groups->groupLabel(0), QStringLiteral("(none)"));
    filter.logicalNetwork = KeyChoice::any();
    m_proxy->setFilter(filter);
    verify("any");
    m_groups->setGroupColumn(SubnetModel::NetworkColumn); // not groupable: no groups
    QCOMPARE(m_groups->groupColumn(), -1);
    QCOMPARE(m_groups->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestSubnetGroupModel)
#include "tst_subnetgroupmodel.moc"
