#include "postgresenforcement.h"

#include "domain/operation.h"

namespace ipam {

namespace {

struct KindTable
{
    const char *table;
    const char *kind;    // the operation keys' object part: Add<kind>, Edit<kind>, ...
    const char *noun;    // for messages
    const char *derived; // columns the write path maintains itself
};

const KindTable kindTables[] = {
        {"address_space", "AddressSpace", "address space", ""},
        {"logical_network", "LogicalNetwork", "logical network", ""},
        {"network_site", "NetworkSite", "network site", ""},
        {"vm_network", "VMNetwork", "VM network", ""},
        {"ip_block", "Block", "block", ""},
        {"ip_subnet", "Subnet", "subnet", "'assigned_addresses','utilized_addresses'"},
        {"ip_range", "Range", "range", "'utilized_addresses'"},
        {"ip_address", "Address", "address", "'subnet_id','range_id'"},
};

QString operationTextCase()
{
    QString cases;
    for (Operation o : allOperations()) {
        QString text = toString(o);
        if (text.size() > 1 && text.at(1).isLower())
            text[0] = text.at(0).toLower();
        cases += QStringLiteral(" WHEN '%1' THEN '%2'").arg(operationKey(o), text);
    }
    return QStringLiteral("CASE op%1 ELSE op END").arg(cases);
}

} // namespace

QStringList postgresEnforcementSchema()
{
    QStringList s;
    const QString p = QStringLiteral("postgresql:");
    // Who bypasses: superusers and members of the role that owns the schema's tables.
    s << p
                    + QStringLiteral(
                            "CREATE FUNCTION ipam_bypass() RETURNS boolean LANGUAGE sql STABLE SET "
                            "search_path FROM CURRENT AS $$ SELECT coalesce((SELECT rolsuper FROM "
                            "pg_roles "
                            "WHERE rolname = current_user), false) OR pg_has_role(current_user, "
                            "(SELECT "
                            "relowner FROM pg_class WHERE oid = 'schema_version'::regclass), "
                            "'MEMBER') $$");
    s << p
                    + QStringLiteral(
                            "CREATE FUNCTION ipam_holds(pol_user text, pol_group integer) RETURNS "
                            "boolean "
                            "LANGUAGE sql STABLE AS $$ SELECT CASE WHEN pol_group = 0 THEN "
                            "pol_user = "
                            "current_user::text ELSE EXISTS (SELECT 1 FROM pg_roles g WHERE "
                            "g.rolname = "
                            "pol_user AND pg_has_role(current_user, g.oid, 'MEMBER')) END $$");
    // May current_user perform `op` in `scope`? (op NULL: any operation at all.)
    s << p
                    + QStringLiteral(
                            "CREATE FUNCTION ipam_may(op text, scope bigint) RETURNS boolean "
                            "LANGUAGE sql "
                            "STABLE SET search_path FROM CURRENT AS $$ WITH RECURSIVE up(id) AS "
                            "(SELECT "
                            "scope UNION ALL SELECT s.parent_id FROM access_scope s JOIN up ON "
                            "s.id = up.id "
                            "WHERE s.parent_id IS NOT NULL) SELECT EXISTS (SELECT 1 FROM "
                            "access_policy pol "
                            "JOIN user_role_operation o ON o.role_id = pol.role_id WHERE (op IS "
                            "NULL OR "
                            "o.operation = op) AND pol.scope_id IN (SELECT id FROM up) AND "
                            "ipam_holds(pol.user_or_group, pol.is_group)) $$");
    s << p
                    + QStringLiteral("CREATE FUNCTION ipam_scope_path(scope bigint) RETURNS text "
                                     "LANGUAGE sql STABLE "
                                     "SET search_path FROM CURRENT AS $$ WITH RECURSIVE up(id, "
                                     "parent_id, name, "
                                     "depth) AS (SELECT id, parent_id, name, 0 FROM access_scope "
                                     "WHERE id = scope "
                                     "UNION ALL SELECT s.id, s.parent_id, s.name, up.depth + 1 "
                                     "FROM access_scope s "
                                     "JOIN up ON s.id = up.parent_id) SELECT "
                                     "coalesce(string_agg(name, '/' ORDER BY "
                                     "depth DESC), '#' || scope) FROM up $$");
    s << p
                    + QStringLiteral(
                              "CREATE FUNCTION ipam_operation_text(op text) RETURNS text LANGUAGE "
                              "sql IMMUTABLE AS $$ SELECT %1 $$")
                              .arg(operationTextCase());
    s << p
                    + QStringLiteral(
                            "CREATE FUNCTION ipam_require(op text, scope bigint, what text) "
                            "RETURNS void "
                            "LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$ BEGIN IF "
                            "NOT "
                            "ipam_may(op, scope) THEN RAISE EXCEPTION 'permission denied: % may "
                            "not % on % "
                            "(scope %)', current_user, coalesce(ipam_operation_text(op), 'change "
                            "anything'), "
                            "what, ipam_scope_path(scope) USING ERRCODE = '42501'; END IF; END $$");

    // Address-space tables: per statement, over the transition tables.
    s << p
                    + QStringLiteral("CREATE FUNCTION ipam_check_insert() RETURNS trigger LANGUAGE "
                                     "plpgsql SET "
                                     "search_path FROM CURRENT AS $$ DECLARE r record; BEGIN IF "
                                     "ipam_bypass() THEN "
                                     "RETURN NULL; END IF; FOR r IN SELECT access_scope_id AS "
                                     "scope, min(id) AS id "
                                     "FROM new_rows GROUP BY access_scope_id LOOP PERFORM "
                                     "ipam_require('Add' || "
                                     "TG_ARGV[0], r.scope, TG_ARGV[1] || ' #' || r.id); END LOOP; "
                                     "RETURN NULL; END "
                                     "$$");
    s << p
                    + QStringLiteral("CREATE FUNCTION ipam_check_delete() RETURNS trigger LANGUAGE "
                                     "plpgsql SET "
                                     "search_path FROM CURRENT AS $$ DECLARE r record; BEGIN IF "
                                     "ipam_bypass() THEN "
                                     "RETURN NULL; END IF; FOR r IN SELECT access_scope_id AS "
                                     "scope, min(id) AS id "
                                     "FROM old_rows GROUP BY access_scope_id LOOP PERFORM "
                                     "ipam_require('Delete' || "
                                     "TG_ARGV[0], r.scope, TG_ARGV[1] || ' #' || r.id); END LOOP; "
                                     "RETURN NULL; END "
                                     "$$");
    // TG_ARGV: kind, noun, then the derived columns.
    s << p
                    + QStringLiteral(
                            "CREATE FUNCTION ipam_check_update() RETURNS trigger LANGUAGE plpgsql "
                            "SET "
                            "search_path FROM CURRENT AS $$ DECLARE r record; changed text[]; "
                            "derived "
                            "text[] := TG_ARGV[2:]; what text; BEGIN IF ipam_bypass() THEN RETURN "
                            "NULL; END "
                            "IF; FOR r IN SELECT n.id, o.access_scope_id AS old_scope, "
                            "n.access_scope_id AS "
                            "new_scope, o.access_scope_inherited AS old_inherited, "
                            "n.access_scope_inherited AS new_inherited, ARRAY(SELECT e.key FROM "
                            "jsonb_each(to_jsonb(n)) e WHERE e.value IS DISTINCT FROM (to_jsonb(o) "
                            "-> "
                            "e.key) AND e.key NOT IN ('version', 'modified_ms')) AS changed FROM "
                            "new_rows n "
                            "JOIN old_rows o ON o.id = n.id LOOP changed := r.changed; what := "
                            "TG_ARGV[1] "
                            "|| ' #' || r.id; "
                            // An inheriting row's scope is its parent's: derived, never the user's.
                            "IF r.old_inherited = 1 AND r.new_inherited = 1 THEN changed := "
                            "array_remove(changed, 'access_scope_id'); END IF; "
                            "IF cardinality(changed) = 0 THEN CONTINUE; "
                            "ELSIF changed <@ derived THEN IF NOT ipam_may(NULL, r.old_scope) THEN "
                            "PERFORM "
                            "ipam_require(NULL, r.old_scope, what); END IF; "
                            "ELSIF changed <@ ARRAY['access_scope_id', 'access_scope_inherited'] "
                            "THEN "
                            "PERFORM ipam_require('SetAccessScope', r.old_scope, what); PERFORM "
                            "ipam_require('SetAccessScope', r.new_scope, what); "
                            "ELSIF TG_ARGV[0] = 'Subnet' AND changed <@ "
                            "ARRAY['logical_network_id', "
                            "'site_id'] THEN PERFORM ipam_require('AssignSubnet', r.old_scope, "
                            "what); "
                            "ELSE PERFORM ipam_require('Edit' || TG_ARGV[0], r.old_scope, what); "
                            "IF "
                            "r.new_scope <> r.old_scope THEN PERFORM ipam_require('Edit' || "
                            "TG_ARGV[0], "
                            "r.new_scope, what); END IF; END IF; END LOOP; RETURN NULL; END $$");
    for (const KindTable &t : kindTables) {
        const QString table = QLatin1StringView(t.table);
        QString args = QStringLiteral("'%1', '%2'")
                               .arg(QLatin1StringView(t.kind), QLatin1StringView(t.noun));
        if (*t.derived)
            args += QStringLiteral(", ") + QLatin1StringView(t.derived);
        s << p
                        + QStringLiteral(
                                  "CREATE TRIGGER %1_check_insert AFTER INSERT ON %1 REFERENCING "
                                  "NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "
                                  "ipam_check_insert('%2', '%3')")
                                  .arg(table, QLatin1StringView(t.kind), QLatin1StringView(t.noun))
          << p
                        + QStringLiteral(
                                  "CREATE TRIGGER %1_check_delete AFTER DELETE ON %1 REFERENCING "
                                  "OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "
                                  "ipam_check_delete('%2', '%3')")
                                  .arg(table, QLatin1StringView(t.kind), QLatin1StringView(t.noun))
          << p
                        + QStringLiteral(
                                  "CREATE TRIGGER %1_check_update AFTER UPDATE ON %1 REFERENCING "
                                  "OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
                                  "EXECUTE FUNCTION ipam_check_update(%2)")
                                  .arg(table, args);
        // Inherited scopes are recomputed on every update (not only when a parent column is
        // in the SET list), so nobody can point an inheriting row elsewhere by hand.
        s << p + QStringLiteral("DROP TRIGGER %1_inherit_scope ON %1").arg(table)
          << p
                        + QStringLiteral(
                                  "CREATE TRIGGER %1_inherit_scope BEFORE INSERT OR UPDATE ON %1 "
                                  "FOR EACH ROW EXECUTE FUNCTION %1_inherit_scope()")
                                  .arg(table);
    }
    // The cascades move inheriting rows as the owner.
    for (const char *table : {"address_space", "logical_network", "ip_subnet"}) {
        s << p
                        + QStringLiteral("ALTER FUNCTION %1_cascade_scope() SECURITY DEFINER SET "
                                         "search_path FROM CURRENT")
                                  .arg(QLatin1StringView(table));
    }

    // The access-control tables, the audit log and the settings: per row (they are small).
    s << p
                    + QStringLiteral("CREATE FUNCTION ipam_check_access_scope() RETURNS trigger "
                                     "LANGUAGE plpgsql SET "
                                     "search_path FROM CURRENT AS $$ BEGIN IF ipam_bypass() THEN "
                                     "RETURN coalesce(NEW, "
                                     "OLD); END IF; IF TG_OP = 'INSERT' THEN PERFORM "
                                     "ipam_require('AddAccessScope', "
                                     "NEW.parent_id, 'access scope ' || NEW.name); ELSIF TG_OP = "
                                     "'UPDATE' THEN "
                                     "PERFORM ipam_require('EditAccessScope', OLD.id, 'access "
                                     "scope ' || OLD.name); "
                                     "IF NEW.parent_id IS DISTINCT FROM OLD.parent_id THEN PERFORM "
                                     "ipam_require('EditAccessScope', NEW.parent_id, 'access scope "
                                     "' || OLD.name); "
                                     "END IF; ELSE PERFORM ipam_require('DeleteAccessScope', "
                                     "OLD.id, 'access scope ' "
                                     "|| OLD.name); END IF; RETURN coalesce(NEW, OLD); END $$");
    s << p
                    + QStringLiteral(
                            "CREATE TRIGGER access_scope_check BEFORE INSERT OR UPDATE OR DELETE "
                            "ON access_scope FOR EACH ROW EXECUTE FUNCTION "
                            "ipam_check_access_scope()");
    s << p
                    + QStringLiteral(
                            "CREATE FUNCTION ipam_check_access_policy() RETURNS trigger LANGUAGE "
                            "plpgsql "
                            "SET search_path FROM CURRENT AS $$ BEGIN IF ipam_bypass() THEN RETURN "
                            "coalesce(NEW, OLD); END IF; IF TG_OP = 'INSERT' THEN PERFORM "
                            "ipam_require('AddAccessPolicy', NEW.scope_id, 'access policy of ' || "
                            "NEW.user_or_group); ELSIF TG_OP = 'UPDATE' THEN PERFORM "
                            "ipam_require('EditAccessPolicy', OLD.scope_id, 'access policy of ' || "
                            "OLD.user_or_group); PERFORM ipam_require('EditAccessPolicy', "
                            "NEW.scope_id, "
                            "'access policy of ' || NEW.user_or_group); ELSE PERFORM "
                            "ipam_require('DeleteAccessPolicy', OLD.scope_id, 'access policy of ' "
                            "|| "
                            "OLD.user_or_group); END IF; RETURN coalesce(NEW, OLD); END $$");
    s << p
                    + QStringLiteral(
                            "CREATE TRIGGER access_policy_check BEFORE INSERT OR UPDATE OR "
                            "DELETE ON access_policy FOR EACH ROW EXECUTE FUNCTION "
                            "ipam_check_access_policy()");
    // Roles live in Global; built-in ones are read-only to everyone but the owner.
    s << p
                    + QStringLiteral(
                            "CREATE FUNCTION ipam_check_role() RETURNS trigger LANGUAGE plpgsql "
                            "SET "
                            "search_path FROM CURRENT AS $$ DECLARE role_id bigint; builtin "
                            "integer; BEGIN "
                            "IF ipam_bypass() THEN RETURN coalesce(NEW, OLD); END IF; IF "
                            "TG_TABLE_NAME = "
                            "'user_role' THEN role_id := coalesce(OLD.id, NEW.id); ELSE role_id := "
                            "coalesce(OLD.role_id, NEW.role_id); END IF; SELECT built_in INTO "
                            "builtin FROM "
                            "user_role WHERE id = role_id; IF coalesce(builtin, 0) = 1 OR (TG_OP "
                            "<> 'DELETE' "
                            "AND TG_TABLE_NAME = 'user_role' AND NEW.built_in = 1) THEN RAISE "
                            "EXCEPTION "
                            "'permission denied: built-in roles are read-only' USING ERRCODE = "
                            "'42501'; END "
                            "IF; IF NOT (ipam_may('AddRole', 1) OR ipam_may('EditRole', 1) OR "
                            "ipam_may('DeleteRole', 1)) THEN PERFORM ipam_require(CASE TG_OP WHEN "
                            "'INSERT' "
                            "THEN 'AddRole' WHEN 'DELETE' THEN 'DeleteRole' ELSE 'EditRole' END, "
                            "1, 'role #' "
                            "|| role_id); END IF; RETURN coalesce(NEW, OLD); END $$");
    for (const char *table : {"user_role", "user_role_operation"}) {
        s << p
                        + QStringLiteral(
                                  "CREATE TRIGGER %1_check BEFORE INSERT OR UPDATE OR DELETE ON %1 "
                                  "FOR EACH ROW EXECUTE FUNCTION ipam_check_role()")
                                  .arg(QLatin1StringView(table));
    }
    s << p
                    + QStringLiteral("CREATE FUNCTION ipam_check_global() RETURNS trigger LANGUAGE "
                                     "plpgsql SET "
                                     "search_path FROM CURRENT AS $$ BEGIN IF NOT ipam_bypass() "
                                     "THEN PERFORM "
                                     "ipam_require(TG_ARGV[0], 1, TG_ARGV[1]); END IF; RETURN "
                                     "coalesce(NEW, OLD); END "
                                     "$$");
    s << p
                    + QStringLiteral(
                            "CREATE TRIGGER audit_log_check BEFORE UPDATE OR DELETE ON audit_log "
                            "FOR EACH ROW EXECUTE FUNCTION ipam_check_global('PurgeAuditLog', "
                            "'the audit log')")
      << p
                    + QStringLiteral(
                            "CREATE TRIGGER setting_check BEFORE INSERT OR UPDATE OR DELETE ON "
                            "setting FOR EACH ROW EXECUTE FUNCTION "
                            "ipam_check_global('EditSettings', 'the settings')");

    // Every login may use the tables; the triggers decide.
    s << p
                    + QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT SELECT, INSERT, UPDATE, "
                                     "DELETE ON ALL TABLES "
                                     "IN SCHEMA %I TO PUBLIC', current_schema()); EXECUTE "
                                     "format('GRANT USAGE, "
                                     "SELECT ON ALL SEQUENCES IN SCHEMA %I TO PUBLIC', "
                                     "current_schema()); END $$")
      << p + QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON schema_version FROM PUBLIC");
    return s;
}

} // namespace ipam
