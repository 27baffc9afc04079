// The VMM connector against the SPF test peer (a real HTTP server on 127.0.0.1), on SQLite and
// PostgreSQL: pull of every entity set in both answer shapes and with paging, the host-group
// filter, renames, no-op re-syncs, faults at every stage followed by a clean run, refused
// entities, push of IPAM's objects, "not in VMM", deletes on either side, conflicts and both
// resolutions, RBAC denial of the sync principal, and the batched writes: entities refused
// in the middle of a batch, a run cut off between batches or failing inside one.

#include "access/rbacauthorizer.h"
#include "domain/printabletext.h"
#include "rbacfixture.h"
#include "spfpeer.h"
#include "store/database.h"
#include "testdatabase.h"
#include "vmm/vmmsync.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace ipam;
using namespace ipam::test;
using namespace Qt::StringLiterals;

namespace {

// A small VMM fabric: one logical network with two sites (East, West), a pool on East; one
// HNV VM network with a VM subnet and a pool on it: 7 entities.
struct Fabric
{
    QUuid network, east, west, eastPool, vmNetwork, vmSubnet, tenantPool;
};

Fabric seed(SpfPeer &peer)
{
    peer.setSiteSet(true); // this suite's fabric has sites of its own (the extension)
    Fabric f;
    f.network = peer.add(u"LogicalNetworks"_s,
                         {{"Name"_L1, "Storage"_L1},
                          {"Description"_L1, "SAN fabric"_L1},
                          {"NetworkVirtualizationEnabled"_L1, true}});
    auto pairs = [](QList<QPair<QString, int>> list) {
        QJsonArray array;
        for (const auto &[subnet, vlan] : list)
            array.append(QJsonObject{{"Subnet"_L1, subnet}, {"VLanID"_L1, vlan}});
        return array;
    };
    f.east = peer.add(u"LogicalNetworkDefinitions"_s,
                      {{"Name"_L1, "Storage East"_L1},
                       {"LogicalNetworkId"_L1, f.network.toString(QUuid::WithoutBraces)},
                       {"SubnetVLans"_L1, pairs({{u"10.1.0.0/24"_s, 12}, {u"10.1.1.0/24"_s, 13}})},
                       {"HostGroups"_L1, QJsonArray{u"All Hosts\\East"_s}}});
    f.west = peer.add(u"LogicalNetworkDefinitions"_s,
                      {{"Name"_L1, "Storage West"_L1},
                       {"LogicalNetworkId"_L1, f.network.toString(QUuid::WithoutBraces)},
                       {"SubnetVLans"_L1, pairs({{u"10.2.0.0/24"_s, 20}})},
                       {"HostGroups"_L1, QJsonArray{u"All Hosts\\West"_s}}});
    f.eastPool = peer.add(u"StaticIPAddressPools"_s,
                          {{"Name"_L1, "East pool"_L1},
                           {"LogicalNetworkDefinitionId"_L1, f.east.toString(QUuid::WithoutBraces)},
                           {"Subnet"_L1, "10.1.0.0/24"_L1},
                           {"IPAddressRangeStart"_L1, "10.1.0.10"_L1},
                           {"IPAddressRangeEnd"_L1, "10.1.0.99"_L1},
                           {"IPAddressReservedSet"_L1, "10.1.0.10, 10.1.0.11"_L1},
                           {"VIPAddressSet"_L1, "10.1.0.90-10.1.0.99"_L1},
                           {"SomethingNew"_L1, 42}}); // unknown: ignored
    f.vmNetwork = peer.add(u"VMNetworks"_s,
                           {{"Name"_L1, "Tenant A"_L1},
                            {"LogicalNetworkId"_L1, f.network.toString(QUuid::WithoutBraces)},
                            {"IsolationType"_L1, "WindowsNetworkVirtualization"_L1}});
    f.vmSubnet = peer.add(u"VMSubnets"_s,
                          {{"Name"_L1, "Tenant A web"_L1},
                           {"VMNetworkId"_L1, f.vmNetwork.toString(QUuid::WithoutBraces)},
                           {"Subnet"_L1, "192.168.1.0/24"_L1}});
    f.tenantPool = peer.add(u"StaticIPAddressPools"_s,
                            {{"Name"_L1, "Tenant A pool"_L1},
                             {"VMSubnetId"_L1, f.vmSubnet.toString(QUuid::WithoutBraces)},
                             {"Subnet"_L1, "192.168.1.0/24"_L1},
                             {"IPAddressRangeStart"_L1, "192.168.1.10"_L1},
                             {"IPAddressRangeEnd"_L1, "192.168.1.20"_L1}});
    return f;
}

// A network site IPAM makes on the seeded logical network "Storage": the kind of object this
// suite pushes (SPF takes no logical network writes; the site set takes all four verbs).
NetworkSite storageSite(Store &s, const QString &name)
{
    NetworkSite site;
    site.logicalNetworkId = s.logicalNetworkByName(s.defaultSpace()->id, u"Storage"_s)->id;
    site.name = name;
    return site;
}

QString guid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// One database, one write path (everything allowed unless a test sets an authorizer) and the
// peer. This suite covers the site set (the project's extension, VMM's cmdlet shape), so the
// peer serves it; tst_vmmspfcontract covers SPF proper, without it, and both side by side.
struct SyncFixture
{
    explicit SyncFixture(const QString &backend)
        : testDb(backend)
    {
        peer.setSiteSet(true);
    }
    bool start()
    {
        if (!testDb.isValid())
            return false;
        db = testDb.open();
        writePath = std::make_unique<WritePath>(db, Principal{u"vmmsync"_s, {}});
        return db && peer.listen();
    }
    VmmSyncOptions options() const
    {
        VmmSyncOptions o;
        o.baseUrl = peer.baseUrl();
        o.timeoutMs = 3000;
        o.retries = 0; // a fault cuts the run off; tests of retries set it
        o.retryDelayMs = 10;
        return o;
    }
    VmmSyncReport sync() { return sync(options()); }
    VmmSyncReport sync(const VmmSyncOptions &o)
    {
        VmmSync s(*writePath, o);
        return s.run();
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }
    qint64 auditRows() { return scalar(u"SELECT count(*) FROM audit_log"_s); }
    // Every object's kind, name/prefix, parents and VMM-relevant values: equal fingerprints
    // are equal address spaces (ids aside).
    QString fingerprint()
    {
        QStringList rows;
        Store &s = writePath->store();
        for (const auto &o : s.select<AddressSpace>())
            rows << u"space %1 %2 %3"_s.arg(o.name, o.vmNetwork).arg(o.associatedProviderSpaceId);
        for (const auto &o : s.select<LogicalNetwork>())
            rows << u"ln %1 %2 %3"_s.arg(o.name, o.description).arg(o.networkVirtualizationEnabled);
        for (const auto &o : s.select<NetworkSite>())
            rows << u"site %1 %2 %3"_s.arg(o.name, o.hostGroup).arg(o.vlanIds.size());
        for (const auto &o : s.select<VmNetwork>())
            rows << u"vmn %1 %2 %3"_s.arg(o.name)
                            .arg(o.logicalNetworkId != 0)
                            .arg(int(o.isolation));
        for (const auto &o : s.select<Subnet>())
            rows << u"subnet %1 %2 %3 %4 %5"_s.arg(o.networkId.toString(), o.name)
                            .arg(o.siteId != 0)
                            .arg(o.vmNetworkId != 0)
                            .arg(o.vlanIds.value(0));
        for (const auto &o : s.select<Range>())
            rows << u"range %1-%2 %3 %4 %5"_s.arg(
                    o.startAddress.toString(), o.endAddress.toString(), o.description,
                    o.reservedAddresses.join(u'|'), o.vips.join(u'|'));
        rows.sort();
        return rows.join(u'\n');
    }
    int writesSeen() const
    {
        int writes = 0;
        for (const SpfPeer::Request &r : peer.requests())
            writes += r.method != "GET"_L1 ? 1 : 0;
        return writes;
    }

    TestDatabase testDb;
    std::shared_ptr<Database> db;
    std::unique_ptr<WritePath> writePath;
    SpfPeer peer;
};

#define START(f) \
    do { \
        IPAM_REQUIRE_DATABASE((f).testDb); \
        QVERIFY((f).start()); \
    } while (false)

} // namespace

class TestVmmSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pullsEverySetInBothShapesWithPaging_data();
    void pullsEverySetInBothShapesWithPaging();
    void hostGroupFilterKeepsOtherSitesOut_data() { addBackendRows(); }
    void hostGroupFilterKeepsOtherSitesOut();
    void renameInVmmIsRenameInIpam_data() { addBackendRows(); }
    void renameInVmmIsRenameInIpam();
    void noOpResyncWritesNothing_data() { addBackendRows(); }
    void noOpResyncWritesNothing();
    void faultThenCleanRunConverges_data();
    void faultThenCleanRunConverges();
    void retriesRideOutOneFault_data() { addBackendRows(); }
    void retriesRideOutOneFault();
    void missingMandatoryPropertyRefusesThatEntityOnly_data() { addBackendRows(); }
    void missingMandatoryPropertyRefusesThatEntityOnly();
    void pushesWhatIpamCreated_data() { addBackendRows(); }
    void pushesWhatIpamCreated();
    void lostCreateAnswerIsAdoptedNotDuplicated_data() { addBackendRows(); }
    void lostCreateAnswerIsAdoptedNotDuplicated();
    void notSupportedMarksNotInVmm_data() { addBackendRows(); }
    void notSupportedMarksNotInVmm();
    void deletesFollowEitherSide_data() { addBackendRows(); }
    void deletesFollowEitherSide();
    void conflictKeptUntilResolved_data() { addBackendRows(); }
    void conflictKeptUntilResolved();
    void removalConflictsResolveBothWays_data() { addBackendRows(); }
    void removalConflictsResolveBothWays();
    void syncPrincipalNeedsRights_data() { addBackendRows(); }
    void syncPrincipalNeedsRights();
    void postgresGuardsSyncStateItself();
    void dryRunWritesNothing();
    void authenticatesWithBearerOrBasic();
    void cancelStopsSoon();
    void refusedEntitiesLeaveTheirBatchGoingOn_data() { addBackendRows(); }
    void refusedEntitiesLeaveTheirBatchGoingOn();
    void faultInABatchedStageThenCleanRun_data();
    void faultInABatchedStageThenCleanRun();
    void largeSetsReadOnAllCores();
    void refusedSubnetHoldsBackNothingElse_data() { addBackendRows(); }
    void refusedSubnetHoldsBackNothingElse();
    void markedIpamIsNotReadAgain_data() { addBackendRows(); }
    void markedIpamIsNotReadAgain();
    void lateAuditRowVoidsTheMark();
    void hashedNoOpStillSeesOneRemoteProperty_data() { addBackendRows(); }
    void hashedNoOpStillSeesOneRemoteProperty();
    void hashedNoOpStillSeesIpamEdits_data() { addBackendRows(); }
    void hashedNoOpStillSeesIpamEdits();
    void pullRecordsRemoteFingerprints_data() { addBackendRows(); }
    void pullRecordsRemoteFingerprints();
    void deletedObjectsLinkIsNotInheritedByANewOne_data() { addBackendRows(); }
    void deletedObjectsLinkIsNotInheritedByANewOne();
    void unsafeNameRefusesThatEntityOnly_data() { addBackendRows(); }
    void unsafeNameRefusesThatEntityOnly();
    void unreadableNextLinkAbortsWithoutDeletes_data();
    void unreadableNextLinkAbortsWithoutDeletes();
};

