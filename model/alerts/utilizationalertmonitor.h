#pragma once

#include "history/utilizationthreshold.h"
#include "write/writepath.h"

#include <QObject>

#include <optional>

namespace ipam {

// Raises and clears utilization alerts as changes commit: connected to a write path's
// committed signal, it evaluates the subnets and ranges a change set touched (the write path
// lists a subnet whose counts moved as a derived update) and, for a change of thresholds,
// every subnet below the object, and stores the result (UtilizationAlertStore::update: one
// "alert update" change when an alert was raised or cleared, nothing otherwise). A removed
// object's alerts are cleared by the write path itself, in the removal's transaction.
//
// Forecasts ("full within") are evaluated for change sets of up to forecastLimit subnets;
// change sets beyond maxObjects (a bulk import) are left to the next full refresh
// (refreshAll: `ipamctl alert list`, the console's start). A failure (on PostgreSQL a login
// that may not raise alerts in some scope) never undoes the change that triggered it: it is
// reported through failed() and the next refresh catches up.
class UtilizationAlertMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int forecastLimit = 200;
    static constexpr int maxObjects = 50000;

    explicit UtilizationAlertMonitor(WritePath &writePath, QObject *parent = nullptr);

    // Evaluates `subnets` (and the ranges among them that set a threshold of their own) and
    // stores their alerts: raised, kept, cleared.
    WriteResult refresh(const QList<Subnet> &subnets, bool forecasts, qint64 nowMs);
    void applyCommitted(const ChangeEvent &event);

Q_SIGNALS:
    // An update stored a change of alerts.
    void alertsChanged();
    void failed(const QString &message);

private:
    bool resolver(ThresholdResolver **resolver, QString *error);

    WritePath &m_writePath;
    std::optional<ThresholdResolver> m_resolver;
};

} // namespace ipam
