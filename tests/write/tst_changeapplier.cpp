// ChangeApplier on its own, inside a transaction it does not own, on SQLite and PostgreSQL:
// a parent taken from an earlier change, the caches its creates feed, and the staged order of
// the bulk subnet path (validated for the whole set first, written before the next other
// change, recounted at finish), and on PostgreSQL creates held back to go to the database in
// batches (parents' kinds first) with each change's object at its own index and the one-row
// refusal when the database refuses a batch.

#include "store/objectwriter.h"
#include "testdatabase.h"
#include "write/changeapplier.h"
#include "write/writepath.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;

namespace {

Prefix prefix(const QString &text)
{
    return Prefix::parse(text).value();
}

// A store with a provider space, a logical network and one site, and a transaction open for
// one ChangeApplier.
struct Fixture
{
    explicit Fixture(const QString &backend)
        : testDb(backend)
    { }

    bool start()
    {
        if (!testDb.isValid())
            return false;
        db = testDb.open();
        if (!db)
            return false;
        writePath = std::make_unique<WritePath>(db, principal);
        LogicalNetwork network;
        network.name = QStringLiteral("Corp");
        network.spaceId = store().defaultSpace()->id;
        ChangeSet set;
        set.create(network);
        const WriteResult result = writePath->submit(set);
        if (!result.ok())
            return false;
        logicalNetworkId = storedPart(result.objects.constFirst()).id;
        QString error;
        return db->beginWrite(&error);
    }
    ~Fixture()
    {
        if (db)
            db->rollback();
    }
    Store &store() { return writePath->store(); }
    ChangeApplier &applier()
    {
        if (!m_applier)
            m_applier = std::make_unique<ChangeApplier>(store(), principal, authorizer, 1, true);
        return *m_applier;
    }
    NetworkSite site(const QString &name) const
    {
        NetworkSite s;
        s.name = name;
        s.logicalNetworkId = logicalNetworkId;
        return s;
    }
    Subnet subnet(const QString &text) { return subnetIn(store().defaultSpace()->id, text); }
    static Subnet subnetIn(ObjectId spaceId, const QString &text)
    {
        Subnet s;
        s.spaceId = spaceId;
        s.networkId = prefix(text);
        return s;
    }
    qint64 rows(const char *table)
    {
        QSqlQuery query(db->connection());
        query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    test::TestDatabase testDb;
    std::shared_ptr<Database> db;
    Principal principal{QStringLiteral("alice"), {}};
    AllowEverything authorizer;
    std::unique_ptr<WritePath> writePath;
    ObjectId logicalNetworkId = 0;

private:
    std::unique_ptr<ChangeApplier> m_applier;
};

#define START(fixture) \
    QFETCH(QString, backend); \
    Fixture fixture(backend); \
    IPAM_REQUIRE_DATABASE(fixture.testDb); \
    QVERIFY2(fixture.start(), "cannot open the test database")

} // namespace

class TestChangeApplier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void takesItsParentFromAnEarlierChange_data() { test::addBackendRows(); }
    void takesItsParentFromAnEarlierChange();
    void refusesAParentItCannotTake_data() { test::addBackendRows(); }
    void refusesAParentItCannotTake();
    void createsFeedTheParentCache_data() { test::addBackendRows(); }
    void createsFeedTheParentCache();
    void bulkSubnetsAreCheckedFirstAndWrittenBeforeTheNextChange_data() { test::addBackendRows(); }
    void bulkSubnetsAreCheckedFirstAndWrittenBeforeTheNextChange();
    void bulkOverlapIsRefusedBeforeAnyWrite_data() { test::addBackendRows(); }
    void bulkOverlapIsRefusedBeforeAnyWrite();
    void eachChangeKeepsItsIndexWhateverTheWriteOrder_data() { test::addBackendRows(); }
    void eachChangeKeepsItsIndexWhateverTheWriteOrder();
    void aNameTakenWithinTheSetIsRefusedInTheOneRowWords_data() { test::addBackendRows(); }
    void aNameTakenWithinTheSetIsRefusedInTheOneRowWords();
};

void TestChangeApplier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    if (test::TestDatabase::postgresRequired())
        QVERIFY2(test::TestDatabase::postgresAvailable(&why), qPrintable(why));
}

void TestChangeApplier::takesItsParentFromAnEarlierChange()
{
    START(f);
    ChangeSet set;
    set.create(f.site(QStringLiteral("Berlin")));
    set.create(f.subnet(QStringLiteral("10.1.0.0/24")));
    set.changes[1].parentChange = 0;
    int failed = -1;
    const WriteOutcome failure = f.applier().applyAll(set, &failed);
    QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
    QCOMPARE(f.applier().written.size(), 2);
    const NetworkSite site = std::get<NetworkSite>(f.applier().written.at(0));
    const Subnet subnet = std::get<Subnet>(f.applier().written.at(1));
    QVERIFY(site.id != 0);
    QCOMPARE(subnet.siteId, site.id);
    // The site implies its logical network.
    QCOMPARE(subnet.logicalNetworkId, f.logicalNetworkId);
    QCOMPARE(f.store().get<Subnet>(subnet.id)->siteId, site.id);
}

