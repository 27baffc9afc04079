#pragma once

#include "search/savedview.h"

#include <QList>

class QSettings;

namespace ipam {

class WritePath;
struct WriteResult;

// The saved views of one principal: those in the store (its own and everyone's, table
// saved_view of schema version 12) and the local ones of this computer (QSettings). Store views
// are saved and removed through the write path (WritePath::submit(AdministrativeChange)), so
// each edit is one transaction with its audit row ("saved view save" / "saved view remove"),
// and other consoles see it. A principal edits and removes its own views and the shared ones;
// on PostgreSQL row-level security keeps other principals' views out of reach of its login.
class SavedViewStore
{
public:
    explicit SavedViewStore(WritePath &writePath);

    // Everyone's, then the principal's, then local ones; by name within each.
    QList<SavedView> list(QSettings *local = nullptr);
    // The view of that name the principal sees: its own first, then everyone's, then local.
    std::optional<SavedView> find(const QString &name, QSettings *local = nullptr);

    // Creates or replaces (same name and sharing) a view; Local ones go to `local`.
    WriteResult save(SavedView view, QSettings *local = nullptr);
    WriteResult remove(const SavedView &view, QSettings *local = nullptr);
    // Gives a view another name, keeping its sharing and definition (a store view through the
    // write path: "saved view rename", audited before and after). Refused, changing nothing,
    // when the name is not valid or another view of the same sharing already has it.
    WriteResult rename(const SavedView &view, const QString &newName, QSettings *local = nullptr);

private:
    QList<SavedView> stored();

    WritePath &m_writePath;
};

} // namespace ipam
