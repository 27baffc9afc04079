// Loading ranges and addresses per result-pane scope, a page at a time (ScopedLoad,
// ScopedRowModel): every scope's pages together hold exactly what the whole table filtered by
// the proxy holds, no row twice; live changes apply to the pages read and wait for the page
// that will read them; a subnet moving into the scope brings its rows. On SQLite and
// PostgreSQL, with QAbstractItemModelTester (fatal) on the models and the proxies throughout.

#include "items/addressmodel.h"
#include "items/consolemodels.h"
#include "items/itemroles.h"
#include "items/networkdirectory.h"
#include "items/objectfilterproxy.h"
#include "items/rangemodel.h"
#include "items/subnetmodel.h"
#include "store/store.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace ipam;

namespace {

Prefix prefix(const QString &text)
{
    return Prefix::parse(text).value();
}

IpAddress ip(const QString &text)
{
    return IpAddress::parse(text).value();
}

} // namespace

class TestScopedLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesHoldExactlyTheScope_data();
    void pagesHoldExactlyTheScope();
    void liveChangesApplyToLoadedPagesOnly_data();
    void liveChangesApplyToLoadedPagesOnly();
    void subnetMovedIntoTheScopeBringsItsRows_data();
    void subnetMovedIntoTheScopeBringsItsRows();

private:
    struct Fixture
    {
        std::unique_ptr<test::TestDatabase> db;
        std::shared_ptr<Database> connection;
        std::unique_ptr<WritePath> writePath;
        ObjectId fabric = 0;
        QList<ObjectId> networks;
        QList<ObjectId> sites; // two per network
        QList<Subnet> subnets;
    };
    bool build(Fixture &f, const QString &backend, QString *error);
    template<typename T>
    T create(Fixture &f, T object);
    static QSet<ObjectId> idsOf(const QAbstractItemModel &model);
    static void fetchAll(QAbstractItemModel &model, const ScopedLoad &load);
    QList<std::pair<QString, ResultFilter>> scopes(const Fixture &f) const;
};

template<typename T>
T TestScopedLoad::create(Fixture &f, T object)
{
    ChangeSet changes;
    changes.create(object);
    const WriteResult result = f.writePath->submit(changes);
    if (!result.ok())
        qFatal("create failed: %s", qPrintable(result.message));
    return std::get<T>(result.objects.constFirst());
}

void TestScopedLoad::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// One provider space with 2 logical networks x 2 sites; 14 IPv4 /24s (12 on the sites in
// turn, 2 unassigned) holding 0 to 20 addresses each (some none: a sparse walk) and a range in
// every third; an IPv6 subnet with 3 addresses; 4 unmapped addresses in the space.
bool TestScopedLoad::build(Fixture &f, const QString &backend, QString *error)
{
    f.db = std::make_unique<test::TestDatabase>(backend);
    if (!f.db->isValid()) {
        *error = f.db->error();
        return false;
    }
    f.connection = f.db->open();
    f.writePath
            = std::make_unique<WritePath>(f.connection, Principal{QStringLiteral("tester"), {}});
    AddressSpace fabric;
    fabric.name = QStringLiteral("Fabric");
    f.fabric = create(f, fabric).id;
    for (int n = 0; n < 2; ++n) {
        LogicalNetwork network;
        network.spaceId = f.fabric;
        network.name = QStringLiteral("LN%1").arg(n);
        f.networks.append(create(f, network).id);
        for (int s = 0; s < 2; ++s) {
            NetworkSite site;
            site.logicalNetworkId = f.networks.constLast();
            site.name = QStringLiteral("Site %1.%2").arg(n).arg(s);
            f.sites.append(create(f, site).id);
        }
    }
    ChangeSet addresses;
    for (int i = 0; i < 14; ++i) {
        Subnet s;
        s.spaceId = f.fabric;
        // Created out of network order, so id order and network order differ.
        s.networkId = prefix(QStringLiteral("10.1.%1.0/24").arg((i * 5) % 14));
        s.networkType = NetworkType::Provider;
        if (i < 12) {
            s.siteId = f.sites.at(i % 4);
            s.logicalNetworkId = f.networks.at((i % 4) / 2);
        }
        f.subnets.append(create(f, s));
        const int count = i == 3 ? 20 : (i * 7) % 5 * 2;
        for (int a = 0; a < count; ++a) {
            Address address;
            address.spaceId = f.fabric;
            address.ipAddress = IpAddress(Family::V4, s.networkId.network().value() + 20 + a);
            address.deviceName = QStringLiteral("host-%1-%2").arg(i).arg(a);
            addresses.create(address);
        }
        if (i % 3 == 0) {
            Range range;
            range.spaceId = f.fabric;
            range.startAddress = IpAddress(Family::V4, s.networkId.network().value() + 200);
            range.endAddress = IpAddress(Family::V4, s.networkId.network().value() + 210);
            addresses.create(range);
        }
    }
    Subnet v6;
    v6.spaceId = f.fabric;
    v6.networkId = prefix(QStringLiteral("2001:db8::/64"));
    v6.networkType = NetworkType::Provider;
    f.subnets.append(create(f, v6));
    for (int a = 1; a <= 3; ++a) {
        Address address;
        address.spaceId = f.fabric;
        address.ipAddress = ip(QStringLiteral("2001:db8::%1").arg(a));
        addresses.create(address);
    }
    for (int a = 1; a <= 4; ++a) {
        Address address;
        address.spaceId = f.fabric;
        address.ipAddress = ip(QStringLiteral("192.168.7.%1").arg(a));
        addresses.create(address);
    }
    const WriteResult result = f.writePath->submit(addresses);
    if (!result.ok()) {
        *error = result.message;
        return false;
    }
    return true;
}

