#pragma once

#include "history/utilizationalert.h"
#include "write/writepath.h"

#include <QSet>

namespace ipam {

// One row of utilization_alert (schema v17): an alert's identity (object + condition), when it
// was raised and cleared, its figures as last evaluated, who acknowledged it and when, and
// until when it is snoozed.
struct AlertRecord
{
    qint64 id = 0;
    qint64 version = 0;
    ObjectKind kind = ObjectKind::Subnet;
    ObjectId objectId = 0;
    UtilizationAlert::Condition condition = UtilizationAlert::Condition::OverThreshold;
    double percent = 0;
    std::optional<qint64> fullAtMs;
    qint64 raisedMs = 0;
    std::optional<qint64> clearedMs;
    QString acknowledgedBy;
    std::optional<qint64> acknowledgedMs;
    std::optional<qint64> snoozedUntilMs;

    // Cleared once it no longer holds; otherwise Acknowledged (until it clears), Snoozed while
    // the snooze lasts, else Raised. Only Raised needs attention (ipamctl alert list's exit 5,
    // the console's count).
    enum class State { Raised, Acknowledged, Snoozed, Cleared };
    State state(qint64 nowMs) const;
    bool needsAttention(qint64 nowMs) const { return state(nowMs) == State::Raised; }
    QJsonObject toJson() const;
    friend bool operator==(const AlertRecord &, const AlertRecord &) = default;
};

QString toString(AlertRecord::State state);

inline quint64 alertKey(ObjectKind kind, ObjectId id, UtilizationAlert::Condition condition)
{
    return (quint64(kind) << 56) | (quint64(condition) << 52) | quint64(id);
}

// The shared state of utilization alerts, kept through the write path: `update` brings the
// rows of the evaluated objects in step with the alerts raised now (new ones raised, figures
// refreshed, those no longer holding cleared), as one AdministrativeChange ("alert update",
// audited, published with the objects whose alerts changed, so other consoles re-read them);
// nothing is written when nothing changed. `acknowledge` and `snooze` need Edit <kind> of the
// object in its scope (the same operation as its thresholds).
class UtilizationAlertStore
{
public:
    explicit UtilizationAlertStore(WritePath &writePath);

    // Every alert not cleared (on PostgreSQL: of the objects the login sees), oldest first.
    bool open(QList<AlertRecord> *records, QString *error);
    std::optional<AlertRecord> get(qint64 id, QString *error);

    // `evaluated`: the alerts raised now among `objects` (thresholdKey of each subnet or range
    // evaluated). `forecasts`: whether "full within" was evaluated for them (if not, their
    // FullWithin rows stay as they are).
    WriteResult update(const QList<UtilizationAlert> &evaluated, const QSet<quint64> &objects,
                       bool forecasts, qint64 nowMs);

    WriteResult acknowledge(qint64 id);
    // Until `untilMs`; a time not in the future is refused.
    WriteResult snooze(qint64 id, qint64 untilMs);

private:
    WriteResult attend(qint64 id, const QString &label, qint64 snoozeUntilMs);

    WritePath &m_writePath;
};

} // namespace ipam
