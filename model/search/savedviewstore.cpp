#include "savedviewstore.h"

#include "store/database.h"
#include "write/writepath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ipam {

namespace {

const QString localGroup = QStringLiteral("SavedViews");

WriteResult failure(WriteStatus status, const QString &message)
{
    WriteResult result;
    result.status = status;
    result.message = message;
    return result;
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString definitionText(const SavedView &view)
{
    return QString::fromUtf8(QJsonDocument(view.definition()).toJson(QJsonDocument::Compact));
}

std::optional<SavedView> parse(const QString &name, const QString &definition)
{
    const QJsonDocument document = QJsonDocument::fromJson(definition.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    std::optional<SavedView> view = SavedView::fromDefinition(document.object(), nullptr);
    if (view)
        view->name = name;
    return view;
}

WriteResult execute(Database &db, const QString &sql, const QVariantList &binds,
                    int *rows = nullptr)
{
    QSqlQuery &query = db.prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        const QString why = Database::describe(query.lastError());
        query.finish();
        return failure(
                WriteStatus::Failed,
                QCoreApplication::translate("ipam::SavedViewStore", "refused by the database: %1")
                        .arg(why));
    }
    if (rows)
        *rows = query.numRowsAffected();
    query.finish();
    return WriteResult();
}

bool validName(const QString &name)
{
    if (name.trimmed().isEmpty() || name != name.trimmed() || name.size() > 200)
        return false;
    return std::none_of(name.begin(), name.end(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

SavedViewStore::SavedViewStore(WritePath &writePath)
    : m_writePath(writePath)
{ }

QList<SavedView> SavedViewStore::stored()
{
    QList<SavedView> views;
    Database &db = m_writePath.database();
    QSqlQuery &query = db.prepared(
            QStringLiteral("SELECT id, name, owner, definition FROM saved_view WHERE owner = '' OR "
                           "owner = ? ORDER BY owner, name"));
    query.bindValue(0, m_writePath.principal().name);
    if (!query.exec())
        return views;
    while (query.next()) {
        std::optional<SavedView> view = parse(query.value(1).toString(), query.value(3).toString());
        if (!view)
            continue; // a definition this version cannot read: not offered
        view->id = query.value(0).toLongLong();
        view->owner = query.value(2).toString();
        view->sharing
                = view->owner.isEmpty() ? SavedView::Sharing::Everyone : SavedView::Sharing::Mine;
        views.append(*view);
    }
    query.finish();
    return views;
}

QList<SavedView> SavedViewStore::list(QSettings *local)
{
    QList<SavedView> views = stored();
    if (local) {
        local->beginGroup(localGroup);
        QStringList names = local->childKeys();
        std::sort(names.begin(), names.end());
        for (const QString &key : std::as_const(names)) {
            std::optional<SavedView> view = parse(key, local->value(key).toString());
            if (!view)
                continue;
            view->sharing = SavedView::Sharing::Local;
            views.append(*view);
        }
        local->endGroup();
    }
    return views;
}

std::optional<SavedView> SavedViewStore::find(const QString &name, QSettings *local)
{
    const QList<SavedView> views = list(local);
    for (SavedView::Sharing sharing :
         {SavedView::Sharing::Mine, SavedView::Sharing::Everyone, SavedView::Sharing::Local}) {
        for (const SavedView &view : views) {
            if (view.sharing == sharing && view.name == name)
                return view;
        }
    }
    return std::nullopt;
}

WriteResult SavedViewStore::save(SavedView view, QSettings *local)
{
    if (!validName(view.name))
        return failure(WriteStatus::Refused,
                       QCoreApplication::translate("ipam::SavedViewStore",
                                                   "%1 is not a valid name for a saved view")
                               .arg(quoted(view.name)));
    if (view.sharing == SavedView::Sharing::Local) {
        if (!local)
            return failure(WriteStatus::Refused,
                           QCoreApplication::translate("ipam::SavedViewStore",
                                                       "local views need the console's settings"));
        local->beginGroup(localGroup);
        local->setValue(view.name, definitionText(view));
        local->endGroup();
        local->sync();
        return WriteResult();
    }
    const QString owner = view.sharing == SavedView::Sharing::Mine ? m_writePath.principal().name
                                                                   : QStringLiteral("");
    const QString definition = definitionText(view);
    AdministrativeChange change;
    change.label = QStringLiteral("saved view save");
    change.object = QStringLiteral("saved view ") + quoted(view.name);
    change.apply = [=](Database &db, QJsonArray &before, QJsonArray &after, QList<ObjectRef> &) {
        QSqlQuery &existing = db.prepared(QStringLiteral(
                "SELECT id, definition FROM saved_view WHERE owner = ? AND name = ?"));
        existing.bindValue(0, owner);
        existing.bindValue(1, view.name);
        qint64 id = 0;
        if (existing.exec() && existing.next()) {
            id = existing.value(0).toLongLong();
            before.append(
                    QJsonObject{{QStringLiteral("Name"), view.name},
                                {QStringLiteral("Owner"), owner},
                                {QStringLiteral("Definition"), existing.value(1).toString()}});
        }
        existing.finish();
        after.append(QJsonObject{{QStringLiteral("Name"), view.name},
                                 {QStringLiteral("Owner"), owner},
                                 {QStringLiteral("Definition"), definition}});
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (id != 0)
            return execute(db,
                           QStringLiteral("UPDATE saved_view SET definition = ?, modified_ms = ? "
                                          "WHERE id = ?"),
                           {definition, now, id});
        return execute(db,
                       QStringLiteral("INSERT INTO saved_view (name, owner, definition, "
                                      "modified_ms) VALUES (?, ?, ?, ?)"),
                       {view.name, owner, definition, now});
    };
    return m_writePath.submit(change);
}

WriteResult SavedViewStore::rename(const SavedView &view, const QString &newName, QSettings *local)
{
    if (!validName(newName))
        return failure(WriteStatus::Refused,
                       QCoreApplication::translate("ipam::SavedViewStore",
                                                   "%1 is not a valid name for a saved view")
                               .arg(quoted(newName)));
    const QString taken = QCoreApplication::translate("ipam::SavedViewStore",
                                                      "there is already a saved view named %1")
                                  .arg(quoted(newName));
    if (newName == view.name)
        return WriteResult();
    if (view.sharing == SavedView::Sharing::Local) {
        if (!local)
            return failure(WriteStatus::Refused,
                           QCoreApplication::translate("ipam::SavedViewStore",
                                                       "local views need the console's settings"));
        local->beginGroup(localGroup);
        const bool exists = local->contains(newName);
        const QVariant definition = local->value(view.name);
        if (!exists && definition.isValid()) {
            local->setValue(newName, definition);
            local->remove(view.name);
        }
        local->endGroup();
        local->sync();
        if (exists)
            return failure(WriteStatus::Refused, taken);
        return WriteResult();
    }
    const QString principal = m_writePath.principal().name;
    AdministrativeChange change;
    change.label = QStringLiteral("saved view rename");
    change.object = QStringLiteral("saved view ") + quoted(view.name);
    change.apply = [=](Database &db, QJsonArray &before, QJsonArray &after, QList<ObjectRef> &) {
        QSqlQuery &existing = db.prepared(
                QStringLiteral("SELECT COUNT(*) FROM saved_view WHERE owner = ? AND name = ?"));
        existing.bindValue(0, view.owner);
        existing.bindValue(1, newName);
        const bool clash = existing.exec() && existing.next() && existing.value(0).toLongLong() > 0;
        existing.finish();
        if (clash)
            return failure(WriteStatus::Refused, taken);
        before.append(QJsonObject{{QStringLiteral("Name"), view.name},
                                  {QStringLiteral("Owner"), view.owner}});
        after.append(QJsonObject{{QStringLiteral("Name"), newName},
                                 {QStringLiteral("Owner"), view.owner}});
        int rows = 0;
        WriteResult result = execute(
                db,
                QStringLiteral("UPDATE saved_view SET name = ?, modified_ms = ? "
                               "WHERE id = ? AND (owner = '' OR owner = ?)"),
                {newName, QDateTime::currentMSecsSinceEpoch(), view.id, principal}, &rows);
        if (result.ok() && rows != 1)
            return failure(WriteStatus::Conflict,
                           QCoreApplication::translate("ipam::SavedViewStore",
                                                       "saved view %1 is no longer there")
                                   .arg(quoted(view.name)));
        return result;
    };
    return m_writePath.submit(change);
}

WriteResult SavedViewStore::remove(const SavedView &view, QSettings *local)
{
    if (view.sharing == SavedView::Sharing::Local) {
        if (local) {
            local->beginGroup(localGroup);
            local->remove(view.name);
            local->endGroup();
            local->sync();
        }
        return WriteResult();
    }
    const QString principal = m_writePath.principal().name;
    AdministrativeChange change;
    change.label = QStringLiteral("saved view remove");
    change.object = QStringLiteral("saved view ") + quoted(view.name);
    change.apply = [=](Database &db, QJsonArray &before, QJsonArray &, QList<ObjectRef> &) {
        before.append(QJsonObject{{QStringLiteral("Name"), view.name},
                                  {QStringLiteral("Owner"), view.owner},
                                  {QStringLiteral("Definition"), definitionText(view)}});
        int rows = 0;
        WriteResult result = execute(
                db,
                QStringLiteral("DELETE FROM saved_view WHERE id = ? AND (owner = '' OR owner = ?)"),
                {view.id, principal}, &rows);
        if (result.ok() && rows != 1)
            return failure(WriteStatus::Conflict,
                           QCoreApplication::translate("ipam::SavedViewStore",
                                                       "saved view %1 is no longer there")
                                   .arg(quoted(view.name)));
        return result;
    };
    return m_writePath.submit(change);
}

} // namespace ipam