QList<std::pair<QString, ResultFilter>> TestScopedLoad::scopes(const Fixture &f) const
{
    QList<std::pair<QString, ResultFilter>> list;
    ResultFilter everything;
    list.append({QStringLiteral("everything"), everything});
    ResultFilter space;
    space.scope = {Scope::Kind::Space, f.fabric};
    list.append({QStringLiteral("space"), space});
    ResultFilter network;
    network.scope = {Scope::Kind::LogicalNetwork, f.networks.at(1)};
    list.append({QStringLiteral("logical network"), network});
    ResultFilter site;
    site.scope = {Scope::Kind::NetworkSite, f.sites.at(0)};
    list.append({QStringLiteral("site"), site});
    ResultFilter unassigned = space;
    unassigned.logicalNetwork = KeyChoice::unassigned();
    list.append({QStringLiteral("space, unassigned"), unassigned});
    ResultFilter chosenSite = everything;
    chosenSite.logicalNetwork = KeyChoice::object(f.networks.at(0));
    chosenSite.site = KeyChoice::object(f.sites.at(1));
    list.append({QStringLiteral("chooser: site"), chosenSite});
    ResultFilter v6 = everything;
    v6.family = Family::V6;
    list.append({QStringLiteral("IPv6"), v6});
    ResultFilter nothing;
    nothing.scope = {Scope::Kind::Nothing, 0};
    list.append({QStringLiteral("nothing"), nothing});
    return list;
}

QSet<ObjectId> TestScopedLoad::idsOf(const QAbstractItemModel &model)
{
    QSet<ObjectId> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(ItemRole::ObjectId).toLongLong());
    return ids;
}

void TestScopedLoad::fetchAll(QAbstractItemModel &model, const ScopedLoad &load)
{
    // A page is read on the next turn of the event loop after fetchMore().
    for (int guard = 0; guard < 10000 && !load.atEnd(); ++guard) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    QVERIFY(load.atEnd());
    QVERIFY(!model.canFetchMore({}));
}

void TestScopedLoad::pagesHoldExactlyTheScope_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("pageRows");
    for (const char *backend : {"sqlite", "postgresql"}) {
        if (QLatin1String(backend) == QLatin1String("postgresql")) {
            QString why;
            if (!test::TestDatabase::postgresAvailable(&why)
                && !test::TestDatabase::postgresRequired())
                continue;
        }
        for (int rows : {1, 7, 5000})
            QTest::addRow("%s, %d per page", backend, rows) << QString::fromLatin1(backend) << rows;
    }
}

