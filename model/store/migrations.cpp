#include "migrations.h"

#include "domain/principal.h"
#include "store/accesscontrolschema.h"
#include "store/customfieldschema.h"
#include "store/postgresenforcement.h"
#include "store/postgreshardening.h"
#include "store/postgresstatementchecks.h"
#include "store/savedviewschema.h"
#include "store/searchschema.h"
#include "store/utilizationalertschema.h"
#include "store/utilizationhistoryhardening.h"
#include "store/utilizationhistoryschema.h"
#include "store/vmmsyncschema.h"

namespace ipam {

namespace {

// Version 1: the address space. Names of columns follow the IpamServer properties in
// snake_case. Address keys: `family` (4|6) plus `lo`/`hi` as 16-byte big-endian keys, so an
// index on (space_id, family, lo) finds the neighbour of a prefix in O(log n) on both
// backends; PostgreSQL also keeps a cidr column for its exclusion constraint. CHECKs compare
// rather than use IN (...): SQLite evaluates a CHECK's IN list through an ephemeral table
// opened per inserted row, which halved the bulk insert rate.
const QStringList schemaV1 = {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
                "INSERT INTO setting (key, value) VALUES ('MinimumUtilizationThreshold', '20'), "
                "('MaximumUtilizationThreshold', '80')"),
        QStringLiteral("postgresql:CREATE EXTENSION IF NOT EXISTS btree_gist"),

        QStringLiteral("CREATE TABLE address_space ("
                       " id %ID%,"
                       " version BIGINT NOT NULL DEFAULT 1,"
                       " modified_ms BIGINT NOT NULL DEFAULT 0,"
                       " name TEXT NOT NULL UNIQUE,"
                       " type INTEGER NOT NULL CHECK (type BETWEEN 0 AND 1),"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " provider_space_id BIGINT REFERENCES address_space(id),"
                       " tenant TEXT NOT NULL DEFAULT '',"
                       " vm_network TEXT NOT NULL DEFAULT '',"
                       " isolation_method INTEGER NOT NULL DEFAULT 0,"
                       " custom_configuration TEXT NOT NULL DEFAULT '',"
                       " CHECK ((type = 1) = (provider_space_id IS NOT NULL)))"),
        QStringLiteral("INSERT INTO address_space (name, type, description) VALUES "
                       "('Default', 0, 'Default IP address space')"),

        QStringLiteral("CREATE TABLE logical_network ("
                       " id %ID%,"
                       " version BIGINT NOT NULL DEFAULT 1,"
                       " modified_ms BIGINT NOT NULL DEFAULT 0,"
                       " space_id BIGINT NOT NULL REFERENCES address_space(id),"
                       " name TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " virtualization INTEGER NOT NULL DEFAULT 0,"
                       " remote_id TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (space_id, name))"),

        QStringLiteral("CREATE TABLE network_site ("
                       " id %ID%,"
                       " version BIGINT NOT NULL DEFAULT 1,"
                       " modified_ms BIGINT NOT NULL DEFAULT 0,"
                       " logical_network_id BIGINT NOT NULL REFERENCES logical_network(id),"
                       " name TEXT NOT NULL,"
                       " vlan_ids TEXT NOT NULL DEFAULT '',"
                       " host_group TEXT NOT NULL DEFAULT '',"
                       " remote_id TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (logical_network_id, name))"),

        QStringLiteral("CREATE TABLE vm_network ("
                       " id %ID%,"
                       " version BIGINT NOT NULL DEFAULT 1,"
                       " modified_ms BIGINT NOT NULL DEFAULT 0,"
                       " space_id BIGINT NOT NULL REFERENCES address_space(id),"
                       " logical_network_id BIGINT REFERENCES logical_network(id),"
                       " name TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " isolation INTEGER NOT NULL DEFAULT 2,"
                       " remote_id TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (space_id, name))"),

        QStringLiteral("CREATE TABLE ip_block ("
                       " id %ID%,"
                       " version BIGINT NOT NULL DEFAULT 1,"
                       " modified_ms BIGINT NOT NULL DEFAULT 0,"
                       " space_id BIGINT NOT NULL REFERENCES address_space(id),"
                       " family INTEGER NOT NULL CHECK (family = 4 OR family = 6),"
                       " lo %BLOB% NOT NULL,"
                       " hi %BLOB% NOT NULL,"
                       " prefix_length INTEGER NOT NULL,"
                       " start_address TEXT NOT NULL,"
                       " end_address TEXT NOT NULL,"
                       " rir TEXT NOT NULL DEFAULT '',"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (space_id, family, lo, prefix_length))"),

