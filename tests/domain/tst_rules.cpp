// The rules of the address space (domain/rules.h) as tables of cases written as strings:
// each row is an input an admin could type and the verdict they must get. No database: these
// are the pure rules that the write path, the dialogs and ipamctl all ask.
#include "domain/rules.h"

#include <QTest>

using namespace ipam;

namespace {

IpAddress address(const QString &text)
{
    const Parsed<IpAddress> parsed = IpAddress::parse(text);
    if (!parsed)
        qFatal("bad test address %s", qPrintable(text));
    return parsed.value();
}

Prefix prefix(const QString &text)
{
    const Parsed<Prefix> parsed = Prefix::parse(text);
    if (!parsed)
        qFatal("bad test prefix %s", qPrintable(text));
    return parsed.value();
}

AddressSpace space(const QString &name, AddressSpaceType type, ObjectId id)
{
    AddressSpace s;
    s.id = id;
    s.name = name;
    s.type = type;
    return s;
}

NetworkType networkType(const QString &text)
{
    if (text == u"NonVirtualized")
        return NetworkType::NonVirtualized;
    if (text == u"Provider")
        return NetworkType::Provider;
    return NetworkType::Customer;
}

// "" expects the rule to allow; any other text must appear in the refusal's reason.
void checkVerdict(const Verdict &verdict, const QString &refusal)
{
    if (refusal.isEmpty()) {
        QVERIFY2(verdict.isAllowed(), qPrintable(verdict.reason()));
        return;
    }
    QVERIFY2(!verdict.isAllowed(), "allowed, but it must be refused");
    QVERIFY2(verdict.reason().contains(refusal), qPrintable(verdict.reason()));
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void networkTypeFitsSpace_data();
    void networkTypeFitsSpace();
    void defaultNetworkTypeFollowsSpace();
    void networkTypeChange_data();
    void networkTypeChange();
    void nameIsValid_data();
    void nameIsValid();
    void vlanIdsAreValid_data();
    void vlanIdsAreValid();
    void subnetAssignment_data();
    void subnetAssignment();
    void customerSubnetPlacement_data();
    void customerSubnetPlacement();
    void rangeFitsSubnet_data();
    void rangeFitsSubnet();
    void blockIsValid_data();
    void blockIsValid();
    void addressSpaceIsValid_data();
    void addressSpaceIsValid();
};

void TestRules::networkTypeFitsSpace_data()
{
    QTest::addColumn<QString>("space");
    QTest::addColumn<bool>("customer");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("Default holds NonVirtualized") << "Default" << false << "NonVirtualized"
                                                  << "";
    QTest::newRow("Default holds Provider") << "Default" << false << "Provider"
                                            << "";
    QTest::newRow("Default refuses Customer") << "Default" << false << "Customer"
                                              << "does not fit";
    QTest::newRow("other provider holds Provider") << "Fabric" << false << "Provider"
                                                   << "";
    QTest::newRow("other provider refuses NonVirtualized")
            << "Fabric" << false << "NonVirtualized"
            << "does not fit address space \"Fabric\"";
    QTest::newRow("customer holds Customer") << "Contoso" << true << "Customer"
                                             << "";
    QTest::newRow("customer refuses Provider") << "Contoso" << true << "Provider"
                                               << "does not fit";
}

void TestRules::networkTypeFitsSpace()
{
    QFETCH(QString, space);
    QFETCH(bool, customer);
    QFETCH(QString, type);
    QFETCH(QString, refusal);
    const AddressSpace s
            = ::space(space, customer ? AddressSpaceType::Customer : AddressSpaceType::Provider, 1);
    checkVerdict(rules::networkTypeFitsSpace(networkType(type), s), refusal);
}

void TestRules::defaultNetworkTypeFollowsSpace()
{
    QCOMPARE(toString(rules::defaultNetworkType(space("Default", AddressSpaceType::Provider, 1))),
             toString(NetworkType::NonVirtualized));
    QCOMPARE(toString(rules::defaultNetworkType(space("Fabric", AddressSpaceType::Provider, 2))),
             toString(NetworkType::Provider));
    QCOMPARE(toString(rules::defaultNetworkType(space("Contoso", AddressSpaceType::Customer, 3))),
             toString(NetworkType::Customer));
}

void TestRules::networkTypeChange_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("NonVirtualized to Provider") << "NonVirtualized"
                                                << "Provider"
                                                << "";
    QTest::newRow("Provider to NonVirtualized") << "Provider"
                                                << "NonVirtualized"
                                                << "";
    QTest::newRow("unchanged Customer") << "Customer"
                                        << "Customer"
                                        << "";
    QTest::newRow("Provider to Customer") << "Provider"
                                          << "Customer"
                                          << "cannot change";
    QTest::newRow("Customer to NonVirtualized") << "Customer"
                                                << "NonVirtualized"
                                                << "cannot change";
}

void TestRules::networkTypeChange()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, refusal);
    checkVerdict(rules::networkTypeChange(networkType(from), networkType(to)), refusal);
}

