// Custom fields as columns of the result models (items/customfieldcolumns.h): one column per
// definition after the model's own, its values shown, sorted (numbers by value, texts without
// regard to case) and matched by the search box, following definitions and values live as a
// second console sees them (its own connection, events without objects), and as the console's
// own edits arrive (events with objects). QAbstractItemModelTester (fatal) sits on the subnet
// model, SubnetFilterProxy, the range model and its ObjectFilterProxy throughout. Both backends.

#include "fields/customfieldstore.h"
#include "items/consolemodels.h"
#include "items/networkdirectory.h"
#include "items/objectfilterproxy.h"
#include "items/rangemodel.h"
#include "items/subnetfilterproxy.h"
#include "items/subnetmodel.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ipam;
using namespace ipam::test;
using namespace Qt::StringLiterals;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

Subnet subnetOf(const QString &prefix)
{
    Subnet s;
    s.spaceId = 1;
    s.networkId = Prefix::parse(prefix).value();
    return s;
}

// The proxy's rows as "network=value" of one column.
QStringList rowsOf(const QAbstractItemModel &proxy, int column)
{
    QStringList rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.index(row, SubnetModel::NetworkColumn).data().toString() + u'='
                    + proxy.index(row, column).data().toString());
    return rows;
}

int columnNamed(const QAbstractItemModel &model, const QString &title)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal).toString() == title)
            return column;
    }
    return -1;
}

} // namespace

class TestCustomFieldColumns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsFollowDefinitionsAndValuesLive_data() { addBackendRows(); }
    void columnsFollowDefinitionsAndValuesLive();
    void ownEditsUpdateColumnsAndOrder_data() { addBackendRows(); }
    void ownEditsUpdateColumnsAndOrder();
    void rangeColumnsSortAndFilterThroughTheStockProxy_data() { addBackendRows(); }
    void rangeColumnsSortAndFilterThroughTheStockProxy();
};

