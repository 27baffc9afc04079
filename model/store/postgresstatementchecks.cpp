#include "postgresstatementchecks.h"

#include "store/postgreshardening.h"

namespace ipam {

namespace {

using namespace Qt::StringLiterals;

// The address-space tables and the columns an inheriting row's scope depends on (beside its
// own scope columns), as in version 2's derivation (store/accesscontrolschema.cpp).
struct InheritingTable
{
    const char *table;
    const char *parentColumns;
};

const InheritingTable inheritingTables[] = {
        {"address_space", ""},
        {"logical_network", "space_id"},
        {"network_site", "logical_network_id"},
        {"vm_network", "space_id"},
        {"ip_block", "space_id"},
        {"ip_subnet", "space_id"},
        {"ip_range", "subnet_id"},
        {"ip_address", "space_id,subnet_id"},
};

const char *const syncTables[] = {"vmm_link", "vmm_conflict", "vmm_mark"};

// Version 9's rules for an UPDATE, row for row: which columns changed (version and
// modified_ms aside; an inheriting row's derived scope aside), then
//   only derived columns (counters)     -> any operation in the old scope (op NULL),
//   only the scope columns              -> SetAccessScope in the old and in the new scope,
//   only a subnet's logical network/site -> AssignSubnet in the old scope,
//   anything else                       -> Edit<kind> in the old scope, and in the new one.
// Grouped per (operation, scope), lowest id first and the old scope before the new, so a
// refused single-row UPDATE reads exactly as before. Each row's JSON is built once (OFFSET 0
// keeps the planner from inlining it per column), and a row whose other columns are equal
// (a recount's) is sorted without taking its JSON apart.
QString checkUpdate()
{
    return postgresInSchema(
            u"CREATE OR REPLACE FUNCTION @S.ipam_check_update() RETURNS trigger LANGUAGE "
            "plpgsql"_s
            + postgresDefinerClause()
            + u"AS $$ DECLARE r record; derived text[] := TG_ARGV[2:]; BEGIN IF "
              "@S.ipam_bypass() THEN RETURN NULL; END IF; FOR r IN WITH pairs AS (SELECT n.id, "
              "o.access_scope_id AS old_scope, n.access_scope_id AS new_scope, "
              "o.access_scope_inherited = 1 AND n.access_scope_inherited = 1 AS inheriting, j.nj, "
              "j.oj FROM new_rows n JOIN old_rows o ON o.id = n.id CROSS JOIN LATERAL (SELECT "
              "pg_catalog.to_jsonb(n) - ARRAY['version', 'modified_ms'] AS nj, "
              "pg_catalog.to_jsonb(o) - ARRAY['version', 'modified_ms'] AS oj OFFSET 0) j), "
              "changes AS (SELECT id, old_scope, new_scope, CASE WHEN nj = oj THEN '{}'::text[] "
              "WHEN nj - derived = oj - derived THEN derived ELSE ARRAY(SELECT e.key FROM "
              "pg_catalog.jsonb_each(nj) e WHERE e.value IS DISTINCT FROM (oj -> e.key) AND NOT "
              "(e.key = 'access_scope_id' AND inheriting)) END AS changed FROM pairs), "
              "rules AS (SELECT id, old_scope, new_scope, CASE WHEN changed <@ derived THEN 0 "
              "WHEN changed <@ ARRAY['access_scope_id', 'access_scope_inherited'] THEN 1 WHEN "
              "TG_ARGV[0] = 'Subnet' AND changed <@ ARRAY['logical_network_id', 'site_id'] THEN "
              "2 ELSE 3 END AS rule FROM changes WHERE pg_catalog.cardinality(changed) > 0), "
              "needs AS (SELECT CASE ru.rule WHEN 0 THEN NULL WHEN 1 THEN 'SetAccessScope' WHEN "
              "2 THEN 'AssignSubnet' ELSE 'Edit' || TG_ARGV[0] END AS op, s.scope, s.nth, ru.id "
              "FROM rules ru CROSS JOIN LATERAL (SELECT ru.old_scope AS scope, 0 AS nth UNION "
              "ALL SELECT ru.new_scope, 1 WHERE ru.rule = 1 OR (ru.rule = 3 AND ru.new_scope <> "
              "ru.old_scope)) s) SELECT op, scope, pg_catalog.min(id) AS id FROM needs GROUP BY "
              "op, scope ORDER BY pg_catalog.min(id), pg_catalog.min(nth) LOOP PERFORM "
              "@S.ipam_require(r.op, r.scope, TG_ARGV[1] || ' #' || r.id); END LOOP; RETURN "
              "NULL; END $$"_s);
}

// Version 5's and 7's rule for the VMM sync state (Run VMM synchronization in Global), once
// per statement: an INSERT before it runs; an UPDATE or DELETE once it touched a row (one
// that touches none, as of rows the login cannot see, changes nothing and is not refused, as
// per row).
QStringList syncStateChecks()
{
    QStringList s;
    s << postgresInSchema(
            u"CREATE OR REPLACE FUNCTION @S.ipam_check_global_rows() RETURNS trigger LANGUAGE "
            "plpgsql"_s
            + postgresDefinerClause()
            + u"AS $$ DECLARE touched boolean; BEGIN IF TG_WHEN = 'BEFORE' THEN "
              "touched := true; ELSIF TG_OP = 'DELETE' THEN touched := EXISTS (SELECT 1 FROM "
              "old_rows); ELSE touched := EXISTS (SELECT 1 FROM new_rows); END IF; IF touched AND "
              "NOT @S.ipam_bypass() THEN PERFORM "
              "@S.ipam_require(TG_ARGV[0], 1, TG_ARGV[1]); END IF; RETURN NULL; END $$"_s);
    s << u"postgresql:REVOKE ALL ON FUNCTION ipam_check_global_rows() FROM PUBLIC"_s;
    for (const char *name : syncTables) {
        const QString table = QLatin1StringView(name);
        s << u"postgresql:DROP TRIGGER IF EXISTS %1_check ON %1"_s.arg(table);
        // An INSERT is refused before it runs (before a unique index could answer first).
        const char *const events[][3]
                = {{"insert", "BEFORE INSERT", ""},
                   {"update", "AFTER UPDATE", "REFERENCING NEW TABLE AS new_rows "},
                   {"delete", "AFTER DELETE", "REFERENCING OLD TABLE AS old_rows "}};
        for (const auto &e : events) {
            s << u"postgresql:DROP TRIGGER IF EXISTS %1_check_%2 ON %1"_s.arg(
                    table, QLatin1StringView(e[0]));
            s << u"postgresql:CREATE TRIGGER %1_check_%2 %3 ON %1 %4FOR EACH STATEMENT EXECUTE "
                 u"FUNCTION ipam_check_global_rows('RunVmmSynchronization', "
                 "'the VMM sync state')"_s.arg(table, QLatin1StringView(e[0]),
                                               QLatin1StringView(e[1]), QLatin1StringView(e[2]));
        }
    }
    return s;
}

// The derivation of an inheriting row's scope (version 2's %table%_inherit_scope(), SECURITY
// DEFINER since version 9): always on INSERT; on UPDATE when what it depends on changed.
QStringList scopeDerivation()
{
    QStringList s;
    for (const InheritingTable &t : inheritingTables) {
        const QString table = QLatin1StringView(t.table);
        QStringList watched{u"access_scope_id"_s};
        for (const QString &column : QString::fromLatin1(t.parentColumns).split(u',')) {
            if (!column.isEmpty())
                watched << column;
        }
        QStringList changed{u"OLD.access_scope_inherited IS DISTINCT FROM 1"_s};
        for (const QString &column : std::as_const(watched))
            changed << u"NEW.%1 IS DISTINCT FROM OLD.%1"_s.arg(column);
        s << u"postgresql:DROP TRIGGER IF EXISTS %1_inherit_scope ON %1"_s.arg(table)
          << u"postgresql:DROP TRIGGER IF EXISTS %1_inherit_scope_update ON %1"_s.arg(table)
          << u"postgresql:CREATE TRIGGER %1_inherit_scope BEFORE INSERT ON %1 FOR EACH ROW WHEN "
             "(NEW.access_scope_inherited = 1) EXECUTE FUNCTION %1_inherit_scope()"_s.arg(table)
          << u"postgresql:CREATE TRIGGER %1_inherit_scope_update BEFORE UPDATE ON %1 FOR EACH "
             "ROW WHEN (NEW.access_scope_inherited = 1 AND (%2)) EXECUTE FUNCTION "
             "%1_inherit_scope()"_s.arg(table, changed.join(u" OR "_s));
    }
    return s;
}

} // namespace

QStringList postgresStatementChecksSchema()
{
    QStringList s;
    s << checkUpdate() << syncStateChecks() << scopeDerivation();
    return s;
}

QStringList postgresDerivationPlansSchema()
{
    QStringList s;
    for (const InheritingTable &t : inheritingTables) {
        s << u"postgresql:ALTER FUNCTION %1_inherit_scope() SET plan_cache_mode = "
             "force_custom_plan"_s.arg(QLatin1StringView(t.table));
    }
    return s;
}

} // namespace ipam
