#include "vmmsyncschema.h"

#include "domain/enums.h"

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

QStringList vmmSyncSchemaV6()
{
    QStringList s;
    // A fingerprint of the VMM entity's contract properties as VMM last sent them, recorded
    // only once that entity was seen to equal the baseline (0: unknown). A re-sync that finds
    // the same fingerprint knows the entity is unchanged without normalising it.
    s << QStringLiteral("ALTER TABLE vmm_link ADD COLUMN remote_hash BIGINT NOT NULL DEFAULT 0");
    // The same for IPAM's side: a hash of the object's version and of the versions and remote
    // IDs its contract values depend on, recorded once its values were seen to equal the
    // baseline (0: unknown).
    s << QStringLiteral("ALTER TABLE vmm_link ADD COLUMN ipam_hash BIGINT NOT NULL DEFAULT 0");
    // SQLite gives a new row max(id)+1, so an object created after the newest one was deleted
    // takes its id, and with it its link: a delete and a create would reach VMM as a rename.
    // Deleting an object moves its link to an id no object ever has (minus the link's own id,
    // unique), so the sync sees "removed in IPAM" and the new object as unlinked. PostgreSQL's
    // identity columns never hand out an id twice, so it needs none (and a trigger writing
    // vmm_link there would need the sync right from whoever deletes).
    const QList<QPair<const char *, ObjectKind>> tables{
            {"logical_network", ObjectKind::LogicalNetwork},
            {"network_site", ObjectKind::NetworkSite},
            {"vm_network", ObjectKind::VmNetwork},
            {"ip_subnet", ObjectKind::Subnet},
            {"ip_range", ObjectKind::Range}};
    for (const auto &[table, kind] : tables) {
        s << QStringLiteral("sqlite:CREATE TRIGGER %1_vmm_unlink AFTER DELETE ON %1 BEGIN "
                            "UPDATE vmm_link SET object_id = -id WHERE kind = %2 AND object_id "
                            "= OLD.id; END")
                        .arg(QLatin1StringView(table))
                        .arg(int(kind));
    }
    return s;
}

QStringList vmmSyncSchemaV7()
{
    QStringList s;
    // audit_window: how many audit rows lay after (audit_id - 64) when marked. PostgreSQL hands
    // out ids before commit, so a change committed late may take an id below the newest: the
    // window count sees it where max(id) cannot (the live update feed looks back as far).
    s << QStringLiteral("CREATE TABLE vmm_mark ("
                        " provider_space_id BIGINT PRIMARY KEY,"
                        " options_key TEXT NOT NULL,"
                        " audit_id BIGINT NOT NULL,"
                        " audit_window BIGINT NOT NULL,"
                        " marked_ms BIGINT NOT NULL)");
    s << QStringLiteral("postgresql:CREATE TRIGGER vmm_mark_check BEFORE INSERT OR UPDATE OR "
                        "DELETE ON vmm_mark FOR EACH ROW EXECUTE FUNCTION "
                        "ipam_check_global('RunVmmSynchronization', 'the VMM sync state')");
    s << QStringLiteral("postgresql:GRANT SELECT, INSERT, UPDATE, DELETE ON vmm_mark TO PUBLIC");
    return s;
}

} // namespace ipam
