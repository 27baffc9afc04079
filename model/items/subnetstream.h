#pragma once

#include "domain/entities.h"
#include "store/databaselocation.h"

#include <QObject>

namespace ipam {

// Reads every subnet of a store, page by page in id order, on its own connection, so the
// console can show the first screenful of a million-subnet store at once and receive the
// rest while it stays responsive. Meant to run in a worker thread: run() opens the
// connection there (a QSqlDatabase belongs to the thread that opened it) and emits page()
// for each page, then finished(). Pages grow from small (the first screenful, soon) to large
// (fewer, cheaper merges). Names that only repeat the network are sent empty, which
// SubnetTable stores for free, so the GUI thread does not format a million prefixes.
class SubnetStream : public QObject
{
    Q_OBJECT
public:
    explicit SubnetStream(DatabaseLocation location, QObject *parent = nullptr);

    // Stops after the current page (from any thread).
    void cancel() { m_cancelled.storeRelaxed(1); }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void page(const QList<ipam::Subnet> &subnets);
    void finished(const QString &error);

private:
    DatabaseLocation m_location;
    QAtomicInt m_cancelled;
};

} // namespace ipam

Q_DECLARE_METATYPE(QList<ipam::Subnet>)
