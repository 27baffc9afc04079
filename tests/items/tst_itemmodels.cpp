#include "testdatabase.h"

#include "items/addressmodel.h"
#include "items/auditlogmodel.h"
#include "items/blockmodel.h"
#include "items/choicelistmodel.h"
#include "items/consolemodels.h"
#include "items/consoletreemodel.h"
#include "items/itemroles.h"
#include "items/networkdirectory.h"
#include "items/objectfilterproxy.h"
#include "items/rangemodel.h"
#include "items/subnetfilterproxy.h"
#include "items/subnetmodel.h"
#include "write/writepath.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;

namespace {

// What a proxy should show, decided from the stored objects alone (not from placements,
// tables or indexes): the brute-force reference the proxies are checked against.
struct Reference
{
    QHash<ObjectId, AddressSpace> spaces;
    QHash<ObjectId, VmNetwork> vmNetworks;
    QHash<ObjectId, NetworkSite> sites;
    QHash<ObjectId, LogicalNetwork> networks;
    ObjectId defaultSpace = 0;

    ObjectId logicalNetworkOf(const Subnet &s) const
    {
        if (s.logicalNetworkId)
            return s.logicalNetworkId;
        return s.vmNetworkId ? vmNetworks.value(s.vmNetworkId).logicalNetworkId : 0;
    }

    bool accepts(const Subnet &s, const ResultFilter &f) const
    {
        if (s.networkId.family() != f.family)
            return false;
        const ObjectId lnet = logicalNetworkOf(s);
        switch (f.scope.kind) {
        case Scope::Kind::Everything:
            break;
        case Scope::Kind::Nothing:
            return false;
        case Scope::Kind::DefaultSpace:
            if (s.spaceId != defaultSpace)
                return false;
            break;
        case Scope::Kind::ProviderSpaces:
            if (spaces.value(s.spaceId).type != AddressSpaceType::Provider)
                return false;
            break;
        case Scope::Kind::CustomerSpaces:
            if (spaces.value(s.spaceId).type != AddressSpaceType::Customer)
                return false;
            break;
        case Scope::Kind::Space:
            if (s.spaceId != f.scope.id)
                return false;
            break;
        case Scope::Kind::LogicalNetwork:
            if (lnet != f.scope.id)
                return false;
            break;
        case Scope::Kind::NetworkSite:
            if (s.siteId != f.scope.id)
                return false;
            break;
        case Scope::Kind::VmNetwork:
            if (s.vmNetworkId != f.scope.id)
                return false;
            break;
        }
        if (!f.logicalNetwork.accepts(lnet) || !f.site.accepts(s.siteId))
            return false;
        const SearchQuery &q = f.search;
        if (q.isEmpty())
            return true;
        if (!q.isValid())
            return false;
        if (q.contains())
            return AddressRange::of(s.networkId).contains(*q.contains());
        return s.name.contains(q.text(), Qt::CaseInsensitive)
                || s.owner.contains(q.text(), Qt::CaseInsensitive)
                || s.description.contains(q.text(), Qt::CaseInsensitive)
                || s.networkId.toString().contains(q.text(), Qt::CaseInsensitive);
    }
};

bool networkBefore(const Subnet &a, const Subnet &b)
{
    if (a.networkId.family() != b.networkId.family())
        return a.networkId.family() == Family::V4;
    if (a.networkId.network().value() != b.networkId.network().value())
        return a.networkId.network().value() < b.networkId.network().value();
    if (a.networkId.length() != b.networkId.length())
        return a.networkId.length() < b.networkId.length();
    if (a.spaceId != b.spaceId)
        return a.spaceId < b.spaceId;
    return a.id < b.id;
}

} // namespace

// Every model and proxy of the console, each watched by QAbstractItemModelTester in fatal
// mode, while a long random stream of creates, edits, reassignments and removals (single and
// batched) goes through the real write path into a real SQLite store. After each change set
// the proxies' rows are compared with a brute-force filter over the stored objects.
class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void proxiesFollowAStreamOfChanges();
    void selectionSurvivesChangesElsewhere();
    void filterChangesMatchBruteForce();
    void sortingIsNumericAndStable();
    void streamedLoadEqualsDirectLoad();
    void scatteredBatchesKeepEveryModelConsistent();