        QStringLiteral("CREATE TABLE ip_subnet ("
                       " id %ID%,"
                       " version BIGINT NOT NULL DEFAULT 1,"
                       " modified_ms BIGINT NOT NULL DEFAULT 0,"
                       " space_id BIGINT NOT NULL REFERENCES address_space(id),"
                       " family INTEGER NOT NULL CHECK (family = 4 OR family = 6),"
                       " lo %BLOB% NOT NULL,"
                       " hi %BLOB% NOT NULL,"
                       " prefix_length INTEGER NOT NULL,"
                       " network_id TEXT NOT NULL,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " network_type INTEGER NOT NULL CHECK (network_type BETWEEN 0 AND 2),"
                       " logical_network_id BIGINT REFERENCES logical_network(id),"
                       " site_id BIGINT REFERENCES network_site(id),"
                       " vm_network_id BIGINT REFERENCES vm_network(id),"
                       " vlan_ids TEXT NOT NULL DEFAULT '',"
                       " virtual_subnet_id BIGINT,"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " custom_configuration TEXT NOT NULL DEFAULT '',"
                       " assigned_addresses TEXT NOT NULL DEFAULT '0',"
                       " utilized_addresses BIGINT NOT NULL DEFAULT 0,"
                       " CHECK (site_id IS NULL OR logical_network_id IS NOT NULL))"),
        // No two subnets of one space share a start: with the overlap rule this is the lookup
        // index of the write path (the neighbour below a prefix) and of "contains IP".
        QStringLiteral(
                "CREATE UNIQUE INDEX ip_subnet_space_lo ON ip_subnet (space_id, family, lo)"),
        // Partial: unassigned subnets (most of an import) cost these indexes nothing.
        QStringLiteral("CREATE INDEX ip_subnet_logical_network ON ip_subnet (logical_network_id) "
                       "WHERE logical_network_id IS NOT NULL"),
        QStringLiteral(
                "CREATE INDEX ip_subnet_site ON ip_subnet (site_id) WHERE site_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX ip_subnet_vm_network ON ip_subnet (vm_network_id) WHERE "
                       "vm_network_id IS NOT NULL"),
        // The database holds the overlap invariant itself, even when two consoles race: the
        // constraint must exist while the table is empty (adding it to 1M rows takes minutes).
        QStringLiteral("postgresql:ALTER TABLE ip_subnet ADD COLUMN prefix cidr "
                       "GENERATED ALWAYS AS (network_id::cidr) STORED"),
        QStringLiteral("postgresql:ALTER TABLE ip_subnet ADD CONSTRAINT ip_subnet_no_overlap "
                       "EXCLUDE USING gist (space_id WITH =, prefix inet_ops WITH &&)"),

        QStringLiteral("CREATE TABLE ip_range ("
                       " id %ID%,"
                       " version BIGINT NOT NULL DEFAULT 1,"
                       " modified_ms BIGINT NOT NULL DEFAULT 0,"
                       " space_id BIGINT NOT NULL REFERENCES address_space(id),"
                       " subnet_id BIGINT NOT NULL REFERENCES ip_subnet(id),"
                       " family INTEGER NOT NULL CHECK (family = 4 OR family = 6),"
                       " lo %BLOB% NOT NULL,"
                       " hi %BLOB% NOT NULL,"
                       " start_address TEXT NOT NULL,"
                       " end_address TEXT NOT NULL,"
                       " managed_by_service TEXT NOT NULL DEFAULT 'IPAM',"
                       " service_instance TEXT NOT NULL DEFAULT 'Localhost',"
                       " assignment_type INTEGER NOT NULL DEFAULT 0,"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " reserved_addresses TEXT NOT NULL DEFAULT '',"
                       " vips TEXT NOT NULL DEFAULT '',"
                       " gateways TEXT NOT NULL DEFAULT '',"
                       " dns_servers TEXT NOT NULL DEFAULT '',"
                       " remote_id TEXT NOT NULL DEFAULT '',"
                       " utilized_addresses BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX ip_range_subnet ON ip_range (subnet_id, lo)"),
        QStringLiteral("CREATE INDEX ip_range_space_lo ON ip_range (space_id, family, lo)"),

        QStringLiteral("CREATE TABLE ip_address ("
                       " id %ID%,"
                       " version BIGINT NOT NULL DEFAULT 1,"
                       " modified_ms BIGINT NOT NULL DEFAULT 0,"
                       " space_id BIGINT NOT NULL REFERENCES address_space(id),"
                       " subnet_id BIGINT REFERENCES ip_subnet(id),"
                       " range_id BIGINT REFERENCES ip_range(id),"
                       " family INTEGER NOT NULL CHECK (family = 4 OR family = 6),"
                       " ip %BLOB% NOT NULL,"
                       " ip_address TEXT NOT NULL,"
                       " mac_address TEXT NOT NULL DEFAULT '',"
                       " device_name TEXT NOT NULL DEFAULT '',"
                       " device_type TEXT NOT NULL DEFAULT 'Host',"
                       " assignment_type INTEGER NOT NULL DEFAULT 0,"
                       " ip_address_state TEXT NOT NULL DEFAULT 'In-Use',"
                       " managed_by_service TEXT NOT NULL DEFAULT 'IPAM',"
                       " service_instance TEXT NOT NULL DEFAULT 'Localhost',"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (space_id, family, ip, managed_by_service, service_instance))"),
        QStringLiteral("CREATE INDEX ip_address_subnet ON ip_address (subnet_id)"),
        QStringLiteral("CREATE INDEX ip_address_range ON ip_address (range_id)"),