void TestVmmSync::pullsEverySetInBothShapesWithPaging_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("verbose");
    QTest::addColumn<int>("pageSize");
    for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
        QString why;
        if (backend == "postgresql"_L1 && !TestDatabase::postgresAvailable(&why)
            && !TestDatabase::postgresRequired())
            continue;
        QTest::addRow("%s light", qPrintable(backend)) << backend << false << 0;
        QTest::addRow("%s light paged", qPrintable(backend)) << backend << false << 1;
        QTest::addRow("%s verbose", qPrintable(backend)) << backend << true << 0;
        QTest::addRow("%s verbose paged", qPrintable(backend)) << backend << true << 1;
    }
}

void TestVmmSync::pullsEverySetInBothShapesWithPaging()
{
    QFETCH(QString, backend);
    QFETCH(bool, verbose);
    QFETCH(int, pageSize);
    SyncFixture f(backend);
    START(f);
    const Fabric fabric = seed(f.peer);
    f.peer.setShape(verbose ? SpfPeer::Shape::Verbose : SpfPeer::Shape::Light);
    f.peer.setPageSize(pageSize);
    VmmSync sync(*f.writePath, f.options());
    QSignalSpy lines(&sync, &VmmSync::logLine);
    QSignalSpy progress(&sync, &VmmSync::progress);
    const VmmSyncReport report = sync.run();
    QVERIFY2(report.completed, qPrintable(report.error + u'\n' + report.log.join(u'\n')));
    QCOMPARE(report.created, 7);
    QCOMPARE(report.refused, 0);
    QVERIFY(lines.count() >= 7);
    QVERIFY(progress.count() > 0);
    if (pageSize > 0) {
        bool pagedRequest = false;
        for (const SpfPeer::Request &r : f.peer.requests())
            pagedRequest = pagedRequest || r.query.contains("skiptoken"_L1);
        QVERIFY(pagedRequest);
    }

    Store &s = f.writePath->store();
    const AddressSpace def = *s.defaultSpace();
    const auto network = s.logicalNetworkByName(def.id, u"Storage"_s);
    QVERIFY(network);
    QCOMPARE(network->description, u"SAN fabric"_s);
    QVERIFY(network->networkVirtualizationEnabled);
    QCOMPARE(network->remoteId, guid(fabric.network));
    const auto east = s.siteByName(network->id, u"Storage East"_s);
    QVERIFY(east);
    QCOMPARE(east->hostGroup, u"All Hosts\\East"_s);
    QCOMPARE(east->vlanIds, (QList<int>{12, 13}));
    const auto subnet = s.subnetByPrefix(def.id, prefix(u"10.1.1.0/24"_s));
    QVERIFY(subnet);
    QCOMPARE(subnet->siteId, east->id);
    QCOMPARE(subnet->logicalNetworkId, network->id);
    QCOMPARE(subnet->vlanIds, QList<int>{13});
    QVERIFY(s.siteByName(network->id, u"Storage West"_s));
    const auto pool = s.rangeByBounds(def.id, ip(u"10.1.0.10"_s), ip(u"10.1.0.99"_s));
    QVERIFY(pool);
    QCOMPARE(pool->description, u"East pool"_s);
    QCOMPARE(pool->reservedAddresses, (QStringList{u"10.1.0.10"_s, u"10.1.0.11"_s}));
    QCOMPARE(pool->vips, QStringList{u"10.1.0.90-10.1.0.99"_s});
    QCOMPARE(pool->managedByService, u"VMM"_s);

    const auto tenant = s.spaceByName(u"Tenant A"_s);
    QVERIFY(tenant);
    QVERIFY(tenant->type == AddressSpaceType::Customer);
    QCOMPARE(tenant->associatedProviderSpaceId, def.id);
    const auto vmNetwork = s.vmNetworkByName(tenant->id, u"Tenant A"_s);
    QVERIFY(vmNetwork);
    QCOMPARE(vmNetwork->logicalNetworkId, network->id);
    QVERIFY(vmNetwork->isolation == VmNetworkIsolation::WindowsNetworkVirtualization);
    const auto vmSubnet = s.subnetByPrefix(tenant->id, prefix(u"192.168.1.0/24"_s));
    QVERIFY(vmSubnet);
    QCOMPARE(vmSubnet->name, u"Tenant A web"_s);
    QCOMPARE(vmSubnet->vmNetworkId, vmNetwork->id);
    QVERIFY(s.rangeByBounds(tenant->id, ip(u"192.168.1.10"_s), ip(u"192.168.1.20"_s)));
    // Every change went through the write path as the sync principal: audited.
    QCOMPARE(f.scalar(u"SELECT count(*) FROM audit_log WHERE principal = 'vmmsync' AND outcome "
                      "= 'committed'"_s)
                     > 0,
             true);
}

void TestVmmSync::hostGroupFilterKeepsOtherSitesOut()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    seed(f.peer);
    VmmSyncOptions o = f.options();
    o.hostGroups = {u"All Hosts\\East"_s};
    const VmmSyncReport report = f.sync(o);
    QVERIFY2(report.completed, qPrintable(report.error));
    Store &s = f.writePath->store();
    const auto network = s.logicalNetworkByName(s.defaultSpace()->id, u"Storage"_s);
    QVERIFY(network);
    QVERIFY(s.siteByName(network->id, u"Storage East"_s));
    QVERIFY(!s.siteByName(network->id, u"Storage West"_s));
    QVERIFY(!s.subnetByPrefix(s.defaultSpace()->id, prefix(u"10.2.0.0/24"_s)));
    QCOMPARE(report.created, 6);
    // Widening the filter later brings the other site in, without touching the rest.
    o.hostGroups.clear();
    const VmmSyncReport wider = f.sync(o);
    QCOMPARE(wider.created, 1);
    QVERIFY(s.siteByName(network->id, u"Storage West"_s));
}

void TestVmmSync::renameInVmmIsRenameInIpam()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    const Fabric fabric = seed(f.peer);
    QVERIFY(f.sync().completed);
    Store &s = f.writePath->store();
    const ObjectId networkId = s.logicalNetworkByName(s.defaultSpace()->id, u"Storage"_s)->id;
    const ObjectId spaceId = s.spaceByName(u"Tenant A"_s)->id;
    const ObjectId vmNetworkId = s.vmNetworkByName(spaceId, u"Tenant A"_s)->id;
    QVERIFY(f.peer.update(u"LogicalNetworks"_s, fabric.network, {{"Name"_L1, "Storage 2"_L1}}));
    QVERIFY(f.peer.update(u"VMNetworks"_s, fabric.vmNetwork, {{"Name"_L1, "Tenant B"_L1}}));
    const VmmSyncReport report = f.sync();
    QVERIFY2(report.completed, qPrintable(report.error));
    QCOMPARE(report.updated, 2);
    QCOMPARE(report.created, 0);
    QCOMPARE(report.deleted, 0);
    const auto renamed = s.get<LogicalNetwork>(networkId);
    QVERIFY(renamed);
    QCOMPARE(renamed->name, u"Storage 2"_s);
    QCOMPARE(s.select<LogicalNetwork>().size(), 1);
    // The VM network and its customer space carry the new name, same ids.
    QCOMPARE(s.get<VmNetwork>(vmNetworkId)->name, u"Tenant B"_s);
    QCOMPARE(s.get<AddressSpace>(spaceId)->name, u"Tenant B"_s);
    QVERIFY(s.get<Subnet>(s.subnetByPrefix(spaceId, prefix(u"192.168.1.0/24"_s))->id));
}

void TestVmmSync::noOpResyncWritesNothing()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    seed(f.peer);
    QVERIFY(f.sync().completed);
    // IPAM-side objects pushed too, so the re-run has both directions to compare.
    Store &s = f.writePath->store();
    ChangeSet set;
    set.create(storageSite(s, u"Backup"_s));
    QVERIFY(f.writePath->submit(set).ok());
    QVERIFY(f.sync().completed);

    const qint64 audit = f.auditRows();
    const QString before = f.fingerprint();
    const qint64 links = f.scalar(u"SELECT count(*) + coalesce(sum(synced_ms), 0) FROM vmm_link"_s);
    f.peer.clearRequests();
    const VmmSyncReport report = f.sync();
    QVERIFY2(report.completed, qPrintable(report.error));
    QCOMPARE(report.created + report.updated + report.deleted + report.conflicts, 0);
    QCOMPARE(report.unchanged, 8);
    QCOMPARE(f.auditRows(), audit);
    QCOMPARE(f.fingerprint(), before);
    QCOMPARE(f.scalar(u"SELECT count(*) + coalesce(sum(synced_ms), 0) FROM vmm_link"_s), links);
    QCOMPARE(f.writesSeen(), 0);
}

void TestVmmSync::faultThenCleanRunConverges_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("set");
    for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
        QString why;
        if (backend == "postgresql"_L1 && !TestDatabase::postgresAvailable(&why)
            && !TestDatabase::postgresRequired())
            continue;
        for (const QString &fault :
             {u"503"_s, u"drop"_s, u"truncate"_s, u"malform"_s, u"timeout"_s}) {
            for (const QString &set :
                 {u"LogicalNetworks"_s, u"LogicalNetworkDefinitions"_s, u"VMNetworks"_s,
                  u"VMSubnets"_s, u"StaticIPAddressPools"_s}) {
                // Every fault on every set on SQLite; a cross-section on PostgreSQL.
                if (backend == "postgresql"_L1 && set != "VMSubnets"_L1)
                    continue;
                QTest::addRow("%s %s %s", qPrintable(backend), qPrintable(fault), qPrintable(set))
                        << backend << fault << set;
            }
        }
        // Faults on IPAM's writes to VMM: a POST applied whose answer is lost, a POST refused
        // by a 5xx, a DELETE cut off.
        for (const QString &fault :
             {u"push-truncate"_s, u"push-503"_s, u"delete-503"_s, u"delete-drop"_s})
            QTest::addRow("%s %s", qPrintable(backend), qPrintable(fault))
                    << backend << fault << QString();
    }
}