private:
    template<typename T>
    T create(T object);
    WriteResult submit(const ChangeSet &changes);
    Reference reference();
    QList<Subnet> storedSubnets() { return m_writePath->store().select<Subnet>(); }
    void verify(const char *step);
    void verifySubnetProxy(SubnetFilterProxy &proxy, const QList<Subnet> &subnets,
                           const Reference &ref);
    void randomStep(int step);
    std::optional<Prefix> freePrefix(ObjectId spaceId, Family family);
    void watch(QAbstractItemModel *model);

    std::unique_ptr<test::TestDatabase> m_database;
    std::shared_ptr<Database> m_connection;
    std::unique_ptr<WritePath> m_writePath;
    std::unique_ptr<ConsoleModels> m_models;
    std::vector<std::unique_ptr<SubnetFilterProxy>> m_proxies;
    std::unique_ptr<ObjectFilterProxy> m_stockSubnets;
    std::unique_ptr<ObjectFilterProxy> m_ranges;
    std::unique_ptr<ObjectFilterProxy> m_rangesOfNetwork;
    std::unique_ptr<ObjectFilterProxy> m_addresses;
    std::unique_ptr<ObjectFilterProxy> m_blocks;
    std::unique_ptr<ChoiceListModel> m_networkChoices;
    std::unique_ptr<ChoiceListModel> m_siteChoices;
    std::unique_ptr<AuditLogModel> m_audit;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QRandomGenerator m_random{20240611};

    ObjectId m_default = 0;
    ObjectId m_fabric = 0;
    ObjectId m_tenant = 0;
    ObjectId m_vmNetwork = 0;
    QList<ObjectId> m_networks;
    int m_names = 0;
};

void TestItemModels::watch(QAbstractItemModel *model)
{
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal));
}

template<typename T>
T TestItemModels::create(T object)
{
    ChangeSet changes;
    changes.create(object);
    const WriteResult result = submit(changes);
    if (!result.ok())
        qFatal("create failed: %s", qPrintable(result.message));
    return std::get<T>(result.objects.constFirst());
}

WriteResult TestItemModels::submit(const ChangeSet &changes)
{
    return m_writePath->submit(changes);
}

void TestItemModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_database = std::make_unique<test::TestDatabase>(QStringLiteral("sqlite"));
    m_connection = m_database->open();
    QVERIFY(m_connection);
    m_writePath
            = std::make_unique<WritePath>(m_connection, Principal{QStringLiteral("tester"), {}});
    m_default = m_writePath->store().defaultSpace()->id;

    AddressSpace fabric;
    fabric.name = QStringLiteral("Fabric");
    m_fabric = create(fabric).id;
    AddressSpace tenant;
    tenant.name = QStringLiteral("Tenant A");
    tenant.type = AddressSpaceType::Customer;
    tenant.associatedProviderSpaceId = m_fabric;
    tenant.isolationMethod = IsolationMethod::NVGRE;
    tenant.vmNetwork = QStringLiteral("VMN-A");
    m_tenant = create(tenant).id;
    m_vmNetwork = m_writePath->store().vmNetworkByName(m_tenant, QStringLiteral("VMN-A"))->id;
    for (ObjectId space : {m_default, m_fabric}) {
        for (int i = 0; i < 3; ++i) {
            LogicalNetwork network;
            network.spaceId = space;
            network.name = QStringLiteral("%1-LN%2").arg(space == m_default ? "Def" : "Fab").arg(i);
            const ObjectId id = create(network).id;
            m_networks.append(id);
            for (int s = 0; s < 2; ++s) {
                NetworkSite site;
                site.logicalNetworkId = id;
                site.name = QStringLiteral("Site %1").arg(s);
                site.vlanIds = {100 + s};
                create(site);
            }
        }
    }
    Block block;
    block.spaceId = m_default;
    block.networkId = Prefix::parse(u"10.0.0.0/8").value();
    create(block);

    m_models = std::make_unique<ConsoleModels>(*m_writePath);
    QString error;
    QVERIFY2(m_models->load(&error), qPrintable(error));
    SubnetModel &subnets = m_models->subnets();
    watch(&subnets);
    watch(&m_models->ranges());
    watch(&m_models->addresses());
    watch(&m_models->blocks());
    watch(&m_models->tree());

    const ObjectId ln0 = m_networks.at(0);
    const QList<ObjectId> sitesOfLn0 = m_models->directory().sitesOf(ln0);
    struct Setup
    {
        ResultFilter filter;
        int column;
        Qt::SortOrder order;
    };
    std::vector<Setup> setups;
    ResultFilter all;
    setups.push_back({all, SubnetModel::NetworkColumn, Qt::AscendingOrder});
    ResultFilter byNetwork;
    byNetwork.scope = {Scope::Kind::Space, m_default};
    byNetwork.logicalNetwork = KeyChoice::object(ln0);
    setups.push_back({byNetwork, SubnetModel::NetworkColumn, Qt::AscendingOrder});
    ResultFilter bySite;
    bySite.scope = {Scope::Kind::NetworkSite, sitesOfLn0.at(0)};
    setups.push_back({bySite, SubnetModel::NetworkColumn, Qt::DescendingOrder});
    ResultFilter unassigned;
    unassigned.logicalNetwork = KeyChoice::unassigned();
    setups.push_back({unassigned, -1, Qt::AscendingOrder});
    ResultFilter searched;
    searched.search = SearchQuery::parse(QStringLiteral("web"));
    setups.push_back({searched, SubnetModel::NameColumn, Qt::AscendingOrder});
    ResultFilter v6;
    v6.family = Family::V6;
    setups.push_back({v6, SubnetModel::UsedColumn, Qt::DescendingOrder});
    ResultFilter customers;
    customers.scope = {Scope::Kind::CustomerSpaces, 0};
    setups.push_back({customers, SubnetModel::LogicalNetworkColumn, Qt::AscendingOrder});
    ResultFilter contains;
    contains.search = SearchQuery::parse(QStringLiteral("contains 10.1.3.77"));
    setups.push_back({contains, SubnetModel::OwnerColumn, Qt::AscendingOrder});
    ResultFilter siteUnassigned;
    siteUnassigned.scope = {Scope::Kind::ProviderSpaces, 0};
    siteUnassigned.site = KeyChoice::unassigned();
    setups.push_back({siteUnassigned, SubnetModel::UtilizationPercentColumn, Qt::AscendingOrder});
    for (const Setup &setup : setups) {
        auto proxy = std::make_unique<SubnetFilterProxy>();
        proxy->setSourceModel(&subnets);
        proxy->setFilter(setup.filter);
        proxy->sort(setup.column, setup.order);
        watch(proxy.get());
        m_proxies.push_back(std::move(proxy));
    }

    m_stockSubnets = std::make_unique<ObjectFilterProxy>(m_models->directory());
    m_stockSubnets->setSourceModel(&subnets);
    m_stockSubnets->setFilter(byNetwork);
    m_stockSubnets->sort(SubnetModel::NetworkColumn);
    watch(m_stockSubnets.get());
    m_ranges = std::make_unique<ObjectFilterProxy>(m_models->directory());
    m_ranges->setSourceModel(&m_models->ranges());
    m_ranges->sort(RangeModel::StartColumn);
    watch(m_ranges.get());
    m_rangesOfNetwork = std::make_unique<ObjectFilterProxy>(m_models->directory());
    m_rangesOfNetwork->setSourceModel(&m_models->ranges());
    m_rangesOfNetwork->setFilter(byNetwork);
    watch(m_rangesOfNetwork.get());
    m_addresses = std::make_unique<ObjectFilterProxy>(m_models->directory());
    m_addresses->setSourceModel(&m_models->addresses());
    m_addresses->sort(AddressModel::AddressColumn);
    watch(m_addresses.get());
    m_blocks = std::make_unique<ObjectFilterProxy>(m_models->directory());
    m_blocks->setSourceModel(&m_models->blocks());
    ResultFilter blocksOfSite = bySite;
    m_blocks->setFilter(blocksOfSite);
    m_blocks->sort(BlockModel::UtilizationPercentColumn);
    watch(m_blocks.get());
    m_networkChoices = std::make_unique<ChoiceListModel>(ChoiceListModel::Kind::LogicalNetworks,
                                                         m_models->directory());
    m_networkChoices->setScope({m_default});
    watch(m_networkChoices.get());
    m_siteChoices = std::make_unique<ChoiceListModel>(ChoiceListModel::Kind::NetworkSites,
                                                      m_models->directory());
    m_siteChoices->setScope({m_default, m_fabric}, 0);
    watch(m_siteChoices.get());
    m_audit = std::make_unique<AuditLogModel>(m_writePath->store());
    m_audit->reload(200);
    watch(m_audit.get());
    connect(m_models.get(), &ConsoleModels::changeApplied, m_audit.get(), &AuditLogModel::refresh);
    verify("initial");
}

void TestItemModels::cleanupTestCase()
{
    m_testers.clear();
}

Reference TestItemModels::reference()
{
    Reference ref;
    Store &store = m_writePath->store();
    for (const AddressSpace &s : store.select<AddressSpace>())
        ref.spaces.insert(s.id, s);
    for (const VmNetwork &n : store.select<VmNetwork>())
        ref.vmNetworks.insert(n.id, n);
    for (const NetworkSite &s : store.select<NetworkSite>())
        ref.sites.insert(s.id, s);
    for (const LogicalNetwork &n : store.select<LogicalNetwork>())
        ref.networks.insert(n.id, n);
    ref.defaultSpace = m_default;
    return ref;
}

