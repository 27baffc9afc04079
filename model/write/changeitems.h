#pragma once

#include "store/database.h"
#include "write/changeevent.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace ipam {

// Live updates between processes. The write path describes every committed change set in
// one compact form, used twice:
//  - on PostgreSQL it is announced with NOTIFY on one channel (delivered only after COMMIT, so
//    listeners never see a change that was rolled back), and a ChangeListener in every open
//    console turns the notifications back into ChangeEvents (local = false, no objects:
//    listeners re-read);
//  - on both backends the audit row keeps its items and origin (audit_log.change_items,
//    change_origin; schema v4), which SqliteChangeWatcher reads where there is no NOTIFY.
//
// Payload: "ipam1;<origin>;<auditId>;<kind>,<id>,<version>,<op>;..." or, past
// maxItemsInNotification items (NOTIFY payloads stop at 8,000 bytes), "ipam1;<origin>;<auditId>;*"
// which asks listeners to reload. <origin> identifies the writing process, so a console can
// skip the echo of its own writes, which it already applied from the local event. The audit
// column holds the part after the audit id ("<kind>,<id>,<version>,<op>;..." or "*").
// An item "D" says the definitions changed (ChangeEvent::definitionsChanged).
inline constexpr const char *changeChannel = "ipam_changes";
inline constexpr int maxItemsInNotification = 200;

QString processOrigin();
QString encodeChangeNotification(const ChangeEvent &event, const QString &origin);
// The event, and its origin in `origin`; nullopt for a payload that is not ours.
std::optional<ChangeEvent> decodeChangeNotification(QStringView payload, QString *origin);
// The items alone, as the audit row keeps them: "" for none, "*" past maxItemsInNotification.
QString encodeChangeItems(const ChangeEvent &event);
// Appends the items of `text` to `event` (or sets reloadAll for "*"); false if malformed.
bool decodeChangeItems(QStringView text, ChangeEvent *event);
// Inside the open transaction, before COMMIT. No-op on SQLite.
bool announceChanges(Database &database, const ChangeEvent &event, QString *error);

} // namespace ipam
