// Benchmark, not a test: what PostgreSQL's row-level security (schema version 9) costs the
// console's load of N subnets. N subnets in two address spaces of scopes Global/East and
// Global/West, on a fresh database of the server IPAM_TEST_PG_URL names; ConsoleModels::load()
// timed (median of 3, best of 2 rounds) over a connection as
//  - the owner (row-level security does not apply: the floor),
//  - a login with a policy in Global (sees everything),
//  - a login with a policy in Global/East (sees half; the console's own filter is on too),
// each with row-level security on, then off (the owner disables it on every table in the same
// run), so that the pairs differ by what RLS costs.
//
//   bench_pgrowsecurity [ROWS]     (default 1000000 subnets)

#include "items/consolemodels.h"
#include "items/subnetmodel.h"
#include "store/accesscontroltables.h"
#include "access/accesscontrolstore.h"
#include "write/writepath.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace ipam;

namespace {

const char *const tables[] = {"address_space", "logical_network", "network_site", "vm_network",
                              "ip_block",      "ip_subnet",       "ip_range",     "ip_address"};

void must(Database &db, const QString &sql)
{
    QString error;
    if (!db.exec(sql, &error))
        qFatal("%s", qPrintable(error));
}

ObjectId scopedSpace(WritePath &admin, AccessControlStore &access, const QString &name,
                     const QString &scope)
{
    AddressSpace space;
    space.name = name;
    ChangeSet set;
    set.create(space);
    const WriteResult result = admin.submit(set);
    if (!result.ok())
        qFatal("%s", qPrintable(result.message));
    const ObjectId id = storedPart(result.objects.constFirst()).id;
    if (!access.setAccessScope({{ObjectKind::AddressSpace, id}}, scope).ok())
        qFatal("cannot scope the space");
    return id;
}

struct Loaded
{
    qint64 ms = 0;
    int rows = 0;
};

Loaded timeLoad(WritePath &path)
{
    std::vector<qint64> times;
    int rows = 0;
    for (int run = 0; run < 3; ++run) {
        ConsoleModels models(path);
        models.setAccessControlEnforced(true);
        QElapsedTimer timer;
        timer.start();
        if (!models.load())
            qFatal("load failed");
        times.push_back(timer.elapsed());
        rows = models.subnets().rowCount();
    }
    std::sort(times.begin(), times.end());
    return {times[1], rows};
}

Loaded best(const Loaded &a, const Loaded &b, bool first)
{
    return first || a.ms < b.ms ? a : b;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    ipam::test::TestDatabase store(QStringLiteral("postgresql"));
    if (!store.isValid())
        qFatal("no PostgreSQL: %s", qPrintable(store.error()));
    const std::shared_ptr<Database> owner = store.open();
    WritePath admin(owner, AccessControlTables(*owner).connectedPrincipal());
    AccessControlStore access(admin);
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString global = QStringLiteral("ipam_rlsglobal_") + suffix;
    const QString east = QStringLiteral("ipam_rlseast_") + suffix;
    for (const QString &login : {global, east})
        must(*owner, QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(login));
    if (!access.addScope(QStringLiteral("Global/East")).ok()
        || !access.addScope(QStringLiteral("Global/West")).ok()
        || !access.addPolicy(global, false, builtinroles::asmAdministrator,
                             QStringLiteral("Global"))
                    .ok()
        || !access.addPolicy(east, false, builtinroles::asmAdministrator,
                             QStringLiteral("Global/East"))
                    .ok())
        qFatal("cannot set up access control");
    const ObjectId eastSpace
            = scopedSpace(admin, access, QStringLiteral("East"), QStringLiteral("Global/East"));
    const ObjectId westSpace
            = scopedSpace(admin, access, QStringLiteral("West"), QStringLiteral("Global/West"));
    QElapsedTimer timer;
    timer.start();
    // Generated in the server as the owner: the write path's cost is not what is measured.
    must(*owner,
         QStringLiteral("INSERT INTO ip_subnet (space_id, family, lo, hi, prefix_length, "
                        "network_id, network_type) SELECT CASE WHEN i % 2 = 0 THEN %1 "
                        "ELSE %2 END, 4, decode(repeat('00', 12) || lpad(to_hex(167772160 "
                        "+ i * 16), 8, '0'), 'hex'), decode(repeat('00', 12) || "
                        "lpad(to_hex(167772160 + i * 16 + 15), 8, '0'), 'hex'), 28, "
                        "host('10.0.0.0'::inet + i * 16) || '/28', 1 FROM "
                        "generate_series(0, %3) i")
                 .arg(eastSpace)
                 .arg(westSpace)
                 .arg(rows - 1));
    must(*owner, QStringLiteral("VACUUM ANALYZE ip_subnet"));
    std::printf("%d subnets inserted in %lld ms\n", rows, timer.elapsed());

    auto connectAs = [&](const QString &login) {
        QUrl url(store.url());
        url.setUserName(login);
        const Parsed<std::shared_ptr<Database>> db
                = Database::open(DatabaseLocation::parse(url.toString()).value());
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        return db.value();
    };
    const std::shared_ptr<Database> globalDb = connectAs(global);
    const std::shared_ptr<Database> eastDb = connectAs(east);
    WritePath globalPath(globalDb, AccessControlTables(*globalDb).connectedPrincipal());
    WritePath eastPath(eastDb, AccessControlTables(*eastDb).connectedPrincipal());
    auto rowSecurity = [&](bool on) {
        for (const char *table : tables) {
            must(*owner,
                 QStringLiteral("ALTER TABLE %1 %2 ROW LEVEL SECURITY")
                         .arg(QLatin1StringView(table),
                              on ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE")));
        }
    };

    timeLoad(admin); // warm the server's cache
    Loaded floor, globalOn, globalOff, eastOn, eastOff;
    for (int round = 0; round < 2; ++round) {
        const bool first = round == 0;
        floor = best(timeLoad(admin), floor, first);
        rowSecurity(true);
        globalOn = best(timeLoad(globalPath), globalOn, first);
        eastOn = best(timeLoad(eastPath), eastOn, first);
        rowSecurity(false);
        globalOff = best(timeLoad(globalPath), globalOff, first);
        eastOff = best(timeLoad(eastPath), eastOff, first);
    }
    rowSecurity(true);
    auto cost = [](const Loaded &on, const Loaded &off) {
        return off.ms ? 100.0 * double(on.ms - off.ms) / double(off.ms) : 0.0;
    };
    std::printf("ConsoleModels::load() of %d subnets (PostgreSQL, best of 2 medians of 3):\n",
                rows);
    std::printf("  owner (RLS does not apply)                 %6lld ms  %d rows\n", floor.ms,
                floor.rows);
    std::printf("  policy in Global,      RLS off (baseline)  %6lld ms  %d rows\n", globalOff.ms,
                globalOff.rows);
    std::printf("  policy in Global,      RLS on              %6lld ms  %d rows  (%+.1f %%)\n",
                globalOn.ms, globalOn.rows, cost(globalOn, globalOff));
    std::printf("  policy in Global/East, RLS off (baseline)  %6lld ms  %d rows\n", eastOff.ms,
                eastOff.rows);
    std::printf("  policy in Global/East, RLS on              %6lld ms  %d rows  (%+.1f %%)\n",
                eastOn.ms, eastOn.rows, cost(eastOn, eastOff));
    std::printf("  goal: RLS on <= +20 %%\n");
    for (const QString &login : {global, east}) {
        owner->exec(QStringLiteral("DROP OWNED BY \"%1\"").arg(login), nullptr);
    }
    return 0;
}
