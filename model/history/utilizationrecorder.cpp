#include "utilizationrecorder.h"

#include "store/sqlitestatement.h"

#include <atomic>

namespace ipam {

namespace {

std::atomic<bool> recording{true};

QString insertFor(int rows)
{
    QStringList values(rows, QStringLiteral("(?,?,?,?,?)"));
    // Two changes of one object within a millisecond: the later figures are the point's.
    return QStringLiteral("INSERT INTO utilization_point (kind, object_id, at_ms, assigned, used) "
                          "VALUES %1 ON CONFLICT (kind, object_id, at_ms) DO UPDATE SET "
                          "assigned = excluded.assigned, used = excluded.used")
            .arg(values.join(QLatin1Char(',')));
}

bool runInsert(Database &database, const QString &sql, const QVariantList &binds, QString *error)
{
    return forEachRow(database, sql, binds, error, [](const auto &) { });
}

} // namespace

bool UtilizationRecorder::isEnabled()
{
    return recording.load(std::memory_order_relaxed);
}

void UtilizationRecorder::setEnabled(bool enabled)
{
    recording.store(enabled, std::memory_order_relaxed);
}

bool UtilizationRecorder::record(Database &database, qint64 atMs,
                                 const QList<UtilizationSample> &samples, QString *error)
{
    if (!isEnabled() || samples.isEmpty())
        return true;
    // PostgreSQL refuses one statement updating a row twice: keep the last sample per object.
    QList<UtilizationSample> unique;
    unique.reserve(samples.size());
    QHash<QPair<int, ObjectId>, qsizetype> seen;
    for (const UtilizationSample &sample : samples) {
        const auto key = qMakePair(int(sample.kind), sample.id);
        if (const auto found = seen.constFind(key); found != seen.cend()) {
            unique[*found] = sample;
            continue;
        }
        seen.insert(key, unique.size());
        unique.append(sample);
    }
    QVariantList binds;
    qsizetype next = 0;
    for (int chunk = 256; chunk >= 1; chunk /= 2) {
        while (unique.size() - next >= chunk) {
            binds.clear();
            binds.reserve(chunk * 5);
            for (qsizetype i = next; i < next + chunk; ++i) {
                const UtilizationSample &s = unique.at(i);
                binds << int(s.kind) << s.id << atMs
                      << (s.kind == ObjectKind::Subnet ? QVariant(s.assigned.toString())
                                                       : QVariant(QMetaType::fromType<QString>()))
                      << s.used;
            }
            if (!runInsert(database, insertFor(chunk), binds, error))
                return false;
            next += chunk;
        }
    }
    return true;
}

} // namespace ipam
