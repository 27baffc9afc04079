#include "rbacfixture.h"

#include <QSqlQuery>

namespace ipam::test {

Prefix prefix(const QString &text)
{
    const Parsed<Prefix> p = Prefix::parse(text);
    if (!p)
        qFatal("bad test prefix %s", qPrintable(text));
    return p.value();
}

IpAddress ip(const QString &text)
{
    return IpAddress::parse(text).value();
}

RbacFixture::RbacFixture(const QString &backend)
    : testDb(backend)
{ }

bool RbacFixture::start(QString *error)
{
    if (!testDb.isValid()) {
        *error = testDb.error();
        return false;
    }
    db = testDb.open();
    if (!db) {
        *error = QStringLiteral("cannot open the test database");
        return false;
    }
    adminPrincipal = AccessControlTables(*db).connectedPrincipal();
    admin = std::make_unique<WritePath>(db, adminPrincipal);
    admin->setAuthorizer(makeAuthorizer(db));
    adminAccess = std::make_unique<AccessControlStore>(*admin);
    user = std::make_unique<WritePath>(db, Principal{QStringLiteral("nobody"), {}});
    user->setAuthorizer(makeAuthorizer(db));
    userAccess = std::make_unique<AccessControlStore>(*user);

    for (const char *path : {"Global/East", "Global/East/Dublin", "Global/West"}) {
        const WriteResult r = adminAccess->addScope(QString::fromLatin1(path));
        if (!r.ok()) {
            *error = r.message;
            return false;
        }
    }
    const AccessScopeTree tree = adminAccess->tables().scopeTree();
    for (const char *name : {"East", "Dublin", "West"}) {
        Location l;
        const QString n = QString::fromLatin1(name);
        l.scopePath = n == QLatin1String("Dublin") ? QStringLiteral("Global/East/Dublin")
                                                   : QStringLiteral("Global/") + n;
        l.scopeId = *tree.idForPath(l.scopePath);
        AddressSpace provider;
        provider.name = n + QStringLiteral(" fabric");
        l.provider = adminCreate(provider);
        AddressSpace customer;
        customer.name = n + QStringLiteral(" tenant");
        customer.type = AddressSpaceType::Customer;
        customer.associatedProviderSpaceId = l.provider.id;
        customer.isolationMethod = IsolationMethod::NVGRE;
        customer.vmNetwork = n + QStringLiteral(" VM network");
        l.customer = adminCreate(customer);
        // Both spaces get the location's scope; everything in them inherits it.
        const WriteResult set
                = adminAccess->setAccessScope({{ObjectKind::AddressSpace, l.provider.id},
                                               {ObjectKind::AddressSpace, l.customer.id}},
                                              l.scopePath);
        if (!set.ok()) {
            *error = set.message;
            return false;
        }
        l.vmNetwork = *admin->store().vmNetworkByName(l.customer.id, customer.vmNetwork);
        LogicalNetwork network;
        network.name = n + QStringLiteral(" LN");
        network.spaceId = l.provider.id;
        l.logicalNetwork = adminCreate(network);
        NetworkSite site;
        site.name = n + QStringLiteral(" site");
        site.logicalNetworkId = l.logicalNetwork.id;
        l.site = adminCreate(site);
        Block block;
        block.spaceId = l.provider.id;
        block.networkId = prefix(QStringLiteral("100.0.0.0/8"));
        l.block = adminCreate(block);
        Subnet subnet;
        subnet.spaceId = l.provider.id;
        subnet.networkId = prefix(QStringLiteral("172.16.0.0/12"));
        subnet.networkType = NetworkType::Provider;
        l.subnet = adminCreate(subnet);
        locations.insert(n, l);
    }
    return true;
}

QString RbacFixture::fingerprint()
{
    QStringList parts;
    for (const char *table : {"address_space", "logical_network", "network_site", "vm_network",
                              "ip_block", "ip_subnet", "ip_range", "ip_address"}) {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT count(*), coalesce(sum(version), 0), coalesce(sum(id * "
                              "access_scope_id), 0), coalesce(max(modified_ms), 0), "
                              "coalesce(sum(access_scope_inherited), 0) FROM %1")
                       .arg(QLatin1StringView(table)));
        q.next();
        parts.append(QStringLiteral("%1:%2/%3/%4/%5/%6")
                             .arg(QLatin1StringView(table), q.value(0).toString(),
                                  q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toString()));
    }
    for (const char *sql : {"SELECT count(*), coalesce(sum(parent_id), 0) FROM access_scope",
                            "SELECT count(*), coalesce(sum(length(name)), 0) FROM user_role",
                            "SELECT count(*), 0 FROM user_role_operation",
                            "SELECT count(*), coalesce(sum(role_id * scope_id), 0) FROM "
                            "access_policy"}) {
        QSqlQuery q(db->connection());
        q.exec(QLatin1StringView(sql));
        q.next();
        parts.append(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
    }
    return parts.join(QLatin1Char(' '));
}

qint64 RbacFixture::deniedAuditRows()
{
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE outcome = 'denied'"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace ipam::test
