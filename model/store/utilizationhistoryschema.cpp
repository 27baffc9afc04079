#include "utilizationhistoryschema.h"

namespace ipam {

QStringList utilizationHistorySchema()
{
    // kind: ObjectKind (5 subnet, 6 range). assigned: the subnet's addresses covered by its
    // ranges, exact decimal as ip_subnet keeps it (IPv6 counts pass 64 bits); NULL for a range.
    // The primary key is the only index: every read is one object's (or a set of objects')
    // points in time order. No foreign key: an object's history outlives the object, and a
    // removal must not have to delete its points first. WITHOUT ROWID on SQLite: the key is
    // the row, so a point costs its key and two small integers (see README for the bytes).
    const QString table = QStringLiteral("CREATE TABLE IF NOT EXISTS utilization_point ("
                                         " kind INTEGER NOT NULL,"
                                         " object_id BIGINT NOT NULL,"
                                         " at_ms BIGINT NOT NULL,"
                                         " assigned TEXT,"
                                         " used BIGINT NOT NULL,"
                                         " PRIMARY KEY (kind, object_id, at_ms))");
    // Both may run again over their own work (a store whose later versions are re-applied).
    // Back-fill: the figures as they stand, at the latest modification known for them
    // (SQLite's multi-argument max() is PostgreSQL's greatest()).
    const QString subnets = QStringLiteral(
            "INSERT INTO utilization_point (kind, object_id, at_ms, assigned, used)"
            " SELECT 5, s.id, %1(s.modified_ms,"
            " COALESCE((SELECT max(r.modified_ms) FROM ip_range r WHERE r.subnet_id = s.id), 0),"
            " COALESCE((SELECT max(a.modified_ms) FROM ip_address a WHERE a.subnet_id = s.id), 0)),"
            " s.assigned_addresses, s.utilized_addresses FROM ip_subnet s"
            " WHERE s.utilized_addresses <> 0 OR s.assigned_addresses <> '0'"
            " ON CONFLICT DO NOTHING");
    const QString ranges = QStringLiteral(
            "INSERT INTO utilization_point (kind, object_id, at_ms, assigned, used)"
            " SELECT 6, r.id, %1(r.modified_ms,"
            " COALESCE((SELECT max(a.modified_ms) FROM ip_address a WHERE a.range_id = r.id), 0)),"
            " NULL, r.utilized_addresses FROM ip_range r WHERE r.utilized_addresses <> 0"
            " ON CONFLICT DO NOTHING");
    const QString sqlite = QStringLiteral("sqlite:");
    const QString pg = QStringLiteral("postgresql:");
    return {sqlite + table + QStringLiteral(" WITHOUT ROWID"), pg + table,
            sqlite + subnets.arg(QStringLiteral("max")),
            pg + subnets.arg(QStringLiteral("greatest")),
            sqlite + ranges.arg(QStringLiteral("max")), pg + ranges.arg(QStringLiteral("greatest")),
            // Utilization figures are visible to every login, as the objects' own counts are
            // in the result pane; whoever commits a change appends its points.
            pg + QStringLiteral("GRANT SELECT, INSERT, UPDATE ON utilization_point TO PUBLIC")};
}

} // namespace ipam