void TestCustomFieldColumns::columnsFollowDefinitionsAndValuesLive()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    WritePath viewer(testDb.open(), Principal{u"viewer"_s, {}});
    WritePath writer(testDb.open(), Principal{u"writer"_s, {}});
    ConsoleModels models(viewer);
    QVERIFY(models.load());
    SubnetModel &subnets = models.subnets();
    SubnetFilterProxy proxy;
    proxy.setSourceModel(&subnets);
    QAbstractItemModelTester modelTester(&subnets, fatal);
    QAbstractItemModelTester proxyTester(&proxy, fatal);
    // The other console's commits reach this one as the live feed delivers them.
    connect(&writer, &WritePath::committed, &models, [&](const ChangeEvent &event) {
        ChangeEvent remote = event;
        remote.objects.clear();
        remote.local = false;
        models.apply(remote);
    });
    // IPAM's built-ins kept as values (AD site, Region, ...) are columns too, hidden by default.
    const int builtIns = subnets.columnCount() - SubnetModel::ColumnCount;
    QVERIFY(builtIns > 0);
    const int region = columnNamed(subnets, u"Region"_s);
    QVERIFY(region >= SubnetModel::ColumnCount);
    QVERIFY(subnets.hiddenByDefault(region));
    QCOMPARE(proxy.columnCount(), subnets.columnCount());

    CustomFieldStore fields(writer);
    CustomField rack;
    rack.name = u"Rack"_s;
    rack.appliesTo = fieldkinds::bit(ObjectKind::Subnet) | fieldkinds::bit(ObjectKind::Range);
    CustomField cost;
    cost.name = u"Cost"_s;
    cost.type = CustomFieldType::Number;
    cost.appliesTo = fieldkinds::bit(ObjectKind::Subnet);
    CustomField tags;
    tags.name = u"Tags"_s;
    tags.type = CustomFieldType::ManyOf;
    tags.allowedValues = {u"web"_s, u"db"_s};
    tags.appliesTo = fieldkinds::bit(ObjectKind::Address);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::columnsInserted);
    QVERIFY(fields.addField(rack).ok());
    QVERIFY(fields.addField(cost).ok());
    QVERIFY(fields.addField(tags).ok());
    QCOMPARE(inserted.size(), 2); // Tags is not a subnet field
    const int rackColumn = columnNamed(proxy, u"Rack"_s);
    const int costColumn = columnNamed(proxy, u"Cost"_s);
    QCOMPARE(rackColumn, SubnetModel::ColumnCount + builtIns);
    QCOMPARE(costColumn, rackColumn + 1);
    QCOMPARE(columnNamed(proxy, u"Tags"_s), -1);
    QVERIFY(!subnets.hiddenByDefault(rackColumn));
    QCOMPARE(proxy.headerData(costColumn, Qt::Horizontal, Qt::TextAlignmentRole)
                     .value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);

    ChangeSet create;
    create.create(subnetOf(u"10.0.1.0/24"_s), {{u"Rack"_s, u"R10"_s}, {u"Cost"_s, u"10"_s}});
    create.create(subnetOf(u"10.0.2.0/24"_s), {{u"Rack"_s, u"r2"_s}, {u"Cost"_s, u"9"_s}});
    create.create(subnetOf(u"10.0.3.0/24"_s), {{u"Cost"_s, u"1e2"_s}});
    QVERIFY(writer.submit(create).ok());
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(rowsOf(proxy, rackColumn),
             QStringList({u"10.0.1.0/24=R10"_s, u"10.0.2.0/24=r2"_s, u"10.0.3.0/24="_s}));

    // Sorted: texts without regard to case (no value first), numbers by value.
    proxy.sort(rackColumn, Qt::AscendingOrder);
    QCOMPARE(rowsOf(proxy, rackColumn),
             QStringList({u"10.0.3.0/24="_s, u"10.0.1.0/24=R10"_s, u"10.0.2.0/24=r2"_s}));
    proxy.sort(costColumn, Qt::AscendingOrder);
    QCOMPARE(rowsOf(proxy, costColumn),
             QStringList({u"10.0.2.0/24=9"_s, u"10.0.1.0/24=10"_s, u"10.0.3.0/24=100"_s}));
    proxy.sort(costColumn, Qt::DescendingOrder);
    QCOMPARE(rowsOf(proxy, costColumn),
             QStringList({u"10.0.3.0/24=100"_s, u"10.0.1.0/24=10"_s, u"10.0.2.0/24=9"_s}));

    // A value changed in the other console moves its row (the order is by that column).
    const ObjectId third = viewer.store().select<Subnet>().constLast().id;
    Subnet changed = *writer.store().get<Subnet>(third);
    ChangeSet update;
    update.update(changed, changed.version, {{u"Cost"_s, u"5"_s}});
    QVERIFY(writer.submit(update).ok());
    QCOMPARE(rowsOf(proxy, costColumn),
             QStringList({u"10.0.1.0/24=10"_s, u"10.0.2.0/24=9"_s, u"10.0.3.0/24=5"_s}));

    // The search box matches field values like the other text columns.
    ResultFilter filter;
    filter.search = SearchQuery::parse(u"R1"_s);
    proxy.setFilter(filter);
    QCOMPARE(rowsOf(proxy, rackColumn), QStringList({u"10.0.1.0/24=R10"_s}));
    // ... and follows a value that starts to match.
    changed = *writer.store().get<Subnet>(third);
    update = {};
    update.update(changed, changed.version, {{u"Rack"_s, u"r11"_s}});
    QVERIFY(writer.submit(update).ok());
    QCOMPARE(rowsOf(proxy, rackColumn), QStringList({u"10.0.1.0/24=R10"_s, u"10.0.3.0/24=r11"_s}));
    proxy.setFilter(ResultFilter{});
    QCOMPARE(proxy.rowCount(), 3);

    // Renamed: the header follows, the column stays.
    CustomField renamed = rack;
    renamed.name = u"Rack position"_s;
    QSignalSpy header(&proxy, &QAbstractItemModel::headerDataChanged);
    QVERIFY(fields.updateField(u"Rack"_s, renamed).ok());
    QVERIFY(header.size() >= 1);
    QCOMPARE(columnNamed(proxy, u"Rack position"_s), rackColumn);

    // Removed while the view is sorted by it: the column goes, the order falls back.
    proxy.sort(rackColumn, Qt::AscendingOrder);
    QSignalSpy removed(&proxy, &QAbstractItemModel::columnsRemoved);
    QVERIFY(fields.removeField(u"Rack position"_s).ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(proxy.columnCount(), SubnetModel::ColumnCount + builtIns + 1);
    QCOMPARE(columnNamed(proxy, u"Cost"_s), rackColumn);
    QCOMPARE(proxy.sortColumn(), -1);
    QCOMPARE(proxy.rowCount(), 3);
    // Sorted by a column after the removed one: the same values keep their order.
    proxy.sort(rackColumn, Qt::AscendingOrder); // now Cost
    QCOMPARE(rowsOf(proxy, rackColumn),
             QStringList({u"10.0.3.0/24=5"_s, u"10.0.2.0/24=9"_s, u"10.0.1.0/24=10"_s}));

    // A removed subnet leaves no value behind for a recreated one.
    ChangeSet remove;
    remove.remove(*writer.store().get<Subnet>(third));
    QVERIFY(writer.submit(remove).ok());
    QCOMPARE(proxy.rowCount(), 2);
    QVERIFY(!subnets.fieldColumns().hasValue(rackColumn - SubnetModel::ColumnCount, third));
}

