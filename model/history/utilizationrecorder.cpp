#include "utilizationrecorder.h"

#include "store/sqlitestatement.h"

#include <array>
#include <atomic>
#include <bit>

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

// One statement of `rows` points. On SQLite straight through the native statement (binding
// QVariants was a third of a point's cost); on PostgreSQL through QtSql.
bool insertPoints(Database &database, const UtilizationSample *samples, int rows, qint64 atMs,
                  QString *error)
{
    const QString &sql = insertFor(rows);
    if (SqliteStatement *native = database.native(sql)) {
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
    QVariantList binds;
    binds.reserve(rows * 5);
    for (int i = 0; i < rows; ++i) {
        const UtilizationSample &s = samples[i];
        binds << int(s.kind) << s.id << atMs
              << (s.kind == ObjectKind::Subnet ? QVariant(s.assigned.toString())
                                               : QVariant(QMetaType::fromType<QString>()))
              << s.used;
    }
    return forEachRow(database, sql, binds, error, [](const auto &) {});
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
