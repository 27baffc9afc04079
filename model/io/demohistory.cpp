#include "demohistory.h"

#include "history/utilizationforecast.h"
#include "history/utilizationrecorder.h"
#include "store/database.h"
#include "store/sqlitestatement.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace ipam {

namespace {

constexpr int weeks = 52;

struct Current
{
    ObjectKind kind;
    ObjectId id;
    ObjectId seed; // the subnet's id: a subnet and its ranges grow alike
    AddressCount assigned;
    qint64 used;
};

// The count `week` weeks into the year (0 = a year ago, weeks = now).
qint64 countAt(const Current &object, int week)
{
    if (week >= weeks)
        return object.used;
    QRandomGenerator rng(quint32(object.seed * 2654435761u));
    const double start = 0.15 + 0.7 * rng.generateDouble(); // of today's count, a year ago
    const double shape = 0.6 + 1.2 * rng.generateDouble();  // < 1: early growth, > 1: recent
    const double t = double(week) / weeks;
    const double fraction = start + (1 - start) * std::pow(t, shape);
    return std::clamp<qint64>(std::llround(object.used * fraction), 0, object.used);
}

} // namespace

bool writeDemoHistory(Database &database, qint64 nowMs, QString *error)
{
    QList<Current> objects;
    const bool read
            = forEachRow(database,
                         QStringLiteral("SELECT id, assigned_addresses, utilized_addresses FROM "
                                        "ip_subnet WHERE utilized_addresses > 0 OR "
                                        "assigned_addresses <> '0'"),
                         {}, error,
                         [&objects](const auto &row) {
                             const ObjectId id = row.value(0).toLongLong();
                             objects.append({ObjectKind::Subnet, id, id,
                                             addressCountFromText(row.value(1).toString()),
                                             row.value(2).toLongLong()});
                         })
            && forEachRow(database,
                          QStringLiteral("SELECT id, subnet_id, utilized_addresses FROM ip_range "
                                         "WHERE utilized_addresses > 0"),
                          {}, error, [&objects](const auto &row) {
                              objects.append({ObjectKind::Range, row.value(0).toLongLong(),
                                              row.value(1).toLongLong(), AddressCount(),
                                              row.value(2).toLongLong()});
                          });
    if (!read)
        return false;
    if (!database.beginWrite(error))
        return false;
    QSqlQuery wipe(database.connection());
    if (!wipe.exec(QStringLiteral("DELETE FROM utilization_point"))) {
        *error = Database::describe(wipe.lastError());
        database.rollback();
        return false;
    }
    const bool wasEnabled = UtilizationRecorder::isEnabled();
    UtilizationRecorder::setEnabled(true);
    bool ok = true;
    for (int week = 0; week <= weeks && ok; ++week) {
        const qint64 atMs = week == weeks ? nowMs : nowMs - (weeks - week) * 7 * msPerDay;
        QList<UtilizationSample> samples;
        samples.reserve(objects.size());
        for (const Current &object : std::as_const(objects)) {
            const qint64 used = countAt(object, week);
            // A week without change keeps no point: history records changes.
            if (week > 0 && week < weeks && used == countAt(object, week - 1))
                continue;
            samples.append({object.kind, object.id, object.assigned, used});
        }
        ok = UtilizationRecorder::record(database, atMs, samples, error,
                                         UtilizationRecorder::Dating::Given);
    }
    UtilizationRecorder::setEnabled(wasEnabled);
    if (!ok || !database.commit(error)) {
        database.rollback();
        return false;
    }
    return true;
}

} // namespace ipam