void TestVmmSync::faultThenCleanRunConverges()
{
    QFETCH(QString, backend);
    QFETCH(QString, fault);
    QFETCH(QString, set);
    // The reference: the same fabric synced without faults.
    QString expected;
    {
        SyncFixture reference(u"sqlite"_s);
        START(reference);
        seed(reference.peer);
        QVERIFY(reference.sync().completed);
        expected = reference.fingerprint();
    }
    SyncFixture f(backend);
    START(f);
    seed(f.peer);
    VmmSyncOptions o = f.options();
    if (fault.startsWith("push"_L1) || fault.startsWith("delete"_L1)) {
        QVERIFY(f.sync().completed);
        expected = f.fingerprint();
        // IPAM creates a network site (pushed with a POST) and removes the tenant pool's
        // range (pushed with a DELETE); the fault hits that write, after the set's GET.
        Store &s = f.writePath->store();
        ChangeSet changes;
        changes.create(storageSite(s, u"Archive"_s));
        const Range pool = *s.rangeByBounds(s.spaceByName(u"Tenant A"_s)->id, ip(u"192.168.1.10"_s),
                                            ip(u"192.168.1.20"_s));
        changes.remove(pool, pool.version);
        QVERIFY(f.writePath->submit(changes).ok());
        const QString target = fault.startsWith("push"_L1) ? u"LogicalNetworkDefinitions"_s
                                                           : u"StaticIPAddressPools"_s;
        bool armed = false;
        QObject::connect(&f.peer, &SpfPeer::requestHandled, &f.peer,
                         [&](const QString &method, const QString &path, int) {
                             if (armed || method != "GET"_L1 || !path.endsWith(target))
                                 return;
                             armed = true;
                             if (fault.endsWith("truncate"_L1))
                                 f.peer.truncateNext(1, target);
                             else if (fault.endsWith("drop"_L1))
                                 f.peer.dropNext(3, target);
                             else
                                 f.peer.failNext(1, 503, target);
                         });
        const VmmSyncReport cut = f.sync(o);
        QVERIFY2(!cut.completed, qPrintable(cut.log.join(u'\n')));
        QVERIFY(armed);
        const VmmSyncReport clean = f.sync(o);
        QVERIFY2(clean.completed, qPrintable(clean.error + u'\n' + clean.log.join(u'\n')));
        QCOMPARE(f.peer.count(u"LogicalNetworkDefinitions"_s), 3); // Archive once, not twice
        QCOMPARE(s.select<NetworkSite>().size(), 3);
        QCOMPARE(f.peer.count(u"StaticIPAddressPools"_s), 1);
        QCOMPARE(s.select<Range>().size(), 1);
        const VmmSyncReport again = f.sync(o);
        QCOMPARE(again.created + again.updated + again.deleted, 0);
        return;
    }
    const int times = fault == "drop"_L1 ? 3 : 1; // QNetworkAccessManager re-sends twice itself
    if (fault == "503"_L1)
        f.peer.failNext(times, 503, set);
    else if (fault == "drop"_L1)
        f.peer.dropNext(times, set);
    else if (fault == "truncate"_L1)
        f.peer.truncateNext(times, set);
    else if (fault == "malform"_L1)
        f.peer.malformNext(times, set);
    else {
        f.peer.delayNext(1, 1500, set);
        o.timeoutMs = 300;
    }
    const qint64 auditBefore = f.auditRows();
    const VmmSyncReport cut = f.sync(o);
    QVERIFY2(!cut.completed, qPrintable(cut.log.join(u'\n')));
    QVERIFY(!cut.error.isEmpty());
    // Everything is fetched before anything is applied: nothing was written.
    QCOMPARE(f.auditRows(), auditBefore);
    o.timeoutMs = 3000;
    const VmmSyncReport clean = f.sync(o);
    QVERIFY2(clean.completed, qPrintable(clean.error));
    QCOMPARE(f.fingerprint(), expected);
    const VmmSyncReport again = f.sync(o);
    QCOMPARE(again.created + again.updated + again.deleted, 0);
}

void TestVmmSync::retriesRideOutOneFault()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    seed(f.peer);
    f.peer.failNext(1, 503, u"VMNetworks"_s);
    f.peer.malformNext(1, u"LogicalNetworkDefinitions"_s);
    VmmSyncOptions o = f.options();
    o.retries = 2;
    const VmmSyncReport report = f.sync(o);
    QVERIFY2(report.completed, qPrintable(report.error));
    QCOMPARE(report.created, 7);
}

void TestVmmSync::missingMandatoryPropertyRefusesThatEntityOnly()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    const Fabric fabric = seed(f.peer);
    f.peer.add(u"LogicalNetworkDefinitions"_s,
               {{"Name"_L1, "No network"_L1},
                {"SubnetVLans"_L1, QJsonArray{QJsonObject{{"Subnet"_L1, "10.9.0.0/24"_L1}}}}});
    f.peer.add(u"LogicalNetworks"_s, {{"Description"_L1, "no name"_L1}});
    f.peer.add(u"VMSubnets"_s,
               {{"Name"_L1, "Bad prefix"_L1},
                {"VMNetworkId"_L1, guid(fabric.vmNetwork)},
                {"Subnet"_L1, "10.0.0.1/8"_L1}});
    const VmmSyncReport report = f.sync();
    QVERIFY2(report.completed, qPrintable(report.error));
    QCOMPARE(report.refused, 3);
    QCOMPARE(report.created, 7);
    const QString log = report.log.join(u'\n');
    QVERIFY2(log.contains("missing mandatory property LogicalNetworkId"_L1), qPrintable(log));
    QVERIFY2(log.contains("missing mandatory property Name"_L1), qPrintable(log));
    QVERIFY2(log.contains("10.0.0.1/8"_L1), qPrintable(log));
    QVERIFY(!f.writePath->store().subnetByPrefix(f.writePath->store().defaultSpace()->id,
                                                 prefix(u"10.9.0.0/24"_s)));
}

void TestVmmSync::pushesWhatIpamCreated()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    Store &s = f.writePath->store();
    const ObjectId def = s.defaultSpace()->id;
    auto create = [&](AnyObject object) {
        ChangeSet changes;
        changes.create(std::move(object));
        const WriteResult r = f.writePath->submit(changes);
        if (!r.ok())
            qFatal("%s", qPrintable(r.message));
        return r.objects.constFirst();
    };
    // Logical networks are VMM's (SPF takes no writes on them): pulled first.
    f.peer.setSiteSet(true);
    f.peer.add(u"LogicalNetworks"_s, {{"Name"_L1, "Web"_L1}, {"Description"_L1, "front ends"_L1}});
    QVERIFY(f.sync().completed);
    LogicalNetwork network = *s.logicalNetworkByName(def, u"Web"_s);
    NetworkSite site;
    site.logicalNetworkId = network.id;
    site.name = u"Web Dublin"_s;
    site.hostGroup = u"All Hosts\\Dublin"_s;
    site = std::get<NetworkSite>(create(site));
    Subnet subnet;
    subnet.spaceId = def;
    subnet.networkId = prefix(u"10.50.0.0/24"_s);
    subnet.name = u"web"_s;
    subnet.networkType = NetworkType::Provider;
    subnet.logicalNetworkId = network.id;
    subnet.siteId = site.id;
    subnet.vlanIds = {50};
    subnet = std::get<Subnet>(create(subnet));
    Range range;
    range.spaceId = def;
    range.subnetId = subnet.id;
    range.startAddress = ip(u"10.50.0.10"_s);
    range.endAddress = ip(u"10.50.0.50"_s);
    range.reservedAddresses = {u"10.50.0.10"_s};
    create(range);
    AddressSpace tenant;
    tenant.name = u"Tenant Web"_s;
    tenant.type = AddressSpaceType::Customer;
    tenant.associatedProviderSpaceId = def;
    tenant.isolationMethod = IsolationMethod::NVGRE;
    tenant.vmNetwork = u"Tenant Web"_s;
    tenant = std::get<AddressSpace>(create(tenant));
    VmNetwork vmNetwork = *s.vmNetworkByName(tenant.id, u"Tenant Web"_s);
    vmNetwork.logicalNetworkId = network.id;
    ChangeSet edit;
    edit.update(vmNetwork, vmNetwork.version);
    QVERIFY(f.writePath->submit(edit).ok());

    f.peer.clearRequests();
    const VmmSyncReport report = f.sync();
    QVERIFY2(report.completed, qPrintable(report.error + u'\n' + report.log.join(u'\n')));
    QCOMPARE(report.created, 3);
    QCOMPARE(report.refused, 0);
    // Every POST carries StampId and what the set requires (a pool's three lists).
    for (const SpfPeer::Request &r : f.peer.requests()) {
        if (r.method != "POST"_L1)
            continue;
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QVERIFY2(body.contains("StampId"_L1), r.body.constData());
        if (r.set == "StaticIPAddressPools"_L1) {
            for (const char *list :
                 {"DefaultGatewayIPAddresses", "DNSServers", "DNSSearchSuffixes"})
                QVERIFY2(body.value(QLatin1StringView(list)).isArray(), r.body.constData());
        }
    }
    const QList<QJsonObject> networks = f.peer.entities(u"LogicalNetworks"_s);
    QCOMPARE(networks.size(), 1);
    QCOMPARE(networks[0].value("Name"_L1).toString(), u"Web"_s);
    QCOMPARE(networks[0].value("Description"_L1).toString(), u"front ends"_s);
    const QList<QJsonObject> sites = f.peer.entities(u"LogicalNetworkDefinitions"_s);
    QCOMPARE(sites.size(), 1);
    QCOMPARE(sites[0].value("LogicalNetworkId"_L1).toString(),
             networks[0].value("ID"_L1).toString());
    QCOMPARE(sites[0].value("SubnetVLans"_L1).toArray().at(0).toObject().value("VLanID"_L1).toInt(),
             50);
    const QList<QJsonObject> vmNetworks = f.peer.entities(u"VMNetworks"_s);
    QCOMPARE(vmNetworks.size(), 1);
    QCOMPARE(vmNetworks[0].value("Name"_L1).toString(), u"Tenant Web"_s);
    const QList<QJsonObject> pools = f.peer.entities(u"StaticIPAddressPools"_s);
    QCOMPARE(pools.size(), 1);
    QCOMPARE(pools[0].value("IPAddressRangeStart"_L1).toString(), u"10.50.0.10"_s);
    QCOMPARE(pools[0].value("LogicalNetworkDefinitionId"_L1).toString(),
             sites[0].value("ID"_L1).toString());

    // An edit in IPAM is a partial PUT (the changed property and the keys); then nothing more.
    VmNetwork edited = *s.get<VmNetwork>(vmNetwork.id);
    edited.description = u"front ends v2"_s;
    ChangeSet rename;
    rename.update(edited, edited.version);
    QVERIFY(f.writePath->submit(rename).ok());
    f.peer.clearRequests();
    const VmmSyncReport second = f.sync();
    QCOMPARE(second.updated, 1);
    QCOMPARE(f.peer.entities(u"VMNetworks"_s)[0].value("Description"_L1).toString(),
             u"front ends v2"_s);
    QStringList puts;
    for (const SpfPeer::Request &r : f.peer.requests()) {
        if (r.method == "PUT"_L1)
            puts << QString::fromUtf8(r.body);
    }
    QCOMPARE(puts.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(puts[0].toUtf8()).object().keys(),
             (QStringList{u"Description"_s, u"ID"_s, u"StampId"_s}));
    const VmmSyncReport third = f.sync();
    QCOMPARE(third.created + third.updated + third.deleted, 0);
}

