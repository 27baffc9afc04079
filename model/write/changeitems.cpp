#include "changeitems.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ipam {

QString processOrigin()
{
    static const QString origin = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return origin;
}

QString encodeChangeItems(const ChangeEvent &event)
{
    if (event.items.size() > maxItemsInNotification)
        return event.definitionsChanged ? QStringLiteral("D;*") : QStringLiteral("*");
    QString text = event.definitionsChanged ? QStringLiteral("D") : QString();
    for (const ChangeEvent::Item &item : event.items) {
        if (!text.isEmpty())
            text += QLatin1Char(';');
        text += QStringLiteral("%1,%2,%3,%4")
                        .arg(int(item.kind))
                        .arg(item.id)
                        .arg(item.version)
                        .arg(int(item.op));
    }
    return text;
}

bool decodeChangeItems(QStringView text, ChangeEvent *event)
{
    if (text.isEmpty())
        return true;
    for (QStringView part : text.split(u';')) {
        if (part == u"*") {
            event->reloadAll = true;
            continue;
        }
        if (part == u"D") {
            event->definitionsChanged = true;
            continue;
        }
        const QList<QStringView> fields = part.split(u',');
        if (fields.size() != 4)
            return false;
        bool k = false, d = false, v = false, o = false;
        const int kind = fields[0].toInt(&k);
        const ObjectId id = fields[1].toLongLong(&d);
        const qint64 version = fields[2].toLongLong(&v);
        const int op = fields[3].toInt(&o);
        if (!k || !d || !v || !o || kind < 0 || kind >= objectKindCount || op < 0 || op > 2)
            return false;
        event->items.append({ChangeOp(op), ObjectKind(kind), id, version});
    }
    return true;
}

QString encodeChangeNotification(const ChangeEvent &event, const QString &origin)
{
    QString payload = QStringLiteral("ipam1;%1;%2").arg(origin).arg(event.auditId);
    const QString items = encodeChangeItems(event);
    if (!items.isEmpty())
        payload += QLatin1Char(';') + items;
    return payload;
}

std::optional<ChangeEvent> decodeChangeNotification(QStringView payload, QString *origin)
{
    const QList<QStringView> parts = payload.split(u';');
    if (parts.size() < 3 || parts[0] != u"ipam1")
        return std::nullopt;
    ChangeEvent event;
    event.local = false;
    if (origin)
        *origin = parts[1].toString();
    bool ok = false;
    event.auditId = parts[2].toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    // The items start after the third ';'.
    const qsizetype itemsStart = parts[0].size() + parts[1].size() + parts[2].size() + 3;
    if (itemsStart < payload.size() && !decodeChangeItems(payload.mid(itemsStart), &event))
        return std::nullopt;
    return event;
}

bool announceChanges(Database &database, const ChangeEvent &event, QString *error)
{
    if (!database.isPostgreSql())
        return true;
    QSqlQuery &query = database.prepared(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(QString::fromLatin1(changeChannel));
    query.addBindValue(encodeChangeNotification(event, processOrigin()));
    const bool ok = query.exec();
    if (!ok && error)
        *error = Database::describe(query.lastError());
    query.finish();
    return ok;
}

} // namespace ipam