        QStringLiteral("CREATE TABLE audit_log ("
                       " id %ID%,"
                       " at_ms BIGINT NOT NULL,"
                       " principal TEXT NOT NULL,"
                       " operation TEXT NOT NULL,"
                       " object TEXT NOT NULL,"
                       " outcome TEXT NOT NULL,"
                       " before_json TEXT NOT NULL DEFAULT '',"
                       " after_json TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at_ms)"),
};

// Version 4: each committed change set's audit row says which objects it changed and which
// process wrote it (the encoding of write/changeitems.h: "<kind>,<id>,<version>,<op>;..."
// or "*" past 200 objects; '' for a denial). Consoles on SQLite, which has no NOTIFY, read
// these rows to apply other processes' changes incrementally (SqliteChangeWatcher). The audit
// id is the primary key, so "the rows after the last one seen" is a range read on it.
const QStringList schemaV4 = {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN change_origin TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN change_items TEXT NOT NULL DEFAULT ''"),
};

// Version 8: every object of a change set finds the change in its own history (see
// store/auditobjects.h): runs of ids per audit row, and a back-fill from the rows written so
// far. The back-fill reads change_items, which lists a change set's objects up to 200 of them
// ("*" beyond): older change sets larger than that keep only their first object findable.
// Like audit_log, the rows are never changed: on PostgreSQL an UPDATE or DELETE needs
// PurgeAuditLog. No foreign key to audit_log: purging audit rows must not need the index
// rows gone first, and a reader skips index rows whose audit row is gone.
const QStringList schemaV8 = {
        QStringLiteral("CREATE TABLE audit_object ("
                       " audit_id BIGINT NOT NULL,"
                       " kind INTEGER NOT NULL,"
                       " bucket BIGINT NOT NULL,"
                       " first_id BIGINT NOT NULL,"
                       " last_id BIGINT NOT NULL,"
                       " CHECK (first_id <= last_id))"),
        QStringLiteral("CREATE INDEX audit_object_lookup ON audit_object (kind, bucket, first_id)"),
        QStringLiteral("CREATE INDEX audit_object_audit ON audit_object (audit_id)"),
        // "<kind>,<id>,<version>,<op>;..." split into rows, one per object.
        QStringLiteral("sqlite:WITH RECURSIVE part(audit_id, item, rest) AS ("
                       " SELECT id, '', change_items || ';' FROM audit_log"
                       " WHERE outcome = 'committed' AND change_items <> '' AND change_items <> '*'"
                       " UNION ALL SELECT audit_id, substr(rest, 1, instr(rest, ';') - 1),"
                       " substr(rest, instr(rest, ';') + 1) FROM part WHERE rest <> ''),"
                       " item(audit_id, kind, tail) AS ("
                       " SELECT audit_id, CAST(substr(item, 1, instr(item, ',') - 1) AS INTEGER),"
                       " substr(item, instr(item, ',') + 1) FROM part"
                       " WHERE item <> '' AND item <> '*' AND instr(item, ',') > 0),"
                       " object(audit_id, kind, object_id) AS ("
                       " SELECT DISTINCT audit_id, kind, CAST(substr(tail, 1, instr(tail, ',') - 1)"
                       " AS INTEGER) FROM item)"
                       " INSERT INTO audit_object (audit_id, kind, bucket, first_id, last_id)"
                       " SELECT audit_id, kind, object_id >> 12, object_id, object_id FROM object"),
        QStringLiteral(
                "postgresql:INSERT INTO audit_object (audit_id, kind, bucket, first_id, last_id)"
                " SELECT DISTINCT a.id, split_part(item, ',', 1)::integer,"
                " split_part(item, ',', 2)::bigint >> 12, split_part(item, ',', 2)::bigint,"
                " split_part(item, ',', 2)::bigint"
                " FROM audit_log a, regexp_split_to_table(a.change_items, ';') AS item"
                " WHERE a.outcome = 'committed' AND a.change_items <> '' AND a.change_items <> '*'"
                " AND item LIKE '%,%,%,%'"),
        QStringLiteral("postgresql:CREATE TRIGGER audit_object_check BEFORE UPDATE OR DELETE ON "
                       "audit_object FOR EACH ROW EXECUTE FUNCTION "
                       "ipam_check_global('PurgeAuditLog', 'the audit log')"),
        QStringLiteral("postgresql:GRANT SELECT, INSERT ON audit_object TO PUBLIC"),
        // One form of a range's gateway, IPAM's "<ip>/Automatic" or "<ip>/<metric>"
        // (domain/gateway.h): the range dialog and VMM pools stored bare addresses.
        QStringLiteral("sqlite:UPDATE ip_range SET gateways = replace(gateways, ',', "
                       "'/Automatic,') || '/Automatic' WHERE gateways <> '' AND "
                       "instr(gateways, '/') = 0"),
        QStringLiteral("postgresql:UPDATE ip_range SET gateways = replace(gateways, ',', "
                       "'/Automatic,') || '/Automatic' WHERE gateways <> '' AND "
                       "strpos(gateways, '/') = 0"),
};

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
            {1,
             "address space: spaces, logical networks, sites, VM networks, blocks, subnets, "
             "ranges, addresses, audit log",
             schemaV1},
            {2,
             "role-based access control: access scopes, roles, access policies, every object's "
             "access scope",
             accessControlSchema()},
            {3, "PostgreSQL enforces access control itself: checks inside the database",
             postgresEnforcementSchema()},
            {4, "live updates: each audit row lists the objects its change set changed", schemaV4},
            {5, "VMM sync: links to VMM entities with their baselines, and conflicts",
             vmmSyncSchema()},
            {6, "VMM sync: remote fingerprints; a deleted object's link never passes to a new one",
             vmmSyncSchemaV6()},
            {7, "VMM sync: the audit position up to which IPAM was seen whole", vmmSyncSchemaV7()},
            {8,
             "audit: every object of a change set finds it in its own history; one form of a "
             "range's gateway",
             schemaV8},
            {9,
             "PostgreSQL's access control holds against psql: fixed search paths, an "
             "append-only audit log, row-level security for reads, change feed view",
             auditChangeViewSchema() + postgresHardeningSchema()},
            {10,
             "global search: trigram indexes over names, owners, descriptions and MACs (SQLite "
             "FTS5, PostgreSQL pg_trgm)",
             SearchSchema::migration()},
            {11,
             "PostgreSQL's access checks per statement (multi-row writes pay them once); scope "
             "derived on update only when what it depends on changed",
             postgresStatementChecksSchema()},
            {12, "saved views: the result pane's filter, order and columns under a name",
             savedViewSchema()},
            {13, "PostgreSQL: the scope derivation plans its parent look-up per call",
             postgresDerivationPlansSchema()},
            {14,
             "utilization history: a point per subnet and range and committed change that moved "
             "its counts, back-filled from the figures as they stand",
             utilizationHistorySchema()},
            {15,
             "custom fields (IPAM's built-in ones seeded), their values and associations, IP "
             "address range groups; Edit custom fields",
             customFieldSchema() + customFieldHardeningSchema()},
            {16,
             "PostgreSQL: utilization history points are read with their objects and written "
             "only through the write path's checked append function",
             utilizationHistoryHardeningSchema()},
            {17,
             "utilization thresholds per object (inherited from the parent) and the state of "
             "raised utilization alerts (acknowledged, snoozed)",
             utilizationAlertSchema()},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

QStringList statementsFor(const Migration &migration, DatabaseLocation::Backend backend)
{
    const bool pg = backend == DatabaseLocation::Backend::PostgreSQL;
    const QLatin1StringView mine
            = pg ? QLatin1StringView("postgresql:") : QLatin1StringView("sqlite:");
    const QLatin1StringView other
            = pg ? QLatin1StringView("sqlite:") : QLatin1StringView("postgresql:");
    // Who creates (or upgrades) the database holds IPAM Administrator Role in Global.
    QString creator = QStringLiteral("current_user");
    if (!pg) {
        creator = Principal::currentOsUser().name;
        creator.replace(QLatin1Char('\''), QStringLiteral("''"));
        creator = QLatin1Char('\'') + creator + QLatin1Char('\'');
    }
    QStringList result;
    for (QString statement : migration.statements) {
        if (statement.startsWith(other))
            continue;
        if (statement.startsWith(mine))
            statement.remove(0, mine.size());
        statement.replace(QLatin1String("%ID%"),
                          pg ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                             : QLatin1String("INTEGER PRIMARY KEY"));
        statement.replace(QLatin1String("%BLOB%"),
                          pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
        if (statement.contains(QLatin1String("%CREATOR%")))
            statement.replace(QLatin1String("%CREATOR%"), creator);
        result.append(statement);
    }
    return result;
}

} // namespace ipam