void TestItemModels::verifySubnetProxy(SubnetFilterProxy &proxy, const QList<Subnet> &subnets,
                                       const Reference &ref)
{
    QList<Subnet> expected;
    for (const Subnet &s : subnets) {
        if (ref.accepts(s, proxy.filter()))
            expected.append(s);
    }
    QList<ObjectId> shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, 0).data(ItemRole::ObjectId).toLongLong());
    QCOMPARE(shown.size(), expected.size());
    if (proxy.sortColumn() == SubnetModel::NetworkColumn) {
        std::sort(expected.begin(), expected.end(), networkBefore);
        if (proxy.sortOrder() == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
        QList<ObjectId> ids;
        for (const Subnet &s : std::as_const(expected))
            ids.append(s.id);
        QCOMPARE(shown, ids);
        return;
    }
    QList<ObjectId> ids;
    for (const Subnet &s : std::as_const(expected))
        ids.append(s.id);
    if (proxy.sortColumn() < 0) {
        QCOMPARE(shown, ids);
        return;
    }
    QList<ObjectId> sortedShown = shown;
    std::sort(sortedShown.begin(), sortedShown.end());
    QCOMPARE(sortedShown, ids);
    // Ordered by the column: each adjacent pair is in order.
    const SubnetModel &model = *proxy.subnetModel();
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const auto a = model.table().find(shown.at(row - 1));
        const auto b = model.table().find(shown.at(row));
        const bool ordered = proxy.sortOrder() == Qt::AscendingOrder
                ? model.rowLess(*a, *b, proxy.sortColumn())
                : model.rowLess(*b, *a, proxy.sortColumn());
        QVERIFY2(ordered,
                 qPrintable(QStringLiteral("rows %1/%2 out of order").arg(row - 1).arg(row)));
    }
}

void TestItemModels::verify(const char *step)
{
    const QList<Subnet> subnets = storedSubnets();
    const Reference ref = reference();
    const SubnetModel &model = m_models->subnets();
    QCOMPARE(model.rowCount(), int(subnets.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const Subnet &s = subnets.at(row);
        QCOMPARE(model.objectId(row), s.id);
        QCOMPARE(model.index(row, SubnetModel::NetworkColumn).data().toString(),
                 s.networkId.toString());
        QCOMPARE(model.index(row, SubnetModel::NameColumn).data().toString(), s.name);
        QCOMPARE(model.index(row, SubnetModel::OwnerColumn).data().toString(), s.owner);
        QCOMPARE(model.index(row, SubnetModel::UsedColumn).data().toLongLong(),
                 s.utilizedAddresses);
        QCOMPARE(model.index(row, SubnetModel::SiteColumn).data().toString(),
                 ref.sites.value(s.siteId).name);
    }
    for (auto &proxy : m_proxies) {
        verifySubnetProxy(*proxy, subnets, ref);
        if (QTest::currentTestFailed())
            qFatal("step %s: proxy check failed", step);
    }
    // Stock QSortFilterProxyModel with the same filter shows the same rows.
    QCOMPARE(m_stockSubnets->rowCount(), m_proxies.at(1)->rowCount());
    for (int row = 0; row < m_stockSubnets->rowCount(); ++row)
        QCOMPARE(m_stockSubnets->index(row, 0).data(ItemRole::ObjectId),
                 m_proxies.at(1)->index(row, 0).data(ItemRole::ObjectId));

    const QList<Range> ranges = m_writePath->store().select<Range>();
    QCOMPARE(m_models->ranges().rowCount(), int(ranges.size()));
    QCOMPARE(m_ranges->rowCount(),
             int(std::count_if(ranges.begin(), ranges.end(), [](const Range &r) {
                 return r.startAddress.family() == Family::V4;
             })));
    QHash<ObjectId, Subnet> subnetById;
    for (const Subnet &s : subnets)
        subnetById.insert(s.id, s);
    int rangesOfNetwork = 0;
    for (const Range &r : ranges) {
        if (ref.accepts(subnetById.value(r.subnetId), m_rangesOfNetwork->filter()))
            ++rangesOfNetwork;
    }
    QCOMPARE(m_rangesOfNetwork->rowCount(), rangesOfNetwork);
    const QList<Address> addresses = m_writePath->store().select<Address>();
    QCOMPARE(m_models->addresses().rowCount(), int(addresses.size()));
    for (int row = 0; row < m_models->addresses().rowCount(); ++row) {
        QCOMPARE(m_models->addresses().rowData(row).subnetId, addresses.at(row).subnetId);
        QCOMPARE(m_models->addresses().rowData(row).rangeId, addresses.at(row).rangeId);
    }

    // The tree's counts per site and logical network.
    ConsoleTreeModel &tree = m_models->tree();
    for (auto it = ref.sites.cbegin(); it != ref.sites.cend(); ++it) {
        const QModelIndex node = tree.indexOf(ConsoleNodeKind::NetworkSite, it.key());
        QVERIFY(node.isValid());
        const auto expected = std::count_if(subnets.begin(), subnets.end(), [&](const Subnet &s) {
            return s.siteId == it.key() && s.networkId.family() == Family::V4;
        });
        QCOMPARE(node.data(ItemRole::SubnetCount).toLongLong(), qint64(expected));
    }
    QCOMPARE(m_audit->index(0, AuditLogModel::ObjectColumn).data().toString(),
             m_writePath->store().auditLog(1).constFirst().object);
}

std::optional<Prefix> TestItemModels::freePrefix(ObjectId spaceId, Family family)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const int a = m_random.bounded(4);
        const int b = m_random.bounded(64);
        const QString text = family == Family::V4
                ? QStringLiteral("10.%1.%2.0/24").arg(a).arg(b)
                : QStringLiteral("2001:db8:%1:%2::/64").arg(a).arg(b);
        const Prefix prefix = Prefix::parse(text).value();
        if (!m_writePath->store().subnetOverlapping(spaceId, AddressRange::of(prefix)))
            return prefix;
    }
    return std::nullopt;
}

