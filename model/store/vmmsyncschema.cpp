#include "vmmsyncschema.h"

namespace ipam {

QStringList vmmSyncSchema()
{
    const QString p = QStringLiteral("postgresql:");
    QStringList s;
    s << QStringLiteral("CREATE TABLE vmm_link ("
                        " id %ID%,"
                        " kind INTEGER NOT NULL,"
                        " object_id BIGINT NOT NULL,"
                        " remote_set TEXT NOT NULL,"
                        " remote_id TEXT NOT NULL DEFAULT '',"
                        " stamp_id TEXT NOT NULL DEFAULT '',"
                        " baseline TEXT NOT NULL DEFAULT '',"
                        " object_version BIGINT NOT NULL DEFAULT 0,"
                        " state TEXT NOT NULL DEFAULT 'synced'"
                        "  CHECK (state = 'synced' OR state = 'not-in-vmm'),"
                        " reason TEXT NOT NULL DEFAULT '',"
                        " synced_ms BIGINT NOT NULL DEFAULT 0,"
                        " UNIQUE (kind, object_id))");
    // An entity is linked to one object of a kind at most (a VM network is a space and a VM
    // network in IPAM, but one link row of kind VmNetwork).
    s << QStringLiteral("CREATE UNIQUE INDEX vmm_link_remote ON vmm_link (remote_set, remote_id) "
                        "WHERE remote_id <> ''");
    s << QStringLiteral("CREATE TABLE vmm_conflict ("
                        " id %ID%,"
                        " link_id BIGINT NOT NULL REFERENCES vmm_link(id) ON DELETE CASCADE,"
                        " kind INTEGER NOT NULL,"
                        " object_id BIGINT NOT NULL DEFAULT 0,"
                        " remote_set TEXT NOT NULL,"
                        " remote_id TEXT NOT NULL DEFAULT '',"
                        " name TEXT NOT NULL DEFAULT '',"
                        " ipam_json TEXT NOT NULL DEFAULT '',"
                        " vmm_json TEXT NOT NULL DEFAULT '',"
                        " detected_ms BIGINT NOT NULL,"
                        " resolved_ms BIGINT)");
    // One open conflict per object: a re-run refreshes it instead of piling up copies.
    s << QStringLiteral("CREATE UNIQUE INDEX vmm_conflict_open ON vmm_conflict (link_id) "
                        "WHERE resolved_ms IS NULL");
    for (const char *table : {"vmm_link", "vmm_conflict"}) {
        s << p
                        + QStringLiteral("CREATE TRIGGER %1_check BEFORE INSERT OR UPDATE OR "
                                         "DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                         "ipam_check_global('RunVmmSynchronization', "
                                         "'the VMM sync state')")
                                  .arg(QLatin1StringView(table));
        s << p
                        + QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO PUBLIC")
                                  .arg(QLatin1StringView(table));
    }
    s << p
                    + QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT USAGE, SELECT ON ALL "
                                     "SEQUENCES IN SCHEMA %I TO PUBLIC', current_schema()); END "
                                     "$$");
    return s;
}

} // namespace ipam
