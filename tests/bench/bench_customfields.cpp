// Custom fields at scale: N new subnets (default 1,000,000; argv[1]) through the write path in
// one change set, with one custom field value each, beside the same change set without values
// (same run); then one field's column of N values read (what a result-pane column or a CSV
// export reads) beside reading the N subnets themselves. SQLite file in a temporary folder.
// Then the result pane's side (items/customfieldcolumns.h): the field's column loaded into the
// subnet model in bulk, and SubnetFilterProxy sorting and filtering by the field column beside
// the same by the built-in Owner column, which holds the same texts ("R42" / "O42": 500
// distinct values), in the same run (median of 3).

#include "fields/customfieldstore.h"
#include "items/networkdirectory.h"
#include "items/subnetfilterproxy.h"
#include "items/subnetmodel.h"
#include "store/customfieldtables.h"
#include "write/writepath.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

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
        s.owner = u"O%1"_s.arg(i % 500);
        if (withValues)
            set.create(s, {{u"Rack"_s, u"R%1"_s.arg(i % 500)}});
        else
            set.create(s);
    }
    return set;
}

// CPU time of this thread: on a shared machine wall time measures the neighbours too.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Median of 3 runs, in thread CPU ms.
double medianMs(const std::function<void()> &run)
{
    std::vector<double> times;
    for (int i = 0; i < 3; ++i) {
        const double start = cpuMs();
        run();
        times.push_back(cpuMs() - start);
    }
    std::sort(times.begin(), times.end());
    return times[1];
}

// The result pane over the store: SubnetModel with its custom field columns, and the proxy.
void resultPane(WritePath &writePath)
{
    NetworkDirectory directory;
    if (!directory.load(writePath.store()))
        qFatal("directory");
    SubnetModel model(directory);
    double start = cpuMs();
    model.reset(writePath.store().select<Subnet>());
    const double rowsMs = cpuMs() - start;
    CustomFieldTables tables(writePath.database());
    start = cpuMs();
    if (!model.reloadFields(tables))
        qFatal("fields");
    const double fieldsMs = cpuMs() - start;
    std::printf("  (result pane figures in thread CPU ms, median of 3)\n  subnet model: %d rows "
                "read in %.0f ms | custom field columns (%d, values of Rack for every row) loaded "
                "in bulk: %.0f ms\n",
                model.rowCount(), rowsMs, model.columnCount() - SubnetModel::ColumnCount, fieldsMs);
    int rack = -1;
    for (int column = SubnetModel::ColumnCount; column < model.columnCount(); ++column)
        rack = model.headerData(column, Qt::Horizontal).toString() == u"Rack"_s ? column : rack;
    if (rack < 0)
        qFatal("no Rack column");
    SubnetFilterProxy proxy;
    proxy.setSourceModel(&model);
    // Each run sorts afresh: the proxy keeps one column's order until the table changes, so
    // another column (Prefix Length, untimed) is sorted by in between.
    auto sortBy = [&](int column) {
        std::vector<double> times;
        for (int i = 0; i < 3; ++i) {
            proxy.sort(SubnetModel::PrefixLengthColumn, Qt::AscendingOrder);
            const double start = cpuMs();
            proxy.sort(column, Qt::AscendingOrder);
            times.push_back(cpuMs() - start);
        }
        std::sort(times.begin(), times.end());
        return times[1];
    };
    const double sortField = sortBy(rack);
    const QString firstField = proxy.index(1, rack).data().toString();
    const double sortOwner = sortBy(SubnetModel::OwnerColumn);
    std::printf("  sort %d rows by the Rack field column: %.0f ms | baseline, by the built-in "
                "Owner column: %.0f ms (first values %s / %s)\n",
                proxy.rowCount(), sortField, sortOwner, qPrintable(firstField),
                qPrintable(proxy.index(1, SubnetModel::OwnerColumn).data().toString()));
    proxy.sort(-1);
    auto filterBy = [&](const QString &text, int *shown) {
        return medianMs([&] {
            proxy.setFilter(ResultFilter{});
            ResultFilter filter;
            filter.search = SearchQuery::parse(text);
            proxy.setFilter(filter);
            *shown = proxy.rowCount();
        });
    };
    int fieldRows = 0;
    int ownerRows = 0;
    // "R42" only occurs in the Rack values, "O42" only in Owner: the same rows either way.
    const double filterField = filterBy(u"R42"_s, &fieldRows);
    const double filterOwner = filterBy(u"O42"_s, &ownerRows);
    std::printf("  search box over %d rows matching a Rack value (\"R42\", %d rows): %.0f ms | "
                "baseline, matching Owner (\"O42\", %d rows): %.0f ms\n",
                model.rowCount(), fieldRows, filterField, ownerRows, filterOwner);
    // Sorted by the field and filtered at once, as a saved view would open.
    proxy.sort(rack, Qt::AscendingOrder);
    const double both = filterBy(u"R42"_s, &fieldRows);
    proxy.sort(SubnetModel::OwnerColumn, Qt::AscendingOrder);
    const double bothOwner = filterBy(u"O42"_s, &ownerRows);
    std::printf("  search while sorted by the column: Rack %.0f ms | baseline, Owner %.0f ms\n",
                both, bothOwner);
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
        resultPane(writePath);
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