void TestScopedLoad::pagesHoldExactlyTheScope()
{
    QFETCH(QString, backend);
    QFETCH(int, pageRows);
    Fixture f;
    QString error;
    QVERIFY2(build(f, backend, &error), qPrintable(error));

    // The reference: everything read whole, filtered by the proxy.
    ConsoleModels whole(*f.writePath);
    QVERIFY(whole.load(&error));
    ObjectFilterProxy wholeRanges(whole.directory());
    wholeRanges.setSourceModel(&whole.ranges());
    ObjectFilterProxy wholeAddresses(whole.directory());
    wholeAddresses.setSourceModel(&whole.addresses());

    ConsoleModels paged(*f.writePath);
    paged.setLoadPerScope(true);
    QVERIFY(paged.load(&error));
    paged.ranges().setPageRows(pageRows);
    paged.addresses().setPageRows(pageRows);
    QCOMPARE(paged.addresses().rowCount(), 0); // nothing before a scope is asked for
    ObjectFilterProxy ranges(paged.directory());
    ranges.setSourceModel(&paged.ranges());
    ObjectFilterProxy addresses(paged.directory());
    addresses.setSourceModel(&paged.addresses());
    using Tester = QAbstractItemModelTester;
    Tester t1(&paged.ranges(), Tester::FailureReportingMode::Fatal);
    Tester t2(&paged.addresses(), Tester::FailureReportingMode::Fatal);
    Tester t3(&ranges, Tester::FailureReportingMode::Fatal);
    Tester t4(&addresses, Tester::FailureReportingMode::Fatal);

    for (const auto &[name, filter] : scopes(f)) {
        wholeRanges.setFilter(filter);
        wholeAddresses.setFilter(filter);
        ranges.setFilter(filter);
        addresses.setFilter(filter);
        QVERIFY2(paged.addresses().rowCount() <= pageRows, qPrintable(name));
        QVERIFY2(paged.ranges().rowCount() <= pageRows, qPrintable(name));
        fetchAll(addresses, paged.addresses().scopedLoad());
        fetchAll(ranges, paged.ranges().scopedLoad());
        const QSet<ObjectId> expectedAddresses = idsOf(wholeAddresses);
        const QSet<ObjectId> expectedRanges = idsOf(wholeRanges);
        // Each row once, and exactly the rows of the scope.
        QCOMPARE(paged.addresses().rowCount(), int(expectedAddresses.size()));
        QCOMPARE(idsOf(paged.addresses()), expectedAddresses);
        QCOMPARE(idsOf(addresses), expectedAddresses);
        QCOMPARE(paged.ranges().rowCount(), int(expectedRanges.size()));
        QCOMPARE(idsOf(ranges), expectedRanges);
        if (name == QLatin1String("everything")) {
            QCOMPARE(expectedAddresses.size(), 72 + 4); // in the subnets, and unmapped
        }
    }
}

void TestScopedLoad::liveChangesApplyToLoadedPagesOnly_data()
{
    QTest::addColumn<QString>("backend");
    test::addBackendRows();
}

void TestScopedLoad::liveChangesApplyToLoadedPagesOnly()
{
    QFETCH(QString, backend);
    Fixture f;
    QString error;
    QVERIFY2(build(f, backend, &error), qPrintable(error));
    ConsoleModels models(*f.writePath);
    models.setLoadPerScope(true);
    QVERIFY(models.load(&error));
    AddressModel &model = models.addresses();
    model.setPageRows(5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ObjectFilterProxy proxy(models.directory());
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setFilter(ResultFilter());
    QCOMPARE(model.rowCount(), 5);

    // The walk is in network order: 10.1.0.0/24 holds nothing, 10.1.1.0/24 (subnet 3, 20
    // addresses) is being read, 10.1.13.0/24 is beyond the pages read.
    const auto subnetAt = [&f](const char *network) {
        return *std::find_if(f.subnets.begin(), f.subnets.end(), [network](const Subnet &s) {
            return s.networkId == prefix(QString::fromLatin1(network));
        });
    };
    const Subnet passed = subnetAt("10.1.0.0/24");
    const Subnet underway = subnetAt("10.1.1.0/24");
    const Subnet ahead = subnetAt("10.1.13.0/24");
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowData(row).subnetId, underway.id);
    const auto add = [&](const char *address) {
        Address a;
        a.spaceId = f.fabric;
        a.ipAddress = ip(QString::fromLatin1(address));
        return create(f, a);
    };
    // In a subnet read already: shows at once.
    const Address early = add("10.1.0.5");
    QCOMPARE(early.subnetId, passed.id);
    QVERIFY(model.rowOf(early.id) >= 0);
    QCOMPARE(model.rowCount(), 6);
    // In the subnet under way (a new id, beyond the last read) and in one not reached: their
    // pages read them, so neither shows now and each shows once later.
    const Address middle = add("10.1.1.5");
    const Address late = add("10.1.13.5");
    QCOMPARE(middle.subnetId, underway.id);
    QCOMPARE(late.subnetId, ahead.id);
    QCOMPARE(model.rowOf(middle.id), -1);
    QCOMPARE(model.rowOf(late.id), -1);
    QCOMPARE(model.rowCount(), 6);

    // An edit of a loaded row shows at once.
    const ObjectId loadedId = model.objectId(2);
    Address loaded = *f.writePath->store().get<Address>(loadedId);
    loaded.description = QStringLiteral("edited live");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ChangeSet edit;
    edit.update(loaded, loaded.version);
    QVERIFY(f.writePath->submit(edit).ok());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(model.rowOf(loadedId), AddressModel::DescriptionColumn).data().toString(),
             QStringLiteral("edited live"));

    // A removal of a loaded row removes it; one on a page not read yet changes nothing now.
    const ObjectId removedId = model.objectId(0);
    ChangeSet removeLoaded;
    removeLoaded.remove(*f.writePath->store().get<Address>(removedId),
                        f.writePath->store().get<Address>(removedId)->version);
    QVERIFY(f.writePath->submit(removeLoaded).ok());
    QCOMPARE(model.rowOf(removedId), -1);
    QCOMPARE(model.rowCount(), 5);
    const QList<Address> inLast
            = f.writePath->store().select<Address>(QStringLiteral("subnet_id = ?"), {ahead.id});
    QVERIFY(inLast.size() >= 2);
    const Address gone = inLast.constFirst();
    ChangeSet removeUnread;
    removeUnread.remove(gone, gone.version);
    QVERIFY(f.writePath->submit(removeUnread).ok());
    QCOMPARE(model.rowCount(), 5);

    // Going to an object beyond the pages read (global search) shows it now, and once.
    const Address revealed = f.writePath->store()
                                     .select<Address>(QStringLiteral("subnet_id = ?"),
                                                      {subnetAt("10.1.12.0/24").id})
                                     .constFirst();
    QCOMPARE(model.rowOf(revealed.id), -1);
    QVERIFY(model.reveal(revealed));
    QVERIFY(model.rowOf(revealed.id) >= 0);
    QCOMPARE(model.rowCount(), 6);
    const Address v6
            = f.writePath->store().select<Address>(QStringLiteral("family = 6")).constFirst();
    QVERIFY(!model.reveal(v6)); // outside the scope (IPv4)
    QCOMPARE(model.rowCount(), 6);

    // Reading on: every row of the store once, the removed ones not, the new ones once.
    fetchAll(model, model.scopedLoad());
    const QList<Address> stored
            = f.writePath->store().select<Address>(QStringLiteral("family = 4"));
    QCOMPARE(model.rowCount(), int(stored.size()));
    QSet<ObjectId> expected;
    for (const Address &address : stored)
        expected.insert(address.id);
    QCOMPARE(idsOf(model), expected);
    QVERIFY(model.rowOf(early.id) >= 0);
    QVERIFY(model.rowOf(middle.id) >= 0);
    QVERIFY(model.rowOf(late.id) >= 0);
    QCOMPARE(model.rowOf(gone.id), -1);

    // Now everything is read: a new address shows at once.
    Address after;
    after.spaceId = f.fabric;
    after.ipAddress = ip(QStringLiteral("10.1.5.77"));
    after = create(f, after);
    QVERIFY(model.rowOf(after.id) >= 0);
    QCOMPARE(model.rowCount(), int(stored.size()) + 1);
}

