#pragma once

#include "access/accesscontrolstore.h"
#include "access/rbacauthorizer.h"
#include "store/accesscontroltables.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QMap>

#include <memory>

namespace ipam::test {

// A store with a scope tree Global > East > Dublin and Global > West, and in each of East,
// Dublin and West a provider space (with a logical network, a site, a block and a big subnet)
// and a customer space with its VM network, all with that scope; an admin (the database's
// creator) and a write path for the principal under test, both checked by RbacAuthorizer.
struct RbacFixture
{
    explicit RbacFixture(const QString &backend);
    bool start(QString *error);

    struct Location
    {
        QString scopePath;
        ObjectId scopeId = 0;
        AddressSpace provider;
        AddressSpace customer;
        LogicalNetwork logicalNetwork;
        NetworkSite site;
        VmNetwork vmNetwork;
        Block block;
        Subnet subnet; // 172.16.0.0/12: ranges and addresses go inside
    };

    // As the admin: must succeed.
    template<typename T>
    T adminCreate(T object);
    WriteResult adminSubmit(const ChangeSet &set) { return admin->submit(set); }

    // Everything but the audit log, to assert that a refused change left nothing behind.
    QString fingerprint();
    qint64 deniedAuditRows();

    TestDatabase testDb;
    std::shared_ptr<Database> db;
    Principal adminPrincipal;
    std::unique_ptr<WritePath> admin;
    std::unique_ptr<AccessControlStore> adminAccess;
    std::unique_ptr<WritePath> user; // its principal is set per test
    std::unique_ptr<AccessControlStore> userAccess;
    QMap<QString, Location> locations; // "East", "Dublin", "West"
    int serial = 0;                    // for unique names and prefixes
};

template<typename T>
T RbacFixture::adminCreate(T object)
{
    ChangeSet set;
    set.create(object);
    const WriteResult result = admin->submit(set);
    if (!result.ok())
        qFatal("admin create failed: %s", qPrintable(result.message));
    return std::get<T>(result.objects.constFirst());
}

Prefix prefix(const QString &text);
IpAddress ip(const QString &text);

} // namespace ipam::test

// Starts an RbacFixture named `fixture` on the test row's backend, in a data-driven test
// (addBackendRows): skipped or failed as IPAM_REQUIRE_DATABASE says when the backend is missing.
#define IPAM_START_RBAC_FIXTURE(fixture) \
    QFETCH(QString, backend); \
    ipam::test::RbacFixture fixture(backend); \
    IPAM_REQUIRE_DATABASE(fixture.testDb); \
    { \
        QString error; \
        QVERIFY2(fixture.start(&error), qPrintable(error)); \
    }