void TestChangeApplier::refusesAParentItCannotTake()
{
    START(f);
    Change first{ChangeOp::Create, f.subnet(QStringLiteral("10.2.0.0/24"))};
    QVERIFY(!f.applier().apply(first));
    const Subnet stored = std::get<Subnet>(f.applier().written.constLast());
    // written now holds one object, at index 0 (a subnet: no parent of a subnet).
    Change child{ChangeOp::Create, f.subnet(QStringLiteral("10.3.0.0/24"))};
    child.parentChange = 0;
    WriteOutcome failure = f.applier().resolveParent(1, &child);
    QVERIFY(failure);
    QCOMPARE(failure->status, WriteStatus::Refused);
    QCOMPARE(failure->message,
             QStringLiteral("change 2 (subnet 10.3.0.0/24): change 1 is no parent it can take"));
    // A parent that comes after the child.
    child.parentChange = 1;
    failure = f.applier().resolveParent(1, &child);
    QVERIFY(failure);
    QCOMPARE(failure->message,
             QStringLiteral("change 2 (subnet 10.3.0.0/24): its parent, change 2, is not an "
                            "object created before it"));
    // Only a create takes its parent from an earlier change.
    Change update{ChangeOp::Update, stored};
    update.parentChange = 0;
    failure = f.applier().resolveParent(1, &update);
    QVERIFY(failure);
    QVERIFY2(failure->message.endsWith(
                     QStringLiteral("only a create takes its parent from an earlier change")),
             qPrintable(failure->message));
}

void TestChangeApplier::createsFeedTheParentCache()
{
    START(f);
    Change create{ChangeOp::Create, f.site(QStringLiteral("Paris"))};
    QVERIFY(!f.applier().apply(create));
    const ObjectId siteId = storedPart(f.applier().written.constLast()).id;
    // The row goes behind the applier's back: a site it created is still answered from its
    // cache, which is what spares a drop of 10,000 subnets 10,000 look-ups.
    QSqlQuery query(f.db->connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM network_site WHERE id = %1").arg(siteId)));
    const NetworkSite *cached = f.applier().parents().site(siteId);
    QVERIFY(cached);
    QCOMPARE(cached->name, QStringLiteral("Paris"));
    // A parent it never saw is asked from the store: gone is gone.
    QVERIFY(!f.applier().parents().site(siteId + 1000));
    // A space created by the set is known to be new, with the VM network it got by name.
    AddressSpace customer;
    customer.name = QStringLiteral("Tenant");
    customer.type = AddressSpaceType::Customer;
    customer.associatedProviderSpaceId = f.store().defaultSpace()->id;
    customer.isolationMethod = IsolationMethod::NVGRE;
    customer.vmNetwork = QStringLiteral("Tenant VM Network");
    QVERIFY(!f.applier().apply({ChangeOp::Create, customer}));
    const ObjectId spaceId = storedPart(f.applier().written.constLast()).id;
    QVERIFY(f.applier().parents().isNewSpace(spaceId));
    QVERIFY(f.applier().parents().space(spaceId));
    QVERIFY(f.applier().parents().newSpaceHasVmNetwork(spaceId, customer.vmNetwork));
}

void TestChangeApplier::bulkSubnetsAreCheckedFirstAndWrittenBeforeTheNextChange()
{
    START(f);
    ChangeSet set;
    for (int i = 0; i < 1000; ++i)
        set.create(f.subnet(QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256)));
    Range range;
    range.spaceId = f.store().defaultSpace()->id;
    range.startAddress = IpAddress::parse(QStringLiteral("10.0.5.10")).value();
    range.endAddress = IpAddress::parse(QStringLiteral("10.0.5.19")).value();
    set.create(range);
    ChangeApplier &applier = f.applier();
    applier.prefetch(set);
    int failed = -1;
    QVERIFY(!applier.prepareBulk(set, &failed));
    const qint64 before = f.rows("ip_subnet");
    for (int i = 0; i < 1000; ++i)
        QVERIFY(!applier.apply(set.changes.at(i)));
    if (!f.db->isPostgreSql()) // SQLite takes them all at once (PostgreSQL 100 per INSERT)
        QCOMPARE(f.rows("ip_subnet"), before);
    // The range is applied after the pending subnets are written: it finds its subnet.
    QVERIFY(!applier.apply(set.changes.at(1000)));
    QCOMPARE(f.rows("ip_subnet"), before + 1000);
    const Range written = std::get<Range>(applier.written.constLast());
    const Subnet &home = std::get<Subnet>(applier.written.at(5));
    QCOMPARE(written.subnetId, home.id);
    QVERIFY(applier.recount().isTouched(ObjectKind::Subnet, home.id));
    // Recounted at finish, published as a derived update.
    QVERIFY(!applier.finish());
    QCOMPARE(f.store().get<Subnet>(home.id)->assignedAddresses.toString(), QStringLiteral("10"));
    QCOMPARE(applier.event.items.constLast().id, home.id);
}