void TestScopedLoad::subnetMovedIntoTheScopeBringsItsRows_data()
{
    QTest::addColumn<QString>("backend");
    test::addBackendRows();
}

void TestScopedLoad::subnetMovedIntoTheScopeBringsItsRows()
{
    QFETCH(QString, backend);
    Fixture f;
    QString error;
    QVERIFY2(build(f, backend, &error), qPrintable(error));
    ConsoleModels models(*f.writePath);
    models.setLoadPerScope(true);
    QVERIFY(models.load(&error));
    QAbstractItemModelTester tester(&models.addresses(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ObjectFilterProxy proxy(models.directory());
    proxy.setSourceModel(&models.addresses());
    ResultFilter site;
    site.scope = {Scope::Kind::NetworkSite, f.sites.at(0)};
    proxy.setFilter(site);
    fetchAll(proxy, models.addresses().scopedLoad());
    const int before = proxy.rowCount();
    // Subnet 3 (20 addresses) sits on site 3: assign it to site 0.
    Subnet moved = *f.writePath->store().get<Subnet>(f.subnets.at(3).id);
    QCOMPARE(moved.siteId, f.sites.at(3));
    moved.logicalNetworkId = f.networks.at(0);
    moved.siteId = f.sites.at(0);
    ChangeSet assign;
    assign.update(moved, moved.version);
    const WriteResult result = f.writePath->submit(assign);
    QVERIFY2(result.ok(), qPrintable(result.message));
    fetchAll(proxy, models.addresses().scopedLoad());
    QCOMPARE(proxy.rowCount(), before + 20);
    // And away again: they leave.
    moved = *f.writePath->store().get<Subnet>(moved.id);
    moved.logicalNetworkId = 0;
    moved.siteId = 0;
    ChangeSet unassign;
    unassign.update(moved, moved.version);
    QVERIFY(f.writePath->submit(unassign).ok());
    fetchAll(proxy, models.addresses().scopedLoad());
    QCOMPARE(proxy.rowCount(), before);
    QCOMPARE(models.addresses().rowCount(), before);
}

QTEST_GUILESS_MAIN(TestScopedLoad)
#include "tst_scopedload.moc"
