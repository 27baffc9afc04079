// Benchmark, not a test: what the console's visibility filter (ConsoleModels with access
// control enforced) costs a full load of the item models. N subnets in two address spaces of
// scopes Global/East and Global/West; ConsoleModels::load() timed (median of 3) with access
// control off (the baseline), for a principal holding a policy in Global (the check is skipped)
// and for one limited to Global/East (every row checked; half of them kept). Then the
// permission check of a selection of 10,000 subnets, as ConsoleCommands runs it on every
// selection change.
//
//   bench_consoleaccess [ROWS]     (default 500000 subnets, a new SQLite file)

#include "access/accesscontrolstore.h"
#include "access/rbacauthorizer.h"
#include "consolecommands.h"
#include "items/consolemodels.h"
#include "items/subnetmodel.h"
#include "write/writepath.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ipam;

namespace {

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

void fill(WritePath &path, ObjectId spaceId, int rows)
{
    ChangeSet set;
    set.label = QStringLiteral("bench");
    for (int i = 0; i < rows; ++i) {
        Subnet subnet;
        subnet.spaceId = spaceId;
        subnet.networkType = NetworkType::Provider;
        subnet.networkId
                = Prefix::make(IpAddress(Family::V4, 0x0A000000u + quint32(i) * 16u), 28).value();
        set.create(subnet);
    }
    const WriteResult result = path.submit(set);
    if (!result.ok())
        qFatal("%s", qPrintable(result.message));
}

struct Loaded
{
    qint64 ms = 0;
    int rows = 0;
};

Loaded timeLoad(WritePath &path, bool enforced)
{
    std::vector<qint64> times;
    int rows = 0;
    for (int run = 0; run < 3; ++run) {
        ConsoleModels models(path);
        models.setAccessControlEnforced(enforced);
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 500000;
    QTemporaryDir dir;
    const Parsed<std::shared_ptr<Database>> db = Database::open(
            DatabaseLocation::parse(dir.filePath(QStringLiteral("bench.sqlite"))).value());
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    WritePath admin(db.value(), AccessControlTables(*db.value()).connectedPrincipal());
    admin.setAuthorizer(makeAuthorizer(db.value()));
    AccessControlStore access(admin);
    if (!access.addScope(QStringLiteral("Global/East")).ok()
        || !access.addScope(QStringLiteral("Global/West")).ok()
        || !access.addPolicy(QStringLiteral("lee"), false, builtinroles::asmAdministrator,
                             QStringLiteral("Global/East"))
                    .ok())
        qFatal("cannot set up access control");
    const ObjectId east
            = scopedSpace(admin, access, QStringLiteral("East"), QStringLiteral("Global/East"));
    const ObjectId west
            = scopedSpace(admin, access, QStringLiteral("West"), QStringLiteral("Global/West"));
    fill(admin, east, rows / 2);
    fill(admin, west, rows - rows / 2);

    WritePath limited(db.value(), Principal{QStringLiteral("lee"), {}});
    // Interleaved, so that a busy machine weighs on all three alike.
    timeLoad(admin, false); // warm the page cache
    Loaded off, global, east1;
    for (int round = 0; round < 2; ++round) {
        const Loaded a = timeLoad(admin, false);
        const Loaded b = timeLoad(admin, true);
        const Loaded c = timeLoad(limited, true);
        if (round == 0 || a.ms < off.ms)
            off = a;
        if (round == 0 || b.ms < global.ms)
            global = b;
        if (round == 0 || c.ms < east1.ms)
            east1 = c;
    }
    std::printf("ConsoleModels::load() of %d subnets (SQLite, best of 2 medians of 3):\n", rows);
    std::printf("  access control off (baseline)      %6lld ms  %d rows\n", off.ms, off.rows);
    std::printf("  policy in Global (check skipped)   %6lld ms  %d rows\n", global.ms, global.rows);
    std::printf("  limited to Global/East (checked)   %6lld ms  %d rows\n", east1.ms, east1.rows);

    // Permission checks of a 10,000-subnet selection (Delete, Assign, Cut, Set Access Scope).
    ConsoleModels models(limited);
    models.setAccessControlEnforced(true);
    models.load();
    ConsoleCommands commands(models, nullptr);
    ConsoleContext context;
    context.selectionKind = ObjectKind::Subnet;
    for (int row = 0; row < 10000 && row < models.subnets().rowCount(); ++row)
        context.selection.append(models.subnets().objectId(row));
    QElapsedTimer timer;
    timer.start();
    const int repeats = 20;
    for (int i = 0; i < repeats; ++i)
        commands.setContext(context);
    std::printf("  setContext with 10,000 selected subnets, limited principal: %.2f ms\n",
                double(timer.nsecsElapsed()) / 1e6 / repeats);
    return 0;
}
