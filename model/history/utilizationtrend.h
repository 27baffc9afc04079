#pragma once

#include "address/addresscount.h"
#include "domain/entities.h"
#include "domain/utilization.h"
#include "store/database.h"

#include <QList>

namespace ipam {

// One step of a utilization trend: the figures from `atMs` until the next point.
struct TrendPoint
{
    qint64 atMs = 0;
    AddressCount assigned; // addresses covered by ranges (a range counts as wholly assigned)
    qint64 used = 0;       // address records
};

// The utilization of one object or the sum of several over a time span, exact to the
// change: a step function whose first point is the value at the span's start and whose
// later points are the committed changes inside it. `total` is the objects' size as they
// stand (a subnet's is fixed by its prefix, a range's by its bounds).
struct UtilizationTrend
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    AddressCount total;
    QList<TrendPoint> points;

    double percentAt(qsizetype i) const;
    // The step function's value at `atMs` (the point at or before it; zero before the first).
    TrendPoint valueAt(qint64 atMs) const;
    // Every `stepMs` from fromMs to toMs (inclusive), for fixed-step output (ipamctl --step).
    QList<TrendPoint> sampled(qint64 stepMs) const;
};

// Reads trends from the utilization history (history/utilizationrecorder.h). A subnet's or
// range's trend is its own points; a block's, network site's, logical network's and address
// space's is the sum over the subnets it holds now, derived at query time from their points
// by one indexed join and a sweep in time order (no roll-up table to keep in step on every
// write: the write path stays as cheap as one multi-row INSERT per change set). Objects named
// twice (a logical network and one of its subnets) count once.
class UtilizationTrendReader
{
public:
    explicit UtilizationTrendReader(Database &database)
        : m_db(database)
    { }

    // The sum over `objects` from `fromMs` to `toMs`; false with `error` naming what failed
    // (an unknown object, an address, the database's message).
    bool read(const QList<ObjectRef> &objects, qint64 fromMs, qint64 toMs, UtilizationTrend *trend,
              QString *error);

private:
    struct Row
    {
        qint64 atMs;
        quint8 kind;
        ObjectId id;
        AddressCount assigned;
        qint64 used;
    };
    bool readMembers(const ObjectRef &object, qint64 toMs, QList<Row> *rows,
                     QSet<QPair<int, ObjectId>> *members, AddressCount *total, QString *error);

    Database &m_db;
};

} // namespace ipam
