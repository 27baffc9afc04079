// Custom fields at scale: N new subnets (default 1,000,000; argv[1]) through the write path in
// one change set, with one custom field value each, beside the same change set without values
// (same run); then one field's column of N values read (what a result-pane column or a CSV
// export reads) beside reading the N subnets themselves. SQLite file in a temporary folder.

#include "fields/customfieldstore.h"
#include "store/customfieldtables.h"
#include "write/writepath.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace ipam;
using namespace Qt::StringLiterals;

namespace {

ChangeSet subnets(int n, bool withValues)
{
    ChangeSet set;
    set.changes.reserve(n);
    for (int i = 0; i < n; ++i) {
        Subnet s;
        s.spaceId = 1;
        // /30s from 10.0.0.0 up: a million fit in 10.0.0.0/10.
        s.networkId
                = Prefix::make(IpAddress(Family::V4, uint128(0x0A000000u + quint32(i) * 4u)), 30)
                          .value();
        if (withValues)
            set.create(s, {{u"Rack"_s, u"R%1"_s.arg(i % 500)}});
        else
            set.create(s);
    }
    return set;
}

double timedImport(int n, bool withValues, qint64 *valueRows)
{
    QTemporaryDir dir;
    auto db = Database::open(DatabaseLocation::parse(dir.filePath(u"bench.sqlite"_s)).value())
                      .value();
    WritePath writePath(db, Principal{u"bench"_s, {}});
    CustomField rack;
    rack.name = u"Rack"_s;
    if (!CustomFieldStore(writePath).addField(rack).ok())
        qFatal("field");
    const ChangeSet set = subnets(n, withValues);
    QElapsedTimer t;
    t.start();
    const WriteResult result = writePath.submit(set);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (!result.ok())
        qFatal("import: %s", qPrintable(result.message));
    CustomFieldTables tables(*db);
    *valueRows = tables.valueCount(tables.fields().value().constLast().id).valueOr(-1);
    if (withValues) {
        ObjectId id = 0;
        const QList<CustomField> fields = tables.fields().value();
        for (const CustomField &f : fields)
            id = f.name == u"Rack"_s ? f.id : id;
        for (int run = 0; run < 3; ++run) {
            t.restart();
            const auto column = tables.column(ObjectKind::Subnet, id).value();
            const double columnMs = double(t.nsecsElapsed()) / 1e6;
            t.restart();
            const QList<Subnet> all = writePath.store().select<Subnet>();
            const double subnetsMs = double(t.nsecsElapsed()) / 1e6;
            std::printf("  read one field's column of %lld values: %.1f ms | baseline, read the "
                        "%lld subnets: %.1f ms\n",
                        qint64(column.size()), columnMs, qint64(all.size()), subnetsMs);
        }
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 1000000;
    qint64 none = 0;
    qint64 rows = 0;
    const double plain = timedImport(n, false, &none);
    const double withValues = timedImport(n, true, &rows);
    std::printf("%d new subnets in one change set, with one custom field value each: %.0f ms "
                "(%lld value rows) | baseline, the same without values: %.0f ms (%.0f%% more)\n",
                n, withValues, rows, plain, (withValues / plain - 1.0) * 100.0);
    return 0;
}
