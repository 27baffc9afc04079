#pragma once

#include <QStringList>

namespace ipam {

// Schema version 5: the VMM sync's own state, in the dialect of migrations.cpp.
//  - vmm_link: one row per IPAM object that is (or should be) an entity in VMM: its kind and
//    id, the entity set and the entity's key (ID, StampId), and the baseline: the values both
//    sides agreed on at the last sync (JSON, in the wire contract's property names) and the
//    object's version then. Comparing each side with the baseline tells who changed what.
//    state 'not-in-vmm' (+ reason) marks an object VMM refused to take (405/501).
//    object_id has no foreign key on purpose: a link whose object is gone is how the sync
//    learns that IPAM removed it (and deletes it in VMM).
//  - vmm_conflict: objects changed on both sides, with both versions, until resolved.
// On PostgreSQL both tables are checked inside the database: only a principal holding Run VMM
// synchronization in Global may write them.
QStringList vmmSyncSchema();
// Schema version 6: vmm_link.remote_hash and ipam_hash (what each side looked like when it was
// last seen equal to the baseline, see VmmLink) and, on SQLite, triggers that move a deleted
// object's link off its id (which SQLite would hand to the next new object).
QStringList vmmSyncSchemaV6();
// Schema version 7: vmm_mark, one row per provider space: the audit position up to which
// IPAM was seen whole by a completed sync (every link's ipam_hash right, nothing left to
// push). A re-sync that finds the audit log where the mark left it knows IPAM unchanged and
// reads nothing of it. Any write of the sync tables deletes the marks (VmmLinkTable).
QStringList vmmSyncSchemaV7();

} // namespace ipam