void TestVmmSync::lostCreateAnswerIsAdoptedNotDuplicated()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    f.peer.add(u"LogicalNetworks"_s, {{"Name"_L1, "Storage"_L1}});
    f.peer.setSiteSet(true);
    QVERIFY(f.sync().completed);
    ChangeSet changes;
    changes.create(storageSite(f.writePath->store(), u"Web"_s));
    QVERIFY(f.writePath->submit(changes).ok());
    // The GET of the site set answers; the POST is applied but its answer is lost.
    const QString sites = u"LogicalNetworkDefinitions"_s;
    bool armed = false;
    QObject::connect(&f.peer, &SpfPeer::requestHandled, &f.peer,
                     [&](const QString &method, const QString &path, int) {
                         if (!armed && method == "GET"_L1 && path.endsWith(sites)) {
                             armed = true;
                             f.peer.truncateNext(1, sites);
                         }
                     });
    VmmSyncOptions o = f.options();
    const VmmSyncReport cut = f.sync(o);
    QVERIFY(!cut.completed);
    QCOMPARE(f.peer.count(sites), 1);
    const VmmSyncReport clean = f.sync(o);
    QVERIFY2(clean.completed, qPrintable(clean.error));
    QCOMPARE(f.peer.count(sites), 1);
    QCOMPARE(f.writePath->store().select<NetworkSite>().size(), 1);
    const VmmSyncReport again = f.sync(o);
    QCOMPARE(again.created + again.updated + again.deleted, 0);
}

void TestVmmSync::notSupportedMarksNotInVmm()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    f.peer.add(u"LogicalNetworks"_s, {{"Name"_L1, "Storage"_L1}});
    QVERIFY(f.sync().completed);
    // A logical network made in IPAM: SPF's set is GET only, so nothing is sent at all.
    LogicalNetwork network;
    network.spaceId = f.writePath->store().defaultSpace()->id;
    network.name = u"Lab"_s;
    ChangeSet changes;
    changes.create(network);
    network = std::get<LogicalNetwork>(f.writePath->submit(changes).objects.constFirst());
    // A site on VMM's logical network, while the site set answers 405.
    f.peer.refuseWrites(u"LogicalNetworkDefinitions"_s, 405);
    ChangeSet siteChanges;
    siteChanges.create(storageSite(f.writePath->store(), u"Lab site"_s));
    QVERIFY(f.writePath->submit(siteChanges).ok());

    f.peer.clearRequests();
    VmmSync sync(*f.writePath, f.options());
    const VmmSyncReport report = sync.run();
    QVERIFY2(report.completed, qPrintable(report.error));
    QCOMPARE(report.notInVmm, 2); // the network (the contract) and the site (405)
    QCOMPARE(report.refused, 0);
    QCOMPARE(f.peer.count(u"LogicalNetworks"_s), 1);
    for (const SpfPeer::Request &r : f.peer.requests())
        QVERIFY2(r.method == "GET"_L1 || r.set != "LogicalNetworks"_L1, qPrintable(r.path));
    const QStringList notIn = sync.notInVmm();
    QCOMPARE(notIn.size(), 2);
    QVERIFY2(notIn.join(u'\n').contains("405"_L1), qPrintable(notIn.join(u'\n')));
    QVERIFY2(notIn.join(u'\n').contains("read-only (GET only)"_L1), qPrintable(notIn.join(u'\n')));
    QVERIFY(report.log.join(u'\n').contains("not in VMM: logical network \"Lab\""_L1));
    // Still in IPAM, and a re-run asks nothing again and writes nothing.
    QVERIFY(f.writePath->store().get<LogicalNetwork>(network.id));
    const qint64 audit = f.auditRows();
    f.peer.clearRequests();
    const VmmSyncReport again = f.sync();
    QCOMPARE(again.notInVmm, 2);
    QCOMPARE(again.refused, 0);
    QCOMPARE(f.writesSeen(), 0);
    QCOMPARE(f.auditRows(), audit);
    // Once VMM takes writes and the site changes, it goes in; the network never does.
    f.peer.acceptWrites(u"LogicalNetworkDefinitions"_s);
    NetworkSite site = *f.writePath->store().siteByName(
            f.writePath->store().logicalNetworkByName(network.spaceId, u"Storage"_s)->id,
            u"Lab site"_s);
    site.hostGroup = u"All Hosts\\Lab"_s;
    ChangeSet edit;
    edit.update(site, site.version);
    QVERIFY(f.writePath->submit(edit).ok());
    const VmmSyncReport later = f.sync();
    QCOMPARE(f.peer.count(u"LogicalNetworkDefinitions"_s), 1);
    QCOMPARE(later.notInVmm, 1);
}

void TestVmmSync::deletesFollowEitherSide()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    const Fabric fabric = seed(f.peer);
    QVERIFY(f.sync().completed);
    Store &s = f.writePath->store();
    const ObjectId def = s.defaultSpace()->id;
    // Removed in VMM: the West site goes; its subnet stays, unassigned.
    QVERIFY(f.peer.remove(u"LogicalNetworkDefinitions"_s, fabric.west));
    // Removed in IPAM: the tenant pool's range.
    const ObjectId tenant = s.spaceByName(u"Tenant A"_s)->id;
    const Range pool = *s.rangeByBounds(tenant, ip(u"192.168.1.10"_s), ip(u"192.168.1.20"_s));
    ChangeSet removal;
    removal.remove(pool, pool.version);
    QVERIFY(f.writePath->submit(removal).ok());

    const VmmSyncReport report = f.sync();
    QVERIFY2(report.completed, qPrintable(report.error + u'\n' + report.log.join(u'\n')));
    QCOMPARE(report.deleted, 2);
    const ObjectId network = s.logicalNetworkByName(def, u"Storage"_s)->id;
    QVERIFY(!s.siteByName(network, u"Storage West"_s));
    const auto westSubnet = s.subnetByPrefix(def, prefix(u"10.2.0.0/24"_s));
    QVERIFY(westSubnet);
    QCOMPARE(westSubnet->siteId, ObjectId(0));
    QVERIFY(!f.peer.entity(u"StaticIPAddressPools"_s, fabric.tenantPool));
    QCOMPARE(f.scalar(u"SELECT count(*) FROM vmm_link"_s), 5);

    // Removed in VMM but changed in IPAM since: kept, as a conflict.
    Range east = *s.rangeByBounds(def, ip(u"10.1.0.10"_s), ip(u"10.1.0.99"_s));
    east.description = u"East pool (edited)"_s;
    ChangeSet edit;
    edit.update(east, east.version);
    QVERIFY(f.writePath->submit(edit).ok());
    QVERIFY(f.peer.remove(u"StaticIPAddressPools"_s, fabric.eastPool));
    const VmmSyncReport conflicted = f.sync();
    QCOMPARE(conflicted.conflicts, 1);
    QVERIFY(s.get<Range>(east.id));
}

void TestVmmSync::conflictKeptUntilResolved()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    const Fabric fabric = seed(f.peer);
    QVERIFY(f.sync().completed);
    Store &s = f.writePath->store();
    const ObjectId tenant = s.spaceByName(u"Tenant A"_s)->id;
    auto editIpam = [&](const QString &description) {
        VmNetwork n = *s.vmNetworkByName(tenant, u"Tenant A"_s);
        n.description = description;
        ChangeSet changes;
        changes.update(n, n.version);
        QVERIFY(f.writePath->submit(changes).ok());
    };
    editIpam(u"IPAM's words"_s);
    QVERIFY(f.peer.update(u"VMNetworks"_s, fabric.vmNetwork,
                          {{"Description"_L1, "VMM's words"_L1}}));

    VmmSync sync(*f.writePath, f.options());
    const VmmSyncReport report = sync.run();
    QVERIFY(report.completed);
    QCOMPARE(report.conflicts, 1);
    QCOMPARE(s.vmNetworkByName(tenant, u"Tenant A"_s)->description, u"IPAM's words"_s);
    QCOMPARE(f.peer.entity(u"VMNetworks"_s, fabric.vmNetwork)->value("Description"_L1).toString(),
             u"VMM's words"_s);
    QList<VmmConflict> conflicts = sync.conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts[0].name, u"Tenant A"_s);
    QCOMPARE(conflicts[0].ipamVersion.value("Description"_L1).toString(), u"IPAM's words"_s);
    QCOMPARE(conflicts[0].vmmVersion.value("Description"_L1).toString(), u"VMM's words"_s);
    QCOMPARE(conflicts[0].remoteId, fabric.vmNetwork);
    // A re-run keeps one conflict, writes nothing.
    const qint64 audit = f.auditRows();
    QCOMPARE(f.sync().conflicts, 1);
    QCOMPARE(sync.conflicts().size(), 1);
    QCOMPARE(f.auditRows(), audit);

    // Keep VMM: IPAM takes VMM's version.
    QVERIFY(sync.resolve(conflicts[0].id, KeepSide::Vmm).ok());
    QCOMPARE(s.vmNetworkByName(tenant, u"Tenant A"_s)->description, u"VMM's words"_s);
    QVERIFY(sync.conflicts().isEmpty());
    QVERIFY(!sync.resolve(conflicts[0].id, KeepSide::Vmm).ok()); // resolved already

    // Again, and keep IPAM: VMM takes IPAM's version.
    editIpam(u"IPAM again"_s);
    QVERIFY(f.peer.update(u"VMNetworks"_s, fabric.vmNetwork, {{"Description"_L1, "VMM again"_L1}}));
    QCOMPARE(f.sync().conflicts, 1);
    conflicts = sync.conflicts();
    QCOMPARE(conflicts.size(), 1);
    // Through Windows authentication over plain http: the resolve's own client warns too.
    f.peer.setRequiredWindows(u"CONTOSO"_s, u"svc-ipam"_s, u"Pa55w.rd"_s);
    VmmSyncOptions windows = f.options();
    windows.credentials = {QString(), u"CONTOSO\\svc-ipam"_s, u"Pa55w.rd"_s};
    VmmSync windowsSync(*f.writePath, windows);
    QSignalSpy lines(&windowsSync, &VmmSync::logLine);
    QVERIFY(windowsSync.resolve(conflicts[0].id, KeepSide::Ipam).ok());
    QCOMPARE(windowsSync.warnings().size(), 1);
    bool logged = false;
    for (const QList<QVariant> &line : lines)
        logged = logged || line.at(0).toString() == u"warning: "_s + windowsSync.warnings()[0];
    QVERIFY(logged);
    QVERIFY2(windowsSync.warnings()[0].contains("NTLM"_L1), qPrintable(windowsSync.warnings()[0]));
    f.peer.setRequiredWindows(QString(), QString(), QString());
    QCOMPARE(f.peer.entity(u"VMNetworks"_s, fabric.vmNetwork)->value("Description"_L1).toString(),
             u"IPAM again"_s);
    const VmmSyncReport after = f.sync();
    QCOMPARE(after.conflicts + after.created + after.updated + after.deleted, 0);
}