void TestRules::nameIsValid_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("plain") << "East Fabric"
                           << "";
    QTest::newRow("unicode") << QStringLiteral("Zürich – Süd") << "";
    QTest::newRow("empty") << ""
                           << "needs a name";
    QTest::newRow("blank") << "   "
                           << "needs a name";
    QTest::newRow("leading space") << " East"
                                   << "leading or trailing spaces";
    QTest::newRow("trailing space") << "East "
                                    << "leading or trailing spaces";
    QTest::newRow("255 characters") << QString(255, u'x') << "";
    QTest::newRow("256 characters") << QString(256, u'x') << "longer than 255";
}

void TestRules::nameIsValid()
{
    QFETCH(QString, name);
    QFETCH(QString, refusal);
    checkVerdict(rules::nameIsValid(name, ObjectKind::LogicalNetwork), refusal);
}

void TestRules::vlanIdsAreValid_data()
{
    QTest::addColumn<QList<int>>("vlans");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("none") << QList<int>{} << "";
    QTest::newRow("bounds") << QList<int>{0, 4094} << "";
    QTest::newRow("4095") << QList<int>{12, 4095} << "VLAN ID 4095 is out of range";
    QTest::newRow("negative") << QList<int>{-1} << "VLAN ID -1 is out of range";
    QTest::newRow("twice") << QList<int>{12, 13, 12} << "VLAN ID 12 is listed twice";
}

void TestRules::vlanIdsAreValid()
{
    QFETCH(QList<int>, vlans);
    QFETCH(QString, refusal);
    checkVerdict(rules::vlanIdsAreValid(vlans), refusal);
}

void TestRules::subnetAssignment_data()
{
    // The subnet lives in provider space 1; "lnet" names the target logical network's space
    // (1 = same, 2 = another) or "-" for unassigning; "site" is "-", "own" (of that logical
    // network) or "other" (of another one).
    QTest::addColumn<QString>("spaceKind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("lnet");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("unassign") << "provider"
                              << "Provider"
                              << "-"
                              << "-"
                              << "";
    QTest::newRow("logical network of its space") << "provider"
                                                  << "Provider"
                                                  << "1"
                                                  << "-"
                                                  << "";
    QTest::newRow("with a site of it") << "provider"
                                       << "Provider"
                                       << "1"
                                       << "own"
                                       << "";
    QTest::newRow("site without logical network") << "provider"
                                                  << "Provider"
                                                  << "-"
                                                  << "own"
                                                  << "needs its logical network";
    QTest::newRow("logical network of another space")
            << "provider"
            << "Provider"
            << "2"
            << "-"
            << "belongs to another provider address space";
    QTest::newRow("site of another logical network") << "provider"
                                                     << "Provider"
                                                     << "1"
                                                     << "other"
                                                     << "is not a site of logical network";
    QTest::newRow("customer subnet") << "customer"
                                     << "Customer"
                                     << "1"
                                     << "-"
                                     << "only provider subnets are assigned";
}

void TestRules::subnetAssignment()
{
    QFETCH(QString, spaceKind);
    QFETCH(QString, type);
    QFETCH(QString, lnet);
    QFETCH(QString, site);
    QFETCH(QString, refusal);
    const AddressSpace s = space(
            "Fabric",
            spaceKind == u"customer" ? AddressSpaceType::Customer : AddressSpaceType::Provider, 1);
    Subnet subnet;
    subnet.spaceId = 1;
    subnet.networkId = prefix("10.1.0.0/24");
    subnet.networkType = networkType(type);
    LogicalNetwork network;
    network.id = 7;
    network.name = "Storage";
    network.spaceId = lnet == u"2" ? 2 : 1;
    NetworkSite networkSite;
    networkSite.id = 9;
    networkSite.name = "Storage_East";
    networkSite.logicalNetworkId = site == u"other" ? 8 : 7;
    checkVerdict(rules::subnetAssignment(subnet, s, lnet == u"-" ? nullptr : &network,
                                         site == u"-" ? nullptr : &networkSite),
                 refusal);
}

void TestRules::customerSubnetPlacement_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("isolation");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QString>("refusal");
    const QStringList sites{"10.1.0.0/16", "fd00:1::/48"};
    QTest::newRow("inside a site's subnet") << "10.1.2.0/24"
                                            << "VLAN" << sites << "";
    QTest::newRow("IPv6 inside") << "fd00:1:0:5::/64"
                                 << "VLAN" << sites << "";
    QTest::newRow("outside") << "10.2.0.0/24"
                             << "VLAN" << sites << "lies outside the subnets";
    QTest::newRow("wider than the site's") << "10.0.0.0/8"
                                           << "NoIsolation" << sites << "lies outside the subnets";
    QTest::newRow("network virtualization is free") << "192.168.0.0/24"
                                                    << "HNV" << sites << "";
}