void TestItemModels::randomStep(int step)
{
    Store &store = m_writePath->store();
    const QList<Subnet> subnets = storedSubnets();
    const Reference ref = reference();
    auto pick = [&](const QList<Subnet> &list) {
        return list.at(m_random.bounded(int(list.size())));
    };
    auto assign = [&](Subnet &s) {
        const int choice = m_random.bounded(4);
        QList<ObjectId> networks;
        for (auto it = ref.networks.cbegin(); it != ref.networks.cend(); ++it) {
            if (it->spaceId == s.spaceId)
                networks.append(it.key());
        }
        std::sort(networks.begin(), networks.end());
        if (choice == 0 || networks.isEmpty() || s.spaceId == m_tenant) {
            s.logicalNetworkId = 0;
            s.siteId = 0;
            return;
        }
        s.logicalNetworkId = networks.at(m_random.bounded(int(networks.size())));
        QList<ObjectId> sites;
        for (auto it = ref.sites.cbegin(); it != ref.sites.cend(); ++it) {
            if (it->logicalNetworkId == s.logicalNetworkId)
                sites.append(it.key());
        }
        std::sort(sites.begin(), sites.end());
        s.siteId = choice == 1 || sites.isEmpty() ? 0
                                                  : sites.at(m_random.bounded(int(sites.size())));
    };
    static const QStringList owners
            = {QString(), QStringLiteral("alice"), QStringLiteral("Bob"), QStringLiteral("ops")};
    static const QStringList stems = {QStringLiteral("web"), QStringLiteral("db"),
                                      QStringLiteral("storage"), QStringLiteral("WEB-front")};

    ChangeSet changes;
    const int kind = m_random.bounded(100);
    if (kind < 30 || subnets.size() < 10) {
        // Create 1..12 subnets in one set, in Default, Fabric or the tenant space, v4 or v6.
        const int count = 1 + m_random.bounded(12);
        QList<Prefix> taken;
        for (int i = 0; i < count; ++i) {
            Subnet s;
            const int where = m_random.bounded(10);
            s.spaceId = where < 5 ? m_default : (where < 8 ? m_fabric : m_tenant);
            const Family family = m_random.bounded(5) == 0 ? Family::V6 : Family::V4;
            const std::optional<Prefix> prefix = freePrefix(s.spaceId, family);
            if (!prefix || taken.contains(*prefix))
                continue;
            taken.append(*prefix);
            s.networkId = *prefix;
            s.networkType = s.spaceId == m_tenant ? NetworkType::Customer
                    : s.spaceId == m_default      ? NetworkType::NonVirtualized
                                                  : NetworkType::Provider;
            if (s.spaceId == m_tenant)
                s.vmNetworkId = m_vmNetwork;
            if (m_random.bounded(3))
                s.name = QStringLiteral("%1-%2").arg(stems.at(m_random.bounded(4))).arg(++m_names);
            s.owner = owners.at(m_random.bounded(4));
            assign(s);
            changes.create(s);
        }
    } else if (kind < 45) {
        const int count = 1 + m_random.bounded(qMin<int>(20, subnets.size()));
        QSet<ObjectId> seen;
        for (int i = 0; i < count; ++i) {
            Subnet s = pick(subnets);
            if (seen.contains(s.id))
                continue;
            seen.insert(s.id);
            assign(s);
            changes.update(s, s.version);
        }
        changes.label = QStringLiteral("subnet assign");
    } else if (kind < 55) {
        Subnet s = pick(subnets);
        s.name = QStringLiteral("%1-%2").arg(stems.at(m_random.bounded(4))).arg(++m_names);
        s.owner = owners.at(m_random.bounded(4));
        s.description
                = m_random.bounded(2) ? QStringLiteral("edited at step %1").arg(step) : QString();
        changes.update(s, s.version);
    } else if (kind < 62) {
        Subnet s = pick(subnets);
        if (store.count<Range>(QStringLiteral("subnet_id = ?"), {s.id}) == 0) {
            if (const auto prefix = freePrefix(s.spaceId, s.networkId.family())) {
                s.networkId = *prefix;
                changes.update(s, s.version);
            }
        }
    } else if (kind < 74) {
        const int count = 1 + m_random.bounded(6);
        QSet<ObjectId> seen;
        for (int i = 0; i < count; ++i) {
            const Subnet s = pick(subnets);
            if (seen.contains(s.id) || store.count<Range>(QStringLiteral("subnet_id = ?"), {s.id}))
                continue;
            seen.insert(s.id);
            changes.remove(s, s.version);
        }
    } else if (kind < 84) {
        // A range in a subnet, and addresses in it.
        const Subnet s = pick(subnets);
        if (s.networkId.family() == Family::V4
            && store.count<Range>(QStringLiteral("subnet_id = ?"), {s.id}) == 0) {
            Range r;
            r.spaceId = s.spaceId;
            r.startAddress = IpAddress(Family::V4, s.networkId.network().value() + 10);
            r.endAddress = IpAddress(Family::V4, s.networkId.network().value() + 60);
            changes.create(r);
            for (int i = 0; i < 1 + m_random.bounded(5); ++i) {
                Address a;
                a.spaceId = s.spaceId;
                a.ipAddress = IpAddress(Family::V4, s.networkId.network().value() + 10 + i);
                a.deviceName = QStringLiteral("host-%1").arg(i);
                changes.create(a);
            }
        }
    } else if (kind < 90) {
        const QList<Address> addresses = store.select<Address>();
        if (!addresses.isEmpty()) {
            const Address a = addresses.at(m_random.bounded(int(addresses.size())));
            changes.remove(a, a.version);
        } else {
            // An unmapped address that a later subnet adopts.
            Address a;
            a.spaceId = m_default;
            a.ipAddress = IpAddress::parse(QStringLiteral("10.%1.%2.99")
                                                   .arg(m_random.bounded(4))
                                                   .arg(m_random.bounded(64)))
                                  .value();
            changes.create(a);
        }
    } else if (kind < 95) {
        const QList<Range> ranges = store.select<Range>();
        if (!ranges.isEmpty()) {
            const Range r = ranges.at(m_random.bounded(int(ranges.size())));
            for (const Address &a : store.select<Address>(QStringLiteral("range_id = ?"), {r.id}))
                changes.remove(a, a.version);
            changes.remove(r, r.version);
        }
    } else {
        // Containers: add a site, rename one, or remove an empty one.
        const QList<NetworkSite> sites = store.select<NetworkSite>();
        const int what = m_random.bounded(3);
        if (what == 0) {
            NetworkSite site;
            site.logicalNetworkId = m_networks.at(m_random.bounded(int(m_networks.size())));
            site.name = QStringLiteral("Site x%1").arg(step);
            changes.create(site);
        } else if (what == 1 && !sites.isEmpty()) {
            NetworkSite site = sites.at(m_random.bounded(int(sites.size())));
            site.name = QStringLiteral("Renamed %1").arg(step);
            changes.update(site, site.version);
        } else if (!sites.isEmpty()) {
            const NetworkSite site = sites.at(m_random.bounded(int(sites.size())));
            if (store.count<Subnet>(QStringLiteral("site_id = ?"), {site.id}) == 0)
                changes.remove(site, site.version);
        }
    }
    if (changes.isEmpty())
        return;
    const WriteResult result = submit(changes);
    Q_UNUSED(result); // refusals are part of the stream: they must change nothing
}

