#include "testdatabase.h"

#include "items/consolemodels.h"
#include "items/consoletreemodel.h"
#include "items/itemroles.h"
#include "items/networkdirectory.h"
#include "items/subnetmodel.h"
#include "write/writepath.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;

// The console tree: IPAM's node structure, lazy children, paths, counts per family, and
// containers added, renamed and removed in place.
class TestConsoleTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mirrorsIpamStructure();
    void fetchesChildrenLazily();
    void findsNodesByPathAndScopesThem();
    void countsFollowFamilyAndChanges();
    void containersAreInsertedMovedAndRemovedInPlace();
    void dropsGoThroughTheHandler();

private:
    template<typename T>
    T create(T object)
    {
        ChangeSet changes;
        changes.create(object);
        const WriteResult result = m_writePath->submit(changes);
        if (!result.ok())
            qFatal("%s", qPrintable(result.message));
        return std::get<T>(result.objects.constFirst());
    }

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<WritePath> m_writePath;
    std::unique_ptr<ConsoleModels> m_models;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ObjectId m_fabric = 0;
    ObjectId m_storage = 0;
    ObjectId m_siteA = 0;
};

void TestConsoleTreeModel::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_database = std::make_unique<test::TestDatabase>(QStringLiteral("sqlite"));
    m_writePath
            = std::make_unique<WritePath>(m_database->open(), Principal{QStringLiteral("t"), {}});
    AddressSpace fabric;
    fabric.name = QStringLiteral("Fabric");
    m_fabric = create(fabric).id;
    LogicalNetwork storage;
    storage.spaceId = m_fabric;
    storage.name = QStringLiteral("Storage");
    m_storage = create(storage).id;
    NetworkSite site;
    site.logicalNetworkId = m_storage;
    site.name = QStringLiteral("Site A");
    m_siteA = create(site).id;
    for (const char *prefix : {"10.1.0.0/24", "10.1.1.0/24", "2001:db8::/64"}) {
        Subnet subnet;
        subnet.spaceId = m_fabric;
        subnet.networkType = NetworkType::Provider;
        subnet.networkId = Prefix::parse(QString::fromLatin1(prefix)).value();
        subnet.logicalNetworkId = m_storage;
        subnet.siteId = m_siteA;
        create(subnet);
    }
    m_models = std::make_unique<ConsoleModels>(*m_writePath);
    QVERIFY(m_models->load());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            &m_models->tree(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestConsoleTreeModel::cleanup()
{
    m_tester.reset();
    m_models.reset();
    m_writePath.reset();
    m_database.reset();
}

void TestConsoleTreeModel::mirrorsIpamStructure()
{
    ConsoleTreeModel &tree = m_models->tree();
    QCOMPARE(tree.rowCount(), 1);
    const QModelIndex ipam = tree.index(0, 0);
    QCOMPARE(ipam.data().toString(), QStringLiteral("IPAM"));
    QStringList top;
    for (int row = 0; row < tree.rowCount(ipam); ++row)
        top << tree.index(row, 0, ipam).data().toString();
    QCOMPARE(top,
             QStringList({QStringLiteral("IP ADDRESS SPACE"),
                          QStringLiteral("VIRTUALIZED IP ADDRESS SPACE"),
                          QStringLiteral("ACCESS CONTROL"), QStringLiteral("AUDIT"),
                          QStringLiteral("ALERTS")}));
    const QModelIndex space = tree.index(0, 0, ipam);
    QCOMPARE(tree.index(0, 0, space).data().toString(), QStringLiteral("IP Address Blocks"));
    QCOMPARE(tree.index(1, 0, space).data().toString(), QStringLiteral("IP Address Inventory"));
    QCOMPARE(tree.index(2, 0, space).data().toString(), QStringLiteral("IP Address Range Groups"));
    const QModelIndex access = tree.index(2, 0, ipam);
    QCOMPARE(tree.rowCount(access), 3);
    QCOMPARE(tree.scopeOf(access).kind, Scope::Kind::Nothing);
}

void TestConsoleTreeModel::fetchesChildrenLazily()
{
    ConsoleTreeModel &tree = m_models->tree();
    const QModelIndex providers = tree.indexOf(ConsoleNodeKind::ProviderSpaces);
    QVERIFY(providers.isValid());
    QVERIFY(tree.hasChildren(providers));
    if (tree.canFetchMore(providers)) {
        QCOMPARE(tree.rowCount(providers), 0);
        tree.fetchMore(providers);
    }
    QCOMPARE(tree.rowCount(providers), 2); // Default and Fabric
    QCOMPARE(tree.index(0, 0, providers).data().toString(), QStringLiteral("Default"));
    const QModelIndex fabric = tree.index(1, 0, providers);
    QCOMPARE(tree.kindOf(fabric), ConsoleNodeKind::ProviderSpace);
    QVERIFY(tree.hasChildren(fabric));
    QVERIFY(!tree.hasChildren(tree.index(0, 0, providers)));
}

void TestConsoleTreeModel::findsNodesByPathAndScopesThem()
{
    ConsoleTreeModel &tree = m_models->tree();
    const QModelIndex site = tree.indexOfPath(QStringLiteral(
            "VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric/storage/Site A"));
    QVERIFY(site.isValid());
    QCOMPARE(tree.kindOf(site), ConsoleNodeKind::NetworkSite);
    QCOMPARE(tree.objectIdOf(site), m_siteA);
    QCOMPARE(tree.scopeOf(site), (Scope{Scope::Kind::NetworkSite, m_siteA}));
    QCOMPARE(tree.pathOf(site),
             QStringLiteral("IPAM/VIRTUALIZED IP ADDRESS SPACE/Provider IP Address "
                            "Space/Fabric/Storage/Site A"));
    QCOMPARE(tree.indexOf(ConsoleNodeKind::NetworkSite, m_siteA), site);
    QVERIFY(!tree.indexOfPath(QStringLiteral("IPAM/nowhere")).isValid());
}

void TestConsoleTreeModel::countsFollowFamilyAndChanges()
{
    ConsoleTreeModel &tree = m_models->tree();
    const QModelIndex site = tree.indexOf(ConsoleNodeKind::NetworkSite, m_siteA);
    QCOMPARE(site.data(ItemRole::SubnetCount).toLongLong(), 2);
    QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
    tree.setFamily(Family::V6);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(site.data(ItemRole::SubnetCount).toLongLong(), 1);
    tree.setFamily(Family::V4);
    Subnet subnet;
    subnet.spaceId = m_fabric;
    subnet.networkType = NetworkType::Provider;
    subnet.networkId = Prefix::parse(u"10.1.2.0/24").value();
    subnet.siteId = m_siteA;
    changed.clear();
    create(subnet);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(site.data(ItemRole::SubnetCount).toLongLong(), 3);
    QCOMPARE(tree.indexOf(ConsoleNodeKind::LogicalNetwork, m_storage)
                     .data(ItemRole::SubnetCount)
                     .toLongLong(),
             3);
    QCOMPARE(tree.indexOf(ConsoleNodeKind::ProviderSpaces).data(ItemRole::SubnetCount).toLongLong(),
             3);
    QVERIFY(site.data(ItemRole::UtilizationPercent).isValid());
}

void TestConsoleTreeModel::containersAreInsertedMovedAndRemovedInPlace()
{
    ConsoleTreeModel &tree = m_models->tree();
    const QModelIndex storage = tree.indexOf(ConsoleNodeKind::LogicalNetwork, m_storage);
    tree.fetchMore(storage);
    QCOMPARE(tree.rowCount(storage), 1);
    NetworkSite b;
    b.logicalNetworkId = m_storage;
    b.name = QStringLiteral("Site B");
    b = create(b);
    NetworkSite zero;
    zero.logicalNetworkId = m_storage;
    zero.name = QStringLiteral("Annex");
    zero = create(zero);
    QCOMPARE(tree.rowCount(storage), 3);
    QCOMPARE(tree.index(0, 0, storage).data().toString(), QStringLiteral("Annex"));
    QPersistentModelIndex persistentB = tree.indexOf(ConsoleNodeKind::NetworkSite, b.id);
    b.name = QStringLiteral("AAA");
    ChangeSet rename;
    rename.update(b, b.version);
    QVERIFY(m_writePath->submit(rename).ok());
    QCOMPARE(tree.index(0, 0, storage).data().toString(), QStringLiteral("AAA"));
    QCOMPARE(persistentB.row(), 0);
    ChangeSet remove;
    remove.remove(zero, zero.version);
    QVERIFY(m_writePath->submit(remove).ok());
    QCOMPARE(tree.rowCount(storage), 2);
    QVERIFY(persistentB.isValid());
}

void TestConsoleTreeModel::dropsGoThroughTheHandler()
{
    ConsoleTreeModel &tree = m_models->tree();
    const QModelIndex site = tree.indexOf(ConsoleNodeKind::NetworkSite, m_siteA);
    QMimeData data;
    data.setData(SubnetModel::mimeType(), "1\n");
    tree.setDropHandler({}); // ConsoleModels installs SubnetAssignment's
    QVERIFY(!(tree.flags(site) & Qt::ItemIsDropEnabled));
    QVERIFY(!tree.canDropMimeData(&data, Qt::MoveAction, -1, -1, site));
    ConsoleNodeKind askedKind = ConsoleNodeKind::Root;
    ObjectId askedId = 0;
    tree.setDropHandler([&](const QMimeData *, ConsoleNodeKind kind, ObjectId id, bool, QString *) {
        askedKind = kind;
        askedId = id;
        return true;
    });
    QVERIFY(tree.flags(site) & Qt::ItemIsDropEnabled);
    QVERIFY(tree.canDropMimeData(&data, Qt::MoveAction, -1, -1, site));
    QCOMPARE(askedKind, ConsoleNodeKind::NetworkSite);
    QCOMPARE(askedId, m_siteA);
    QVERIFY(tree.mimeTypes().contains(SubnetModel::mimeType()));
}

QTEST_MAIN(TestConsoleTreeModel)
#include "tst_consoletreemodel.moc"
