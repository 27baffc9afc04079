#pragma once

#include "address/parsed.h"
#include "domain/entities.h"

#include <QList>
#include <QString>

#include <optional>

namespace ipam {
class Store;
}

namespace ipam::ctl {

// Turns what an admin types (names, prefixes, addresses) into stored objects, or into the one
// line that says what is wrong: `no logical network "Foo" in address space "Default"`,
// `10.0.0.1/8 has host bits set; did you mean 10.0.0.0/8?`. Names are exact (case-sensitive),
// as the store keeps them.
class NameResolver
{
public:
    explicit NameResolver(Store &store);

    // The --space option: the named space, or Default when the option is absent.
    Parsed<AddressSpace> space(const std::optional<QString> &name);
    Parsed<AddressSpace> spaceNamed(const QString &name);
    Parsed<LogicalNetwork> logicalNetwork(const AddressSpace &space, const QString &name);
    Parsed<NetworkSite> site(const LogicalNetwork &network, const QString &name);
    // The sites called `name` in any logical network of the space.
    QList<NetworkSite> sitesNamed(const AddressSpace &space, const QString &name);

    Parsed<Subnet> subnet(const AddressSpace &space, const QString &prefix);
    Parsed<Block> block(const AddressSpace &space, const QString &prefix);
    Parsed<Range> range(const AddressSpace &space, const QString &start, const QString &end);
    // Several records may hold one address (other services); managedBy/serviceInstance pick one.
    Parsed<Address> address(const AddressSpace &space, const QString &ip,
                            const std::optional<QString> &managedBy,
                            const std::optional<QString> &serviceInstance);

private:
    Store &m_store;
};

// Parsers for option values, with messages that name the option and the value.
Parsed<Family> parseFamily(const QString &text); // "4" | "6"
Parsed<int> parseCount(const QString &option, const QString &text, int max);
Parsed<QList<int>> parseVlanIds(const QStringList &values); // "--vlan 10 --vlan 20,30"

} // namespace ipam::ctl