void TestItemModels::proxiesFollowAStreamOfChanges()
{
    for (int step = 0; step < 400; ++step) {
        randomStep(step);
        verify(qPrintable(QString::number(step)));
        if (QTest::currentTestFailed())
            return;
        if (step % 50 == 25) {
            // Move the filters around mid-stream.
            const QList<ObjectId> lnets = m_models->directory().allLogicalNetworks();
            ResultFilter f = m_proxies.at(1)->filter();
            f.logicalNetwork = KeyChoice::object(lnets.at(step % lnets.size()));
            f.scope = {Scope::Kind::Space,
                       m_models->directory().parentOf(ObjectKind::LogicalNetwork,
                                                      f.logicalNetwork.id)};
            m_proxies.at(1)->setFilter(f);
            m_stockSubnets->setFilter(f);
            m_rangesOfNetwork->setFilter(f);
            m_siteChoices->setScope({m_default, m_fabric}, f.logicalNetwork.id);
            m_proxies.at(0)->sort(step % 100 == 25 ? SubnetModel::NameColumn
                                                   : SubnetModel::NetworkColumn);
            verify("refiltered");
        }
    }
    QVERIFY(m_models->subnets().rowCount() > 20);
}

void TestItemModels::selectionSurvivesChangesElsewhere()
{
    SubnetFilterProxy &proxy = *m_proxies.at(0);
    proxy.sort(SubnetModel::NetworkColumn);
    QVERIFY(proxy.rowCount() > 6);
    QItemSelectionModel selection(&proxy);
    QSet<ObjectId> selected;
    for (int row : {1, 3, 5}) {
        selection.select(proxy.index(row, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selected.insert(proxy.index(row, 0).data(ItemRole::ObjectId).toLongLong());
    }
    const QModelIndex current = proxy.index(3, 0);
    selection.setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    for (int step = 0; step < 40; ++step) {
        const QList<Subnet> subnets = storedSubnets();
        // Change anything but the selected rows, including reorders and removals.
        ChangeSet changes;
        for (const Subnet &s : subnets) {
            if (selected.contains(s.id) || m_random.bounded(6))
                continue;
            Subnet edited = s;
            edited.name = QStringLiteral("z-%1").arg(++m_names);
            if (m_random.bounded(2)
                && m_writePath->store().count<Range>(QStringLiteral("subnet_id = ?"), {s.id})
                        == 0) {
                if (const auto prefix = freePrefix(s.spaceId, s.networkId.family()))
                    edited.networkId = *prefix;
            }
            changes.update(edited, s.version);
        }
        if (!changes.isEmpty())
            submit(changes);

        QSet<ObjectId> now;
        for (const QModelIndex &index : selection.selectedRows())
            now.insert(index.data(ItemRole::ObjectId).toLongLong());
        QCOMPARE(now, selected);
        QCOMPARE(selection.currentIndex().data(ItemRole::ObjectId).toLongLong(),
                 current.data(ItemRole::ObjectId).toLongLong());
    }
}

void TestItemModels::filterChangesMatchBruteForce()
{
    SubnetFilterProxy &proxy = *m_proxies.at(1);
    const Reference ref = reference();
    const QList<Subnet> subnets = storedSubnets();
    const QList<ObjectId> lnets = m_models->directory().allLogicalNetworks();
    for (ObjectId lnet : lnets) {
        for (const KeyChoice &site : {KeyChoice::any(), KeyChoice::unassigned()}) {
            ResultFilter f;
            f.scope = {Scope::Kind::Space,
                       m_models->directory().parentOf(ObjectKind::LogicalNetwork, lnet)};
            f.logicalNetwork = KeyChoice::object(lnet);
            f.site = site;
            proxy.setFilter(f);
            verifySubnetProxy(proxy, subnets, ref);
        }
        for (ObjectId site : m_models->directory().sitesOf(lnet)) {
            ResultFilter f;
            f.logicalNetwork = KeyChoice::object(lnet);
            f.site = KeyChoice::object(site);
            proxy.setFilter(f);
            verifySubnetProxy(proxy, subnets, ref);
        }
    }
    for (const char *text : {"web", "10.1", "contains 10.2.5.5", "contains 2001:db8:1:2::/64",
                             "ALICE", "contains x"}) {
        ResultFilter f;
        f.search = SearchQuery::parse(QString::fromLatin1(text));
        f.family = QByteArray(text).contains(':') ? Family::V6 : Family::V4;
        proxy.setFilter(f);
        verifySubnetProxy(proxy, subnets, ref);
    }
}

void TestItemModels::sortingIsNumericAndStable()
{
    SubnetFilterProxy &proxy = *m_proxies.at(0);
    ResultFilter f;
    proxy.setFilter(f);
    for (int column = 0; column < SubnetModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            verifySubnetProxy(proxy, storedSubnets(), reference());
        }
    }
    // 10.2.0.0 before 10.11.0.0: numeric, not text.
    proxy.sort(SubnetModel::NetworkColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const Prefix a = Prefix::parse(proxy.index(row - 1, 0).data().toString()).value();
        const Prefix b = Prefix::parse(proxy.index(row, 0).data().toString()).value();
        QVERIFY(a <= b);
    }
}

void TestItemModels::streamedLoadEqualsDirectLoad()
{
    ConsoleModels streamed(*m_writePath);
    QAbstractItemModelTester tester(&streamed.subnets(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    SubnetFilterProxy proxy;
    proxy.setSourceModel(&streamed.subnets());
    proxy.sort(SubnetModel::NetworkColumn);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(&streamed, &ConsoleModels::loadingFinished);
    QVERIFY(streamed.startLoading());
    // A change committed while the stream runs is applied after it, exactly once.
    const Subnet probe = storedSubnets().constFirst();
    Subnet edited = probe;
    edited.description = QStringLiteral("edited while loading");
    QVERIFY(submit([&] {
                ChangeSet c;
                c.update(edited, probe.version);
                return c;
            }())
                    .ok());
    QVERIFY(finished.wait(20000));
    const QList<Subnet> subnets = storedSubnets();
    QCOMPARE(streamed.subnets().rowCount(), int(subnets.size()));
    for (int row = 0; row < int(subnets.size()); ++row) {
        QCOMPARE(streamed.subnets().objectId(row), subnets.at(row).id);
        QCOMPARE(streamed.subnets().index(row, SubnetModel::NameColumn).data().toString(),
                 subnets.at(row).name);
        QCOMPARE(streamed.subnets().index(row, SubnetModel::DescriptionColumn).data().toString(),
                 subnets.at(row).description);
    }
    verifySubnetProxy(proxy, subnets, reference());
}

void TestItemModels::scatteredBatchesKeepEveryModelConsistent()
{
    // Out-of-order ids (PostgreSQL commits of concurrent consoles), scattered removals and
    // reassignments of many rows at once: the batch paths, fed directly with the net effect.
    NetworkDirectory directory;
    SubnetModel model(directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<std::unique_ptr<SubnetFilterProxy>> proxies;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (int i = 0; i < 4; ++i) {
        auto proxy = std::make_unique<SubnetFilterProxy>();
        proxy->setSourceModel(&model);
        ResultFilter f;
        if (i == 1)
            f.logicalNetwork = KeyChoice::object(2);
        if (i == 2)
            f.site = KeyChoice::unassigned();
        proxy->setFilter(f);
        proxy->sort(i == 3 ? SubnetModel::NameColumn : SubnetModel::NetworkColumn,
                    i == 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
                proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal));
        proxies.push_back(std::move(proxy));
    }
    QMap<ObjectId, Subnet> mirror;
    auto make = [&](ObjectId id) {
        Subnet s;
        s.id = id;
        s.spaceId = 1;
        s.networkId = Prefix::make(IpAddress(Family::V4,
                                             (quint32(10) << 24)
                                                     | quint32(m_random.bounded(1 << 16)) << 8),
                                   24)
                              .value();
        s.name = QStringLiteral("n%1").arg(m_random.bounded(1000));
        s.logicalNetworkId = m_random.bounded(4);
        s.siteId = s.logicalNetworkId && m_random.bounded(2) ? s.logicalNetworkId * 10 : 0;
        return s;
    };
    Reference ref;
    for (int round = 0; round < 60; ++round) {
        QList<Subnet> upserts;
        QList<ObjectId> removals;
        QSet<ObjectId> touched;
        for (int i = 0; i < 1 + m_random.bounded(300); ++i) {
            const ObjectId id = 1 + m_random.bounded(2000);
            if (touched.contains(id))
                continue; // apply() takes a net effect: an id is removed or upserted, once
            touched.insert(id);
            if (mirror.contains(id) && m_random.bounded(3) == 0) {
                removals.append(id);
                mirror.remove(id);
            } else {
                Subnet s = make(id);
                // Distinct networks, as in one space.
                bool clash = false;
                for (const Subnet &other : std::as_const(mirror))
                    clash = clash || (other.id != id && other.networkId == s.networkId);
                for (const Subnet &other : std::as_const(upserts))
                    clash = clash || other.id == id || other.networkId == s.networkId;
                if (clash)
                    continue;
                upserts.append(s);
                mirror.insert(id, s);
            }
        }
        model.apply(upserts, removals);
        const QList<Subnet> subnets = mirror.values();
        QCOMPARE(model.rowCount(), int(subnets.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.objectId(row), subnets.at(row).id);
        for (auto &proxy : proxies) {
            verifySubnetProxy(*proxy, subnets, ref);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