void TestVmmSync::removalConflictsResolveBothWays()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    const Fabric fabric = seed(f.peer);
    QVERIFY(f.sync().completed);
    Store &s = f.writePath->store();
    const ObjectId def = s.defaultSpace()->id;
    const ObjectId tenant = s.spaceByName(u"Tenant A"_s)->id;
    // Changed in IPAM, removed in VMM.
    Range east = *s.rangeByBounds(def, ip(u"10.1.0.10"_s), ip(u"10.1.0.99"_s));
    east.description = u"East pool kept"_s;
    ChangeSet edit;
    edit.update(east, east.version);
    QVERIFY(f.writePath->submit(edit).ok());
    QVERIFY(f.peer.remove(u"StaticIPAddressPools"_s, fabric.eastPool));
    // Removed in IPAM, changed in VMM.
    const Range tenantPool = *s.rangeByBounds(tenant, ip(u"192.168.1.10"_s), ip(u"192.168.1.20"_s));
    ChangeSet removal;
    removal.remove(tenantPool, tenantPool.version);
    QVERIFY(f.writePath->submit(removal).ok());
    QVERIFY(f.peer.update(u"StaticIPAddressPools"_s, fabric.tenantPool,
                          {{"Name"_L1, "Tenant A pool renamed"_L1}}));

    VmmSync sync(*f.writePath, f.options());
    QCOMPARE(sync.run().conflicts, 2);
    const QList<VmmConflict> conflicts = sync.conflicts();
    QCOMPARE(conflicts.size(), 2);
    for (const VmmConflict &c : conflicts) {
        if (c.vmmVersion.isEmpty()) {
            // Keep IPAM: VMM gets the pool again, under a new ID.
            QCOMPARE(c.ipamVersion.value("Name"_L1).toString(), u"East pool kept"_s);
            const WriteResult kept = sync.resolve(c.id, KeepSide::Ipam);
            QVERIFY2(kept.ok(), qPrintable(kept.message));
        } else {
            // Keep VMM: IPAM gets the range again, with VMM's name.
            QVERIFY(c.ipamVersion.isEmpty());
            QVERIFY(sync.resolve(c.id, KeepSide::Vmm).ok());
        }
    }
    QVERIFY(sync.conflicts().isEmpty());
    QCOMPARE(f.peer.count(u"StaticIPAddressPools"_s), 2);
    bool found = false;
    for (const QJsonObject &pool : f.peer.entities(u"StaticIPAddressPools"_s))
        found = found || pool.value("Name"_L1).toString() == "East pool kept"_L1;
    QVERIFY(found);
    const auto back = s.rangeByBounds(tenant, ip(u"192.168.1.10"_s), ip(u"192.168.1.20"_s));
    QVERIFY(back);
    QCOMPARE(back->description, u"Tenant A pool renamed"_s);
    const VmmSyncReport after = f.sync();
    QCOMPARE(after.conflicts + after.created + after.updated + after.deleted, 0);
}

void TestVmmSync::syncPrincipalNeedsRights()
{
    QFETCH(QString, backend);
    RbacFixture rbac(backend);
    IPAM_REQUIRE_DATABASE(rbac.testDb);
    QString error;
    QVERIFY2(rbac.start(&error), qPrintable(error));
    SpfPeer peer;
    QVERIFY(peer.listen());
    seed(peer);
    rbac.user->setPrincipal(Principal{u"vmmsync"_s, {}});
    VmmSyncOptions o;
    o.baseUrl = peer.baseUrl();
    o.providerSpace = u"East fabric"_s;
    o.retries = 0;
    o.push = false;
    const QString before = rbac.fingerprint();
    {
        VmmSync sync(*rbac.user, o);
        const VmmSyncReport report = sync.run();
        QVERIFY(report.completed);
        QVERIFY(report.denied > 0);
        QCOMPARE(report.created, 0);
        QVERIFY2(report.log.join(u'\n').contains("permission denied"_L1),
                 qPrintable(report.log.join(u'\n')));
    }
    QCOMPARE(rbac.fingerprint(), before);
    // IPAM ASM Administrator in the provider space's scope only: the fabric syncs, but a VM
    // network's customer space is made in Global, so those are denied.
    QVERIFY(rbac.adminAccess
                    ->addPolicy(u"vmmsync"_s, false, u"IPAM ASM Administrator Role"_s,
                                u"Global/East"_s)
                    .ok());
    {
        VmmSync sync(*rbac.user, o);
        const VmmSyncReport report = sync.run();
        QVERIFY(report.completed);
        QVERIFY(report.created >= 4);
        QVERIFY(report.denied > 0);
        QVERIFY(!rbac.admin->store().spaceByName(u"Tenant A"_s));
    }
    QVERIFY(rbac.adminAccess
                    ->addPolicy(u"vmmsync"_s, false, u"IPAM ASM Administrator Role"_s, u"Global"_s)
                    .ok());
    {
        VmmSync sync(*rbac.user, o);
        const VmmSyncReport report = sync.run();
        QVERIFY2(report.completed && report.denied == 0, qPrintable(report.log.join(u'\n')));
        QVERIFY(rbac.admin->store().spaceByName(u"Tenant A"_s));
    }
    rbac.adminAccess->removePolicies(u"vmmsync"_s);
}

void TestVmmSync::postgresGuardsSyncStateItself()
{
    QString why;
    if (!TestDatabase::postgresAvailable(&why)) {
        if (TestDatabase::postgresRequired())
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    RbacFixture rbac(u"postgresql"_s);
    QString error;
    QVERIFY2(rbac.start(&error), qPrintable(error));
    const QString suffix = QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000);
    QStringList logins;
    auto connectAs = [&](const QString &name, bool asm_) -> std::shared_ptr<Database> {
        const QString user = u"ipam_vmm_%1_%2"_s.arg(name, suffix);
        QSqlQuery q(rbac.db->connection());
        if (!q.exec(u"CREATE ROLE \"%1\" LOGIN"_s.arg(user)))
            qFatal("cannot create a login");
        logins.append(user);
        if (asm_
            && !rbac.adminAccess
                        ->addPolicy(user, false, u"IPAM ASM Administrator Role"_s, u"Global"_s)
                        .ok())
            qFatal("cannot add a policy");
        QUrl url(rbac.testDb.url());
        url.setUserName(user);
        return Database::open(DatabaseLocation::parse(url.toString()).value()).value();
    };
    {
        // A login without rights cannot forge the sync's state with a direct INSERT.
        const std::shared_ptr<Database> nobody = connectAs(u"nobody"_s, false);
        QSqlQuery forged(nobody->connection());
        QVERIFY(!forged.exec(u"INSERT INTO vmm_link (kind, object_id, remote_set) VALUES (1, 1, "
                             "'LogicalNetworks')"_s));
        QVERIFY2(forged.lastError().nativeErrorCode() == "42501"_L1,
                 qPrintable(forged.lastError().text()));
        // The sync account (ASM Administrator in Global), connected as itself, syncs.
        const std::shared_ptr<Database> account = connectAs(u"sync"_s, true);
        WritePath writePath(account, Principal{logins.last(), {}});
        writePath.setAuthorizer(makeAuthorizer(account));
        SpfPeer peer;
        QVERIFY(peer.listen());
        seed(peer);
        VmmSyncOptions o;
        o.baseUrl = peer.baseUrl();
        o.providerSpace = u"East fabric"_s;
        VmmSync sync(writePath, o);
        const VmmSyncReport report = sync.run();
        QVERIFY2(report.completed && report.refused == 0, qPrintable(report.log.join(u'\n')));
        // VMM's 7; the fixture's East logical network is IPAM's only (SPF takes no logical
        // network writes), and so its site, and its tenant VM network: not in VMM.
        QCOMPARE(report.created, 7);
        QSqlQuery links(account->connection());
        QVERIFY(links.exec(u"SELECT count(*) FROM vmm_link"_s) && links.next());
        QCOMPARE(report.notInVmm, 3);
        QCOMPARE(links.value(0).toInt(), 10);
    }
    for (const QString &login : std::as_const(logins)) {
        rbac.adminAccess->removePolicies(login);
        QSqlQuery(rbac.db->connection()).exec(u"DROP OWNED BY \"%1\""_s.arg(login));
        QSqlQuery(rbac.db->connection()).exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(login));
    }
}

void TestVmmSync::dryRunWritesNothing()
{
    SyncFixture f(u"sqlite"_s);
    START(f);
    seed(f.peer);
    const qint64 audit = f.auditRows();
    VmmSyncOptions o = f.options();
    o.dryRun = true;
    const VmmSyncReport report = f.sync(o);
    QVERIFY(report.completed);
    QCOMPARE(report.created, 7);
    QCOMPARE(f.auditRows(), audit);
    QCOMPARE(f.scalar(u"SELECT count(*) FROM vmm_link"_s), 0);
    QVERIFY(report.log.join(u'\n').contains("would create logical network \"Storage\""_L1));
}

void TestVmmSync::authenticatesWithBearerOrBasic()
{
    SyncFixture f(u"sqlite"_s);
    START(f);
    seed(f.peer);
    f.peer.setRequiredBearerToken(u"s3cret"_s);
    f.peer.setRequiredBasic(u"svc"_s, u"pa:ss"_s);
    VmmSyncOptions o = f.options();
    const VmmSyncReport none = f.sync(o);
    QVERIFY(!none.completed);
    QVERIFY2(none.error.contains("401"_L1), qPrintable(none.error));
    o.credentials.bearerToken = u"s3cret"_s;
    QVERIFY(f.sync(o).completed);
    o.credentials = {QString(), u"svc"_s, u"pa:ss"_s};
    QVERIFY(f.sync(o).completed);
}

void TestVmmSync::cancelStopsSoon()
{
    SyncFixture f(u"sqlite"_s);
    START(f);
    seed(f.peer);
    f.peer.delayNext(1, 2000);
    VmmSync sync(*f.writePath, f.options());
    QTimer::singleShot(100, &sync, [&sync] { sync.cancel(); });
    QElapsedTimer timer;
    timer.start();
    const VmmSyncReport report = sync.run();
    QVERIFY(!report.completed);
    QVERIFY(timer.elapsed() < 1500);
    QCOMPARE(f.scalar(u"SELECT count(*) FROM vmm_link"_s), 0);
}

