// Benchmark, not a test: what role-based access control costs a bulk write. N subnets created
// in one change set through the write path (every rule, the SQLite bulk insert, the database's
// scope triggers), once checked by RbacAuthorizer for a principal holding IPAM ASM
// Administrator Role in Global/East, beside the same rows written with no authorization
// (AllowEverything) into a twin space of the same scope.
//
//   bench_rbac [ROWS] [DB]     (default 200000 rows, a new SQLite file; DB may be an empty
//                               PostgreSQL database's URL)

#include "access/accesscontrolstore.h"
#include "access/rbacauthorizer.h"
#include "write/writepath.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace ipam;

namespace {

ObjectId scopedSpace(WritePath &admin, AccessControlStore &access, const QString &name)
{
    AddressSpace space;
    space.name = name;
    ChangeSet set;
    set.create(space);
    const WriteResult result = admin.submit(set);
    if (!result.ok())
        qFatal("%s", qPrintable(result.message));
    const ObjectId id = storedPart(result.objects.constFirst()).id;
    if (!access.setAccessScope({{ObjectKind::AddressSpace, id}}, QStringLiteral("Global/East"))
                 .ok())
        qFatal("cannot scope the space");
    return id;
}

qint64 importInto(WritePath &path, ObjectId spaceId, int rows)
{
    ChangeSet set;
    set.label = QStringLiteral("bench");
    for (int i = 0; i < rows; ++i) {
        Subnet subnet;
        subnet.spaceId = spaceId;
        subnet.networkType = NetworkType::Provider;
        const quint32 base = 0x0A000000u + quint32(i) * 16u; // disjoint /28s of 10.0.0.0/8
        subnet.networkId = Prefix::make(IpAddress(Family::V4, base), 28).value();
        set.create(subnet);
    }
    QElapsedTimer timer;
    timer.start();
    const WriteResult result = path.submit(set);
    const qint64 ms = timer.elapsed();
    if (!result.ok())
        qFatal("%s", qPrintable(result.message));
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    QTemporaryDir dir;
    const QString where = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                   : dir.filePath(QStringLiteral("bench.sqlite"));
    const Parsed<std::shared_ptr<Database>> db
            = Database::open(DatabaseLocation::parse(where).value());
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    WritePath admin(db.value(), AccessControlTables(*db.value()).connectedPrincipal());
    admin.setAuthorizer(makeAuthorizer(db.value()));
    AccessControlStore access(admin);
    if (!access.addScope(QStringLiteral("Global/East")).ok()
        || !access.addPolicy(QStringLiteral("lee"), false, builtinroles::asmAdministrator,
                             QStringLiteral("Global/East"))
                    .ok())
        qFatal("cannot set up access control");
    const ObjectId checked = scopedSpace(admin, access, QStringLiteral("Checked"));
    const ObjectId unchecked = scopedSpace(admin, access, QStringLiteral("Unchecked"));

    WritePath plain(db.value(), Principal{QStringLiteral("lee"), {}});
    const qint64 baseline = importInto(plain, unchecked, rows);
    WritePath rbac(db.value(), Principal{QStringLiteral("lee"), {}});
    rbac.setAuthorizer(makeAuthorizer(db.value()));
    const qint64 ours = importInto(rbac, checked, rows);

    // Re-homing: the space's scope changes, and every subnet that inherits it follows (the
    // database's cascade), beside a plain UPDATE of the same rows' scope column.
    if (!access.addScope(QStringLiteral("Global/West")).ok())
        qFatal("cannot add a scope");
    QElapsedTimer timer;
    timer.start();
    if (!access.setAccessScope({{ObjectKind::AddressSpace, checked}}, QStringLiteral("Global/West"))
                 .ok())
        qFatal("cannot re-home the space");
    const qint64 rehome = timer.elapsed();
    timer.restart();
    QString error;
    db.value()->beginWrite(&error);
    db.value()->exec(QStringLiteral("UPDATE ip_subnet SET access_scope_id = access_scope_id + 0 "
                                    "WHERE space_id = %1")
                             .arg(unchecked),
                     &error);
    db.value()->commit(&error);
    const qint64 plainUpdate = timer.elapsed();

    std::printf("\n%-60s %12s %14s\n", "figure", "ours", "baseline");
    std::printf("%-60s %10lld/s %12lld/s\n", "subnets created, every row authorized (rows/s)",
                qint64(rows) * 1000 / qMax<qint64>(ours, 1),
                qint64(rows) * 1000 / qMax<qint64>(baseline, 1));
    std::printf("%-60s %10lld ms %11lld ms\n", "  wall time", ours, baseline);
    std::printf("%-60s %10lld ms %11lld ms\n", "re-home a space's subnets to another scope", rehome,
                plainUpdate);
    std::printf("\nbaselines: the same change set with no authorization (AllowEverything); a "
                "plain UPDATE of the same rows\n");
    return 0;
}