void TestChangeApplier::bulkOverlapIsRefusedBeforeAnyWrite()
{
    START(f);
    ChangeSet set;
    for (int i = 0; i < 1000; ++i)
        set.create(f.subnet(QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256)));
    set.create(f.subnet(QStringLiteral("10.0.2.128/25")));
    const qint64 before = f.rows("ip_subnet");
    int failed = -1;
    const WriteOutcome failure = f.applier().prepareBulk(set, &failed);
    QVERIFY(failure);
    QCOMPARE(failed, 1000);
    // Worded as ObjectValidator words the same refusal row by row (the other's name too).
    QCOMPARE(failure->message,
             QStringLiteral("subnet 10.0.2.128/25 overlaps subnet 10.0.2.0/24 (\"10.0.2.0/24\") in "
                            "address space \"Default\""));
    QCOMPARE(f.rows("ip_subnet"), before);
}

// Customer spaces, each followed by its VM network (naming the space as its parent), as a VMM
// pull sends them: on PostgreSQL the spaces go first, in batches, then the VM networks.
void TestChangeApplier::eachChangeKeepsItsIndexWhateverTheWriteOrder()
{
    START(f);
    ChangeSet set;
    const int pairs = 1200;
    for (int i = 0; i < pairs; ++i) {
        AddressSpace customer;
        customer.name = QStringLiteral("Tenant %1").arg(i);
        customer.type = AddressSpaceType::Customer;
        customer.associatedProviderSpaceId = f.store().defaultSpace()->id;
        customer.isolationMethod = IsolationMethod::NVGRE;
        customer.vmNetwork = QStringLiteral("Tenant %1 network").arg(i);
        set.create(customer);
        VmNetwork network;
        network.name = customer.vmNetwork;
        set.create(network);
        set.changes.last().parentChange = 2 * i;
    }
    const qint64 networksBefore = f.rows("vm_network");
    int failed = -1;
    const WriteOutcome failure = f.applier().applyAll(set, &failed);
    QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
    const QList<AnyObject> &written = f.applier().written;
    QCOMPARE(written.size(), 2 * pairs);
    QSet<ObjectId> spaceIds;
    for (int i = 0; i < pairs; ++i) {
        const AddressSpace space = std::get<AddressSpace>(written.at(2 * i));
        const VmNetwork network = std::get<VmNetwork>(written.at(2 * i + 1));
        QCOMPARE(space.name, QStringLiteral("Tenant %1").arg(i));
        QCOMPARE(network.spaceId, space.id);
        QCOMPARE(network.name, space.vmNetwork);
        spaceIds.insert(space.id);
        if (i % 97 == 0) {
            QCOMPARE(f.store().get<AddressSpace>(space.id)->name, space.name);
            QCOMPARE(f.store().get<VmNetwork>(network.id)->spaceId, space.id);
        }
    }
    QCOMPARE(spaceIds.size(), pairs);
    // Each space has the VM network of its change, not one by name as well.
    QCOMPARE(f.rows("vm_network"), networksBefore + pairs);
    QCOMPARE(f.applier().event.items.size(), 2 * pairs);
}

// A name taken by an earlier change of the same set: refused exactly as one at a time, naming
// the later change, though on PostgreSQL both were checked before either was written.
void TestChangeApplier::aNameTakenWithinTheSetIsRefusedInTheOneRowWords()
{
    START(f);
    ChangeSet set;
    for (int i = 0; i < 1500; ++i) {
        AddressSpace space;
        space.name = QStringLiteral("Provider %1").arg(i == 1200 ? 300 : i);
        space.type = AddressSpaceType::Provider;
        set.create(space);
    }
    int failed = -1;
    const WriteOutcome failure = f.applier().applyAll(set, &failed);
    QVERIFY(failure);
    QCOMPARE(failure->status, WriteStatus::Refused);
    QCOMPARE(failure->message,
             QStringLiteral("an address space named \"Provider 300\" already exists"));
    QCOMPARE(failed, 1200);
}

QTEST_GUILESS_MAIN(TestChangeApplier)
#include "tst_changeapplier.moc"
