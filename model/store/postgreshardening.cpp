#include "postgreshardening.h"

#include "domain/enums.h"

namespace ipam {

namespace {

using namespace Qt::StringLiterals;

QString inSchema(QString sql)
{
    return postgresInSchema(std::move(sql));
}

const QString definer = postgresDefinerClause();
const QString invoker = u" SECURITY INVOKER SET search_path = @S, pg_temp "_s;

// The address-space tables in ObjectKind order (as change items number them).
const char *const kindTables[] = {"address_space", "logical_network", "network_site", "vm_network",
                                  "ip_block",      "ip_subnet",       "ip_range",     "ip_address"};
const char *const inheritingTables[]
        = {"address_space", "logical_network", "network_site", "vm_network",
           "ip_block",      "ip_subnet",       "ip_range",     "ip_address"};
const char *const cascadingTables[] = {"address_space", "logical_network", "ip_subnet"};
const char *const syncTables[] = {"vmm_link", "vmm_conflict", "vmm_mark"};

// SQL functions plan their body afresh on every call (and their SET clause keeps them from
// being inlined); PL/pgSQL keeps its plans for the session. The read policies call these once
// per statement, and the VMM pull runs tens of thousands of statements.
QString asPlpgsql(QString sql)
{
    sql.replace(u"LANGUAGE sql STABLE"_s, u"LANGUAGE plpgsql STABLE"_s);
    const qsizetype start = sql.indexOf(u"AS $$ "_s) + 6;
    const qsizetype end = sql.lastIndexOf(u" $$"_s);
    return sql.left(start) + u"BEGIN RETURN ("_s + sql.mid(start, end - start) + u"); END"_s
            + sql.mid(end);
}

// ipam_holds() over `pol`, written out inside the functions of fixed search_path (a call
// would be one more function call per policy row).
const QString holdsPolicy
        = u"CASE WHEN pol.is_group = 0 THEN pol.user_or_group = session_user::text ELSE EXISTS "
          "(SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname = pol.user_or_group AND "
          "pg_catalog.pg_has_role(session_user, g.oid, 'MEMBER')) END"_s;

// Who the rules are about. Inside a SECURITY DEFINER function current_user is the owner, so
// every check names the login: session_user (SET ROLE cannot widen what it holds: a login's
// policies include those of every role it is a member of anyway).
QStringList identityFunctions()
{
    QStringList s;
    s << inSchema(asPlpgsql(
            u"CREATE OR REPLACE FUNCTION @S.ipam_bypass() RETURNS boolean LANGUAGE sql "
            "STABLE"_s
            + definer
            + u"AS $$ SELECT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE "
              "r.rolname = session_user), false) OR pg_catalog.pg_has_role(session_user, "
              "(SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = "
              "'@S.schema_version'::pg_catalog.regclass), 'MEMBER') $$"_s));
    s << inSchema(u"CREATE OR REPLACE FUNCTION @S.ipam_holds(pol_user text, pol_group integer) "
                  "RETURNS boolean LANGUAGE sql STABLE"_s
                  + invoker
                  + u"AS $$ SELECT CASE WHEN pol_group = 0 THEN pol_user = session_user::text "
                    "ELSE EXISTS (SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname = pol_user "
                    "AND pg_catalog.pg_has_role(session_user, g.oid, 'MEMBER')) END $$"_s);
    // May the login perform `op` in `scope`? (op NULL: any operation at all.)
    const QString up
            = u"WITH RECURSIVE up(id) AS (SELECT scope UNION ALL SELECT s.parent_id FROM "
              "@S.access_scope s JOIN up ON s.id = up.id WHERE s.parent_id IS NOT NULL) "_s;
    const QString holds = u"FROM @S.access_policy pol JOIN @S.user_role_operation o ON o.role_id "
                          "= pol.role_id WHERE "_s
            + holdsPolicy + u" "_s;
    s << inSchema(asPlpgsql(
            u"CREATE OR REPLACE FUNCTION @S.ipam_may(op text, scope bigint) RETURNS boolean "
            "LANGUAGE sql STABLE"_s
            + definer + u"AS $$ "_s + up + u"SELECT EXISTS (SELECT 1 "_s + holds
            + u"AND (op IS NULL OR o.operation = op) AND pol.scope_id IN (SELECT id FROM "
              "up)) $$"_s));
    s << inSchema(asPlpgsql(
            u"CREATE OR REPLACE FUNCTION @S.ipam_may_any(ops text[], scope bigint) RETURNS "
            "boolean LANGUAGE sql STABLE"_s
            + definer + u"AS $$ "_s + up + u"SELECT EXISTS (SELECT 1 "_s + holds
            + u"AND o.operation = ANY (ops) AND pol.scope_id IN (SELECT id FROM up)) $$"_s));
    // The scope-agnostic operations (the audit log, the VMM sync): held in any scope.
    s << inSchema(asPlpgsql(
            u"CREATE OR REPLACE FUNCTION @S.ipam_may_anywhere(ops text[]) RETURNS boolean "
            "LANGUAGE sql STABLE"_s
            + definer + u"AS $$ SELECT @S.ipam_bypass() OR EXISTS (SELECT 1 "_s + holds
            + u"AND o.operation = ANY (ops)) $$"_s));
    // What the console shows: the scopes of the login's policies and everything below them.
    s << inSchema(asPlpgsql(
            u"CREATE OR REPLACE FUNCTION @S.ipam_visible_scopes() RETURNS bigint[] "
            "LANGUAGE sql STABLE"_s
            + definer
            + u"AS $$ WITH RECURSIVE down(id) AS (SELECT pol.scope_id FROM "
              "@S.access_policy pol WHERE "_s
            + holdsPolicy
            + u" "
              "UNION SELECT s.id FROM @S.access_scope s JOIN down ON s.parent_id = down.id) "
              "SELECT coalesce(pg_catalog.array_agg(id), '{}') FROM down $$"_s));
    s << inSchema(asPlpgsql(
            u"CREATE OR REPLACE FUNCTION @S.ipam_sees_everything() RETURNS boolean LANGUAGE "
            "sql STABLE"_s
            + definer
            + u"AS $$ SELECT @S.ipam_bypass() OR EXISTS (SELECT 1 FROM @S.access_policy "
              "pol WHERE pol.scope_id = 1 AND "_s
            + holdsPolicy + u") $$"_s));
    s << inSchema(asPlpgsql(
            u"CREATE OR REPLACE FUNCTION @S.ipam_scope_path(scope bigint) RETURNS text "
            "LANGUAGE sql STABLE"_s
            + definer
            + u"AS $$ WITH RECURSIVE up(id, parent_id, name, depth) AS (SELECT id, "
              "parent_id, name, 0 FROM @S.access_scope WHERE id = scope UNION ALL SELECT "
              "s.id, s.parent_id, s.name, up.depth + 1 FROM @S.access_scope s JOIN up ON "
              "s.id = up.parent_id) SELECT coalesce(pg_catalog.string_agg(name, '/' ORDER "
              "BY depth DESC), '#' || scope) FROM up $$"_s));
    s << inSchema(u"ALTER FUNCTION @S.ipam_operation_text(text) SET search_path = @S, pg_temp"_s);
    s << inSchema(u"CREATE OR REPLACE FUNCTION @S.ipam_require(op text, scope bigint, what text) "
                  "RETURNS void LANGUAGE plpgsql STABLE"_s
                  + definer
                  + u"AS $$ BEGIN IF NOT @S.ipam_may(op, scope) THEN RAISE EXCEPTION "
                    "'permission denied: % may not % on % (scope %)', session_user, "
                    "coalesce(@S.ipam_operation_text(op), 'change anything'), what, "
                    "@S.ipam_scope_path(scope) USING ERRCODE = '42501'; END IF; END $$"_s);
    return s;
}

// The checks of version 3, with the same rules, now SECURITY DEFINER and schema-qualified.
QStringList checkFunctions()
{
    QStringList s;
    s << inSchema(u"CREATE OR REPLACE FUNCTION @S.ipam_check_insert() RETURNS trigger LANGUAGE "
                  "plpgsql"_s
                  + definer
                  + u"AS $$ DECLARE r record; BEGIN IF @S.ipam_bypass() THEN RETURN NULL; END "
                    "IF; FOR r IN SELECT access_scope_id AS scope, min(id) AS id FROM new_rows "
                    "GROUP BY access_scope_id LOOP PERFORM @S.ipam_require('Add' || TG_ARGV[0], "
                    "r.scope, TG_ARGV[1] || ' #' || r.id); END LOOP; RETURN NULL; END $$"_s);
    s << inSchema(u"CREATE OR REPLACE FUNCTION @S.ipam_check_delete() RETURNS trigger LANGUAGE "
                  "plpgsql"_s
                  + definer
                  + u"AS $$ DECLARE r record; BEGIN IF @S.ipam_bypass() THEN RETURN NULL; END "
                    "IF; FOR r IN SELECT access_scope_id AS scope, min(id) AS id FROM old_rows "
                    "GROUP BY access_scope_id LOOP PERFORM @S.ipam_require('Delete' || "
                    "TG_ARGV[0], r.scope, TG_ARGV[1] || ' #' || r.id); END LOOP; RETURN NULL; "
                    "END $$"_s);
    s << inSchema(
            u"CREATE OR REPLACE FUNCTION @S.ipam_check_update() RETURNS trigger LANGUAGE plpgsql"_s
            + definer
            + u"AS $$ DECLARE r record; changed text[]; derived text[] := TG_ARGV[2:]; what "
              "text; BEGIN IF @S.ipam_bypass() THEN RETURN NULL; END IF; FOR r IN SELECT n.id, "
              "o.access_scope_id AS old_scope, n.access_scope_id AS new_scope, "
              "o.access_scope_inherited AS old_inherited, n.access_scope_inherited AS "
              "new_inherited, ARRAY(SELECT e.key FROM "
              "pg_catalog.jsonb_each(pg_catalog.to_jsonb(n)) "
              "e WHERE e.value IS DISTINCT FROM (pg_catalog.to_jsonb(o) -> e.key) AND e.key NOT "
              "IN ('version', 'modified_ms')) AS changed FROM new_rows n JOIN old_rows o ON o.id "
              "= n.id LOOP changed := r.changed; what := TG_ARGV[1] || ' #' || r.id; IF "
              "r.old_inherited = 1 AND r.new_inherited = 1 THEN changed := "
              "pg_catalog.array_remove(changed, 'access_scope_id'); END IF; IF "
              "pg_catalog.cardinality(changed) = 0 THEN CONTINUE; ELSIF changed <@ derived THEN "
              "PERFORM @S.ipam_require(NULL, r.old_scope, what); ELSIF changed <@ "
              "ARRAY['access_scope_id', 'access_scope_inherited'] THEN PERFORM "
              "@S.ipam_require('SetAccessScope', r.old_scope, what); PERFORM "
              "@S.ipam_require('SetAccessScope', r.new_scope, what); ELSIF TG_ARGV[0] = 'Subnet' "
              "AND changed <@ ARRAY['logical_network_id', 'site_id'] THEN PERFORM "
              "@S.ipam_require('AssignSubnet', r.old_scope, what); ELSE PERFORM "
              "@S.ipam_require('Edit' || TG_ARGV[0], r.old_scope, what); IF r.new_scope <> "
              "r.old_scope THEN PERFORM @S.ipam_require('Edit' || TG_ARGV[0], r.new_scope, "
              "what); END IF; END IF; END LOOP; RETURN NULL; END $$"_s);
    s << inSchema(u"CREATE OR REPLACE FUNCTION @S.ipam_check_access_scope() RETURNS trigger "
                  "LANGUAGE plpgsql"_s
                  + definer
                  + u"AS $$ BEGIN IF @S.ipam_bypass() THEN RETURN coalesce(NEW, OLD); END IF; IF "
                    "TG_OP = 'INSERT' THEN PERFORM @S.ipam_require('AddAccessScope', "
                    "NEW.parent_id, 'access scope ' || NEW.name); ELSIF TG_OP = 'UPDATE' THEN "
                    "PERFORM @S.ipam_require('EditAccessScope', OLD.id, 'access scope ' || "
                    "OLD.name); IF NEW.parent_id IS DISTINCT FROM OLD.parent_id THEN PERFORM "
                    "@S.ipam_require('EditAccessScope', NEW.parent_id, 'access scope ' || "
                    "OLD.name); END IF; ELSE PERFORM @S.ipam_require('DeleteAccessScope', OLD.id, "
                    "'access scope ' || OLD.name); END IF; RETURN coalesce(NEW, OLD); END $$"_s);
    s << inSchema(u"CREATE OR REPLACE FUNCTION @S.ipam_check_access_policy() RETURNS trigger "
                  "LANGUAGE plpgsql"_s
                  + definer
                  + u"AS $$ BEGIN IF @S.ipam_bypass() THEN RETURN coalesce(NEW, OLD); END IF; IF "
                    "TG_OP = 'INSERT' THEN PERFORM @S.ipam_require('AddAccessPolicy', "
                    "NEW.scope_id, 'access policy of ' || NEW.user_or_group); ELSIF TG_OP = "
                    "'UPDATE' THEN PERFORM @S.ipam_require('EditAccessPolicy', OLD.scope_id, "
                    "'access policy of ' || OLD.user_or_group); PERFORM "
                    "@S.ipam_require('EditAccessPolicy', NEW.scope_id, 'access policy of ' || "
                    "NEW.user_or_group); ELSE PERFORM @S.ipam_require('DeleteAccessPolicy', "
                    "OLD.scope_id, 'access policy of ' || OLD.user_or_group); END IF; RETURN "
                    "coalesce(NEW, OLD); END $$"_s);
    // Roles live in Global; built-in ones are read-only to everyone but the owner. The row is
    // read as JSON: user_role_operation has no built_in column, and PL/pgSQL resolves a field
    // of NEW when the statement runs, whichever branch it is in (version 3 failed with 42703
    // for every holder of the role operations but the owner).
    s << inSchema(u"CREATE OR REPLACE FUNCTION @S.ipam_check_role() RETURNS trigger LANGUAGE "
                  "plpgsql"_s
                  + definer
                  + u"AS $$ DECLARE row_json jsonb := pg_catalog.to_jsonb(coalesce(NEW, OLD)); "
                    "role_id bigint; builtin integer; BEGIN IF @S.ipam_bypass() THEN RETURN "
                    "coalesce(NEW, OLD); END IF; IF TG_TABLE_NAME = 'user_role' THEN role_id := "
                    "(row_json ->> 'id')::bigint; ELSE role_id := (row_json ->> "
                    "'role_id')::bigint; END IF; SELECT r.built_in INTO builtin FROM "
                    "@S.user_role r WHERE r.id = role_id; IF coalesce(builtin, 0) = 1 OR (TG_OP "
                    "<> 'DELETE' AND TG_TABLE_NAME = 'user_role' AND "
                    "(pg_catalog.to_jsonb(NEW) ->> 'built_in')::integer = 1) THEN RAISE EXCEPTION "
                    "'permission denied: built-in roles are read-only' USING ERRCODE = '42501'; "
                    "END IF; IF NOT (@S.ipam_may('AddRole', 1) OR @S.ipam_may('EditRole', 1) OR "
                    "@S.ipam_may('DeleteRole', 1)) THEN PERFORM @S.ipam_require(CASE TG_OP WHEN "
                    "'INSERT' THEN 'AddRole' WHEN 'DELETE' THEN 'DeleteRole' ELSE 'EditRole' END, "
                    "1, 'role #' || role_id); END IF; RETURN coalesce(NEW, OLD); END $$"_s);
    s << inSchema(u"CREATE OR REPLACE FUNCTION @S.ipam_check_global() RETURNS trigger LANGUAGE "
                  "plpgsql"_s
                  + definer
                  + u"AS $$ BEGIN IF NOT @S.ipam_bypass() THEN PERFORM "
                    "@S.ipam_require(TG_ARGV[0], 1, TG_ARGV[1]); END IF; RETURN coalesce(NEW, "
                    "OLD); END $$"_s);
    // The scope triggers read a row's parent whatever the login may see.
    for (const char *table : inheritingTables) {
        s << inSchema(u"ALTER FUNCTION @S.%1_inherit_scope()"_s.arg(QLatin1StringView(table))
                      + definer);
    }
    for (const char *table : cascadingTables) {
        s << inSchema(u"ALTER FUNCTION @S.%1_cascade_scope()"_s.arg(QLatin1StringView(table))
                      + definer);
    }
    return s;
}

// The audit log: one way in, and what it says is the server's.
QStringList auditFunctions()
{
    QStringList s;
    // A change set that says it removed an object must have: otherwise a login could make
    // every console drop an object that still exists (they apply a remote removal unread).
    // Creates and updates need no proof: a console reads those objects back itself.
    QStringList tables;
    for (const char *table : kindTables)
        tables << u"'%1'"_s.arg(QLatin1StringView(table));
    s << inSchema(
            u"CREATE OR REPLACE FUNCTION @S.ipam_check_change_items(items text) RETURNS void "
            "LANGUAGE plpgsql STABLE"_s
            + definer
            + u"AS $$ DECLARE part text; f text[]; still boolean; tables text[] := ARRAY[%1]; "
              "BEGIN IF items IS NULL OR items = '' THEN RETURN; END IF; FOREACH part IN ARRAY "
              "pg_catalog.string_to_array(items, ';') LOOP CONTINUE WHEN part = '*' OR part = 'D'; "
              "f := "
              "pg_catalog.string_to_array(part, ','); IF pg_catalog.cardinality(f) <> 4 OR f[1] "
              "!~ '^[0-7]$' OR f[2] !~ '^[0-9]{1,18}$' OR f[4] !~ '^[0-2]$' THEN RAISE EXCEPTION "
              "'permission denied: the audit log takes no change item \"%\"', part USING "
              "ERRCODE = '42501'; END IF; CONTINUE WHEN f[4] <> '2'; EXECUTE "
              "pg_catalog.format('SELECT EXISTS (SELECT 1 FROM @S.%I WHERE id = $1)', "
              "tables[f[1]::integer + 1]) INTO still USING f[2]::bigint; IF still THEN RAISE "
              "EXCEPTION 'permission denied: % may not record the removal of %, which still "
              "exists', session_user, part USING ERRCODE = '42501'; END IF; END LOOP; END $$"_s.arg(
                      tables.join(u", "_s)));
    s << inSchema(u"CREATE OR REPLACE FUNCTION @S.ipam_append_audit(p_at_ms bigint, "
                  "p_principal text, p_operation text, p_object text, p_outcome text, p_before "
                  "text, p_after text, p_origin text, p_items text) RETURNS bigint LANGUAGE "
                  "plpgsql"_s
                  + definer
                  + u"AS $$ DECLARE new_id bigint; BEGIN IF NOT @S.ipam_bypass() THEN "
                    "p_principal := session_user; p_at_ms := (pg_catalog.date_part('epoch', "
                    "pg_catalog.clock_timestamp()) * 1000)::bigint; PERFORM "
                    "@S.ipam_check_change_items(p_items); END IF; INSERT INTO @S.audit_log "
                    "(at_ms, principal, operation, object, outcome, before_json, after_json, "
                    "change_origin, change_items) VALUES (p_at_ms, p_principal, p_operation, "
                    "p_object, p_outcome, p_before, p_after, p_origin, p_items) RETURNING id "
                    "INTO new_id; RETURN new_id; END $$"_s);
    // The index of the objects a change set touched (store/auditobjects.h) is as much the
    // audit log as its rows: no login writes it directly either. A login may attach runs
    // only to an audit row written in its own transaction (so by ipam_append_audit, under
    // its own name): the row's xmin is the transaction's id, modulo 2^32 as xid8 -> xid.
    // The write path uses no savepoints; a row written in one would be refused (fails closed).
    s << inSchema(u"CREATE OR REPLACE FUNCTION @S.ipam_append_audit_objects(p_audit_id bigint, "
                  "p_kinds integer[], p_firsts bigint[], p_lasts bigint[]) RETURNS void "
                  "LANGUAGE plpgsql"_s
                  + definer
                  + u"AS $$ BEGIN IF NOT @S.ipam_bypass() AND NOT EXISTS (SELECT 1 FROM "
                    "@S.audit_log a WHERE a.id = p_audit_id AND a.xmin::text = "
                    "(pg_catalog.pg_current_xact_id()::text::numeric % 4294967296)::text) "
                    "THEN RAISE EXCEPTION 'permission denied: % may index only the audit row of "
                    "its own change set, not %', session_user, p_audit_id USING ERRCODE = "
                    "'42501'; END IF; IF pg_catalog.cardinality(p_kinds) <> "
                    "pg_catalog.cardinality(p_firsts) OR pg_catalog.cardinality(p_kinds) <> "
                    "pg_catalog.cardinality(p_lasts) THEN RAISE EXCEPTION 'permission denied: "
                    "audit object runs of unequal lengths' USING ERRCODE = '42501'; END IF; "
                    "INSERT INTO @S.audit_object (audit_id, kind, bucket, first_id, last_id) "
                    "SELECT p_audit_id, k, f >> 12, f, l FROM ROWS FROM "
                    "(pg_catalog.unnest(p_kinds), pg_catalog.unnest(p_firsts), "
                    "pg_catalog.unnest(p_lasts)) AS r(k, f, l); END $$"_s);
    return s;
}

QString audience(const QString &visible)
{
    return u"(SELECT ipam_may_anywhere(ARRAY[%1]))"_s.arg(visible);
}

// Reads, row by row. The helpers are evaluated once per statement (a sub-select becomes an
// InitPlan), not per row: at 1,000,000 subnets that is the difference that matters.
QStringList rowSecurity()
{
    QStringList s;
    const QString p = u"postgresql:"_s;
    // One policy per command: reads see `visible`; writes are the triggers' to judge (with the
    // write path's messages), but an UPDATE or DELETE never reaches a row the login cannot
    // see, even without a WHERE clause.
    auto policies = [&](const QString &table, const QString &visible) {
        // Dropped first: the migration may run again over its own work (a store whose
        // version row was lost, or a test that replays an upgrade).
        for (const char *name : {"ipam_visible", "ipam_insert", "ipam_update", "ipam_delete"})
            s << p + u"DROP POLICY IF EXISTS %1 ON %2"_s.arg(QLatin1StringView(name), table);
        s << p + u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table)
          << p + u"CREATE POLICY ipam_visible ON %1 FOR SELECT USING (%2)"_s.arg(table, visible)
          << p + u"CREATE POLICY ipam_insert ON %1 FOR INSERT WITH CHECK (true)"_s.arg(table)
          << p
                        + u"CREATE POLICY ipam_update ON %1 FOR UPDATE USING (%2) WITH CHECK "
                          "(true)"_s.arg(table, visible)
          << p + u"CREATE POLICY ipam_delete ON %1 FOR DELETE USING (%2)"_s.arg(table, visible);
    };
    for (const char *name : kindTables) {
        policies(QLatin1StringView(name),
                 u"(SELECT ipam_sees_everything()) OR access_scope_id = ANY ((SELECT "
                 "ipam_visible_scopes())::bigint[])"_s);
    }
    // No write privilege at all: ipam_append_audit() is the only way in.
    s << p + u"DROP POLICY IF EXISTS ipam_visible ON audit_log"_s
      << p + u"ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY"_s
      << p
                    + u"CREATE POLICY ipam_visible ON audit_log FOR SELECT USING (%1)"_s.arg(
                            audience(u"'ViewAuditLog'"_s));
    s << p + u"DROP POLICY IF EXISTS ipam_visible ON audit_object"_s
      << p + u"ALTER TABLE audit_object ENABLE ROW LEVEL SECURITY"_s
      << p
                    + u"CREATE POLICY ipam_visible ON audit_object FOR SELECT USING (%1)"_s.arg(
                            audience(u"'ViewAuditLog'"_s));
    policies(u"access_policy"_s,
             u"ipam_holds(user_or_group, is_group) OR ipam_may_any(ARRAY['AddAccessPolicy', "
             "'EditAccessPolicy', 'DeleteAccessPolicy'], scope_id)"_s);
    for (const char *name : syncTables)
        policies(QLatin1StringView(name), audience(u"'RunVmmSynchronization'"_s));
    return s;
}

// What every login may do, and nothing more (last: it covers what the statements above made).
QStringList privileges()
{
    QStringList s;
    s << u"postgresql:DO $do$ DECLARE s text := current_schema(); f regprocedure; BEGIN "
         "EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM PUBLIC', s); EXECUTE "
         "format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM PUBLIC', s); EXECUTE "
         "format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', s); FOR f IN SELECT p.oid FROM "
         "pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE "
         "n.nspname = s AND (p.proname LIKE 'ipam\\_%' OR p.proname LIKE '%\\_inherit\\_scope' "
         "OR p.proname LIKE '%\\_cascade\\_scope') LOOP EXECUTE format('REVOKE ALL ON FUNCTION "
         "%s FROM PUBLIC', f); END LOOP; EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I "
         "REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC', s); EXECUTE format('GRANT SELECT ON ALL "
         "TABLES IN SCHEMA %I TO PUBLIC', s); END $do$"_s;
    QStringList writable;
    for (const char *table : kindTables)
        writable << QLatin1StringView(table);
    writable << u"access_scope"_s << u"user_role"_s << u"user_role_operation"_s
             << u"access_policy"_s << u"setting"_s;
    for (const char *table : syncTables)
        writable << QLatin1StringView(table);
    s << u"postgresql:GRANT INSERT, UPDATE, DELETE ON %1 TO PUBLIC"_s.arg(writable.join(u", "_s));
    // What a login calls itself, or its reads call through the policies above.
    s << u"postgresql:GRANT EXECUTE ON FUNCTION ipam_append_audit(bigint, text, text, text, text, "
         "text, text, text, text), ipam_append_audit_objects(bigint, integer[], bigint[], "
         "bigint[]), ipam_holds(text, integer), ipam_may(text, bigint), "
         "ipam_may_any(text[], bigint), ipam_may_anywhere(text[]), ipam_visible_scopes(), "
         "ipam_sees_everything() TO PUBLIC"_s;
    return s;
}

} // namespace

