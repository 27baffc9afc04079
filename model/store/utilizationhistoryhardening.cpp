#include "utilizationhistoryhardening.h"

#include "store/postgreshardening.h"

namespace ipam {

namespace {

using namespace Qt::StringLiterals;

// An address key (store/migrations.cpp: big-endian bytes, 4 or 16) as a number, exact for
// IPv6: two 64-bit halves, read as unsigned.
QString addressNumberFunction()
{
    return postgresInSchema(
            u"CREATE OR REPLACE FUNCTION @S.ipam_address_number(b bytea) RETURNS numeric "
            "LANGUAGE sql IMMUTABLE STRICT SECURITY INVOKER SET search_path = @S, pg_temp AS $$ "
            "SELECT (h::numeric + CASE WHEN h < 0 THEN 18446744073709551616 ELSE 0 END) * "
            "18446744073709551616 + l::numeric + CASE WHEN l < 0 THEN 18446744073709551616 ELSE "
            "0 END FROM (SELECT ('x' || pg_catalog.substr(x, 1, 16))::bit(64)::bigint AS h, "
            "('x' || pg_catalog.substr(x, 17, 16))::bit(64)::bigint AS l FROM (SELECT "
            "pg_catalog.lpad(pg_catalog.encode(b, 'hex'), 32, '0') AS x) p) q $$"_s);
}

// The write path's only way in. For the owner (the demo history writes past weeks, the
// benchmarks' baselines) the points go in as given. For every other login each point is
// checked against the server's own view before anything is written:
//  - it names a subnet (5) or range (6) whose row this transaction wrote (its xmin is the
//    transaction's id, as ipam_append_audit_objects() checks the audit row; the write path
//    uses no savepoints, and a row written in one is refused: fails closed). A login can
//    touch a row it may see without any operation (an UPDATE that changes nothing), so this
//    alone proves nothing about the figures:
//  - the object lies in a scope of the login's policies or below;
//  - its figures are those the row holds and those the server counts (addresses in it, and
//    for a subnet the addresses its ranges cover): a forger who sets the counters in its
//    transaction and back again, or sends other numbers, is refused;
//  - the time is the server's: a login sends NULL (the time of a point is when the change
//    set committed, as the audit row's is);
//  - a point equal to the object's latest is not written (so touching a row adds nothing).
QString appendFunction()
{
    return postgresInSchema(
            u"CREATE OR REPLACE FUNCTION @S.ipam_append_utilization(p_at_ms bigint, p_kinds "
            "integer[], p_ids bigint[], p_assigned text[], p_used bigint[]) RETURNS integer "
            "LANGUAGE plpgsql"_s
            + postgresDefinerClause()
            + u"AS $$ DECLARE n integer := pg_catalog.cardinality(p_kinds); written integer; "
              "v_at bigint; xact text := (pg_catalog.pg_current_xact_id()::text::numeric % "
              "4294967296)::text; scopes bigint[]; bad record; BEGIN "
              "IF pg_catalog.cardinality(p_ids) <> n OR pg_catalog.cardinality(p_assigned) <> n "
              "OR pg_catalog.cardinality(p_used) <> n THEN RAISE EXCEPTION 'permission denied: "
              "utilization points of unequal lengths' USING ERRCODE = '42501'; END IF; "
              "IF @S.ipam_bypass() THEN v_at := coalesce(p_at_ms, (pg_catalog.date_part('epoch', "
              "pg_catalog.clock_timestamp()) * 1000)::bigint); INSERT INTO @S.utilization_point "
              "(kind, object_id, at_ms, assigned, used) SELECT k, i, v_at, a, u FROM ROWS FROM "
              "(pg_catalog.unnest(p_kinds), pg_catalog.unnest(p_ids), "
              "pg_catalog.unnest(p_assigned), "
              "pg_catalog.unnest(p_used)) AS r(k, i, a, u) ON CONFLICT (kind, object_id, at_ms) DO "
              "UPDATE SET assigned = excluded.assigned, used = excluded.used; GET DIAGNOSTICS "
              "written = ROW_COUNT; RETURN written; END IF; "
              "IF p_at_ms IS NOT NULL THEN RAISE EXCEPTION 'permission denied: % may not date a "
              "utilization point (%): the server dates them', session_user, p_at_ms USING "
              "ERRCODE = '42501'; END IF; "
              "v_at := (pg_catalog.date_part('epoch', pg_catalog.clock_timestamp()) * "
              "1000)::bigint; scopes := @S.ipam_visible_scopes(); "
              "SELECT r.k, r.i, CASE WHEN o.x IS NULL THEN 'which does not exist' WHEN o.x <> xact "
              "THEN 'which its change set did not write' WHEN NOT (o.scope = ANY (scopes)) THEN "
              "'outside its scopes' ELSE 'with figures (' || coalesce(r.a, '-') || ', ' || "
              "coalesce(r.u::text, '-') || ') the server counts as (' || coalesce(o.real_a::text, "
              "'-') || ', ' || o.real_u || ')' END AS why INTO bad FROM ROWS FROM "
              "(pg_catalog.unnest(p_kinds), pg_catalog.unnest(p_ids), "
              "pg_catalog.unnest(p_assigned), "
              "pg_catalog.unnest(p_used)) AS q(k, i, a, u) CROSS JOIN LATERAL (SELECT q.k, q.i, "
              "q.a, q.u, "
              "CASE WHEN q.a ~ '^[0-9]{1,40}$' THEN q.a::numeric END AS an) r LEFT JOIN LATERAL "
              "(SELECT s.xmin::text AS "
              "x, s.access_scope_id AS scope, s.assigned_addresses::numeric AS row_a, "
              "s.utilized_addresses AS row_u, (SELECT coalesce(pg_catalog.sum("
              "@S.ipam_address_number(g.hi) - @S.ipam_address_number(g.lo) + 1), 0) FROM "
              "@S.ip_range g WHERE g.subnet_id = s.id) AS real_a, (SELECT pg_catalog.count(*) FROM "
              "@S.ip_address d WHERE d.subnet_id = s.id) AS real_u FROM @S.ip_subnet s WHERE r.k = "
              "5 "
              "AND s.id = r.i UNION ALL SELECT g.xmin::text, g.access_scope_id, NULL, "
              "g.utilized_addresses, NULL, (SELECT pg_catalog.count(*) FROM @S.ip_address d WHERE "
              "d.range_id = g.id) FROM @S.ip_range g WHERE r.k = 6 AND g.id = r.i) o ON true WHERE "
              "o.x IS NULL OR o.x <> xact OR NOT (o.scope = ANY (scopes)) OR r.u IS DISTINCT FROM "
              "o.row_u OR r.u IS DISTINCT FROM o.real_u OR (r.k = 5 AND (r.an IS NULL OR r.an <> "
              "o.row_a OR r.an <> o.real_a)) OR (r.k = 6 "
              "AND r.a IS NOT NULL) LIMIT 1; "
              "IF FOUND THEN RAISE EXCEPTION 'permission denied: % may not record the utilization "
              "of %, %', session_user, CASE bad.k WHEN 5 THEN 'subnet #' || bad.i WHEN 6 THEN "
              "'range #' || bad.i ELSE 'object ' || bad.k || ',' || bad.i END, bad.why USING "
              "ERRCODE = '42501'; END IF; "
              "INSERT INTO @S.utilization_point (kind, object_id, at_ms, assigned, used) SELECT k, "
              "i, v_at, a, u FROM ROWS FROM (pg_catalog.unnest(p_kinds), pg_catalog.unnest(p_ids), "
              "pg_catalog.unnest(p_assigned), pg_catalog.unnest(p_used)) AS r(k, i, a, u) WHERE "
              "NOT "
              "EXISTS (SELECT 1 FROM (SELECT p.assigned, p.used FROM @S.utilization_point p WHERE "
              "p.kind = r.k AND p.object_id = r.i ORDER BY p.at_ms DESC LIMIT 1) l WHERE l.used = "
              "r.u AND l.assigned IS NOT DISTINCT FROM r.a) ON CONFLICT (kind, object_id, at_ms) "
              "DO UPDATE SET assigned = excluded.assigned, used = excluded.used; GET DIAGNOSTICS "
              "written = ROW_COUNT; RETURN written; END $$"_s);
}

} // namespace

QStringList utilizationHistoryHardeningSchema()
{
    const QString p = u"postgresql:"_s;
    QStringList s;
    s << addressNumberFunction() << appendFunction();
    // Version 14's grants taken back: reading is row-level security's, writing the function's.
    s << p + u"REVOKE ALL ON utilization_point FROM PUBLIC"_s
      << p + u"GRANT SELECT ON utilization_point TO PUBLIC"_s
      << p + u"DROP POLICY IF EXISTS ipam_visible ON utilization_point"_s
      << p + u"ALTER TABLE utilization_point ENABLE ROW LEVEL SECURITY"_s
      // Over the object tables as the login reads them (their own policies apply inside).
      << p
                    + u"CREATE POLICY ipam_visible ON utilization_point FOR SELECT USING ((SELECT "
                      "ipam_sees_everything()) OR (kind = 5 AND EXISTS (SELECT 1 FROM ip_subnet s "
                      "WHERE s.id = object_id)) OR (kind = 6 AND EXISTS (SELECT 1 FROM ip_range g "
                      "WHERE g.id = object_id)))"_s
      << p
                    + u"REVOKE ALL ON FUNCTION ipam_append_utilization(bigint, integer[], "
                      "bigint[], text[], bigint[]), ipam_address_number(bytea) FROM PUBLIC"_s
      << p
                    + u"GRANT EXECUTE ON FUNCTION ipam_append_utilization(bigint, integer[], "
                      "bigint[], text[], bigint[]) TO PUBLIC"_s;
    return s;
}

} // namespace ipam
