#include "utilizationalertstore.h"

#include "domain/objectproperties.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace ipam {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ipam::UtilizationAlertStore", text);
}

WriteResult failure(WriteStatus status, const QString &message)
{
    WriteResult result;
    result.status = status;
    result.message = message;
    return result;
}

const QString columns = u"id, version, kind, object_id, alert_condition, percent_utilized, "
                        "full_at_ms, raised_ms, cleared_ms, acknowledged_by, acknowledged_ms, "
                        "snoozed_until_ms"_s;

std::optional<qint64> optionalMs(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

AlertRecord recordOf(const QSqlQuery &q)
{
    AlertRecord r;
    r.id = q.value(0).toLongLong();
    r.version = q.value(1).toLongLong();
    r.kind = ObjectKind(q.value(2).toInt());
    r.objectId = q.value(3).toLongLong();
    r.condition = UtilizationAlert::Condition(q.value(4).toInt());
    r.percent = q.value(5).toDouble();
    r.fullAtMs = optionalMs(q.value(6));
    r.raisedMs = q.value(7).toLongLong();
    r.clearedMs = optionalMs(q.value(8));
    r.acknowledgedBy = q.value(9).toString();
    r.acknowledgedMs = optionalMs(q.value(10));
    r.snoozedUntilMs = optionalMs(q.value(11));
    return r;
}

bool readRecords(Database &db, const QString &where, const QVariantList &binds,
                 QList<AlertRecord> *records, QString *error)
{
    records->clear();
    QSqlQuery &query = db.prepared(u"SELECT %1 FROM utilization_alert WHERE %2 ORDER BY "
                                   "raised_ms, id"_s.arg(columns, where));
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        if (error)
            *error = Database::describe(query.lastError());
        query.finish();
        return false;
    }
    while (query.next())
        records->append(recordOf(query));
    query.finish();
    return true;
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
        return failure(WriteStatus::Failed,
                       QCoreApplication::translate("ipam::UtilizationAlertStore",
                                                   "refused by the database: %1")
                               .arg(why));
    }
    if (rows)
        *rows = query.numRowsAffected();
    query.finish();
    return WriteResult();
}