// A generated fabric of 3,000 entities with two pools the write path refuses
// (each overlaps the pool listed just before it) in the middle of the pools: the pools go
// through the write path a few thousand changes per transaction, and exactly the two bad ones
// are refused, with their names and reasons; everything else syncs once.
void TestVmmSync::refusedEntitiesLeaveTheirBatchGoingOn()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    SpfPeer generator;
    generator.generate(3000);
    QJsonObject fabric = generator.seed();
    QJsonArray pools = fabric.value("StaticIPAddressPools"_L1).toArray();
    const int total = 3000 + 2;
    for (const int at : {int(pools.size() / 3), int(2 * pools.size() / 3)}) {
        QJsonObject bad = pools.at(at - 1).toObject(); // same site, subnet and bounds
        bad.remove("ID"_L1);
        bad.insert("Name"_L1, u"Bad pool %1"_s.arg(at));
        pools.insert(at, bad);
    }
    fabric.insert("StaticIPAddressPools"_L1, pools);
    QCOMPARE(f.peer.loadSeed(fabric), QString());
    const qint64 auditBefore = f.auditRows();

    const VmmSyncReport report = f.sync();
    QVERIFY2(report.completed, qPrintable(report.error));
    QCOMPARE(report.refused, 2);
    QCOMPARE(report.created, total - 2);
    QStringList refusals;
    for (const QString &line : report.log) {
        if (line.startsWith("refused "_L1))
            refusals << line;
    }
    QCOMPARE(refusals.size(), 2);
    for (const QString &line : std::as_const(refusals)) {
        QVERIFY2(line.contains("Bad pool"_L1) && line.contains("overlaps"_L1), qPrintable(line));
    }
    // Whole objects, each once, each with its link row.
    QCOMPARE(f.scalar(u"SELECT count(*) FROM vmm_link"_s), total - 2);
    QCOMPARE(f.scalar(u"SELECT count(*) FROM ip_range"_s), pools.size() - 2);
    QCOMPARE(f.scalar(u"SELECT count(*) FROM ip_range WHERE description LIKE 'Bad pool%'"_s), 0);
    QCOMPARE(f.scalar(u"SELECT count(*) FROM (SELECT space_id, lo, hi FROM ip_range GROUP BY "
                      "space_id, lo, hi HAVING count(*) > 1) d"_s),
             0);
    QCOMPARE(f.scalar(u"SELECT count(*) FROM ip_range r WHERE NOT EXISTS (SELECT 1 FROM "
                      "vmm_link l WHERE l.kind = %1 AND l.object_id = r.id)"_s.arg(
                              int(ObjectKind::Range))),
             0);
    // Batched: a few dozen transactions (each audited), not one or more per object.
    QVERIFY2(f.auditRows() - auditBefore < 60, qPrintable(QString::number(f.auditRows())));

    // The next run changes nothing and refuses the same two again.
    const VmmSyncReport again = f.sync();
    QVERIFY(again.completed);
    QCOMPARE(again.created, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.refused, 2);
    QCOMPARE(again.unchanged, total - 2);
}

void TestVmmSync::faultInABatchedStageThenCleanRun_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("fault");
    for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
        QString why;
        if (backend == "postgresql"_L1 && !TestDatabase::postgresAvailable(&why)
            && !TestDatabase::postgresRequired())
            continue;
        QTest::addRow("%s cut off", qPrintable(backend)) << backend << u"cut off"_s;
    }
    QTest::addRow("sqlite link row fails") << u"sqlite"_s << u"link row fails"_s;
}

// A run stopped between two batches of a stage (cancelled after the first batch of pools
// committed), or whose link rows start failing inside a batch's transaction: what was
// written is whole objects with their link rows; the next clean run completes the rest, with
// the same result as an uninterrupted run and nothing duplicated.
void TestVmmSync::faultInABatchedStageThenCleanRun()
{
    QFETCH(QString, backend);
    QFETCH(QString, fault);
    const int total = 1200;
    QString expected;
    {
        SyncFixture reference(u"sqlite"_s);
        START(reference);
        reference.peer.generate(total);
        QVERIFY(reference.sync().completed);
        expected = reference.fingerprint();
    }
    SyncFixture f(backend);
    START(f);
    f.peer.generate(total);
    const int pools = f.peer.count(u"StaticIPAddressPools"_s);
    VmmSyncOptions o = f.options();
    o.batchSize = 100;
    VmmSyncReport first;
    if (fault == "cut off"_L1) {
        VmmSync sync(*f.writePath, o);
        QObject::connect(&sync, &VmmSync::logLine, &sync, [&sync](const QString &line) {
            if (line.startsWith("created range"_L1))
                sync.cancel(); // seen once the first batch of pools committed
        });
        first = sync.run();
    } else {
        // The 150th pool link row fails: the batch holding it is rolled back whole, each of
        // its objects retried alone and refused from there on.
        QSqlQuery q(f.db->connection());
        QVERIFY2(q.exec(u"CREATE TRIGGER fail_links BEFORE INSERT ON vmm_link WHEN "
                        "NEW.remote_set = 'StaticIPAddressPools' AND (SELECT count(*) FROM "
                        "vmm_link WHERE remote_set = 'StaticIPAddressPools') >= 150 BEGIN "
                        "SELECT RAISE(ABORT, 'injected fault'); END"_s),
                 qPrintable(q.lastError().text()));
        first = f.sync(o);
        QVERIFY(q.exec(u"DROP TRIGGER fail_links"_s));
        QCOMPARE(first.refused, pools - 150);
    }
    QCOMPARE(first.completed, fault != "cut off"_L1);
    const qint64 ranges = f.scalar(u"SELECT count(*) FROM ip_range"_s);
    QVERIFY2(ranges > 0 && ranges < pools, qPrintable(QString::number(ranges)));
    QCOMPARE(f.scalar(u"SELECT count(*) FROM vmm_link WHERE remote_set = 'StaticIPAddressPools'"_s),
             ranges);
    QCOMPARE(f.scalar(u"SELECT count(*) FROM ip_range r WHERE NOT EXISTS (SELECT 1 FROM "
                      "vmm_link l WHERE l.kind = %1 AND l.object_id = r.id)"_s.arg(
                              int(ObjectKind::Range))),
             0);

    const VmmSyncReport clean = f.sync(o);
    QVERIFY2(clean.completed, qPrintable(clean.error));
    QCOMPARE(clean.refused, 0);
    QCOMPARE(clean.created, pools - int(ranges));
    QCOMPARE(f.fingerprint(), expected);
    QCOMPARE(f.scalar(u"SELECT count(*) FROM vmm_link"_s), total);
    const VmmSyncReport noOp = f.sync(o);
    QCOMPARE(noOp.unchanged, total);
    QCOMPARE(noOp.created + noOp.updated + noOp.deleted + noOp.refused, 0);
}

// Sets large enough to be read on several cores (VmmReader::read splits them from 4,000
// entities): the outcome of one reader: the entities edited in VMM (one early, one late in
// the set) found and applied, an unreadable one refused by its ID, the rest matched by
// their fingerprints.
void TestVmmSync::largeSetsReadOnAllCores()
{
    SyncFixture f(u"sqlite"_s);
    START(f);
    f.peer.generate(11000);
    const QString set = u"StaticIPAddressPools"_s;
    const QList<QJsonObject> pools = f.peer.entities(set);
    QVERIFY2(pools.size() >= 4000, qPrintable(QString::number(pools.size())));
    const VmmSyncReport pull = f.sync();
    QVERIFY2(pull.completed && pull.refused == 0,
             qPrintable(pull.error + pull.log.filter(u"refused"_s).mid(0, 3).join(u'\n')));
    QCOMPARE(pull.created, 11000);
    QCOMPARE(f.sync().fingerprinted, 11000);

    for (const QJsonObject &pool : {pools.at(10), pools.at(pools.size() - 10)}) {
        QVERIFY(f.peer.update(set, QUuid::fromString(pool.value("ID"_L1).toString()),
                              {{"Name"_L1, pool.value("Name"_L1).toString() + " (renamed)"_L1}}));
    }
    const QUuid unreadable = f.peer.add(set, {{"Subnet"_L1, "10.250.0.0/24"_L1}});
    const VmmSyncReport resync = f.sync();
    QVERIFY2(resync.completed, qPrintable(resync.error));
    QCOMPARE(resync.fingerprinted, 10998);
    QCOMPARE(resync.unchanged, 10998);
    QCOMPARE(resync.updated, 2);
    QCOMPARE(resync.refused, 1);
    QCOMPARE(resync.created + resync.deleted + resync.conflicts, 0);
    QVERIFY2(resync.log.filter(unreadable.toString(QUuid::WithoutBraces)).size() == 1,
             qPrintable(resync.log.join(u'\n')));
    QCOMPARE(f.scalar(u"SELECT count(*) FROM ip_range WHERE description LIKE '% (renamed)'"_s), 2);
}

// A completed run leaves a mark (the audit position at which it saw IPAM whole); the next
// run that finds the audit log there reads nothing of IPAM. Whatever moves IPAM (an edit, a
// new object, the sync's own writes) voids the mark, and that run reads IPAM as before: an
// edit is pushed, a new object created in VMM, a conflict kept as a conflict.
void TestVmmSync::markedIpamIsNotReadAgain()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    const Fabric fabric = seed(f.peer);
    const VmmSyncReport pull = f.sync();
    QVERIFY2(pull.completed && pull.refused == 0, qPrintable(pull.error));
    QVERIFY(!pull.ipamUnchanged);
    QCOMPARE(f.scalar(u"SELECT count(*) FROM vmm_mark"_s), 1);
    f.sync(); // records what the pull could not (sites' keys)
    const qint64 audit = f.auditRows();
    const qint64 markedAt = f.scalar(u"SELECT audit_id FROM vmm_mark"_s);
    const VmmSyncReport settled = f.sync();
    QVERIFY(settled.completed);
    QVERIFY(settled.ipamUnchanged);
    QCOMPARE(settled.unchanged, 7);
    QCOMPARE(settled.created + settled.updated + settled.deleted + settled.conflicts, 0);
    QCOMPARE(f.auditRows(), audit);
    QCOMPARE(f.scalar(u"SELECT audit_id FROM vmm_mark"_s), markedAt); // nothing to mark anew

    // An edit in IPAM: the mark no longer holds; the edit is pushed; the next run is marked.
    Store &s = f.writePath->store();
    const ObjectId def = s.defaultSpace()->id;
    {
        VmNetwork tenant = *s.vmNetworkByName(s.spaceByName(u"Tenant A"_s)->id, u"Tenant A"_s);
        tenant.description = u"edited in IPAM"_s;
        ChangeSet changes;
        changes.update(tenant, tenant.version);
        QVERIFY(f.writePath->submit(changes).ok());
    }
    const VmmSyncReport pushed = f.sync();
    QVERIFY(!pushed.ipamUnchanged);
    QCOMPARE(pushed.updated, 1);
    QCOMPARE(f.peer.entity(u"VMNetworks"_s, fabric.vmNetwork)->value("Description"_L1),
             QJsonValue(u"edited in IPAM"_s));
    f.sync(); // VMM's answer to the push is seen equal: hashes recorded
    QVERIFY(f.sync().ipamUnchanged);

    // A new object in IPAM: created in VMM.
    {
        ChangeSet changes;
        changes.create(storageSite(s, u"Backup"_s));
        QVERIFY(f.writePath->submit(changes).ok());
    }
    const VmmSyncReport created = f.sync();
    QVERIFY(!created.ipamUnchanged);
    QCOMPARE(created.created, 1);
    QCOMPARE(f.peer.count(u"LogicalNetworkDefinitions"_s), 3);

    // Changed in VMM only, while marked: read from VMM, written to IPAM.
    f.sync();
    QVERIFY(f.sync().ipamUnchanged);
    QVERIFY(f.peer.update(u"LogicalNetworks"_s, fabric.network, {{"Name"_L1, "Storage 2"_L1}}));
    const VmmSyncReport renamed = f.sync();
    QVERIFY(renamed.ipamUnchanged);
    QCOMPARE(renamed.updated, 1);
    QVERIFY(s.logicalNetworkByName(def, u"Storage 2"_s));

    // Changed on both sides: a conflict, and still one on the next runs, neither side
    // overwritten, however the marks come and go.
    f.sync();
    LogicalNetwork network = *s.logicalNetworkByName(def, u"Storage 2"_s);
    network.description = u"IPAM's words"_s;
    {
        ChangeSet changes;
        changes.update(network, network.version);
        QVERIFY(f.writePath->submit(changes).ok());
    }
    QVERIFY(f.peer.update(u"LogicalNetworks"_s, fabric.network,
                          {{"Description"_L1, "VMM's words"_L1}}));
    for (int run = 0; run < 3; ++run) {
        const VmmSyncReport report = f.sync();
        QVERIFY(report.completed);
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(s.logicalNetworkByName(def, u"Storage 2"_s)->description, u"IPAM's words"_s);
        QCOMPARE(f.peer.entity(u"LogicalNetworks"_s, fabric.network)->value("Description"_L1),
                 QJsonValue(u"VMM's words"_s));
    }
}

