#include "utilizationalertschema.h"

#include "domain/enums.h"
#include "store/postgreshardening.h"

namespace ipam {

using namespace Qt::StringLiterals;

namespace {

// The address-space tables in ObjectKind order.
const char *const kindTables[] = {"address_space", "logical_network", "network_site", "vm_network",
                                  "ip_block",      "ip_subnet",       "ip_range",     "ip_address"};

QString quotedList(bool tables)
{
    QStringList items;
    for (int i = 0; i < objectKindCount; ++i)
        items << u"'%1'"_s.arg(tables ? QLatin1StringView(kindTables[i]) : toString(ObjectKind(i)));
    return items.join(u", "_s);
}

QStringList tables()
{
    QStringList s;
    // Space, logical network, site, subnet, range (ObjectKind 0, 1, 2, 5, 6).
    s << u"CREATE TABLE IF NOT EXISTS utilization_threshold ("
         " kind INTEGER NOT NULL CHECK (kind = 0 OR kind = 1 OR kind = 2 OR kind = 5 OR kind = 6),"
         " object_id BIGINT NOT NULL,"
         " over_percent DOUBLE PRECISION CHECK (over_percent > 0 AND over_percent <= 100),"
         " under_percent DOUBLE PRECISION CHECK (under_percent >= 0 AND under_percent < 100),"
         " full_within_days INTEGER CHECK (full_within_days >= 0 AND full_within_days <= 3650),"
         " modified_ms BIGINT NOT NULL DEFAULT 0,"
         " CHECK (over_percent IS NULL OR under_percent IS NULL OR under_percent <= over_percent),"
         " CHECK (over_percent IS NOT NULL OR under_percent IS NOT NULL OR full_within_days IS "
         "NOT NULL),"
         " PRIMARY KEY (kind, object_id))"_s;
    // Subnets and ranges raise alerts (ObjectKind 5, 6); conditions as UtilizationAlert's.
    s << u"CREATE TABLE IF NOT EXISTS utilization_alert ("
         " id %ID%,"
         " version BIGINT NOT NULL DEFAULT 1,"
         " kind INTEGER NOT NULL CHECK (kind = 5 OR kind = 6),"
         " object_id BIGINT NOT NULL,"
         " alert_condition INTEGER NOT NULL CHECK (alert_condition >= 0 AND alert_condition <= 2),"
         " percent_utilized DOUBLE PRECISION NOT NULL DEFAULT 0,"
         " full_at_ms BIGINT,"
         " raised_ms BIGINT NOT NULL,"
         " cleared_ms BIGINT,"
         " acknowledged_by TEXT NOT NULL DEFAULT '',"
         " acknowledged_ms BIGINT,"
         " snoozed_until_ms BIGINT,"
         " CHECK (cleared_ms IS NULL OR cleared_ms >= raised_ms))"_s;
    s << u"CREATE UNIQUE INDEX IF NOT EXISTS utilization_alert_raised ON utilization_alert (kind, "
         "object_id, alert_condition) WHERE cleared_ms IS NULL"_s;
    s << u"CREATE INDEX IF NOT EXISTS utilization_alert_object ON utilization_alert (kind, "
         "object_id)"_s;
    return s;
}

QStringList postgresChecks()
{
    QStringList s;
    const QString p = u"postgresql:"_s;
    const QString definer = postgresDefinerClause();
    // The scope of any address-space object (NULL when it does not exist).
    s << postgresInSchema(u"CREATE OR REPLACE FUNCTION @S.ipam_object_scope(p_kind integer, "
                          "p_object bigint) RETURNS bigint LANGUAGE plpgsql STABLE"_s
                          + definer
                          + u"AS $$ DECLARE scope bigint; tables text[] := ARRAY[%1]; BEGIN IF "
                            "p_kind < 0 OR p_kind > 7 THEN RETURN NULL; END IF; EXECUTE "
                            "pg_catalog.format('SELECT access_scope_id FROM @S.%I WHERE id = "
                            "$1', tables[p_kind + 1]) INTO scope USING p_object; RETURN scope; "
                            "END $$"_s.arg(quotedList(true)));
    s << postgresInSchema(
            u"CREATE OR REPLACE FUNCTION @S.ipam_check_threshold() RETURNS trigger LANGUAGE "
            "plpgsql"_s
            + definer
            + u"AS $$ DECLARE r record := coalesce(NEW, OLD); scope bigint; kinds text[] := "
              "ARRAY[%1]; k text; BEGIN IF @S.ipam_bypass() THEN RETURN r; END IF; IF TG_OP = "
              "'UPDATE' AND (NEW.kind <> OLD.kind OR NEW.object_id <> OLD.object_id) THEN RAISE "
              "EXCEPTION 'permission denied: a utilization threshold stays with its object' USING "
              "ERRCODE = '42501'; END IF; scope := @S.ipam_object_scope(r.kind, r.object_id); IF "
              "scope IS NULL THEN RAISE EXCEPTION 'permission denied: utilization threshold of "
              "% #% which does not exist', r.kind, r.object_id USING ERRCODE = '42501'; END IF; "
              "k := kinds[r.kind + 1]; IF TG_OP = 'DELETE' AND @S.ipam_may('Delete' || k, scope) "
              "THEN RETURN r; END IF; PERFORM @S.ipam_require('Edit' || k, scope, 'the "
              "utilization threshold of ' || k || ' #' || r.object_id); RETURN r; END $$"_s.arg(
                      quotedList(false)));
    // Raising and clearing: an operation that moves utilization or thresholds in the object's
    // scope (whoever commits such a change there). Acknowledging and snoozing: Edit <kind>; the
    // server names and dates the acknowledgement. Nothing is deleted.
    s << postgresInSchema(
            u"CREATE OR REPLACE FUNCTION @S.ipam_check_utilization_alert() RETURNS trigger "
            "LANGUAGE plpgsql"_s
            + definer
            + u"AS $$ DECLARE scope bigint; kinds text[] := ARRAY[%1]; k text; what text; "
              "figures boolean; attention boolean; acknowledged boolean; BEGIN IF "
              "@S.ipam_bypass() THEN RETURN coalesce(NEW, OLD); END IF; IF TG_OP = 'DELETE' THEN "
              "RAISE EXCEPTION 'permission denied: utilization alerts are kept' USING ERRCODE = "
              "'42501'; END IF; IF TG_OP = 'UPDATE' AND (NEW.id <> OLD.id OR NEW.kind <> OLD.kind "
              "OR NEW.object_id <> OLD.object_id OR NEW.alert_condition <> OLD.alert_condition OR "
              "NEW.raised_ms <> OLD.raised_ms) THEN RAISE EXCEPTION 'permission denied: an alert "
              "keeps its object, condition and time raised' USING ERRCODE = '42501'; END IF; "
              "scope := @S.ipam_object_scope(NEW.kind, NEW.object_id); IF scope IS NULL THEN "
              "RAISE EXCEPTION 'permission denied: utilization alert of % #% which does not "
              "exist', NEW.kind, NEW.object_id USING ERRCODE = '42501'; END IF; k := "
              "kinds[NEW.kind + 1]; what := 'the utilization alerts of ' || k || ' #' || "
              "NEW.object_id; IF TG_OP = 'INSERT' THEN figures := true; acknowledged := "
              "NEW.acknowledged_by <> '' OR NEW.acknowledged_ms IS NOT NULL; attention := "
              "acknowledged OR NEW.snoozed_until_ms IS NOT NULL; ELSE figures := "
              "NEW.percent_utilized IS DISTINCT FROM OLD.percent_utilized OR NEW.full_at_ms IS "
              "DISTINCT FROM OLD.full_at_ms OR NEW.cleared_ms IS DISTINCT FROM OLD.cleared_ms; "
              "acknowledged := NEW.acknowledged_by IS DISTINCT FROM OLD.acknowledged_by OR "
              "NEW.acknowledged_ms IS DISTINCT FROM OLD.acknowledged_ms; attention := "
              "acknowledged OR NEW.snoozed_until_ms IS DISTINCT FROM OLD.snoozed_until_ms; END IF; "
              "IF figures AND NOT @S.ipam_may_any(ARRAY['AddAddress', 'EditAddress', "
              "'DeleteAddress', 'AddRange', 'EditRange', 'DeleteRange', 'AddSubnet', 'EditSubnet', "
              "'DeleteSubnet', 'AssignSubnet', 'EditNetworkSite', 'EditLogicalNetwork', "
              "'EditAddressSpace'], scope) THEN PERFORM @S.ipam_require('Edit' || k, scope, what); "
              "END IF; IF attention "
              "THEN PERFORM @S.ipam_require('Edit' || k, scope, what); END IF; IF acknowledged "
              "THEN IF NEW.acknowledged_ms IS NULL THEN NEW.acknowledged_by := ''; ELSE "
              "NEW.acknowledged_by := session_user; NEW.acknowledged_ms := (extract(epoch FROM "
              "pg_catalog.clock_timestamp()) * 1000)::bigint; END IF; END IF; RETURN NEW; END "
              "$$"_s.arg(quotedList(false)));
    s << p + u"DROP TRIGGER IF EXISTS utilization_threshold_check ON utilization_threshold"_s
      << p
                    + u"CREATE TRIGGER utilization_threshold_check BEFORE INSERT OR UPDATE OR "
                      "DELETE ON utilization_threshold FOR EACH ROW EXECUTE FUNCTION "
                      "ipam_check_threshold()"_s;
    s << p + u"DROP TRIGGER IF EXISTS utilization_alert_check ON utilization_alert"_s
      << p
                    + u"CREATE TRIGGER utilization_alert_check BEFORE INSERT OR UPDATE OR DELETE "
                      "ON utilization_alert FOR EACH ROW EXECUTE FUNCTION "
                      "ipam_check_utilization_alert()"_s;
    const QString visible
            = u"(SELECT ipam_sees_everything()) OR ipam_object_scope(kind, object_id) = ANY "
              "((SELECT ipam_visible_scopes())::bigint[])"_s;
    for (const QString &table : {u"utilization_threshold"_s, u"utilization_alert"_s}) {
        for (const char *policy : {"ipam_visible", "ipam_insert", "ipam_update", "ipam_delete"})
            s << p + u"DROP POLICY IF EXISTS %1 ON %2"_s.arg(QLatin1StringView(policy), table);
        s << p + u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table)
          << p + u"CREATE POLICY ipam_visible ON %1 FOR SELECT USING (%2)"_s.arg(table, visible)
          << p + u"CREATE POLICY ipam_insert ON %1 FOR INSERT WITH CHECK (true)"_s.arg(table)
          << p
                        + u"CREATE POLICY ipam_update ON %1 FOR UPDATE USING (%2) WITH CHECK "
                          "(true)"_s.arg(table, visible);
    }
    s << p
                    + u"CREATE POLICY ipam_delete ON utilization_threshold FOR DELETE USING (%1)"_s
                              .arg(visible);
    s << p + u"REVOKE ALL ON utilization_threshold, utilization_alert FROM PUBLIC"_s
      << p + u"GRANT SELECT, INSERT, UPDATE, DELETE ON utilization_threshold TO PUBLIC"_s
      << p + u"GRANT SELECT, INSERT, UPDATE ON utilization_alert TO PUBLIC"_s
      << p
                    + u"REVOKE ALL ON FUNCTION ipam_check_threshold(), "
                      "ipam_check_utilization_alert() FROM PUBLIC"_s
      << p + u"GRANT EXECUTE ON FUNCTION ipam_object_scope(integer, bigint) TO PUBLIC"_s;
    return s;
}

} // namespace

QStringList utilizationAlertSchema()
{
    return tables() + postgresChecks();
}

} // namespace ipam
