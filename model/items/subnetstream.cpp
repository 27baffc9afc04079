#include "subnetstream.h"

#include "store/database.h"
#include "store/store.h"

namespace ipam {

SubnetStream::SubnetStream(DatabaseLocation location, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
{ }

void SubnetStream::run()
{
    Parsed<std::shared_ptr<Database>> database = Database::open(m_location);
    if (!database) {
        Q_EMIT finished(database.error());
        return;
    }
    QString error;
    {
        Store store(database.value());
        ObjectId after = 0;
        qsizetype pageSize = 2000;
        for (;;) {
            if (m_cancelled.loadRelaxed())
                break;
            QList<Subnet> subnets;
            subnets.reserve(pageSize);
            const bool ok = store.forEach<Subnet>(
                    [&](const Subnet &subnet) {
                        subnets.append(subnet);
                        Subnet &last = subnets.last();
                        if (last.name.size() <= 43 && last.name == last.networkId.toString())
                            last.name.clear();
                    },
                    QStringLiteral("id > ?"), {after}, QStringLiteral("id LIMIT %1").arg(pageSize));
            if (!ok) {
                error = store.lastError();
                break;
            }
            if (subnets.isEmpty())
                break;
            after = subnets.constLast().id;
            const bool last = subnets.size() < pageSize;
            Q_EMIT page(subnets);
            if (last)
                break;
            pageSize = qMin<qsizetype>(pageSize * 4, 100000);
        }
    }
    Q_EMIT finished(error);
}

} // namespace ipam