void TestRules::customerSubnetPlacement()
{
    QFETCH(QString, subnet);
    QFETCH(QString, isolation);
    QFETCH(QStringList, allowed);
    QFETCH(QString, refusal);
    Subnet s;
    s.networkId = prefix(subnet);
    s.networkType = NetworkType::Customer;
    VmNetwork network;
    network.name = "Tenant A";
    network.logicalNetworkId = 7;
    network.isolation = isolation == u"HNV" ? VmNetworkIsolation::WindowsNetworkVirtualization
            : isolation == u"VLAN"          ? VmNetworkIsolation::VLANNetwork
                                            : VmNetworkIsolation::NoIsolation;
    QList<Prefix> prefixes;
    for (const QString &text : allowed)
        prefixes.append(prefix(text));
    checkVerdict(rules::customerSubnetPlacement(s, &network, prefixes), refusal);
}

void TestRules::rangeFitsSubnet_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("inside") << "10.1.0.0/24"
                            << "10.1.0.10"
                            << "10.1.0.99"
                            << "";
    QTest::newRow("whole subnet") << "10.1.0.0/24"
                                  << "10.1.0.0"
                                  << "10.1.0.255"
                                  << "";
    QTest::newRow("one address") << "10.1.0.0/24"
                                 << "10.1.0.7"
                                 << "10.1.0.7"
                                 << "";
    QTest::newRow("reversed") << "10.1.0.0/24"
                              << "10.1.0.99"
                              << "10.1.0.10"
                              << "ends before it starts";
    QTest::newRow("past the end") << "10.1.0.0/24"
                                  << "10.1.0.200"
                                  << "10.1.1.5"
                                  << "does not lie inside subnet 10.1.0.0/24";
    QTest::newRow("mixed families") << "10.1.0.0/24"
                                    << "10.1.0.1"
                                    << "fd00::1"
                                    << "mixes IPv4 and IPv6";
    QTest::newRow("IPv6") << "fd00:1::/64"
                          << "fd00:1::100"
                          << "fd00:1::ffff"
                          << "";
}

void TestRules::rangeFitsSubnet()
{
    QFETCH(QString, subnet);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, refusal);
    Subnet s;
    s.networkId = prefix(subnet);
    Range range;
    range.startAddress = address(start);
    range.endAddress = address(end);
    checkVerdict(rules::rangeFitsSubnet(range, s), refusal);
}

void TestRules::blockIsValid_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("whole") << "10.0.0.0/8"
                           << "10.0.0.0"
                           << "10.255.255.255"
                           << "";
    QTest::newRow("part") << "10.0.0.0/8"
                          << "10.1.0.0"
                          << "10.1.255.255"
                          << "";
    QTest::newRow("outside") << "10.0.0.0/8"
                             << "9.255.255.255"
                             << "10.0.0.5"
                             << "lie outside the network";
    QTest::newRow("reversed") << "10.0.0.0/8"
                              << "10.9.0.0"
                              << "10.1.0.0"
                              << "ends before it starts";
}

void TestRules::blockIsValid()
{
    QFETCH(QString, network);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, refusal);
    Block block;
    block.networkId = prefix(network);
    block.startAddress = address(start);
    block.endAddress = address(end);
    checkVerdict(rules::blockIsValid(block), refusal);
}

void TestRules::addressSpaceIsValid_data()
{
    // provider: "-" none, "P" a provider space, "C" a customer space.
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("customer");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("isolation");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("provider") << "Fabric" << false << "-"
                              << ""
                              << "";
    QTest::newRow("provider with isolation") << "Fabric" << false << "-"
                                             << "NVGRE"
                                             << "isolation method applies to customer";
    QTest::newRow("customer") << "Contoso" << true << "P"
                              << "NVGRE"
                              << "";
    QTest::newRow("customer IPRewrite") << "Contoso" << true << "P"
                                        << "IPRewrite"
                                        << "";
    QTest::newRow("customer without provider") << "Contoso" << true << "-"
                                               << "NVGRE"
                                               << "needs an associated provider";
    QTest::newRow("customer of a customer") << "Contoso" << true << "C"
                                            << "NVGRE"
                                            << "must be associated with a provider space";
    QTest::newRow("customer without isolation") << "Contoso" << true << "P"
                                                << ""
                                                << "needs an isolation method";
    QTest::newRow("customer named Default") << "Default" << true << "P"
                                            << "NVGRE"
                                            << "\"Default\" is a provider space";
    QTest::newRow("no name") << "" << false << "-"
                             << ""
                             << "needs a name";
}

void TestRules::addressSpaceIsValid()
{
    QFETCH(QString, name);
    QFETCH(bool, customer);
    QFETCH(QString, provider);
    QFETCH(QString, isolation);
    QFETCH(QString, refusal);
    AddressSpace s
            = space(name, customer ? AddressSpaceType::Customer : AddressSpaceType::Provider, 5);
    s.isolationMethod = isolation == u"NVGRE" ? IsolationMethod::NVGRE
            : isolation == u"IPRewrite"       ? IsolationMethod::IPRewrite
                                              : IsolationMethod::None;
    if (customer && provider != u"-")
        s.associatedProviderSpaceId = 1;
    const AddressSpace associated
            = space("Tenants",
                    provider == u"C" ? AddressSpaceType::Customer : AddressSpaceType::Provider, 1);
    checkVerdict(rules::addressSpaceIsValid(s, provider == u"-" ? nullptr : &associated), refusal);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