// PostgreSQL hands out audit ids before commit: a change may commit after a mark with an id
// below the newest. The mark counts the rows of the last 64 ids, so such a row voids it.
// Played on SQLite by taking a row out before marking (as if not yet committed) and putting
// it back after.
void TestVmmSync::lateAuditRowVoidsTheMark()
{
    SyncFixture f(u"sqlite"_s);
    START(f);
    seed(f.peer);
    QVERIFY(f.sync().completed);
    f.sync();
    QVERIFY(f.sync().ipamUnchanged);
    const qint64 late = f.scalar(u"SELECT audit_id - 1 FROM vmm_mark"_s);
    QSqlQuery q(f.db->connection());
    QVERIFY(q.exec(u"CREATE TEMP TABLE held AS SELECT * FROM audit_log WHERE id = %1"_s.arg(late)));
    QVERIFY(q.exec(u"DELETE FROM audit_log WHERE id = %1"_s.arg(late)));
    QVERIFY(q.exec(u"UPDATE vmm_mark SET audit_window = audit_window - 1"_s));
    QVERIFY(f.sync().ipamUnchanged); // the mark as it would have been taken
    QVERIFY(q.exec(u"INSERT INTO audit_log SELECT * FROM held"_s));
    QVERIFY(!f.sync().ipamUnchanged);
}

// A new site is written with its subnets in one go; when the write path refuses one of them
// (here it overlaps another of the same site), the site and the other subnets are written all
// the same, and only that subnet is refused, by name.
void TestVmmSync::refusedSubnetHoldsBackNothingElse()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    const QUuid network = f.peer.add(u"LogicalNetworks"_s, {{"Name"_L1, "Storage"_L1}});
    QJsonArray pairs;
    for (const char *subnet : {"10.7.0.0/24", "10.7.0.0/23", "10.7.8.0/24"})
        pairs.append(QJsonObject{{"Subnet"_L1, QLatin1StringView(subnet)}, {"VLanID"_L1, 7}});
    f.peer.add(u"LogicalNetworkDefinitions"_s,
               {{"Name"_L1, "East"_L1},
                {"LogicalNetworkId"_L1, network.toString(QUuid::WithoutBraces)},
                {"SubnetVLans"_L1, pairs},
                {"HostGroups"_L1, QJsonArray{u"All Hosts"_s}}});
    const VmmSyncReport report = f.sync();
    QVERIFY2(report.completed, qPrintable(report.error));
    QCOMPARE(report.created, 2);
    QCOMPARE(report.refused, 1);
    QStringList refusals;
    for (const QString &line : report.log) {
        if (line.startsWith("refused "_L1))
            refusals << line;
    }
    QCOMPARE(refusals.size(), 1);
    QVERIFY2(refusals.constFirst().contains("10.7.0.0/24"_L1), qPrintable(refusals.constFirst()));
    Store &s = f.writePath->store();
    const auto ln = s.logicalNetworkByName(s.defaultSpace()->id, u"Storage"_s);
    QVERIFY(ln);
    const auto site = s.siteByName(ln->id, u"East"_s);
    QVERIFY(site);
    QStringList onSite;
    for (const Subnet &subnet : s.select<Subnet>(u"site_id = ?"_s, {site->id}))
        onSite << subnet.networkId.toString();
    onSite.sort();
    QCOMPARE(onSite, QStringList({u"10.7.0.0/23"_s, u"10.7.8.0/24"_s}));
}

QTEST_GUILESS_MAIN(TestVmmSync)
// Links whose two sides were not both recorded as seen equal to the baseline: after a
// second run over an unchanged fabric there are none, so the next run takes the hashed path.
qint64 unhashedLinks(SyncFixture &f)
{
    return f.scalar(u"SELECT count(*) FROM vmm_link WHERE state = 'synced' AND (remote_hash = 0 "
                    "OR ipam_hash = 0)"_s);
}

void TestVmmSync::hashedNoOpStillSeesOneRemoteProperty()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    f.peer.generate(300);
    const VmmSyncReport pull = f.sync();
    QVERIFY2(pull.completed && pull.refused == 0, qPrintable(pull.error));
    QCOMPARE(pull.created, 300);
    QCOMPARE(f.sync().unchanged, 300); // compares in full, records both sides' hashes
    QCOMPARE(unhashedLinks(f), 0);
    const VmmSyncReport hashed = f.sync();
    QCOMPARE(hashed.unchanged, 300);
    QCOMPARE(hashed.created + hashed.updated + hashed.deleted + hashed.conflicts, 0);

    // One property of one pool among 300 entities: the fingerprint differs, the full compare
    // finds the change, IPAM follows.
    QList<QJsonObject> pools; // those on network sites (their ranges are in the provider space)
    for (const QJsonObject &e : f.peer.entities(u"StaticIPAddressPools"_s))
        if (!e.value("LogicalNetworkDefinitionId"_L1).toString().isEmpty())
            pools << e;
    QVERIFY(pools.size() > 10);
    const QJsonObject pool = pools.at(pools.size() / 2);
    const QString start = pool.value("IPAddressRangeStart"_L1).toString();
    QVERIFY(pool.value("IPAddressReservedSet"_L1).toString() != start);
    const QUuid poolId = QUuid::fromString(pool.value("ID"_L1).toString());
    QVERIFY(f.peer.update(u"StaticIPAddressPools"_s, poolId, {{"IPAddressReservedSet"_L1, start}}));
    // And a logical network's description only.
    const QJsonObject network = f.peer.entities(u"LogicalNetworks"_s).constLast();
    QVERIFY(f.peer.update(u"LogicalNetworks"_s,
                          QUuid::fromString(network.value("ID"_L1).toString()),
                          {{"Description"_L1, "edited in VMM"_L1}}));
    const VmmSyncReport edited = f.sync();
    QVERIFY2(edited.completed, qPrintable(edited.error + u'\n' + edited.log.join(u'\n')));
    QCOMPARE(edited.updated, 2);
    QCOMPARE(edited.unchanged, 298);
    Store &s = f.writePath->store();
    const auto range = s.rangeByBounds(s.defaultSpace()->id, ip(start),
                                       ip(pool.value("IPAddressRangeEnd"_L1).toString()));
    QVERIFY(range);
    QCOMPARE(range->reservedAddresses, QStringList{start});
    const auto ln
            = s.logicalNetworkByName(s.defaultSpace()->id, network.value("Name"_L1).toString());
    QVERIFY(ln);
    QCOMPARE(ln->description, u"edited in VMM"_s);
    // Settled: nothing more to do, and hashed again.
    QCOMPARE(f.sync().unchanged, 300);
    QCOMPARE(unhashedLinks(f), 0);

    // Removed in VMM while every other entity takes the hashed path: IPAM follows.
    QVERIFY(f.peer.remove(u"StaticIPAddressPools"_s, poolId));
    const VmmSyncReport removed = f.sync();
    QVERIFY2(removed.completed, qPrintable(removed.error));
    QCOMPARE(removed.deleted, 1);
    QCOMPARE(removed.unchanged, 299);
    QVERIFY(!s.get<Range>(range->id));
}

void TestVmmSync::hashedNoOpStillSeesIpamEdits()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    const Fabric fabric = seed(f.peer);
    QVERIFY(f.sync().completed);
    QCOMPARE(f.sync().unchanged, 7);
    QCOMPARE(unhashedLinks(f), 0);
    Store &s = f.writePath->store();
    const ObjectId def = s.defaultSpace()->id;
    auto submit = [&](auto object) {
        ChangeSet changes;
        changes.update(object, object.version);
        const WriteResult r = f.writePath->submit(changes);
        QVERIFY2(r.ok(), qPrintable(r.message));
    };

    // The object's own version: a VM network's description.
    VmNetwork network = *s.vmNetworkByName(s.spaceByName(u"Tenant A"_s)->id, u"Tenant A"_s);
    network.description = u"edited in IPAM"_s;
    submit(network);
    // What a site's values read without its own version changing: one of its subnets' VLAN.
    Subnet east = *s.subnetByPrefix(def, prefix(u"10.1.1.0/24"_s));
    east.vlanIds = {99};
    submit(east);
    f.peer.clearRequests();
    const VmmSyncReport report = f.sync();
    QVERIFY2(report.completed, qPrintable(report.error + u'\n' + report.log.join(u'\n')));
    QCOMPARE(report.updated, 2);
    QCOMPARE(f.peer.entity(u"VMNetworks"_s, fabric.vmNetwork)->value("Description"_L1),
             QJsonValue(u"edited in IPAM"_s));
    const QJsonArray vlans = f.peer.entity(u"LogicalNetworkDefinitions"_s, fabric.east)
                                     ->value("SubnetVLans"_L1)
                                     .toArray();
    QCOMPARE(vlans.size(), 2);
    QCOMPARE(vlans.at(1).toObject().value("VLanID"_L1).toInt(), 99);

    // A version bump that changes nothing VMM holds (as utilization updates do): compared in
    // full, found equal, no write to VMM; then hashed again.
    Subnet west = *s.subnetByPrefix(def, prefix(u"10.2.0.0/24"_s));
    west.description = u"not in the contract"_s;
    submit(west);
    f.peer.clearRequests();
    const VmmSyncReport quiet = f.sync();
    QCOMPARE(quiet.updated + quiet.created + quiet.deleted + quiet.conflicts, 0);
    QCOMPARE(f.writesSeen(), 0);
    QCOMPARE(unhashedLinks(f), 0);
}

