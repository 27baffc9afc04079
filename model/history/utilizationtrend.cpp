#include "utilizationtrend.h"

#include "address/addressrange.h"
#include "history/utilizationpoint.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace ipam {

namespace {

Family familyOf(qint64 number)
{
    return number == 6 ? Family::V6 : Family::V4;
}

// The subnets a roll-up holds now, as a condition on ip_subnet s (one bind: the object's id).
QString memberCondition(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::AddressSpace:
        return QStringLiteral("s.space_id = ?");
    case ObjectKind::LogicalNetwork:
        return QStringLiteral("s.logical_network_id = ?");
    case ObjectKind::NetworkSite:
        return QStringLiteral("s.site_id = ?");
    case ObjectKind::Block:
        return QStringLiteral("EXISTS (SELECT 1 FROM ip_block b WHERE b.id = ? AND b.space_id = "
                              "s.space_id AND b.family = s.family AND s.lo >= b.lo AND s.hi <= "
                              "b.hi)");
    default:
        return QString();
    }
}

QString tableOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::AddressSpace:
        return QStringLiteral("address_space");
    case ObjectKind::LogicalNetwork:
        return QStringLiteral("logical_network");
    case ObjectKind::NetworkSite:
        return QStringLiteral("network_site");
    case ObjectKind::Block:
        return QStringLiteral("ip_block");
    case ObjectKind::Subnet:
        return QStringLiteral("ip_subnet");
    case ObjectKind::Range:
        return QStringLiteral("ip_range");
    default:
        return QString();
    }
}

// A stored count: on SQLite parsed from the text in place (a year of a logical network's
// points is most of a million rows; a QString each was a third of the read), else as text.
AddressCount countOf(const SqliteValue &value)
{
    const QByteArrayView text = value.utf8();
    if (text.size() > 0 && text.size() <= 18) {
        quint64 n = 0;
        for (const char c : text) {
            if (c < '0' || c > '9')
                return addressCountFromText(value.toString());
            n = n * 10 + quint64(c - '0');
        }
        return AddressCount::fromValue(n);
    }
    return addressCountFromText(value.toString());
}

template<typename Value>
AddressCount countOf(const Value &value)
{
    return addressCountFromText(value.toString());
}

quint64 keyOf(quint8 kind, ObjectId id)
{
    return (quint64(kind) << 56) | quint64(id);
}

} // namespace

double UtilizationTrend::percentAt(qsizetype i) const
{
    return percentageUtilized(points.at(i).used, total);
}

TrendPoint UtilizationTrend::valueAt(qint64 atMs) const
{
    const auto after = std::upper_bound(points.cbegin(), points.cend(), atMs,
                                        [](qint64 t, const TrendPoint &p) { return t < p.atMs; });
    if (after == points.cbegin())
        return TrendPoint{atMs, AddressCount(), 0};
    TrendPoint value = *(after - 1);
    value.atMs = atMs;
    return value;
}