QStringList customFieldHardeningSchema()
{
    QStringList s;
    const QString p = u"postgresql:"_s;
    // The definitions are store-wide: Edit custom fields in Global, as the write path checks.
    for (const char *table : {"custom_field", "custom_field_association", "range_group"}) {
        s << p + u"DROP TRIGGER IF EXISTS %1_check ON %1"_s.arg(QLatin1StringView(table))
          << p
                        + u"CREATE TRIGGER %1_check BEFORE INSERT OR UPDATE OR DELETE ON %1 FOR "
                          "EACH ROW EXECUTE FUNCTION ipam_check_global('EditCustomFields', 'the "
                          "custom fields')"_s.arg(QLatin1StringView(table));
    }
    // A value belongs to its object: whoever may add, edit or delete the object in its scope
    // may set or clear its values; the object must exist (the write path removes an object's
    // values before the object) and a value never moves to another object.
    QStringList tables;
    QStringList kinds;
    for (int i = 0; i < 8; ++i) {
        tables << u"'%1'"_s.arg(QLatin1StringView(kindTables[i]));
        kinds << u"'%1'"_s.arg(toString(ObjectKind(i)));
    }
    s << inSchema(u"CREATE OR REPLACE FUNCTION @S.ipam_field_value_scope(p_kind integer, "
                  "p_object bigint) RETURNS bigint LANGUAGE plpgsql STABLE"_s
                  + definer
                  + u"AS $$ DECLARE scope bigint; tables text[] := ARRAY[%1]; BEGIN IF p_kind < "
                    "4 OR p_kind > 7 THEN RETURN NULL; END IF; EXECUTE pg_catalog.format('SELECT "
                    "access_scope_id FROM @S.%I WHERE id = $1', tables[p_kind + 1]) INTO scope "
                    "USING p_object; RETURN scope; END $$"_s.arg(tables.join(u", "_s)));
    s << inSchema(u"CREATE OR REPLACE FUNCTION @S.ipam_check_field_value() RETURNS trigger "
                  "LANGUAGE plpgsql"_s
                  + definer
                  + u"AS $$ DECLARE r record := coalesce(NEW, OLD); scope bigint; kinds text[] "
                    ":= ARRAY[%1]; k text; BEGIN IF @S.ipam_bypass() THEN RETURN r; END IF; IF "
                    "TG_OP = 'UPDATE' AND (NEW.kind <> OLD.kind OR NEW.object_id <> "
                    "OLD.object_id) THEN RAISE EXCEPTION 'permission denied: a custom field "
                    "value stays with its object' USING ERRCODE = '42501'; END IF; scope := "
                    "@S.ipam_field_value_scope(r.kind, r.object_id); IF scope IS NULL THEN RAISE "
                    "EXCEPTION 'permission denied: custom field value of % #% which does not "
                    "exist', r.kind, r.object_id USING ERRCODE = '42501'; END IF; k := "
                    "kinds[r.kind + 1]; IF NOT @S.ipam_may_any(ARRAY['Add' || k, 'Edit' || k, "
                    "'Delete' || k], scope) THEN PERFORM @S.ipam_require('Edit' || k, scope, "
                    "'custom field values of ' || k || ' #' || r.object_id); END IF; RETURN r; "
                    "END $$"_s.arg(kinds.join(u", "_s)));
    s << p + u"DROP TRIGGER IF EXISTS custom_field_value_check ON custom_field_value"_s
      << p
                    + u"CREATE TRIGGER custom_field_value_check BEFORE INSERT OR UPDATE OR DELETE "
                      "ON custom_field_value FOR EACH ROW EXECUTE FUNCTION "
                      "ipam_check_field_value()"_s;
    // Reads: a value is visible with its object (definitions to everyone, as IPAM's console
    // shows every field).
    s << p + u"DROP POLICY IF EXISTS ipam_visible ON custom_field_value"_s
      << p + u"DROP POLICY IF EXISTS ipam_insert ON custom_field_value"_s
      << p + u"DROP POLICY IF EXISTS ipam_update ON custom_field_value"_s
      << p + u"DROP POLICY IF EXISTS ipam_delete ON custom_field_value"_s
      << p + u"ALTER TABLE custom_field_value ENABLE ROW LEVEL SECURITY"_s;
    const QString visible
            = u"(SELECT ipam_sees_everything()) OR ipam_field_value_scope(kind, object_id) = ANY "
              "((SELECT ipam_visible_scopes())::bigint[])"_s;
    s << p
                    + u"CREATE POLICY ipam_visible ON custom_field_value FOR SELECT USING (%1)"_s
                              .arg(visible)
      << p + u"CREATE POLICY ipam_insert ON custom_field_value FOR INSERT WITH CHECK (true)"_s
      << p
                    + u"CREATE POLICY ipam_update ON custom_field_value FOR UPDATE USING (%1) WITH "
                      "CHECK (true)"_s.arg(visible)
      << p
                    + u"CREATE POLICY ipam_delete ON custom_field_value FOR DELETE USING (%1)"_s
                              .arg(visible);
    s << p
                    + u"REVOKE ALL ON custom_field, custom_field_value, custom_field_association, "
                      "range_group FROM PUBLIC"_s
      << p
                    + u"GRANT SELECT, INSERT, UPDATE, DELETE ON custom_field, custom_field_value, "
                      "custom_field_association, range_group TO PUBLIC"_s
      << p + u"REVOKE ALL ON FUNCTION ipam_check_field_value() FROM PUBLIC"_s
      << p + u"GRANT EXECUTE ON FUNCTION ipam_field_value_scope(integer, bigint) TO PUBLIC"_s;
    // The change feed's "definitions changed" item ('D', write/changeitems.h) passes the
    // audit function's check of change items (auditFunctions() accepts it since this version).
    s << auditFunctions();
    return s;
}

