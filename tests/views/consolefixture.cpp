#include "consolefixture.h"

namespace ipam::test {

Subnet ConsoleFixture::subnet(ObjectId space, const QString &prefix, ObjectId lnet, ObjectId site,
                              const QString &name)
{
    Subnet s;
    s.spaceId = space;
    s.networkId = Prefix::parse(prefix).value();
    s.networkType = space == defaultSpace ? NetworkType::NonVirtualized
            : space == tenant             ? NetworkType::Customer
                                          : NetworkType::Provider;
    s.logicalNetworkId = lnet;
    s.siteId = site;
    s.name = name;
    s.vmNetworkId = space == tenant ? vmNetwork : 0;
    return create(s);
}

ConsoleFixture::ConsoleFixture()
    : m_database(std::make_unique<TestDatabase>(QStringLiteral("sqlite")))
{
    std::shared_ptr<Database> database = m_database->open();
    if (!database)
        return;
    m_writePath = std::make_unique<WritePath>(database, Principal{QStringLiteral("tester"), {}});
    defaultSpace = store().defaultSpace()->id;
    AddressSpace f;
    f.name = QStringLiteral("Fabric");
    fabric = create(f).id;
    AddressSpace t;
    t.name = QStringLiteral("Tenant");
    t.type = AddressSpaceType::Customer;
    t.associatedProviderSpaceId = fabric;
    t.isolationMethod = IsolationMethod::NVGRE;
    t.vmNetwork = QStringLiteral("VMN-Tenant");
    tenant = create(t).id;
    vmNetwork = store().vmNetworkByName(tenant, t.vmNetwork)->id;
    LogicalNetwork n;
    n.spaceId = fabric;
    n.name = QStringLiteral("Storage");
    storage = create(n).id;
    n.name = QStringLiteral("Backup");
    backup = create(n).id;
    NetworkSite site;
    site.logicalNetworkId = storage;
    site.name = QStringLiteral("Site A");
    site.vlanIds = {10};
    siteA = create(site).id;
    site.name = QStringLiteral("Site B");
    siteB = create(site).id;
    site.logicalNetworkId = backup;
    site.name = QStringLiteral("Site C");
    siteC = create(site).id;
    Block block;
    block.spaceId = defaultSpace;
    block.networkId = Prefix::parse(u"10.0.0.0/8").value();
    create(block);
    block.spaceId = fabric;
    create(block);

    for (int i = 0; i < 6; ++i)
        subnet(defaultSpace, QStringLiteral("10.0.%1.0/24").arg(i));
    for (int i = 0; i < 12; ++i) {
        const ObjectId lnet = i < 8 ? storage : (i < 10 ? backup : 0);
        const ObjectId s = i < 4 ? siteA : (i < 6 ? siteB : (i < 8 ? 0 : (i < 10 ? siteC : 0)));
        subnet(fabric, QStringLiteral("10.1.%1.0/24").arg(i), lnet, s,
               i == 3 ? QStringLiteral("web-frontend") : QString());
    }
    subnet(fabric, QStringLiteral("2001:db8:1:1::/64"), storage, siteA);
    subnet(fabric, QStringLiteral("2001:db8:1:2::/64"), storage, 0);
    for (int i = 0; i < 3; ++i)
        subnet(tenant, QStringLiteral("10.1.%1.0/24").arg(i));
    Range range;
    range.spaceId = fabric;
    range.startAddress = IpAddress::parse(u"10.1.1.10").value();
    range.endAddress = IpAddress::parse(u"10.1.1.100").value();
    create(range);
    for (int i = 0; i < 20; ++i) {
        Address address;
        address.spaceId = fabric;
        address.ipAddress = IpAddress(Family::V4,
                                      IpAddress::parse(u"10.1.1.10").value().value() + quint32(i));
        address.deviceName = QStringLiteral("vm-%1").arg(i);
        create(address);
    }
    m_models = std::make_unique<ConsoleModels>(*m_writePath);
    if (!m_models->load())
        m_models.reset();
}

} // namespace ipam::test