void TestVmmSync::deletedObjectsLinkIsNotInheritedByANewOne()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    seed(f.peer);
    QVERIFY(f.sync().completed);
    Store &s = f.writePath->store();
    NetworkSite backup = storageSite(s, u"Backup"_s);
    ChangeSet create;
    create.create(backup);
    WriteResult created = f.writePath->submit(create);
    QVERIFY(created.ok());
    backup = std::get<NetworkSite>(created.objects.constFirst());
    QCOMPARE(f.sync().created, 1);
    QCOMPARE(f.peer.count(u"LogicalNetworkDefinitions"_s), 3);
    const QString backupGuid = [&] {
        for (const QJsonObject &e : f.peer.entities(u"LogicalNetworkDefinitions"_s))
            if (e.value("Name"_L1).toString() == "Backup"_L1)
                return e.value("ID"_L1).toString();
        return QString();
    }();
    QVERIFY(!backupGuid.isEmpty());

    // Deleted in IPAM (the newest network site), then another one created: SQLite hands
    // it the deleted one's id.
    ChangeSet removal;
    removal.remove(backup, backup.version);
    QVERIFY(f.writePath->submit(removal).ok());
    NetworkSite archive = storageSite(s, u"Archive"_s);
    ChangeSet second;
    second.create(archive);
    created = f.writePath->submit(second);
    QVERIFY(created.ok());
    archive = std::get<NetworkSite>(created.objects.constFirst());
    if (backend == "sqlite"_L1)
        QCOMPARE(archive.id, backup.id); // the case this guards against

    f.peer.clearRequests();
    const VmmSyncReport report = f.sync();
    QVERIFY2(report.completed, qPrintable(report.error + u'\n' + report.log.join(u'\n')));
    QCOMPARE(report.created, 1);
    QCOMPARE(report.deleted, 1);
    QCOMPARE(report.updated, 0);
    QStringList writes;
    for (const SpfPeer::Request &r : f.peer.requests()) {
        if (r.method != "GET"_L1)
            writes << (r.tunnelledMethod.isEmpty() ? r.method : r.tunnelledMethod) + u' ' + r.set;
    }
    writes.sort();
    QCOMPARE(writes,
             QStringList(
                     {u"DELETE LogicalNetworkDefinitions"_s, u"POST LogicalNetworkDefinitions"_s}));
    QStringList names;
    for (const QJsonObject &e : f.peer.entities(u"LogicalNetworkDefinitions"_s)) {
        names << e.value("Name"_L1).toString();
        QVERIFY(e.value("ID"_L1).toString() != backupGuid);
    }
    names.sort();
    QCOMPARE(names, QStringList({u"Archive"_s, u"Storage East"_s, u"Storage West"_s}));
    // Settled.
    const VmmSyncReport again = f.sync();
    QCOMPARE(again.created + again.updated + again.deleted + again.conflicts, 0);
}

#include "tst_vmmsync.moc"

// A pull records the fingerprint of every entity it wrote the baseline from, so the first
// re-sync right after it need not parse an unchanged entity again, yet still sees one VMM
// edited right after the pull.
void TestVmmSync::pullRecordsRemoteFingerprints()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    f.peer.generate(300);
    const VmmSyncReport pull = f.sync();
    QVERIFY2(pull.completed && pull.refused == 0, qPrintable(pull.error));
    QCOMPARE(pull.created, 300);
    QCOMPARE(pull.fingerprinted, 0);
    QCOMPARE(
            f.scalar(u"SELECT count(*) FROM vmm_link WHERE state = 'synced' AND remote_hash = 0"_s),
            0);
    // IPAM's side too where the pull knows what its key reads (all but sites and VM networks
    // written in several steps).
    const QString ipamUnhashed
            = u"SELECT count(*) FROM vmm_link WHERE kind = %1 AND ipam_hash = 0"_s;
    QCOMPARE(f.scalar(ipamUnhashed.arg(int(ObjectKind::Range))), 0);
    QCOMPARE(f.scalar(ipamUnhashed.arg(int(ObjectKind::LogicalNetwork))), 0);
    QCOMPARE(f.scalar(ipamUnhashed.arg(int(ObjectKind::Subnet))), 0);
    auto rangeKeys = [&f] {
        QStringList keys;
        QSqlQuery q(f.db->connection());
        q.exec(u"SELECT id, ipam_hash FROM vmm_link WHERE kind = %1 ORDER BY id"_s.arg(
                int(ObjectKind::Range)));
        while (q.next())
            keys << q.value(0).toString() + u':' + q.value(1).toString();
        return keys;
    };
    const QStringList keysAfterPull = rangeKeys();
    QVERIFY(keysAfterPull.size() > 10);

    // Edited in IPAM right after the pull: its version moved, so its key did: compared in
    // full, pushed (a VM network: SPF takes no PUT on pools).
    Store &s = f.writePath->store();
    const QJsonObject tenant = f.peer.entities(u"VMNetworks"_s).constLast();
    const QUuid tenantId = QUuid::fromString(tenant.value("ID"_L1).toString());
    const qint64 linkedNetwork
            = f.scalar(u"SELECT object_id FROM vmm_link WHERE remote_id = '%1'"_s.arg(
                    tenantId.toString(QUuid::WithoutBraces)));
    VmNetwork vmNetwork = *s.get<VmNetwork>(linkedNetwork);
    vmNetwork.description = u"edited in IPAM"_s;
    {
        ChangeSet changes;
        changes.update(vmNetwork, vmNetwork.version);
        const WriteResult r = f.writePath->submit(changes);
        QVERIFY2(r.ok(), qPrintable(r.message));
    }

    // Edited in VMM right after the pull: its fingerprint differs, the full compare finds it.
    const QJsonObject network = f.peer.entities(u"LogicalNetworks"_s).constFirst();
    QVERIFY(f.peer.update(u"LogicalNetworks"_s,
                          QUuid::fromString(network.value("ID"_L1).toString()),
                          {{"Description"_L1, "edited right after the pull"_L1}}));
    const VmmSyncReport first = f.sync();
    QVERIFY2(first.completed, qPrintable(first.error + u'\n' + first.log.join(u'\n')));
    QCOMPARE(first.fingerprinted, 299);
    QCOMPARE(first.updated, 2);
    QCOMPARE(first.unchanged, 298);
    QCOMPARE(first.created + first.deleted + first.conflicts + first.refused, 0);
    QCOMPARE(f.peer.entity(u"VMNetworks"_s, tenantId)->value("Description"_L1),
             QJsonValue(u"edited in IPAM"_s));
    // Every other range's key as the pull recorded it matched: none was compared in full
    // (which would have recorded a key of its own).
    const QStringList keysAfterResync = rangeKeys();
    QCOMPARE(keysAfterResync.size(), keysAfterPull.size());
    int keysKept = 0;
    for (int i = 0; i < keysAfterPull.size(); ++i)
        keysKept += keysAfterPull.at(i) == keysAfterResync.at(i) ? 1 : 0;
    QCOMPARE(keysKept, int(keysAfterPull.size()));
    const auto ln
            = s.logicalNetworkByName(s.defaultSpace()->id, network.value("Name"_L1).toString());
    QVERIFY(ln);
    QCOMPARE(ln->description, u"edited right after the pull"_s);

    // The update took VMM's values as its baseline: its fingerprint is recorded too; the
    // pushed VM network's waits for VMM's next answer.
    QCOMPARE(f.scalar(u"SELECT count(*) FROM vmm_link WHERE remote_hash = 0"_s), 1);
    const VmmSyncReport settled = f.sync();
    QCOMPARE(settled.fingerprinted, 299);
    QCOMPARE(settled.unchanged, 300);
    QCOMPARE(settled.created + settled.updated + settled.deleted + settled.conflicts, 0);
    QCOMPARE(unhashedLinks(f), 0); // both sides of every link now
    QCOMPARE(f.sync().fingerprinted, 300);
}

void TestVmmSync::unreadableNextLinkAbortsWithoutDeletes_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("nextLink");
    QTest::addColumn<QString>("error");
    for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
        auto row = [&](const char *name, const QByteArray &link, const QString &error) {
            QTest::addRow("%s, %s", qPrintable(backend), name) << backend << link << error;
        };
        row("invalid UTF-8", "\"LogicalNetworks?$skiptoken=\xFF\"", u"invalid UTF-8"_s);
        row("a number", "2", u"the next link is not a string"_s);
        row("null", "null", u"the next link is not a string"_s);
        row("empty", "\"\"", u"the next link is empty"_s);
    }
}

// A page whose next link cannot be followed ends the run: the entities on the pages never
// read are not taken for removed in VMM, in IPAM nothing is deleted and VMM is not written.
void TestVmmSync::unreadableNextLinkAbortsWithoutDeletes()
{
    QFETCH(QString, backend);
    QFETCH(QByteArray, nextLink);
    QFETCH(QString, error);
    SyncFixture f(backend);
    START(f);
    seed(f.peer);
    f.peer.setPageSize(1);
    const VmmSyncReport first = f.sync();
    QVERIFY2(first.completed, qPrintable(first.error));
    QCOMPARE(first.created, 7);
    const QString before = f.fingerprint();
    const qint64 auditBefore = f.auditRows();

    f.peer.setNextLinkJson(nextLink);
    f.peer.clearRequests();
    VmmSyncOptions o = f.options();
    o.retries = 1; // a malformed page is asked for again, and is as bad the second time
    const VmmSyncReport report = f.sync(o);
    QVERIFY(!report.completed);
    QVERIFY2(report.error.contains(error), qPrintable(report.error));
    QCOMPARE(report.deleted, 0);
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(f.fingerprint(), before);
    QCOMPARE(f.auditRows(), auditBefore);
    QCOMPARE(f.writesSeen(), 0);

    // With the service fixed, the next run finds everything where it was.
    f.peer.setNextLinkJson({});
    const VmmSyncReport fixed = f.sync();
    QVERIFY2(fixed.completed, qPrintable(fixed.error));
    QCOMPARE(fixed.created + fixed.updated + fixed.deleted + fixed.conflicts, 0);
}

// A VMM entity whose name holds a terminal escape or a bidirectional override is refused by
// the write path's name rule, with the reason in the log (escaped); everything else syncs.
void TestVmmSync::unsafeNameRefusesThatEntityOnly()
{
    QFETCH(QString, backend);
    SyncFixture f(backend);
    START(f);
    const Fabric fabric = seed(f.peer);
    f.peer.add(u"LogicalNetworks"_s, {{"Name"_L1, u"Evil\x1b[2J"_s}});
    f.peer.add(u"VMNetworks"_s,
               {{"Name"_L1, u"Tenant \u202Egpj.exe"_s},
                {"LogicalNetworkId"_L1, guid(fabric.network)},
                {"IsolationType"_L1, "WindowsNetworkVirtualization"_L1}});
    const VmmSyncReport report = f.sync();
    QVERIFY2(report.completed, qPrintable(report.error));
    QCOMPARE(report.created, 7);
    QCOMPARE(report.refused, 2);
    const QString log = report.log.join(u'\n');
    QVERIFY2(log.contains(u"logical network name \"Evil\\x1B[2J\" holds the control character "
                          "U+001B"_s),
             qPrintable(log));
    QVERIFY2(log.contains(u"U+202E"_s), qPrintable(log));
    for (const QString &line : report.log)
        QCOMPARE(firstUnsafeCharacter(line), -1);
    Store &s = f.writePath->store();
    QVERIFY(s.logicalNetworkByName(s.defaultSpace()->id, u"Storage"_s));
    QCOMPARE(s.select<LogicalNetwork>().size(), 1);
}