QList<TrendPoint> UtilizationTrend::sampled(qint64 stepMs) const
{
    QList<TrendPoint> result;
    if (stepMs <= 0 || toMs < fromMs)
        return result;
    // Bounded: at most 100,000 samples (ipamctl refuses a finer step for its span).
    for (qint64 t = fromMs; t <= toMs && result.size() < 100'000; t += stepMs)
        result.append(valueAt(t));
    return result;
}

bool UtilizationTrendReader::readMembers(const ObjectRef &object, qint64 toMs, QList<Row> *rows,
                                         QSet<QPair<int, ObjectId>> *members, AddressCount *total,
                                         QString *error)
{
    const QString table = tableOf(object.kind);
    if (table.isEmpty()) {
        *error = QCoreApplication::translate(
                         "ipam::UtilizationTrendReader",
                         "no utilization history is kept for this kind of object (id %1)")
                         .arg(object.id);
        return false;
    }
    bool exists = false;
    if (!forEachRow(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {object.id},
                    error, [&exists](const auto &) { exists = true; }))
        return false;
    if (!exists) {
        *error = QCoreApplication::translate("ipam::UtilizationTrendReader", "no %1 with id %2")
                         .arg(table)
                         .arg(object.id);
        return false;
    }
    auto addRow = [rows](quint8 kind, const auto &row) {
        rows->append({row.value(1).toLongLong(), kind, row.value(0).toLongLong(),
                      countOf(row.value(2)), row.value(3).toLongLong()});
    };
    const int subnetKind = int(ObjectKind::Subnet);
    if (object.kind == ObjectKind::Range) {
        if (members->contains({int(ObjectKind::Range), object.id}))
            return true;
        members->insert({int(ObjectKind::Range), object.id});
        bool ok = forEachRow(m_db,
                             QStringLiteral("SELECT family, lo, hi FROM ip_range WHERE id = ?"),
                             {object.id}, error, [total](const auto &row) {
                                 const Family f = familyOf(row.value(0).toLongLong());
                                 const auto range = AddressRange::make(
                                         IpAddress::fromBytes(f, row.value(1).toByteArray()),
                                         IpAddress::fromBytes(f, row.value(2).toByteArray()));
                                 if (range.ok())
                                     *total += range.value().size();
                             });
        return ok
                && forEachRow(m_db,
                              QStringLiteral("SELECT object_id, at_ms, assigned, used FROM "
                                             "utilization_point WHERE kind = ? AND object_id = ? "
                                             "AND at_ms <= ?"),
                              {int(ObjectKind::Range), object.id, toMs}, error,
                              [&](const auto &row) { addRow(quint8(ObjectKind::Range), row); });
    }
    const QString condition = object.kind == ObjectKind::Subnet ? QStringLiteral("s.id = ?")
                                                                : memberCondition(object.kind);
    // The members first (their totals, and which ones another object of the selection named
    // already), then their points in one indexed join.
    QSet<ObjectId> fresh;
    qsizetype listedCount = 0;
    const bool listed = forEachRow(
            m_db,
            QStringLiteral("SELECT s.id, s.family, s.prefix_length FROM ip_subnet s WHERE %1")
                    .arg(condition),
            {object.id}, error, [&](const auto &row) {
                ++listedCount;
                const ObjectId id = row.value(0).toLongLong();
                if (members->contains({subnetKind, id}))
                    return;
                members->insert({subnetKind, id});
                fresh.insert(id);
                *total += AddressCount::ofPrefixLength(familyOf(row.value(1).toLongLong()),
                                                       int(row.value(2).toLongLong()));
            });
    if (!listed)
        return false;
    if (fresh.isEmpty())
        return true;
    const bool allFresh = fresh.size() == listedCount;
    return forEachRow(m_db,
                      QStringLiteral("SELECT p.object_id, p.at_ms, p.assigned, p.used FROM "
                                     "ip_subnet s JOIN utilization_point p ON p.kind = %1 AND "
                                     "p.object_id = s.id WHERE %2 AND p.at_ms <= ?")
                              .arg(subnetKind)
                              .arg(condition),
                      {object.id, toMs}, error, [&](const auto &row) {
                          // Only subnets no earlier object of the selection held.
                          if (allFresh || fresh.contains(row.value(0).toLongLong()))
                              addRow(quint8(ObjectKind::Subnet), row);
                      });
}

bool UtilizationTrendReader::read(const QList<ObjectRef> &objects, qint64 fromMs, qint64 toMs,
                                  UtilizationTrend *trend, QString *error)
{
    *trend = UtilizationTrend{fromMs, toMs, AddressCount(), {}};
    QList<Row> rows;
    QSet<QPair<int, ObjectId>> members;
    AddressCount rangeSizes; // a range counts as wholly assigned, at every point
    for (const ObjectRef &object : objects) {
        AddressCount total;
        if (!readMembers(object, toMs, &rows, &members, &total, error))
            return false;
        trend->total += total;
        if (object.kind == ObjectKind::Range)
            rangeSizes += total;
    }
    // No object has two points at one time (the primary key), so the order among equal times
    // does not matter: all of them apply before the point is taken.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.atMs < b.atMs; });
    // The sweep: each object's latest figures, and their sums, point by point.
    QHash<quint64, qsizetype> latest; // key -> index into rows of the object's current point
    latest.reserve(members.size());
    AddressCount assigned = rangeSizes;
    qint64 used = 0;
    auto apply = [&](qsizetype i) {
        const Row &row = rows.at(i);
        const quint64 key = keyOf(row.kind, row.id);
        if (const auto found = latest.find(key); found != latest.end()) {
            const Row &before = rows.at(*found);
            assigned -= before.assigned;
            used -= before.used;
            *found = i;
        } else {
            latest.insert(key, i);
        }
        assigned += row.assigned;
        used += row.used;
    };
    qsizetype i = 0;
    while (i < rows.size() && rows.at(i).atMs <= fromMs)
        apply(i++);
    trend->points.append({fromMs, assigned, used});
    while (i < rows.size()) {
        const qint64 at = rows.at(i).atMs;
        while (i < rows.size() && rows.at(i).atMs == at)
            apply(i++);
        trend->points.append({at, assigned, used});
    }
    return true;
}

} // namespace ipam