void TestCustomFieldColumns::ownEditsUpdateColumnsAndOrder()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    WritePath writePath(testDb.open(), Principal{u"admin"_s, {}});
    ConsoleModels models(writePath);
    QVERIFY(models.load());
    SubnetFilterProxy proxy;
    proxy.setSourceModel(&models.subnets());
    QAbstractItemModelTester proxyTester(&proxy, fatal);
    CustomField owner;
    owner.name = u"Team"_s;
    owner.type = CustomFieldType::OneOf;
    owner.allowedValues = {u"Blue"_s, u"Red"_s, u"Green"_s};
    QVERIFY(CustomFieldStore(writePath).addField(owner).ok());
    const int team = columnNamed(proxy, u"Team"_s);
    QVERIFY(team > 0);
    // More subnets than the console reads one by one in a change (it reads whole columns).
    auto prefix = [](int i) { return u"10.1.%1.%2/28"_s.arg(i / 16).arg(i % 16 * 16); };
    ChangeSet create;
    for (int i = 0; i < 300; ++i) {
        const char *teams[] = {"red", "Blue", "green", ""};
        create.create(subnetOf(prefix(i)), {{u"Team"_s, QString::fromLatin1(teams[i % 4])}});
    }
    QVERIFY(writePath.submit(create).ok());
    proxy.sort(team, Qt::AscendingOrder);
    // Stored in the list's own spelling; no value first, then Blue, Green, Red.
    QCOMPARE(proxy.index(0, team).data().toString(), QString());
    QCOMPARE(proxy.index(74, team).data().toString(), QString());
    QCOMPARE(proxy.index(75, team).data().toString(), u"Blue"_s);
    QCOMPARE(proxy.index(150, team).data().toString(), u"Green"_s);
    QCOMPARE(proxy.index(299, team).data().toString(), u"Red"_s);
    // Ties keep network order.
    QCOMPARE(proxy.index(75, 0).data().toString(), prefix(1));
    QCOMPARE(proxy.index(76, 0).data().toString(), prefix(5));
    // A change of a few objects (read one by one) moves them.
    QList<Subnet> all = writePath.store().select<Subnet>();
    ChangeSet one;
    one.update(all.at(1), all.at(1).version, {{u"Team"_s, u"red"_s}});
    QVERIFY(writePath.submit(one).ok());
    QCOMPARE(proxy.index(75, 0).data().toString(), prefix(5));
    QCOMPARE(proxy.index(299, 0).data().toString(), prefix(296));
    QCOMPARE(proxy.index(224, 0).data().toString(), prefix(0));
    QCOMPARE(proxy.index(225, 0).data().toString(), prefix(1));
    all = writePath.store().select<Subnet>();
    ChangeSet recolour;
    for (const Subnet &s : all)
        recolour.update(s, s.version, {{u"Team"_s, u"Green"_s}});
    QVERIFY(writePath.submit(recolour).ok());
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, team).data().toString(), u"Green"_s);
    QCOMPARE(proxy.index(0, 0).data().toString(), prefix(0));
}

void TestCustomFieldColumns::rangeColumnsSortAndFilterThroughTheStockProxy()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    WritePath writePath(testDb.open(), Principal{u"admin"_s, {}});
    ConsoleModels models(writePath);
    QVERIFY(models.load());
    ObjectFilterProxy proxy(models.directory());
    proxy.setSourceModel(&models.ranges());
    QAbstractItemModelTester modelTester(&models.ranges(), fatal);
    QAbstractItemModelTester proxyTester(&proxy, fatal);
    proxy.setFilter(ResultFilter{});
    CustomField pool;
    pool.name = u"Pool"_s;
    pool.appliesTo = fieldkinds::bit(ObjectKind::Range);
    QVERIFY(CustomFieldStore(writePath).addField(pool).ok());
    const int column = columnNamed(proxy, u"Pool"_s);
    QVERIFY(column >= RangeModel::ColumnCount);

    ChangeSet create;
    create.create(subnetOf(u"10.2.0.0/24"_s));
    QVERIFY(writePath.submit(create).ok());
    const Subnet subnet = writePath.store().select<Subnet>().constFirst();
    ChangeSet ranges;
    const char *names[] = {"b-pool", "A-pool", "c-pool"};
    for (int i = 0; i < 3; ++i) {
        Range r;
        r.spaceId = subnet.spaceId;
        r.subnetId = subnet.id;
        r.startAddress = IpAddress::parse(u"10.2.0.%1"_s.arg(10 + i * 10)).value();
        r.endAddress = IpAddress::parse(u"10.2.0.%1"_s.arg(15 + i * 10)).value();
        ranges.create(r, {{u"Pool"_s, QString::fromLatin1(names[i])}});
    }
    QVERIFY(writePath.submit(ranges).ok());
    QCOMPARE(proxy.rowCount(), 3);
    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, column).data().toString(), u"A-pool"_s);
    QCOMPARE(proxy.index(2, column).data().toString(), u"c-pool"_s);
    ResultFilter filter;
    filter.search = SearchQuery::parse(u"B-PO"_s);
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, column).data().toString(), u"b-pool"_s);
    QVERIFY(CustomFieldStore(writePath).removeField(u"Pool"_s).ok());
    QCOMPARE(proxy.columnCount(), models.ranges().columnCount());
    QCOMPARE(columnNamed(proxy, u"Pool"_s), -1);
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCustomFieldColumns)
#include "tst_customfieldcolumns.moc"