QVariant nullableMs(const std::optional<qint64> &ms)
{
    return ms ? QVariant(*ms) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

AlertRecord::State AlertRecord::state(qint64 nowMs) const
{
    if (clearedMs)
        return State::Cleared;
    if (acknowledgedMs)
        return State::Acknowledged;
    if (snoozedUntilMs && *snoozedUntilMs > nowMs)
        return State::Snoozed;
    return State::Raised;
}

QJsonObject AlertRecord::toJson() const
{
    QJsonObject json{{u"Id"_s, id},
                     {u"Kind"_s, toString(kind)},
                     {u"ObjectId"_s, objectId},
                     {u"Condition"_s, toString(condition)},
                     {u"RaisedMs"_s, raisedMs}};
    if (clearedMs)
        json.insert(u"ClearedMs"_s, *clearedMs);
    if (acknowledgedMs) {
        json.insert(u"AcknowledgedBy"_s, acknowledgedBy);
        json.insert(u"AcknowledgedMs"_s, *acknowledgedMs);
    }
    if (snoozedUntilMs)
        json.insert(u"SnoozedUntilMs"_s, *snoozedUntilMs);
    return json;
}

QString toString(AlertRecord::State state)
{
    switch (state) {
    case AlertRecord::State::Raised:
        return u"Raised"_s;
    case AlertRecord::State::Acknowledged:
        return u"Acknowledged"_s;
    case AlertRecord::State::Snoozed:
        return u"Snoozed"_s;
    case AlertRecord::State::Cleared:
        return u"Cleared"_s;
    }
    return QString();
}

UtilizationAlertStore::UtilizationAlertStore(WritePath &writePath)
    : m_writePath(writePath)
{ }

bool UtilizationAlertStore::open(QList<AlertRecord> *records, QString *error)
{
    return readRecords(m_writePath.database(), u"cleared_ms IS NULL"_s, {}, records, error);
}

std::optional<AlertRecord> UtilizationAlertStore::get(qint64 id, QString *error)
{
    QList<AlertRecord> records;
    if (!readRecords(m_writePath.database(), u"id = ?"_s, {id}, &records, error)
        || records.isEmpty())
        return std::nullopt;
    return records.constFirst();
}

WriteResult UtilizationAlertStore::update(const QList<UtilizationAlert> &evaluated,
                                          const QSet<quint64> &objects, bool forecasts,
                                          qint64 nowMs)
{
    // Read and compared inside the transaction: another process may have raised or cleared
    // the same alerts meanwhile.
    bool changed = false;
    int raisedCount = 0;
    int clearedCount = 0;
    AdministrativeChange change;
    change.label = u"alert update"_s;
    change.apply = [&](Database &db, QJsonArray &before, QJsonArray &after,
                       QList<ObjectRef> &touched) {
        QList<AlertRecord> open;
        QString error;
        if (!readRecords(db, u"cleared_ms IS NULL"_s, {}, &open, &error))
            return failure(WriteStatus::Failed, error);
        QHash<quint64, const AlertRecord *> openByKey;
        for (const AlertRecord &r : std::as_const(open))
            openByKey.insert(alertKey(r.kind, r.objectId, r.condition), &r);
        QSet<quint64> touchedKeys;
        auto touch = [&](ObjectKind kind, ObjectId id) {
            if (!touchedKeys.contains(thresholdKey({kind, id}))) {
                touchedKeys.insert(thresholdKey({kind, id}));
                touched.append({kind, id});
            }
        };
        QSet<quint64> holding;
        for (const UtilizationAlert &a : evaluated) {
            const quint64 key = alertKey(a.kind, a.objectId, a.condition);
            holding.insert(key);
            if (openByKey.contains(key))
                continue;
            WriteResult written = execute(
                    db,
                    u"INSERT INTO utilization_alert (kind, object_id, alert_condition, "
                    "percent_utilized, full_at_ms, raised_ms) VALUES (?, ?, ?, ?, ?, ?)"_s,
                    {int(a.kind), a.objectId, int(a.condition), a.percent, nullableMs(a.fullAtMs),
                     nowMs});
            if (!written.ok())
                return written;
            after.append(QJsonObject{{u"Kind"_s, toString(a.kind)},
                                     {u"ObjectId"_s, a.objectId},
                                     {u"Object"_s, a.name},
                                     {u"Condition"_s, toString(a.condition)},
                                     {u"PercentageUtilized"_s, a.percent}});
            touch(a.kind, a.objectId);
            ++raisedCount;
        }
        for (const AlertRecord &r : std::as_const(open)) {
            if (!objects.contains(thresholdKey({r.kind, r.objectId}))
                || holding.contains(alertKey(r.kind, r.objectId, r.condition)))
                continue;
            if (r.condition == UtilizationAlert::Condition::FullWithin && !forecasts)
                continue;
            WriteResult written
                    = execute(db,
                              u"UPDATE utilization_alert SET cleared_ms = ?, version = version + "
                              "1 WHERE id = ? AND cleared_ms IS NULL"_s,
                              {std::max(nowMs, r.raisedMs), r.id});
            if (!written.ok())
                return written;
            before.append(r.toJson());
            touch(r.kind, r.objectId);
            ++clearedCount;
        }
        changed = raisedCount + clearedCount > 0;
        if (!changed) // another process made the same change first: roll back, write nothing
            return failure(WriteStatus::Conflict, QString());
        return WriteResult();
    };
    // A first look outside any transaction: most commits change no alert, and those write
    // nothing (no transaction, no audit row).
    {
        QList<AlertRecord> open;
        QString error;
        if (!readRecords(m_writePath.database(), u"cleared_ms IS NULL"_s, {}, &open, &error))
            return failure(WriteStatus::Failed, error);
        QSet<quint64> openKeys;
        for (const AlertRecord &r : std::as_const(open))
            openKeys.insert(alertKey(r.kind, r.objectId, r.condition));
        bool differs = false;
        QSet<quint64> holding;
        for (const UtilizationAlert &a : evaluated) {
            holding.insert(alertKey(a.kind, a.objectId, a.condition));
            differs |= !openKeys.contains(alertKey(a.kind, a.objectId, a.condition));
        }
        for (const AlertRecord &r : std::as_const(open)) {
            differs |= objects.contains(thresholdKey({r.kind, r.objectId}))
                    && !holding.contains(alertKey(r.kind, r.objectId, r.condition))
                    && (forecasts || r.condition != UtilizationAlert::Condition::FullWithin);
        }
        if (!differs)
            return WriteResult();
    }
    change.object = u"utilization alerts"_s;
    WriteResult result = m_writePath.submit(change);
    if (result.status == WriteStatus::Conflict && !changed && result.message.isEmpty())
        result = WriteResult();
    return result;
}

WriteResult UtilizationAlertStore::acknowledge(qint64 id)
{
    return attend(id, u"alert acknowledge"_s, 0);
}

WriteResult UtilizationAlertStore::snooze(qint64 id, qint64 untilMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (untilMs <= now)
        return failure(WriteStatus::Refused,
                       tr("snooze until %1: that is not in the future")
                               .arg(QDateTime::fromMSecsSinceEpoch(untilMs, Qt::UTC)
                                            .toString(Qt::ISODate)));
    if (untilMs > now + qint64(maxFullWithinDays) * 86'400'000)
        return failure(
                WriteStatus::Refused,
                tr("snooze until %1: more than %2 days ahead")
                        .arg(QDateTime::fromMSecsSinceEpoch(untilMs, Qt::UTC).toString(Qt::ISODate))
                        .arg(maxFullWithinDays));
    return attend(id, u"alert snooze"_s, untilMs);
}

WriteResult UtilizationAlertStore::attend(qint64 id, const QString &label, qint64 snoozeUntilMs)
{
    QString error;
    const std::optional<AlertRecord> record = get(id, &error);
    if (!record)
        return failure(error.isEmpty() ? WriteStatus::Refused : WriteStatus::Failed,
                       error.isEmpty() ? tr("no utilization alert #%1").arg(id) : error);
    const std::optional<AnyObject> object = m_writePath.store().get(record->kind, record->objectId);
    const QString name = object ? describe(*object)
                                : u"%1 #%2"_s.arg(toString(record->kind)).arg(record->objectId);
    if (record->clearedMs || !object)
        return failure(WriteStatus::Refused,
                       tr("utilization alert #%1 (%2 of %3) is cleared")
                               .arg(id)
                               .arg(toString(record->condition), name));
    AdministrativeChange change;
    change.label = label;
    change.object
            = u"utilization alert #%1 (%2 of %3)"_s.arg(id).arg(toString(record->condition), name);
    change.requirements.append({operationFor(ChangeOp::Update, record->kind),
                                storedPart(*object).accessScopeId, name});
    const QString principal = m_writePath.principal().name;
    const AlertRecord seen = *record;
    change.apply = [=](Database &db, QJsonArray &before, QJsonArray &after,
                       QList<ObjectRef> &touched) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int rows = 0;
        WriteResult written = snoozeUntilMs
                ? execute(db,
                          u"UPDATE utilization_alert SET snoozed_until_ms = ?, version = version "
                          "+ 1 WHERE id = ? AND cleared_ms IS NULL"_s,
                          {snoozeUntilMs, id}, &rows)
                : execute(db,
                          u"UPDATE utilization_alert SET acknowledged_by = ?, acknowledged_ms = "
                          "?, version = version + 1 WHERE id = ? AND cleared_ms IS NULL"_s,
                          {principal, now, id}, &rows);
        if (!written.ok())
            return written;
        if (rows != 1)
            return failure(WriteStatus::Conflict,
                           tr("utilization alert #%1 was cleared meanwhile").arg(id));
        before.append(seen.toJson());
        AlertRecord now_ = seen;
        if (snoozeUntilMs) {
            now_.snoozedUntilMs = snoozeUntilMs;
        } else {
            now_.acknowledgedBy = principal;
            now_.acknowledgedMs = now;
        }
        after.append(now_.toJson());
        touched.append({seen.kind, seen.objectId});
        return WriteResult();
    };
    return m_writePath.submit(change);
}

} // namespace ipam
