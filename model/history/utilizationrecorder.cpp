#include "utilizationrecorder.h"

#include "store/sqlitestatement.h"

#include <array>
#include <atomic>
#include <bit>
#include <optional>

#include <QSqlQuery>

namespace ipam {

namespace {

std::atomic<bool> recording{true};

// The statement for `rows` rows (a power of two up to 256), made once per size.
const QString &insertFor(int rows)
{
    static const std::array<QString, 9> statements = [] {
        std::array<QString, 9> made;
        for (int bit = 0; bit < 9; ++bit) {
            const QStringList values(1 << bit, QStringLiteral("(?,?,?,?,?)"));
            // Two changes of one object within a millisecond: the later figures are the
            // point's.
            made[bit] = QStringLiteral("INSERT INTO utilization_point (kind, object_id, at_ms, "
                                       "assigned, used) VALUES %1 ON CONFLICT (kind, object_id, "
                                       "at_ms) DO UPDATE SET assigned = excluded.assigned, used = "
                                       "excluded.used")
                                .arg(values.join(QLatin1Char(',')));
        }
        return made;
    }();
    return statements[std::countr_zero(unsigned(rows))];
}

QByteArray countText(const AddressCount &count)
{
    return count.fitsIn64() ? QByteArray::number(count.toUInt64()) : count.toString().toUtf8();
}

// One statement of `rows` points on SQLite, straight through the native statement (binding
// QVariants was a third of a point's cost).
bool insertPoints(Database &database, const UtilizationSample *samples, int rows, qint64 atMs,
                  QString *error)
{
    const QString &sql = insertFor(rows);
    SqliteStatement *native = database.native(sql);
    if (!native) {
        if (error)
            *error = QStringLiteral("utilization points: no native statement for %1").arg(sql);
        return false;
    }
    {
        native->reset();
        int position = 1;
        for (int i = 0; i < rows; ++i) {
            const UtilizationSample &s = samples[i];
            native->bind(position++, qint64(s.kind));
            native->bind(position++, qint64(s.id));
            native->bind(position++, atMs);
            if (s.kind == ObjectKind::Subnet)
                native->bindUtf8(position++, countText(s.assigned));
            else
                native->bind(position++, QVariant());
            native->bind(position++, s.used);
        }
        const bool ok = native->exec();
        if (!ok && error)
            *error = native->error();
        native->reset();
        return ok;
    }
}

// On PostgreSQL no login writes utilization_point directly (schema v16): every point of a
// change set goes through ipam_append_utilization(), one call of five arrays, which checks
// them against the rows the transaction wrote. `atMs` only when the caller dates the points
// itself (the owner's demo history); otherwise the server's clock dates them.
bool appendThroughFunction(Database &database, std::optional<qint64> atMs,
                           const QList<UtilizationSample> &samples, QString *error)
{
    QString kinds, ids, assigned, used;
    for (const UtilizationSample &s : samples) {
        const QChar separator = kinds.isEmpty() ? QLatin1Char('{') : QLatin1Char(',');
        kinds += separator + QString::number(int(s.kind));
        ids += separator + QString::number(qint64(s.id));
        assigned += separator
                + (s.kind == ObjectKind::Subnet ? s.assigned.toString() : QStringLiteral("NULL"));
        used += separator + QString::number(s.used);
    }
    for (QString *array : {&kinds, &ids, &assigned, &used})
        *array += QLatin1Char('}');
    QSqlQuery &query = database.prepared(
            QStringLiteral("SELECT ipam_append_utilization(?, ?::integer[], ?::bigint[], "
                           "?::text[], ?::bigint[])"));
    query.addBindValue(atMs ? QVariant(*atMs) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(kinds);
    query.addBindValue(ids);
    query.addBindValue(assigned);
    query.addBindValue(used);
    const bool ok = query.exec();
    if (!ok && error)
        *error = Database::describe(query.lastError());
    query.finish();
    return ok;
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
                                 const QList<UtilizationSample> &samples, QString *error,
                                 Dating dating)
{
    if (!isEnabled() || samples.isEmpty())
        return true;
    if (database.isPostgreSql()) {
        return appendThroughFunction(
                database, dating == Dating::Given ? std::optional<qint64>(atMs) : std::nullopt,
                samples, error);
    }
    qsizetype next = 0;
    for (int chunk = 256; chunk >= 1; chunk /= 2) {
        while (samples.size() - next >= chunk) {
            if (!insertPoints(database, samples.constData() + next, chunk, atMs, error))
                return false;
            next += chunk;
        }
    }
    return true;
}

} // namespace ipam