// A definition that writes the schema as @S, run through format() with the schema the migration
// runs in: every name it uses is qualified with that schema, and so is its search_path.
QString postgresInSchema(QString sql)
{
    sql.replace(u'%', u"%%"_s);
    sql.replace(u"@S"_s, u"%1$I"_s);
    return u"postgresql:DO $do$ BEGIN EXECUTE format($fmt$"_s + sql
            + u"$fmt$, current_schema()); END $do$"_s;
}

// PostgreSQL's rule for SECURITY DEFINER functions: a fixed search_path, pg_temp last.
// plan_cache_mode: the application's sessions force custom plans (for tables that grow
// during a pull); the enforcement's own statements read small tables and keep theirs.
QString postgresDefinerClause()
{
    return u" SECURITY DEFINER SET search_path = @S, pg_temp SET plan_cache_mode = auto "_s;
}

QStringList auditChangeViewSchema()
{
    return {u"sqlite:DROP VIEW IF EXISTS audit_change"_s,
            u"sqlite:CREATE VIEW audit_change AS SELECT id, change_origin, change_items, "
            "operation, principal FROM audit_log"_s};
}

QStringList postgresHardeningSchema()
{
    QStringList s;
    s << identityFunctions() << checkFunctions() << auditFunctions();
    // The live update feed's view of the audit log: a view reads its tables as its owner, so
    // every login sees which objects each change set touched (never what they held).
    s << u"postgresql:DROP VIEW IF EXISTS audit_change"_s;
    s << u"postgresql:CREATE VIEW audit_change AS SELECT id, change_origin, change_items, "
         "operation, CASE WHEN (SELECT ipam_may_anywhere(ARRAY['ViewAuditLog'])) THEN "
         "principal "
         "ELSE '' END AS principal FROM audit_log"_s;
    s << rowSecurity() << privileges();
    return s;
}

} // namespace ipam
